// Accessible tooltips for the spans enrichment inserts, following the WAI-ARIA
// tooltip pattern: one shared `role="tooltip"` element that the active span
// points at with aria-describedby; hover, keyboard focus and tap show it;
// Escape hides it. One delegated listener per event type for all spans (as
// tippyjs's delegate addon), not one per mention.
//
// Tooltip text is always set with textContent, never as HTML: names come from
// the page and must never become markup. The text itself is composed by
// markup.js from the span's fields.
import { ATTR, CLASS, closestOurSpan, readSpan, tooltipText, kindColor, piecesOf, mentionsOf, quotesBy } from './markup.js';

/**
 * How long the pointer must rest on a mention before its tooltip opens (a
 * pointer passing over the text opens nothing; once one is open, the next
 * opens at once), and how long it may be off the mention and the tooltip
 * before it closes. Keyboard focus and taps open it at once.
 */
const OPEN_DELAY_MS = 400;
const HIDE_DELAY_MS = 300;
/** Space between the text and the tooltip (the arrow sits in it), and the least margin to the viewport's edges. */
const GAP_PX = 10;
const EDGE_PX = 4;
/** The arrow's half width, and how close it may come to the tooltip's corners. */
const ARROW_PX = 6;
const ARROW_INSET_PX = 12;
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/** Scroll `span` into view, briefly highlight it and focus it. */
export function flash(span) {
  const reduce = span.ownerDocument.defaultView.matchMedia('(prefers-reduced-motion: reduce)').matches;
  span.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
  span.classList.remove(CLASS.flash);
  void span.offsetWidth; // restart the animation
  span.classList.add(CLASS.flash);
  span.focus({ preventScroll: true });
}

/** Longest introducing sentence shown, in characters, before it is cut with "…". */
const INTRO_MAX_CHARS = 200;
const BLOCKS = 'p, li, blockquote, dd, dt, td, th, figcaption, h1, h2, h3, h4, h5, h6';

/**
 * The sentence of the page's text that holds `span` (within its paragraph),
 * whitespace collapsed, cut to INTRO_MAX_CHARS; '' when it is no more than
 * the mention itself. Read with textContent: text only.
 */
