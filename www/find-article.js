// Find the article body on an arbitrary page, as a live element (enrichment
// happens in place, so a copy of the text, which is what Readability.js
// returns, is not enough).
//
// 1. Semantic markup first: [itemprop=articleBody], <article>, <main>; among
//    several, the one holding the most paragraph text.
// 2. Otherwise a readability-style score: every paragraph of 25+ characters
//    gives its parent 1 + its commas + up to 3 for length, and half that to its
//    grandparent; containers whose class or id reads like navigation, comments,
//    ads, related links or footers are left out; the best-scoring one wins.
// Returns null on pages without enough prose.

const UNLIKELY = /(^|[\s_-])(comment|comments|disqus|nav|navbar|menu|footer|sidebar|side-bar|aside|ad|ads|advert|sponsor|promo|related|share|social|subscribe|newsletter|breadcrumb|popup|modal|cookie|banner|masthead|header)([\s_-]|$)/i;
const MIN_PARAGRAPH = 25;
const MIN_ARTICLE_TEXT = 250;

function unlikely(el) {
  for (let e = el; e && e !== document.body; e = e.parentElement) {
    const tag = e.tagName;
    if (tag === 'NAV' || tag === 'FOOTER' || tag === 'ASIDE') return true;
    const label = `${typeof e.className === 'string' ? e.className : ''} ${e.id || ''}`;
    if (UNLIKELY.test(label) && !/article|content|story|body|main|post|entry/i.test(label)) return true;
  }
  return false;
}

const BLOCK = 'address,article,aside,blockquote,dd,div,dl,dt,fieldset,figure,footer,form,h1,h2,h3,h4,h5,h6,header,hr,li,main,nav,ol,p,pre,section,table,ul';

/** Paragraphs: <p>, and <div>s holding only inline content (as Readability counts them). */
function paragraphs(el) {
  return [...el.querySelectorAll('p, div')].filter((e) => e.tagName === 'P' || !e.querySelector(BLOCK));
}

function paragraphText(el) {
  let n = 0;
  for (const p of paragraphs(el)) {
    const t = p.textContent.trim();
    if (t.length >= MIN_PARAGRAPH && !unlikely(p)) n += t.length;
  }
  return n;
}

/** The element holding the page's article, or null. */
export function findArticle(doc = document) {
  const semantic = [...doc.querySelectorAll('[itemprop=articleBody], article, main, [role=main]')].filter((el) => !unlikely(el));
  if (semantic.length) {
    const best = semantic.map((el) => [el, paragraphText(el)]).sort((a, b) => b[1] - a[1])[0];
    if (best[1] >= MIN_ARTICLE_TEXT) return best[0];
  }
  const scores = new Map();
  for (const p of [...paragraphs(doc), ...doc.querySelectorAll('pre, td')]) {
    const t = p.textContent.trim();
    if (t.length < MIN_PARAGRAPH || unlikely(p)) continue;
    const score = 1 + (t.match(/,/g) || []).length + Math.min(Math.floor(t.length / 100), 3);
    const parent = p.parentElement;
    if (!parent || parent === doc.body || parent === doc.documentElement) continue;
    scores.set(parent, (scores.get(parent) || 0) + score);
    const grand = parent.parentElement;
    if (grand && grand !== doc.body) scores.set(grand, (scores.get(grand) || 0) + score / 2);
  }
  let best = null;
  let bestScore = 0;
  for (const [el, s] of scores) {
    if (s > bestScore && !unlikely(el)) {
      best = el;
      bestScore = s;
    }
  }
  // An article split over sibling containers ("read more" sections): take the
  // parent when it holds clearly more prose and is not the whole page.
  while (best && best.parentElement && best.parentElement !== doc.body && !unlikely(best.parentElement) && paragraphText(best.parentElement) > 1.2 * paragraphText(best)) {
    best = best.parentElement;
  }
  return best && paragraphText(best) + best.textContent.trim().length / 4 >= MIN_ARTICLE_TEXT ? best : null;
}
