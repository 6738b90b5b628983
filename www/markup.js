// The markup contract between the Rust side (src/render/marks.rs writes the
// spans) and the widget, in one place: the class prefix, every attribute name
// and every class name the JS reads or writes. Every other JS file imports
// names from here instead of spelling them (enrich.css spells the classes too,
// being CSS). Like tippyjs's one namespace prefix (src/constants.ts), so host
// CSS cannot collide and a second run recognises its own spans.
//
// A mention (every piece of one mention shares data-ae-id; values are
// HTML-escaped, so getAttribute gives the plain text back):
//   <span class="ae ae-person" data-ae-id="m4" data-ae-kind="person" data-ae-ref="e3"
//         data-ae-name="Ingrid Solberg" data-ae-role="Norwegian energy minister"
//         data-ae-mentions="7" data-ae-quotes="4" tabindex="0">
//   kind: person, organization, place, group, date, number or other; data-ae-role
//   only when the entity has one; data-ae-quotes only when it has quotes;
//   data-ae-mentions always (the entity's number of mentions).
// A quote:
//   <span class="ae ae-quote" data-ae-id="q2" data-ae-kind="quote" data-ae-speaker="e3"
//         data-ae-name="Ingrid Solberg" data-ae-role="Norwegian energy minister"
//         data-ae-quotes="4" tabindex="0">
//   speaker named: data-ae-speaker, data-ae-name, data-ae-role (if any) and
//   data-ae-quotes (the speaker's count); not named but described ("a
//   spokesman"): data-ae-role alone; nothing known: none of the four.
//
// The tooltip's text is composed here from those fields (`summary`,
// `tooltipText`), never parsed back out of a formatted string.

/** The one prefix of our classes and data attributes. */
export const PREFIX = 'ae';

const attr = (name) => `data-${PREFIX}-${name}`;
const cls = (name) => `${PREFIX}-${name}`;

/** Attribute names: on our spans (written by the Rust side), and the widget's own. */
export const ATTR = Object.freeze({
  id: attr('id'),
  kind: attr('kind'),
  ref: attr('ref'),
  speaker: attr('speaker'),
  name: attr('name'),
  role: attr('role'),
  mentions: attr('mentions'),
  quotes: attr('quotes'),
  // Set by pages: data-ae="off" keeps an element out (read by the Rust side).
  optOut: `data-${PREFIX}`,
  // The widget's own: our stylesheet <link>, the bookmarklet's article, the
  // theme chosen on <html>, and the demo's timing mark for its test.
  owned: attr('owned'),
  bookmarklet: attr('bookmarklet'),
  theme: attr('theme'),
  // The kinds the reader turned off, on <html> (space-separated; prefs.js).
  off: attr('off'),
  enrichedAt: attr('enriched-at'),
});

/** Class names: the spans', and those of the tooltip and the panel. */
export const CLASS = Object.freeze({
  span: PREFIX,
  active: cls('active'),
  flash: cls('flash'),
  tooltip: cls('tooltip'),
  tipName: cls('tip-name'),
  tipKind: cls('tip-kind'),
  tipMeta: cls('tip-meta'),
  tipSite: cls('tip-site'),
  tipMore: cls('tip-more'),
  tipLinks: cls('tip-links'),
  tipArrow: cls('tip-arrow'),
  tipIntro: cls('tip-intro'),
  again: cls('again'),
  legend: cls('legend'),
  legendSwatch: cls('legend-swatch'),
  hidden: cls('sr'),
  panel: cls('panel'),
  panelToggle: cls('panel-toggle'),
  panelBody: cls('panel-body'),
  panelSpeakers: cls('panel-speakers'),
  panelEntities: cls('panel-entities'),
  panelQuote: cls('panel-quote'),
});

/** Entity kinds, as data-ae-kind spells them; quotes have the kind `quote`. */
export const KINDS = Object.freeze(['person', 'organization', 'place', 'group', 'date', 'number', 'other']);
export const QUOTE = 'quote';

/**
 * A coarse selector for our spans, for querySelectorAll and closest: class
 * `ae`, an id and a kind. A page can write spans that match it, so every
 * match is checked with `isOurSpan` before it is read (`ourSpans`,
 * `closestOurSpan`).
 */
export const SPAN_SELECTOR = `span.${PREFIX}[${ATTR.id}][${ATTR.kind}]`;

/** The class of a kind: `ae-person`, `ae-quote`. */
export const kindClass = (kind) => cls(kind);

/**
 * The accent colour of each kind, as enrich.css defines it (`other` shares
 * the quotes' grey there). A fixed table of fixed strings: no CSS is ever
 * composed from what a span says.
 */
const KIND_COLOR = Object.freeze({
  person: 'var(--ae-person)',
  organization: 'var(--ae-organization)',
  place: 'var(--ae-place)',
  group: 'var(--ae-group)',
  date: 'var(--ae-date)',
  number: 'var(--ae-number)',
  other: 'var(--ae-quote)',
  quote: 'var(--ae-quote)',
});

