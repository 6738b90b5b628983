// A typed use of article-enrich/wasm in Node (module resolution nodenext):
// the module is initialised at import, so analyze is called at once.
import { analyze, enrich, version } from 'article-enrich/wasm';
import type { Analysis, Entity } from 'article-enrich';

const a: Analysis = analyze('Anna Berg, the Danish foreign minister, met Peter Holm in Oslo.');
const people: Entity[] = a.entities.filter((e) => e.kind === 'person');
// @ts-expect-error no such kind of entity
a.entities.filter((e) => e.kind === 'persons');
console.log(version(), people.map((e) => e.name), enrich('<p>Anna Berg</p>').length);
