// The extension's in-place step: the service worker returns the article's
// HTML with our spans (the string path, `enrich`), and this module puts those
// spans into the live article without replacing anything else. It walks the
// live element and the enriched tree side by side: enrichment only wraps
// text in our spans (markup.js isOurSpan), so with those spans seen through,
// both trees must have the same elements, comments and text, in the same
// order. Live text nodes are split at the spans' edges and moved into
// shallow copies of the spans, so the page's elements, their listeners and
// their state stay the same objects.
//
// `planMarks` only reads: it returns null when the two trees disagree
// anywhere (a live DOM the HTML parser would not build, text changed while
// the worker ran), and then nothing has been touched. `applyMarks` changes
// the page; `removeMarks` unwraps exactly the spans it added and joins each
// split text node back into the original node (the same object, its text
// as it was), leaving any other node alone.
import { isOurSpan } from '../www/markup.js';

const TEXT = 3;
const ELEMENT = 1;
const COMMENT = 8;

/**
 * Elements whose children are not parsed as markup the same way in the page
 * (scripting on) and in a DOMParser document (scripting off), or hold no
 * readable text: paired by name, never entered, never marked.
 */
const OPAQUE = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

/**
 * The children of `node` with our spans seen through: { text, chain } for
 * text (chain: our spans around it, outermost first) and { node, chain } for
 * anything else.
 */
function flatten(node, chain, out) {
  for (const c of node.childNodes) {
    if (c.nodeType === TEXT) out.push({ text: c.data, chain });
    else if (c.nodeType === ELEMENT && isOurSpan(c)) flatten(c, [...chain, c], out);
    else out.push({ node: c, chain });
  }
  return out;
}

/** Pair the children of `live` with those of `enriched`; false at the first disagreement. */
function pair(live, enriched, runs) {
  const kids = live.childNodes;
  const items = flatten(enriched, [], []);
  let i = 0;
  let j = 0;
  for (;;) {
    // A run of text: the live text nodes and the enriched pieces must hold the same text.
    const nodes = [];
    while (i < kids.length && kids[i].nodeType === TEXT) nodes.push(kids[i++]);
    const pieces = [];
    while (j < items.length && 'text' in items[j]) pieces.push(items[j++]);
    if (nodes.map((n) => n.data).join('') !== pieces.map((p) => p.text).join('')) return false;
    if (pieces.some((p) => p.chain.length && p.text.length)) runs.push({ nodes, pieces });
    if (i === kids.length || j === items.length) return i === kids.length && j === items.length;
    const l = kids[i++];
    const { node: e, chain } = items[j++];
    // Our spans hold text (and our spans) only.
    if (chain.length || l.nodeType !== e.nodeType) return false;
    if (l.nodeType === ELEMENT) {
      if (l.localName !== e.localName || l.namespaceURI !== e.namespaceURI) return false;
      if (!OPAQUE.has(l.localName) && !pair(l, e, runs)) return false;
    } else if (l.nodeType === COMMENT && l.data !== e.data) {
      return false;
    }
  }
}

/**
 * What to change: the runs of live text that get spans, or null when the
 * live `article` and `enriched` (a parsed copy of its content with our spans
 * added, e.g. a DOMParser body) disagree. Reads only.
 */
export function planMarks(article, enriched) {
  const runs = [];
  return pair(article, enriched, runs) ? runs : null;
}

/**
 * Apply a plan: returns the record `removeMarks` takes. On an exception the
 * page is put back before it is rethrown.
 */
export function applyMarks(runs) {
  // split: each group of pieces, by every node in it (the first is the original).
  const record = { spans: [], split: new Map() };
  try {
    for (const run of runs) applyRun(run, record);
  } catch (e) {
    removeMarks(record);
    throw e;
  }
  return record;
}

/** `piece` was split off `from`: remember it with the original node it came from. */
function noteSplit(record, from, piece) {
  let group = record.split.get(from);
  if (!group) record.split.set(from, (group = [from]));
  group.splice(group.indexOf(from) + 1, 0, piece);
  record.split.set(piece, group);
}

function applyRun({ nodes, pieces }, record) {
  const doc = nodes[0].ownerDocument;
  const parent = nodes[0].parentNode;
  const anchor = nodes[nodes.length - 1].nextSibling;
  const queue = [...nodes];
  // Open spans: [enriched span, its live copy], outermost first.
  const open = [];
  for (const { text, chain } of pieces) {
    let keep = 0;
    while (keep < open.length && keep < chain.length && open[keep][0] === chain[keep]) keep++;
    open.length = keep;
    for (let k = keep; k < chain.length; k++) {
      const copy = doc.importNode(chain[k], false);
      record.spans.push(copy);
      if (k === 0) parent.insertBefore(copy, anchor);
      else open[k - 1][1].append(copy);
      open.push([chain[k], copy]);
    }
    const put = (n) => (open.length ? open[open.length - 1][1].append(n) : parent.insertBefore(n, anchor));
    // The live text of this piece, split off where it ends, moved into place in order.
    let left = text.length;
    while (left > 0) {
      const cur = queue[0];
      if (cur.length <= left) {
        queue.shift();
        left -= cur.length;
        put(cur);
      } else {
        const rest = cur.splitText(left);
        noteSplit(record, cur, rest);
        queue[0] = rest;
        left = 0;
        put(cur);
      }
    }
  }
  // Empty text nodes left over keep their place.
}

/**
 * Undo `applyMarks`: unwrap the spans it added (wherever they are now) and
 * join the pieces of each split text node back into the original node, when
 * they still sit side by side; a piece the page moved stays as it is.
 */
export function removeMarks(record) {
  for (const span of record.spans) if (span.parentNode) span.replaceWith(...span.childNodes);
  for (const group of new Set(record.split.values())) {
    const together = group.every((n, k) => n.parentNode && (k === 0 || group[k - 1].nextSibling === n));
    if (!together) continue;
    group[0].data = group.map((n) => n.data).join('');
    for (const n of group.slice(1)) n.remove();
  }
  record.spans = [];
  record.split.clear();
}