export function sentenceOf(span) {
  const block = span.parentElement?.closest(BLOCKS) || span.parentElement;
  if (!block) return '';
  const range = span.ownerDocument.createRange();
  range.selectNodeContents(block);
  range.setEndBefore(span);
  const before = range.toString();
  const text = block.textContent;
  const end = /[.!?]["”’)]?(\s|$)/g;
  let start = 0;
  for (let m = end.exec(before); m; m = end.exec(before)) start = m.index + m[0].length;
  end.lastIndex = before.length + span.textContent.length;
  const stop = end.exec(text);
  const sentence = text.slice(start, stop ? stop.index + stop[0].length : text.length).replace(/\s+/g, ' ').trim();
  if (sentence.length <= span.textContent.trim().length + 10) return '';
  return sentence.length > INTRO_MAX_CHARS ? `${sentence.slice(0, INTRO_MAX_CHARS - 1).trimEnd()}…` : sentence;
}

/** The knowledge map's link, if it is http(s); else null. */
function safeUrl(u, base) {
  try {
    const url = new URL(u, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

function element(doc, tag, className, text) {
  const el = doc.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function button(doc, label, onClick) {
  const b = element(doc, 'button', '', label);
  b.type = 'button';
  b.addEventListener('click', (e) => {
    e.preventDefault();
    onClick();
  });
  return b;
}

/** The site's description and link for an entity, from the knowledge map. */
function renderKnown(tip, known) {
  const doc = tip.ownerDocument;
  if (typeof known.description === 'string') tip.append(element(doc, 'span', CLASS.tipSite, known.description));
  const href = typeof known.url === 'string' ? safeUrl(known.url, doc.baseURI) : null;
  if (href) {
    const a = element(doc, 'a', CLASS.tipMore, 'More on this site');
    a.href = href;
    tip.append(a);
  }
}

/**
 * Fill `tip` for `span`: the name (or who said it), the details, what the
 * knowledge map says, and buttons to the next mention or the speaker's quotes.
 * `jump(list, from)` moves to the next span of `list` after `from`.
 */
function render(tip, span, { inScope, scope, knowledge, jump }) {
  const doc = tip.ownerDocument;
  const f = readSpan(span);
  const { title, meta } = tooltipText(f);
  tip.replaceChildren();
  const head = element(doc, 'span', CLASS.tipName);
  const dot = element(doc, 'span', CLASS.tipKind);
  // One of a fixed table's values (markup.js kindColor): never a page string.
  dot.style.background = kindColor(f.kind);
  head.append(dot, doc.createTextNode(title));
  tip.append(head, element(doc, 'span', CLASS.tipMeta, meta));

  // Where a later mention's entity was introduced: the sentence of its first mention.
  if (!f.isQuote && f.ref) {
    const first = mentionsOf(scope, f.ref).filter(inScope)[0];
    const intro = first && first.getAttribute(ATTR.id) !== f.id ? sentenceOf(first) : '';
    if (intro) tip.append(element(doc, 'span', CLASS.tipIntro, `First mentioned: ${intro}`));
  }
  const known = !f.isQuote && knowledge && f.name && Object.hasOwn(knowledge, f.name) ? knowledge[f.name] : null;
  if (known && typeof known === 'object') renderKnown(tip, known);

  const links = element(doc, 'span', CLASS.tipLinks);
  if (f.ref) {
    const all = mentionsOf(scope, f.ref).filter(inScope);
    if (all.length > 1) links.append(button(doc, 'Next mention', () => jump(all, span)));
  }
  const entity = f.speaker || f.ref;
  if (entity) {
    const quotes = quotesBy(scope, entity).filter(inScope);
    if (quotes.length > 0 && !(f.isQuote && quotes.length === 1)) {
      links.append(button(doc, f.isQuote ? 'Next quote by them' : 'Their quotes', () => jump(quotes, span)));
    }
  }
  if (links.childElementCount) tip.append(links);
  // What a screen reader says after the mention's own text (the name, or the
  // quote): its details and, when there are any, how to reach the actions.
  const desc = element(doc, 'span', CLASS.hidden);
  desc.id = `${tip.id}-d`;
  const actions = [...links.children].map((b) => b.textContent);
  const site = tip.querySelector(`.${CLASS.tipSite}`);
  desc.textContent = [f.isQuote ? title : '', meta, site ? site.textContent : '', actions.length ? `Enter for ${actions.join(', ')}` : ''].filter(Boolean).join('. ');
  tip.append(desc);
  // For screen readers the mention is described by `desc` (aria-describedby
  // reads it though it is hidden): the tooltip's visible text is hidden from
  // them, and only its actions remain, so nothing is read twice or found
  // loose at the end of the page.
  for (const el of tip.children) if (el !== links && el.localName !== 'a') el.setAttribute('aria-hidden', 'true');
  const arrow = element(doc, 'span', CLASS.tipArrow);
  arrow.setAttribute('aria-hidden', 'true');
  tip.append(arrow);
}

/**
 * Put `tip` beside `span`: above the text, flipped below when there is no
 * room, kept inside the viewport; for a span over several lines, beside the
 * line under the pointer.
 */
function place(tip, span, pointer) {
  const root = tip.ownerDocument.documentElement;
  const rects = [...span.getClientRects()];
  let r = rects[0] || span.getBoundingClientRect();
  if (pointer && rects.length > 1) {
    r = rects.find((x) => pointer.y >= x.top && pointer.y <= x.bottom) || r;
  }
  tip.style.left = '0px';
  tip.style.top = '0px';
  const { width: w, height: h } = tip.getBoundingClientRect();
  const vw = root.clientWidth;
  const vh = root.clientHeight;
  let top = r.top - h - GAP_PX;
  if (top < EDGE_PX) top = r.bottom + GAP_PX;
  if (top + h > vh - EDGE_PX && r.top - h - GAP_PX >= EDGE_PX) top = r.top - h - GAP_PX;
  let left = r.left + r.width / 2 - w / 2;
  left = Math.max(EDGE_PX, Math.min(left, vw - w - EDGE_PX));
  tip.style.left = `${Math.round(left)}px`;
  tip.style.top = `${Math.round(top)}px`;
  // The arrow points at the middle of the line's part of the mention.
  tip.dataset.side = top < r.top ? 'top' : 'bottom';
  const arrow = tip.querySelector(`.${CLASS.tipArrow}`);
  if (arrow) {
    const x = Math.max(ARROW_INSET_PX, Math.min(r.left + r.width / 2 - left, w - ARROW_INSET_PX));
    arrow.style.left = `${Math.round(x - ARROW_PX)}px`;
  }
}

/** The shared tooltip element, hidden, at the end of the body. */
function createTip(doc) {
  const tip = element(doc, 'div', CLASS.tooltip);
  tip.id = `${CLASS.tooltip}-${Math.random().toString(36).slice(2, 8)}`;
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  doc.body.append(tip);
  return tip;
}

/** Add a listener; returns the function that removes it. */
function listen(target, type, fn, opts) {
  target.addEventListener(type, fn, opts);
  return () => target.removeEventListener(type, fn, opts);
}

/**
 * The event wiring: hover, focus and tap show; leaving, blur, a tap elsewhere
 * and Escape hide; scrolling and resizing move the tooltip along. Returns the
 * functions that remove the listeners.
 */
function wire(root, tip, t) {
  const win = tip.ownerDocument.defaultView;
  const leaving = (e) => t.current && !tip.contains(e.relatedTarget) && t.spanFrom(e.relatedTarget) !== t.current;
  return [
    listen(root, 'mouseover', (e) => {
      t.pointer = { x: e.clientX, y: e.clientY };
      const s = t.spanFrom(e.target);
      if (s) t.showSoon(s);
    }),
    listen(root, 'mouseout', (e) => {
      if (t.spanFrom(e.relatedTarget) !== t.pending) t.cancel();
      if (leaving(e)) t.hideSoon();
    }),
    listen(tip, 'mouseenter', () => t.keep()),
    listen(tip, 'mouseleave', () => t.hideSoon()),
    listen(root, 'focusin', (e) => {
      t.pointer = null;
      const s = t.spanFrom(e.target);
      if (s) t.show(s);
    }),
    listen(root, 'focusout', (e) => leaving(e) && t.hide()),
    listen(tip, 'focusout', (e) => t.current && !tip.contains(e.relatedTarget) && e.relatedTarget !== t.current && t.hide()),
    // Keyboard: Enter on a mention moves into its tooltip's actions; Escape
    // there, or Tab past the first or last action, goes back to the mention
    // (and the next Tab on from it: no trap).
    listen(root, 'keydown', (e) => {
      const s = e.key === 'Enter' && t.spanFrom(e.target);
      if (!s || s !== t.current) return;
      const first = tip.querySelector('button, a[href]');
      if (first) {
        e.preventDefault();
        first.focus();
      }
    }),
    listen(tip, 'keydown', (e) => {
      const actions = [...tip.querySelectorAll('button, a[href]')];
      const back = e.key === 'Escape' || (e.key === 'Tab' && (e.shiftKey ? e.target === actions[0] : e.target === actions[actions.length - 1]));
      if (!back || !t.current) return;
      e.preventDefault();
      e.stopPropagation();
      const span = t.current;
      span.focus();
      if (e.key === 'Escape') t.hide();
    }),
    // Tap: touch devices send click without hover.
    listen(root, 'click', (e) => {
      const s = t.spanFrom(e.target);
      if (s) {
        t.pointer = { x: e.clientX, y: e.clientY };
        t.show(s);
      } else if (!tip.contains(e.target) && e.target.isConnected) t.hide(); // (an action's button is gone once it re-rendered the tooltip)
    }),
    listen(tip.ownerDocument, 'keydown', (e) => e.key === 'Escape' && t.current && t.hide()),
    listen(win, 'scroll', () => t.current && t.place(), { capture: true, passive: true }),
    listen(win, 'resize', () => t.current && t.place(), { passive: true }),
  ];
}

/**
 * Show a tooltip for every enriched span under `root` (a document or an
 * element). Options: `knowledge`, a site-supplied map { "Entity name": {
 * description, url } } whose description and link (http(s) only) show in that
 * entity's tooltip, as text; `within`, a function giving the elements that
 * were enriched: then only spans inside one of them get a tooltip, and
 * "Next mention" and "Their quotes" go through all of them (a look-alike in
 * a comment elsewhere on the page gets nothing). Returns a function that
 * removes the listeners and the tooltip.
 */
export function attachTooltips(root = document, { knowledge = null, within = null } = {}) {
  const doc = root.ownerDocument || root;
  const scope = root === doc ? doc.documentElement : root;
  const inScope = (s) => scope.contains(s) && (typeof within !== 'function' || within().some((r) => r.contains(s)));
  const map = knowledge && typeof knowledge === 'object' ? knowledge : null;
  const tip = createTip(doc);
  let hideTimer = 0;
  let openTimer = 0;

  const setActive = (span, on) => {
    for (const s of piecesOf(scope, span.getAttribute(ATTR.id))) s.classList.toggle(CLASS.active, on);
    if (on) span.setAttribute('aria-describedby', `${tip.id}-d`);
    else span.removeAttribute('aria-describedby');
  };

  const t = {
    current: null,
    pointer: null,
    spanFrom(target) {
      // Only our own spans (markup.js isOurSpan): a page's look-alike gets no
      // tooltip; nor does a kind the reader turned off (a date in a quote
      // gives the quote's).
      const off = (doc.documentElement.getAttribute(ATTR.off) || '').split(' ');
      let s = target && target.nodeType ? closestOurSpan(target) : null;
      while (s && off.includes(s.getAttribute(ATTR.kind))) s = closestOurSpan(s.parentElement);
      return s && inScope(s) ? s : null;
    },
    pending: null,
    /** Open for `span` once the pointer has rested on it (at once while another tooltip shows). */
    showSoon(span) {
      if (t.current === span && !tip.hidden) {
        clearTimeout(hideTimer);
        return;
      }
      t.cancel();
      t.pending = span;
      openTimer = setTimeout(() => t.show(span), tip.hidden ? OPEN_DELAY_MS : 0);
    },
    cancel() {
      clearTimeout(openTimer);
      t.pending = null;
    },
    show(span) {
      t.cancel();
      clearTimeout(hideTimer);
      if (t.current === span && !tip.hidden) return;
      if (t.current) setActive(t.current, false);
      t.current = span;
      render(tip, span, { inScope, scope, knowledge: map, jump });
      tip.hidden = false;
      t.place();
      tip.dataset.state = 'visible';
      setActive(span, true);
    },
    place: () => place(tip, t.current, t.pointer),
    hide() {
      t.cancel();
      clearTimeout(hideTimer);
      if (t.current) setActive(t.current, false);
      t.current = null;
      tip.hidden = true;
      tip.dataset.state = 'hidden';
    },
    hideSoon() {
      clearTimeout(hideTimer);
      hideTimer = setTimeout(t.hide, HIDE_DELAY_MS);
    },
    keep: () => clearTimeout(hideTimer),
  };

  function jump(list, from) {
    const after = list.find((s) => s !== from && from.compareDocumentPosition(s) & FOLLOWING);
    t.hide();
    flash(after || list[0]);
  }

  const off = wire(root, tip, t);
  return () => {
    t.hide();
    off.forEach((f) => f());
    tip.remove();
  };
}
