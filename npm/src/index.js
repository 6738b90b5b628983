// article-enrich, the page API: load the WebAssembly module, enrich elements
// in place, tooltips and the who-said-what panel. The modules are www/'s own,
// copied as they are (see npm/pack.mjs); this file only gathers them.
export { load, enrichElement, unenrichElement, enrichHtml, version, attachTooltips } from './enrich.js';
export { createPanel } from './panel.js';
export { addStylesheet } from './loader.js';
