// Find the article body on an arbitrary page, as a live element (enrichment
// happens in place, so a copy of the text, which is what Readability.js
// returns, is not enough).
//
// 1. Semantic markup first: [itemprop=articleBody], <article>, <main>; among
//    several, the one holding the most paragraph text.
// 2. Otherwise Mozilla's Readability, mapped back to the live page
//    (findArticleWith; the bookmarklet loads it only then), which finds the
//    article more often than our own score below (measured on the corpus
//    pages with gold article text: tests/e2e/corpus-bookmarklet.mjs).
// 3. Otherwise, or without Readability, a readability-style score: every paragraph of 25+ characters
//    gives its parent 1 + its commas + up to 3 for length, and half that to its
//    grandparent; containers whose class or id reads like navigation, comments,
//    ads, related links or footers are left out; the best-scoring one wins.
// Returns null on pages without enough prose.

const UNLIKELY = /(^|[\s_-])(comment|comments|disqus|nav|navbar|menu|footer|sidebar|side-bar|aside|ad|ads|advert|sponsor|promo|related|share|social|subscribe|newsletter|breadcrumb|popup|modal|cookie|banner|masthead|header)([\s_-]|$)/i;
const MIN_PARAGRAPH = 25;
const MIN_ARTICLE_TEXT = 250;

const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, spelled out: this module touches only the document it is given

