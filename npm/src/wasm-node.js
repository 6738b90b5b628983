// article-enrich/wasm under Node: the same low-level API as in the browser,
// initialised at import from the .wasm file beside it (Node's fetch cannot
// read a file: URL), so `import { analyze } from 'article-enrich/wasm'` is
// ready to call.
import { readFileSync } from 'node:fs';
import { initSync } from './pkg/article_enrich.js';

export * from './pkg/article_enrich.js';
export { default } from './pkg/article_enrich.js';

initSync({ module: readFileSync(new URL('./pkg/article_enrich_bg.wasm', import.meta.url)) });