/** The accent colour of `kind` (one of the table's own values; the quotes' grey for anything else). */
export function kindColor(kind) {
  return typeof kind === 'string' && Object.hasOwn(KIND_COLOR, kind) ? KIND_COLOR[kind] : KIND_COLOR.quote;
}

/** An attribute selector `[name="value"]`, the value quoted (ids come from the page's markup). */
export function attrIs(name, value) {
  return `[${name}="${String(value).replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ')}"]`;
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';
/** The optional fields, in the order the Rust side writes them (src/markup.rs FIELDS). */
const FIELDS = [ATTR.ref, ATTR.speaker, ATTR.name, ATTR.role, ATTR.mentions, ATTR.quotes];
/**
 * The widget's own state on our spans while a tooltip shows or a jump
 * flashes: these classes after `ae ae-KIND`, and aria-describedby naming
 * our tooltip. guard.js sets them aside while the module walks the page
 * (the Rust side recognises only what it wrote).
 */
export const WIDGET_CLASSES = Object.freeze([CLASS.active, CLASS.flash, CLASS.again]);
export const DESCRIBED_BY = 'aria-describedby';
const TOOLTIP_ID = new RegExp(`^${CLASS.tooltip}-[a-z0-9]+(-d)?$`);
const ALL_KINDS = [...KINDS, QUOTE];
const CLASS_FORM = new RegExp(`^${PREFIX} ${PREFIX}-(${ALL_KINDS.join('|')})((?: (?:${WIDGET_CLASSES.join('|')}))*)$`);
const MENTION_ID = /^m[0-9]+$/;
const QUOTE_ID = /^q[0-9]+$/;

/** Is this attribute the widget's own aria-describedby (pointing at our tooltip)? */
const isWidgetAttr = (a) => a.name === DESCRIBED_BY && TOOLTIP_ID.test(a.value);

/**
 * Is `el` one of our spans (a piece of a mention or quote)? Exactly what the
 * Rust side writes (src/markup.rs `is_ours`): an HTML span whose attributes
 * are, in this order, class `ae ae-KIND` (KIND one of the eight), data-ae-id
 * `m<digits>` (`q<digits>` for quotes), data-ae-kind KIND, only our fields
 * in our order, and tabindex="0"; nothing else but the widget's own state
 * (WIDGET_CLASSES, DESCRIBED_BY, tabindex="-1" from arrangeMarks). A page's span that merely looks like ours
 * (another attribute, another id form, a class of its own) is not ours: it
 * gets no tooltip and the panel does not read it.
 */
export function isOurSpan(el) {
  if (!el || el.nodeType !== 1 || el.localName !== 'span' || el.namespaceURI !== HTML_NS) return false;
  const attrs = [...el.attributes].filter((a) => !isWidgetAttr(a));
  if (attrs.length < 4 || attrs[0].name !== 'class') return false;
  const m = CLASS_FORM.exec(attrs[0].value);
  if (!m) return false;
  const [, kind, state] = m;
  const tokens = state.split(' ').filter(Boolean);
  if (new Set(tokens).size !== tokens.length) return false;
  if (attrs[1].name !== ATTR.id || !(kind === QUOTE ? QUOTE_ID : MENTION_ID).test(attrs[1].value)) return false;
  if (attrs[2].name !== ATTR.kind || attrs[2].value !== kind) return false;
  let next = 0;
  for (let i = 3; i < attrs.length - 1; i++) {
    const k = FIELDS.indexOf(attrs[i].name, next);
    if (k < 0) return false;
    next = k + 1;
  }
  const last = attrs[attrs.length - 1];
  return last.name === 'tabindex' && (last.value === '0' || last.value === TAB_OFF);
}

/**
 * The widget's own arrangement of the marks, redone after each enrichment:
 * - tab stops: one per entity (its first mention) and one per quote (its
 *   first piece) keep tabindex="0" as written; every other piece, and every
 *   mark of a kind the reader turned off, gets tabindex="-1" (still
 *   focusable, by "Next mention", but not a Tab stop);
 * - calm marks: the first mention of an entity in each section (a heading,
 *   and the text up to the next one) is marked clearly, later ones get the
 *   class ae-again (a faint underline).
 * guard.js sets both aside while the module walks the page. `roots`: the
 * enriched elements (entity ids are unique page-wide); `off`: the kinds the
 * reader does not want marked (prefs.js).
 */
export const TAB_OFF = '-1';
const HEADINGS = 'h1, h2, h3, h4, h5, h6';
export function arrangeMarks(roots, off = []) {
  const stops = new Set();
  // A heading is a section of its own, and starts a new one after it.
  let section = new Set();
  let heading = null;
  for (const root of roots) {
    for (const el of root.querySelectorAll(`${HEADINGS}, ${SPAN_SELECTOR}`)) {
      if (el.localName !== 'span') {
        heading = el;
        section = new Set();
        continue;
      }
      if (heading && !heading.contains(el)) {
        heading = null;
        section = new Set();
      }
      if (!isOurSpan(el)) continue;
      const kind = el.getAttribute(ATTR.kind);
      const id = el.getAttribute(ATTR.id);
      const ref = kind === QUOTE ? null : el.getAttribute(ATTR.ref);
      const key = ref || id;
      const stop = !stops.has(key) && !off.includes(kind);
      if (!off.includes(kind)) stops.add(key);
      const want = stop ? '0' : TAB_OFF;
      if (el.getAttribute('tabindex') !== want) el.setAttribute('tabindex', want);
      // Pieces of one mention share its id: all of them are first, or none.
      const again = ref !== null && section.has(ref) && !section.has(`#${id}`);
      el.classList.toggle(CLASS.again, again);
      if (ref !== null && !again) section.add(ref).add(`#${id}`);
    }
  }
}

/** Our spans under `scope` matching SPAN_SELECTOR + `extra`, in document order. */
export const ourSpans = (scope, extra = '') => [...scope.querySelectorAll(`${SPAN_SELECTOR}${extra}`)].filter(isOurSpan);

/** The nearest of our spans at or above `node`, or null (a look-alike in between is passed over). */
export function closestOurSpan(node) {
  let el = node && node.nodeType === 1 ? node : node?.parentElement;
  while (el) {
    const s = el.closest(SPAN_SELECTOR);
    if (!s || isOurSpan(s)) return s;
    el = s.parentElement;
  }
  return null;
}

function count(span, name) {
  const v = span.getAttribute(name);
  if (v === null || v.trim() === '') return null;
  const n = Number(v);
  return Number.isInteger(n) && n >= 0 ? n : null;
}

/**
 * The fields of one of our spans, or null for any other element:
 * { id, kind, isQuote, ref, speaker, name, role, mentions, quotes }.
 * `ref` is a mention's entity id, `speaker` a quote's speaker's entity id;
 * absent attributes are null, except `quotes`, which is 0 when absent.
 */
export function readSpan(span) {
  if (!isOurSpan(span)) return null;
  const kind = span.getAttribute(ATTR.kind) || '';
  return {
    id: span.getAttribute(ATTR.id),
    kind,
    isQuote: kind === QUOTE,
    ref: span.getAttribute(ATTR.ref),
    speaker: span.getAttribute(ATTR.speaker),
    name: span.getAttribute(ATTR.name),
    role: span.getAttribute(ATTR.role),
    mentions: count(span, ATTR.mentions),
    quotes: count(span, ATTR.quotes) ?? 0,
  };
}

export const SEP = ' \u00b7 ';

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Who said a quote, as the reader sees it: a name, "a spokesman (not named)", or null. */
export function speakerLabel(fields) {
  if (fields.name) return fields.name;
  if (fields.role) return `${fields.role} (not named)`;
  return null;
}

/** The details after the name: kind, role, count (entities); role, count (quotes by a named speaker). */
function details(f) {
  if (f.isQuote) return f.name ? [f.role, f.quotes > 0 ? plural(f.quotes, 'quote') : null].filter(Boolean) : [];
  const n = f.quotes > 0 ? plural(f.quotes, 'quote') : f.mentions !== null ? plural(f.mentions, 'mention') : null;
  return [f.kind, f.role, n].filter(Boolean);
}

/**
 * The two lines of a tooltip: { title, meta }. "Anna Berg" / "person · Danish
 * foreign minister · 1 quote"; for a quote "Said by Anna Berg" / "Danish
 * foreign minister · 1 quote", or "Speaker not named" / "".
 */
export function tooltipText(fields) {
  if (fields.isQuote) {
    const who = speakerLabel(fields);
    return { title: who ? `Said by ${who}` : 'Speaker not named', meta: details(fields).join(SEP) };
  }
  return { title: fields.name || '', meta: details(fields).join(SEP) };
}

/**
 * One line for a span's fields: "Anna Berg · person · Danish foreign minister ·
 * 1 quote"; "quote · Anna Berg · Danish foreign minister · 1 quote", "quote · a
 * spokesman (not named)", "quote · speaker not named".
 */
export function summary(fields) {
  if (fields.isQuote) return [QUOTE, speakerLabel(fields) || 'speaker not named', ...details(fields)].join(SEP);
  return [fields.name, ...details(fields)].filter(Boolean).join(SEP);
}

/** The first piece of each of our spans matching SPAN_SELECTOR + `extra` under `scope`, in document order. */
function firstPieces(scope, extra) {
  const seen = new Set();
  return ourSpans(scope, extra).filter((s) => {
    const id = s.getAttribute(ATTR.id);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Every piece of the mention or quote `id` under `scope`. */
export const piecesOf = (scope, id) => ourSpans(scope, attrIs(ATTR.id, id));

/** The mentions of entity `ref` under `scope`, one element (the first piece) each. */
export const mentionsOf = (scope, ref) => firstPieces(scope, attrIs(ATTR.ref, ref));

/** The quotes whose speaker is entity `ref` under `scope`, one element (the first piece) each. */
export const quotesBy = (scope, ref) => firstPieces(scope, `${attrIs(ATTR.kind, QUOTE)}${attrIs(ATTR.speaker, ref)}`);