/** Is `el`, or a container of it below the body, navigation, comments, ads or the like? */
function unlikely(el) {
  const body = el.ownerDocument.body;
  for (let e = el; e && e !== body; e = e.parentElement) {
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

/** Link text share of `el`'s text (0 when it has none). */
function linkDensity(el) {
  const n = el.textContent.trim().length;
  if (!n) return 0;
  let links = 0;
  for (const a of el.querySelectorAll('a')) links += a.textContent.trim().length;
  return links / n;
}

/** Class and id of an element, as one string. */
const label = (e) => `${typeof e.className === 'string' ? e.className : ''} ${e.id || ''}`;

/** Hidden by the page's own CSS (only where the browser can tell). */
const hidden = (el) => typeof el.checkVisibility === 'function' && !el.checkVisibility();

/**
 * The prose of the article: paragraphs of 40+ characters that are not
 * mostly links and sit outside navigation, asides, figures and captions.
 * Returns [element, length] pairs.
 */
const PROSE_MIN = 40;
function prose(root) {
  const out = [];
  for (const p of paragraphs(root)) {
    const n = p.textContent.trim().length;
    if (n < PROSE_MIN || linkDensity(p) > 0.4 || p.closest('figure, figcaption') || unlikely(p) || hidden(p)) continue;
    out.push([p, n]);
  }
  return out;
}

/** Share of the prose an element must hold for the search to go into it. */
const TIGHT = 0.9;

/**
 * The tightest element under `el` (or `el` itself) that holds nearly all of
 * its prose (TIGHT, by characters): a <main> or <article> holding the story,
 * a headline block, related links and a comment box gives the story's own
 * container. From `el` down, into the child that holds that share, while
 * one does.
 */
export function tighten(el) {
  const ps = prose(el);
  const total = ps.reduce((n, [, k]) => n + k, 0);
  if (total < MIN_ARTICLE_TEXT) return el;
  let at = el;
  for (;;) {
    let next = null;
    for (const c of at.children) {
      let n = 0;
      for (const [p, k] of ps) if (c.contains(p)) n += k;
      if (n >= TIGHT * total) next = c;
    }
    // A paragraph itself is too tight: the article is more than one.
    if (!next || paragraphs(next).length === 0 && next.matches('p, div')) return at;
    at = next;
  }
}

/**
 * What in the article is not its text: captions and figures, credits,
 * bylines, timestamps, share bars, related links, asides, hidden elements,
 * and lists or blocks that are mostly links. The topmost such elements under
 * `article`, never one holding 10% or more of its prose. The bookmarklet
 * keeps them out of the enrichment (data-ae="off" for the length of the
 * call).
 */
const NOT_TEXT = /caption|credit|byline|author|dateline|timestamp|share|sharing|social|related|recirc|newsletter|subscribe|promo|advert|sponsor|toolbar|breadcrumb|comment|player|gallery|slideshow|(^|[\s_-])(date|time|published|updated|more|tags?|topics|ad|ads|tools|meta|video|embed|enlarge|photo|image)([\s_-]|$)/i;
const NOT_TEXT_TAGS = 'figure, figcaption, aside, nav, footer, time, button, form, iframe, video, audio, svg, noscript, [role=complementary], [role=navigation], [aria-hidden=true]';

/** What marks a block without prose as a widget (a player, an ad, an embed), not text. */
const WIDGET = 'video, audio, iframe, embed, object, script, style, form, input';

export function leftOut(article) {
  const ps = prose(article);
  const total = ps.reduce((n, [, k]) => n + k, 0) || 1;
  const share = (el) => {
    let n = 0;
    for (const [p, k] of ps) if (el.contains(p)) n += k;
    return n / total;
  };
  const own = new Set(ps.map(([p]) => p));
  const out = [];
  const visit = (el) => {
    for (const c of el.children) {
      const tag = c.localName;
      const isProse = own.has(c);
      const off = !isProse && (c.matches(NOT_TEXT_TAGS) || NOT_TEXT.test(label(c)) || hidden(c)
        || ((tag === 'ul' || tag === 'ol' || tag === 'div' || tag === 'section' || tag === 'p') && c.textContent.trim()
          && (linkDensity(c) > 0.5 || (share(c) === 0 && c.querySelector(WIDGET)))));
      if (off && share(c) < 0.1) out.push(c);
      else if (!isProse) visit(c);
    }
  };
  visit(article);
  return out;
}

/** The element holding the page's article, or null: `findSemantic`, else `findByScore`. */
export function findArticle(doc) {
  return findSemantic(doc) || findByScore(doc);
}

/** Semantic markup: [itemprop=articleBody], <article>, <main>; the one with the most prose. */
export function findSemantic(doc) {
  const semantic = [...doc.querySelectorAll('[itemprop=articleBody], article, main, [role=main]')].filter((el) => !unlikely(el));
  if (semantic.length) {
    const best = semantic.map((el) => [el, paragraphText(el)]).sort((a, b) => b[1] - a[1])[0];
    if (best[1] >= MIN_ARTICLE_TEXT) return best[0];
  }
  return null;
}

/** The readability-style score of paragraph-dense containers. */
export function findByScore(doc) {
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

/**
 * The live element holding what Mozilla's Readability takes for the article.
 * Readability works on a copy of the document and returns a new tree; its
 * text nodes are text nodes of that copy moved over, so each maps back to the
 * live text node in the same place. The answer is the lowest live element that
 * holds at least 95% of the text Readability kept, starting from the element
 * holding the most of it. `Readability` is the class from @mozilla/readability
 * (0.6), passed in so that this module stays small until it is needed.
 */
const SHARE = 0.95;

export function findArticleWith(Readability, doc) {
  const copy = doc.cloneNode(true);
  // Text nodes of the copy -> live text nodes, by document order (Readability
  // moves text nodes but rebuilds some elements around them).
  const texts = (d) => {
    const w = d.createTreeWalker(d, SHOW_TEXT);
    const out = [];
    for (let t = w.nextNode(); t; t = w.nextNode()) out.push(t);
    return out;
  };
  const liveTexts = texts(doc);
  const copyTexts = texts(copy);
  if (liveTexts.length !== copyTexts.length) return null;
  const toLive = new Map();
  for (let i = 0; i < copyTexts.length; i++) toLive.set(copyTexts[i], liveTexts[i]);
  let content;
  try {
    content = new Readability(copy, { serializer: (el) => el }).parse()?.content;
  } catch {
    return null;
  }
  if (!content || typeof content === 'string') return null;
  // Kept text, by the live element it sits in.
  const weight = new Map();
  let total = 0;
  // Readability sometimes starts over from a re-parsed copy of the page (when
  // its first try finds too little), and then its text nodes are new: those
  // are matched to the first unused live text node with the same text.
  let byText = null;
  const matchByText = (t) => {
    if (!byText) {
      byText = new Map();
      for (const l of liveTexts) {
        const k = l.data.trim();
        if (k.length < 20) continue;
        if (!byText.has(k)) byText.set(k, []);
        byText.get(k).push(l);
      }
    }
    return byText.get(t.data.trim())?.shift();
  };
  const walker = copy.createTreeWalker(content, SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const n = t.data.trim().length;
    if (!n) continue;
    const l = (toLive.get(t) || (n >= 20 ? matchByText(t) : null))?.parentElement;
    if (!l) continue;
    weight.set(l, (weight.get(l) || 0) + n);
    total += n;
  }
  if (total < MIN_ARTICLE_TEXT) return null;
  let start = null;
  for (const [el, n] of weight) if (!start || n > weight.get(start)) start = el;
  const held = (anc) => {
    let n = 0;
    for (const [el, w] of weight) if (anc.contains(el)) n += w;
    return n;
  };
  let best = start;
  while (best && held(best) < SHARE * total) best = best.parentElement;
  if (!best || best === doc.documentElement) return null;
  return best;
}
