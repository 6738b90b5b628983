// article-enrich in the browser: load the WebAssembly module, enrich an element,
// and show accessible tooltips for the spans it inserts.
//
//   import { enrichElement, attachTooltips } from './enrich.js';
//   await enrichElement(document.querySelector('article'));
//   attachTooltips(document);
//
// Tooltip text is always set with textContent, never as HTML: names come from
// the page and must never become markup.

import * as wasm from './pkg/article_enrich.js';
import { guardedEnrich, guardedUnenrich } from './guard.js';

const init = wasm.default;
const { version } = wasm;

const PREFIX = 'ae';
const SEP = ' \u00b7 ';
let loading = null;
let knowledge = null;

/**
 * A site-supplied knowledge map, { "Entity name": { description, url } }: its
 * description and link are shown in the tooltip of that entity. Only http(s)
 * links are used; everything is shown as text.
 */
export function setKnowledge(map) {
  knowledge = map && typeof map === 'object' ? map : null;
}

function safeUrl(u) {
  try {
    const url = new URL(u, location.href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Load the WebAssembly module once. Rejects with a readable Error. */
export function load(wasmUrl) {
  loading ??= init(wasmUrl ? { module_or_path: wasmUrl } : undefined).catch((e) => {
    loading = null;
    throw new Error(`could not load the WebAssembly module (${e && e.message ? e.message : e})`);
  });
  return loading;
}

/**
 * Enrich `el` in place: only its text nodes are split and wrapped, so event
 * listeners, iframes, media and the selection survive. On any failure the
 * element is restored and one console line says why. Resolves to true when
 * spans were added.
 */
export async function enrichElement(el, options) {
  try {
    await load();
  } catch (e) {
    console.warn(`article-enrich: page left unchanged: ${e.message}`);
    return false;
  }
  try {
    // Invalid options, limits, or a panic inside WebAssembly: the guard puts
    // the element back as it was.
    return guardedEnrich(wasm, el, options) > 0;
  } catch (e) {
    console.warn(`article-enrich: page left unchanged: ${e && e.message ? e.message : e}`);
    return false;
  }
}

/** Undo `enrichElement`: the original text nodes come back, node for node. */
export async function unenrichElement(el) {
  await load();
  return guardedUnenrich(wasm, el);
}

export { version };

function parts(span) {
  return (span.getAttribute(`data-${PREFIX}-tip`) || '').split(SEP);
}

function kindOf(span) {
  const c = [...span.classList].find((k) => k.startsWith(`${PREFIX}-`) && k !== `${PREFIX}-active` && k !== `${PREFIX}-flash`);
  return c ? c.slice(PREFIX.length + 1) : '';
}

/** All spans in document order that belong to the same entity or speaker. */
function related(root, span, attr) {
  const id = span.getAttribute(attr);
  if (!id) return [];
  const seen = new Set();
  return [...root.querySelectorAll(`[${attr}="${CSS.escape(id)}"]`)].filter((s) => {
    const piece = s.getAttribute(`data-${PREFIX}-id`);
    if (seen.has(piece)) return false;
    seen.add(piece);
    return true;
  });
}

function flash(span) {
  span.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  span.classList.remove(`${PREFIX}-flash`);
  void span.offsetWidth; // restart the animation
  span.classList.add(`${PREFIX}-flash`);
  span.focus({ preventScroll: true });
}

/**
 * Show a tooltip for every enriched span under `root`, with one delegated
 * listener per event type. Follows the WAI-ARIA tooltip pattern: the active
 * span points at the shared `role="tooltip"` element with aria-describedby;
 * hover, keyboard focus and tap show it; Escape hides it. Returns a function
 * that removes the listeners and the tooltip.
 */
export function attachTooltips(root = document) {
  const doc = root.ownerDocument || root;
  const tip = doc.createElement('div');
  tip.className = `${PREFIX}-tooltip`;
  tip.id = `${PREFIX}-tooltip-${Math.random().toString(36).slice(2, 8)}`;
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  doc.body.append(tip);
  let current = null;
  let hideTimer = 0;
  let pointer = null;

  const scope = root === doc ? doc.documentElement : root;
  const spanFrom = (target) => {
    const s = target && target.closest ? target.closest(`.${PREFIX}[data-${PREFIX}-tip]`) : null;
    return s && scope.contains(s) ? s : null;
  };

  function render(span) {
    tip.replaceChildren();
    const p = parts(span);
    const kind = kindOf(span);
    const head = doc.createElement('span');
    head.className = `${PREFIX}-tip-name`;
    const dot = doc.createElement('span');
    dot.className = `${PREFIX}-tip-kind`;
    dot.style.background = `var(--${PREFIX}-${kind === 'quote' ? 'quote' : kind})`;
    head.append(dot);
    let meta;
    if (kind === 'quote') {
      const who = p[1] || 'speaker not named';
      head.append(doc.createTextNode(p.length > 1 ? `Said by ${who}` : who));
      meta = p.slice(2);
    } else {
      head.append(doc.createTextNode(p[0]));
      meta = p.slice(1);
    }
    const metaEl = doc.createElement('span');
    metaEl.className = `${PREFIX}-tip-meta`;
    metaEl.textContent = meta.join(SEP);
    tip.append(head, metaEl);
    const known = kind !== 'quote' && knowledge ? knowledge[p[0]] : null;
    if (known && typeof known === 'object') {
      if (typeof known.description === 'string') {
        const d = doc.createElement('span');
        d.className = `${PREFIX}-tip-site`;
        d.textContent = known.description;
        tip.append(d);
      }
      const href = typeof known.url === 'string' ? safeUrl(known.url) : null;
      if (href) {
        const a = doc.createElement('a');
        a.className = `${PREFIX}-tip-more`;
        a.href = href;
        a.textContent = 'More on this site';
        tip.append(a);
      }
    }

    const links = doc.createElement('span');
    links.className = `${PREFIX}-tip-links`;
    const ref = span.getAttribute(`data-${PREFIX}-ref`) ? `data-${PREFIX}-ref` : null;
    if (ref) {
      const all = related(scope, span, ref);
      if (all.length > 1) links.append(button('Next mention', () => next(all, span)));
    }
    const speaker = span.getAttribute(`data-${PREFIX}-speaker`) || span.getAttribute(`data-${PREFIX}-ref`);
    if (speaker) {
      const quotes = [...scope.querySelectorAll(`.${PREFIX}-quote[data-${PREFIX}-speaker="${CSS.escape(speaker)}"]`)].filter(
        (q, i, arr) => arr.findIndex((o) => o.getAttribute(`data-${PREFIX}-id`) === q.getAttribute(`data-${PREFIX}-id`)) === i,
      );
      if (quotes.length > 0 && !(kind === 'quote' && quotes.length === 1)) {
        links.append(button(kind === 'quote' ? 'Next quote by them' : 'Their quotes', () => next(quotes, span)));
      }
    }
    if (links.childElementCount) tip.append(links);
  }

  function button(label, onClick) {
    const b = doc.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.addEventListener('click', (e) => {
      e.preventDefault();
      onClick();
    });
    return b;
  }

  function next(list, from) {
    const after = list.find((s) => from.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING && s !== from);
    const target = after || list[0];
    hide();
    flash(target);
  }

  function place(span) {
    const rects = [...span.getClientRects()];
    let r = rects[0] || span.getBoundingClientRect();
    if (pointer && rects.length > 1) {
      r = rects.find((x) => pointer.y >= x.top && pointer.y <= x.bottom) || r;
    }
    tip.style.left = '0px';
    tip.style.top = '0px';
    const { width: w, height: h } = tip.getBoundingClientRect();
    const gap = 8;
    const vw = doc.documentElement.clientWidth;
    const vh = doc.documentElement.clientHeight;
    // Above the text by default; flip below when there is no room.
    let top = r.top - h - gap;
    if (top < 4) top = r.bottom + gap;
    if (top + h > vh - 4 && r.top - h - gap >= 4) top = r.top - h - gap;
    let left = r.left + r.width / 2 - w / 2;
    left = Math.max(4, Math.min(left, vw - w - 4));
    tip.style.left = `${Math.round(left)}px`;
    tip.style.top = `${Math.round(top)}px`;
  }

  function show(span) {
    clearTimeout(hideTimer);
    if (current === span && !tip.hidden) return;
    if (current) release(current);
    current = span;
    render(span);
    tip.hidden = false;
    place(span);
    tip.dataset.state = 'visible';
    span.setAttribute('aria-describedby', tip.id);
    const id = span.getAttribute(`data-${PREFIX}-id`);
    scope.querySelectorAll(`[data-${PREFIX}-id="${CSS.escape(id)}"]`).forEach((s) => s.classList.add(`${PREFIX}-active`));
  }

  function release(span) {
    span.removeAttribute('aria-describedby');
    const id = span.getAttribute(`data-${PREFIX}-id`);
    scope.querySelectorAll(`[data-${PREFIX}-id="${CSS.escape(id)}"]`).forEach((s) => s.classList.remove(`${PREFIX}-active`));
  }

  function hide() {
    clearTimeout(hideTimer);
    if (current) release(current);
    current = null;
    tip.hidden = true;
    tip.dataset.state = 'hidden';
  }

  const hideSoon = () => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, 150);
  };

  const on = (target, type, fn, opts) => {
    target.addEventListener(type, fn, opts);
    return () => target.removeEventListener(type, fn, opts);
  };
  const off = [
    on(root, 'mouseover', (e) => {
      pointer = { x: e.clientX, y: e.clientY };
      const s = spanFrom(e.target);
      if (s) show(s);
    }),
    on(root, 'mouseout', (e) => {
      if (current && !tip.contains(e.relatedTarget) && spanFrom(e.relatedTarget) !== current) hideSoon();
    }),
    on(tip, 'mouseenter', () => clearTimeout(hideTimer)),
    on(tip, 'mouseleave', hideSoon),
    on(root, 'focusin', (e) => {
      pointer = null;
      const s = spanFrom(e.target);
      if (s) show(s);
    }),
    on(root, 'focusout', (e) => {
      if (current && !tip.contains(e.relatedTarget) && spanFrom(e.relatedTarget) !== current) hide();
    }),
    // Tap: touch devices send click without hover.
    on(root, 'click', (e) => {
      const s = spanFrom(e.target);
      if (s) {
        pointer = { x: e.clientX, y: e.clientY };
        show(s);
      } else if (!tip.contains(e.target)) hide();
    }),
    on(doc, 'keydown', (e) => {
      if (e.key === 'Escape' && current) {
        hide();
      }
    }),
    on(doc.defaultView, 'scroll', () => current && place(current), { capture: true, passive: true }),
    on(doc.defaultView, 'resize', () => current && place(current), { passive: true }),
  ];
  return () => {
    hide();
    off.forEach((f) => f());
    tip.remove();
  };
}
