// The widget for pages the edge worker enriched: the spans are in the HTML
// already, so no WebAssembly loads in the browser; this only arranges the
// marks (Tab stops, calm marks, the reader's kinds), sets the theme, and adds
// the tooltips and, with data-panel="on", the who-said-what panel. Served by
// the worker beside markup.js, prefs.js, tooltip.js, panel.js and enrich.css.
//
//   <script type="module" src="/__article-enrich/client.js" data-ae-edge
//           data-selector="article" data-panel="on" data-kinds-set></script>
import { arrangeMarks } from './markup.js';
import { readOff, applyOff, currentOff, applyTheme, DEFAULT_OFF } from './prefs.js';
import { attachTooltips } from './tooltip.js';
import { createPanel } from './panel.js';

const here = new URL(import.meta.url);
const tag = [...document.querySelectorAll('script[data-ae-edge][src]')].find((s) => s.src === here.href);
const data = (name, fallback) => (tag && tag.dataset[name] !== undefined ? tag.dataset[name] : fallback);
const selector = data('selector', 'article, [itemprop=articleBody], main');

/** The enriched elements: the outermost matches of the worker's selector. */
const parts = () => {
  const all = [...document.querySelectorAll(selector)];
  return all.filter((el) => !all.some((o) => o !== el && o.contains(el)));
};

function start() {
  const roots = parts();
  if (!roots.length) return;
  applyTheme(document, roots[0], data('theme', 'auto'));
  // Calm by default (dates and figures off) unless the site chose the kinds.
  applyOff(document, readOff(window, data('kindsSet', null) !== null ? [] : DEFAULT_OFF));
  arrangeMarks(roots, currentOff(document));
  attachTooltips(document, { within: parts });
  if (data('panel', 'off') === 'on') createPanel(parts);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
