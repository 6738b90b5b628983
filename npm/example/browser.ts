// A typed use of the page API and the embed, checked with `tsc --noEmit`
// against the installed package (tests/e2e/npm-package.test.mjs). Lines
// marked @ts-expect-error must stay errors: they fail the check if the
// declarations grow too loose.
import { load, enrichElement, unenrichElement, enrichHtml, version, attachTooltips, createPanel, addStylesheet } from 'article-enrich';
import type { EnrichOptions, Analysis, Knowledge, Panel, WasmModule } from 'article-enrich';
import init, { analyze, analyzeHtml, enrich, tryEnrich, unenrich, unenrichHtml, enrichElement as enrichInPlace } from 'article-enrich/wasm';
import 'article-enrich/embed';

export async function page(article: HTMLElement): Promise<void> {
  const mod: WasmModule = await load();
  const again: WasmModule = await load(new URL('/assets/article_enrich_bg.wasm', location.href));
  const options: EnrichOptions = { kinds: ['person', 'quote'], maxInputBytes: 1 << 20, maxDepth: 500 };
  const added: boolean = await enrichElement(article, options);
  const plain: boolean = await enrichElement(article);
  const html: string = await enrichHtml('<p>Anna Berg met Peter Holm in Oslo.</p>');
  const v: string = version();
  const knowledge: Knowledge = { 'Anna Berg': { description: 'Foreign minister', url: 'https://example.org/anna-berg' } };
  const detach: () => void = attachTooltips(document, { knowledge, within: () => [article] });
  attachTooltips();
  attachTooltips(article);
  const panel: Panel = createPanel(() => [article]);
  panel.refresh();
  const aside: HTMLElement = panel.element;
  const removeCss: () => void = addStylesheet(document);
  const restored: number = await unenrichElement(article);
  detach();
  panel.remove();
  removeCss();
  void [mod, again, added, plain, html, v, aside, restored];

  // @ts-expect-error enrichElement resolves to a boolean, not a count
  const count: number = await enrichElement(article);
  // @ts-expect-error no such kind
  await enrichElement(article, { kinds: ['persons'] });
  // @ts-expect-error an element is needed
  await enrichElement('article');
  // @ts-expect-error `within` gives the enriched elements, it is not one
  attachTooltips(document, { within: article });
  void count;
}

export async function lowLevel(el: Element): Promise<void> {
  await init();
  // One argument, as the README calls them: options are optional.
  const out: string = enrich('<p>Anna Berg met Peter Holm in Oslo.</p>');
  const out2: string = tryEnrich(out, { kinds: 'person,place' });
  const n: number = enrichInPlace(el);
  const m: number = unenrich(el);
  const a: Analysis = analyze('Anna Berg met Peter Holm in Oslo.');
  const first: { start: number; end: number; text: string } = a.entities[0].mentions[0];
  const h: Analysis = analyzeHtml(out);
  const text: string | undefined = h.text;
  const back: string = unenrichHtml(out2);
  const speaker: string | null = a.quotes[0]?.speaker ?? null;
  void [n, m, first, text, back, speaker];
  // @ts-expect-error analyze takes text
  analyze();
  // @ts-expect-error a kind is a string or an array of kinds
  enrich(out, { kinds: 3 });
}

window.articleEnrichConfig = { selector: 'article', kinds: 'person,quote', panel: 'on', theme: 'dark', css: true };
window.articleEnrich?.destroy();
// @ts-expect-error no such theme
window.articleEnrichConfig = { theme: 'blue' };
