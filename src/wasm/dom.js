// The JavaScript half of the in-place DOM path (src/wasm/dom.rs), shipped by
// wasm-bindgen beside the module (pkg/snippets/): the DOM calls, made here so
// that the element crosses into WebAssembly once, as one walk, and the plan
// comes back once.
//
// walk(el)     reads the element once: every string the block builder needs
//              joined into one, their UTF-16 lengths, and ops (src/html/walk.rs
//              says what each op means).
// apply(...)   inserts the plan's spans in this call.
// applyInSlices(...)  the same in slices, yielding to the page between them;
//              a text node the page changed meanwhile is left alone.
// applyPlanned(...)   the same with the plan made elsewhere (a Web Worker:
//              www/planner.js), awaited first.
// undo(el)    joins the pieces back into the original text nodes.
//
// Records of what changed live in a WeakMap keyed by the element: nothing is
// kept on the page's elements, so frozen or sealed elements are undone like
// any other.

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const TEXT = 0;
const OTHER = 1;
const OPEN = 2;
const CLOSE = 3;
const FOREIGN = 1;
const ALL_ATTRS = 2;

/** element -> the records of its changed text nodes, in the order they were made. */
const records = new WeakMap();
/** element -> the runs of applyInSlices still going on it. */
const running = new WeakMap();

// What crosses into WebAssembly is UTF-8: a lone surrogate becomes U+FFFD
// there (one unit for one unit). Each string is made well-formed on its own,
// so two lone halves in neighbouring strings never join into one character.
const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const wellFormed =
  typeof String.prototype.isWellFormed === 'function'
    ? (s) => (s.isWellFormed() ? s : s.toWellFormed())
    : (s) => s.replace(LONE, '\uFFFD');

/**
 * Walk `root` once. `read`: the attribute names the block builder reads,
 * space-separated; `ours`: the attribute marking a span that may be ours
 * (all its attributes are given).
 */
export function walk(root, read, ours) {
  const started = performance.now();
  const readNames = read.split(' ');
  const strings = [];
  const names = new Map();
  const ops = [];
  const nodes = [];
  const data = [];
  const parents = [];
  const str = (s) => strings.push(wellFormed(s)) - 1;
  const interned = (s) => {
    let k = names.get(s);
    if (k === undefined) names.set(s, (k = str(s)));
    return k;
  };
  const open = [];
  let n = root.firstChild;
  for (;;) {
    if (n === null) {
      const top = open.pop();
      if (top === undefined) break;
      ops.push(CLOSE);
      ops[top.at + 3] = ops.length;
      n = top.el.nextSibling;
      continue;
    }
    const type = n.nodeType;
    if (type === 3) {
      const d = n.data;
      nodes.push(n);
      data.push(d);
      parents.push(n.parentNode);
      ops.push(TEXT, str(d));
    } else if (type === 1) {
      const at = ops.length;
      const ns = n.namespaceURI;
      const name = n.localName;
      const foreign = ns !== null && ns !== HTML_NS;
      const all = name === 'span' && n.hasAttribute(ours);
      ops.push(OPEN, interned(name), (foreign ? FOREIGN : 0) | (all ? ALL_ATTRS : 0), 0, 0);
      if (all) {
        const attrs = n.attributes;
        for (let i = 0; i < attrs.length; i++) ops.push(interned(attrs[i].name), str(attrs[i].value));
        ops[at + 4] = attrs.length;
      } else if (n.hasAttributes()) {
        let count = 0;
        for (const a of readNames) {
          const v = n.getAttribute(a);
          if (v !== null) {
            ops.push(interned(a), str(v));
            count++;
          }
        }
        ops[at + 4] = count;
      }
      // Content outside the HTML namespace is skipped: not walked.
      if (!foreign && n.firstChild !== null) {
        open.push({ el: n, at });
        n = n.firstChild;
        continue;
      }
      ops.push(CLOSE);
      ops[at + 3] = ops.length;
    } else {
      ops.push(OTHER);
    }
    n = n.nextSibling;
  }
  const lengths = new Uint32Array(strings.length);
  for (let i = 0; i < strings.length; i++) lengths[i] = strings[i].length;
  return { root, started, nodes, data, parents, text: strings.join(''), lengths, ops: Uint32Array.from(ops) };
}

/**
 * Read a plan (src/wasm/dom.rs, `DomPlan`): the spans' attributes per mark,
 * and per text node its cuts.
 */
function readPlan(plan, strings, lengths) {
  const table = new Array(lengths.length);
  for (let i = 0, at = 0; i < lengths.length; i++) {
    table[i] = strings.slice(at, at + lengths[i]);
    at += lengths[i];
  }
  let i = 0;
  const marks = new Array(plan[i++]);
  for (let m = 0; m < marks.length; m++) {
    const n = plan[i++];
    const attrs = new Array(n);
    for (let a = 0; a < n; a++, i += 2) attrs[a] = [table[plan[i]], table[plan[i + 1]]];
    marks[m] = attrs;
  }
  // [node, [start, end, mark]...] per text node, in document order.
  const jobs = [];
  while (i + 3 < plan.length) {
    const node = plan[i];
    const cuts = [];
    while (i + 3 < plan.length && plan[i] === node) {
      cuts.push(plan[i + 1], plan[i + 2], plan[i + 3]);
      i += 4;
    }
    jobs.push([node, cuts]);
  }
  return { marks, jobs };
}

/** Is text node `k` of the walk where and as the walk saw it? */
function unchanged(w, k) {
  const node = w.nodes[k];
  return node !== undefined && node.data === w.data[k] && node.parentNode === w.parents[k] && w.parents[k] !== null && w.root.contains(node);
}

/**
 * Spans for the marks, made once each: the first piece of a mark takes the
 * span, later pieces a copy.
 */
function spanMaker(doc, marks) {
  const made = new Array(marks.length);
  return (m) => {
    const span = made[m];
    if (span !== undefined) return span.cloneNode(false);
    const s = doc.createElement('span');
    for (const [name, value] of marks[m]) s.setAttribute(name, value);
    made[m] = s;
    return s;
  };
}

/**
 * The document selection's two ends, to keep across our changes: moving a
 * text node into a span moves a selection end inside it out to the parent
 * (the DOM's removing steps), so an end in a node we cut or join is put back
 * by hand on the same character. `null` when nothing is selected.
 */
function selectionOf(doc) {
  const sel = doc && typeof doc.getSelection === 'function' ? doc.getSelection() : null;
  if (!sel || sel.rangeCount === 0) return null;
  return { sel, anchor: [sel.anchorNode, sel.anchorOffset], focus: [sel.focusNode, sel.focusOffset] };
}

/**
 * After a change: the ends `move` maps (from the [node, offset] seen before
 * the change to where that character is now, or null when the end was
 * elsewhere) are set again; the other end is taken as the DOM left it.
 */
function keepSelection(s, move) {
  if (s === null) return;
  const a = move(s.anchor);
  const f = move(s.focus);
  if (a === null && f === null) return;
  const sel = s.sel;
  const anchor = a || [sel.anchorNode, sel.anchorOffset];
  const focus = f || [sel.focusNode, sel.focusOffset];
  try {
    sel.setBaseAndExtent(anchor[0], anchor[1], focus[0], focus[1]);
  } catch {
    /* a selection the page has made read-only: left as it is */
  }
  s.anchor = [sel.anchorNode, sel.anchorOffset];
  s.focus = [sel.focusNode, sel.focusOffset];
}

/**
 * Wrap the pieces of one text node (`cuts`: start, end, mark, in UTF-16
 * units, nested, in start-tag order); the record of what it became.
 * `sel`: the selection's ends (selectionOf), kept on their characters.
 */
function wrapNode(node, cuts, span, tick, sel) {
  const parent = node.parentNode;
  const bounds = [0, node.length];
  for (let c = 0; c < cuts.length; c += 3) bounds.push(cuts[c], cuts[c + 1]);
  bounds.sort((a, b) => a - b);
  const cut = bounds.filter((b, i) => i === 0 || b !== bounds[i - 1]);
  // Split from the end so earlier offsets stay valid; the original keeps the first piece.
  const pieces = new Array(cut.length - 2);
  for (let k = cut.length - 2; k >= 1; k--) pieces[k - 1] = node.splitText(cut[k]);
  const segment = (k) => (k === 0 ? node : pieces[k - 1]);
  const at = (b) => cut.indexOf(b);
  for (let c = 0; c < cuts.length; c += 3) {
    if (tick !== undefined) tick();
    const i = at(cuts[c]);
    const j = at(cuts[c + 1]);
    const s = span(cuts[c + 2]);
    const first = segment(i);
    first.parentNode.insertBefore(s, first);
    for (let k = i; k < j; k++) s.appendChild(segment(k));
  }
  // The children of `parent` that now stand where the text node stood.
  const tops = [];
  for (let k = 0; k < cut.length - 1; k++) {
    let n = segment(k);
    while (n.parentNode !== parent) n = n.parentNode;
    if (tops[tops.length - 1] !== n) tops.push(n);
  }
  keepSelection(sel, ([n, o]) => {
    if (n !== node) return null;
    let k = 0;
    while (k < cut.length - 2 && o >= cut[k + 1]) k++;
    return [segment(k), o - cut[k]];
  });
  return { parent, original: node, pieces, tops };
}

/** Undo one record; false when the page moved its nodes meanwhile (they are left). */
function unwrap(rec, sel = null) {
  const first = rec.tops[0];
  if (first === undefined || first.parentNode !== rec.parent) return false;
  // Where each piece starts in the joined text, for the selection.
  const starts = [];
  let data = rec.original.data;
  for (const p of rec.pieces) {
    starts.push(data.length);
    data += p.data;
  }
  if (first !== rec.original) rec.parent.insertBefore(rec.original, first);
  rec.original.data = data;
  for (const t of rec.tops) if (t !== rec.original && t.parentNode !== null) t.parentNode.removeChild(t);
  keepSelection(sel, ([n, o]) => {
    if (n === rec.original) return [n, o];
    const k = rec.pieces.indexOf(n);
    return k < 0 ? null : [rec.original, starts[k] + o];
  });
  return true;
}

function keep(root, made) {
  if (!made.length) return;
  const list = records.get(root);
  if (list) list.push(...made);
  else records.set(root, made);
}

const STALE = 'the element changed while it was read; it was left unchanged';

/**
 * Insert the plan's spans in this call; the number inserted. Every text node
 * to change is checked first: if the page changed one since the walk,
 * nothing is done. `tick`: called before each span (fault-injection builds).
 */
export function apply(w, plan, strings, lengths, tick) {
  const { marks, jobs } = readPlan(plan, strings, lengths);
  for (const [k] of jobs) if (!unchanged(w, k)) throw new Error(STALE);
  const doc = w.root.ownerDocument ?? w.root;
  const span = spanMaker(doc, marks);
  const sel = selectionOf(doc);
  const made = [];
  let count = 0;
  for (const [k, cuts] of jobs) {
    made.push(wrapNode(w.nodes[k], cuts, span, typeof tick === 'function' ? tick : undefined, sel));
    count += cuts.length / 3;
  }
  keep(w.root, made);
  return count;
}

/** Let the page run: scheduler.yield() where there is one, else a message (no 4 ms timer clamp). */
function pause() {
  const s = globalThis.scheduler;
  if (s && typeof s.yield === 'function') return s.yield();
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
    ch.port2.postMessage(null);
  });
}

/**
 * Insert the plan's spans in slices of about `sliceMs` each (the first slice
 * counts from the walk's start), yielding between them. A text node the page
 * changed or moved since the walk is left as it is; `undo(el)` (unenrich) meanwhile
 * stops the run. If a slice fails, what this run inserted is taken out and
 * the promise rejects.
 */
export function applyInSlices(w, plan, strings, lengths, sliceMs) {
  return slices(w, readPlan(plan, strings, lengths), sliceMs, startRun(w.root));
}

/** A run of applyInSlices on `root`, which undo(root) stops. */
function startRun(root) {
  const run = { stopped: false };
  const runs = running.get(root) || new Set();
  running.set(root, runs.add(run));
  return run;
}

async function slices(w, { marks, jobs }, sliceMs, run) {
  const doc = w.root.ownerDocument ?? w.root;
  const span = spanMaker(doc, marks);
  const runs = running.get(w.root);
  const made = [];
  let count = 0;
  let sliceStart = w.started;
  // The selection as it is at the start of each slice (the reader may change it in between).
  let sel = selectionOf(doc);
  try {
    for (const [k, cuts] of jobs) {
      if (performance.now() - sliceStart >= sliceMs) {
        await pause();
        sliceStart = performance.now();
        sel = selectionOf(doc);
      }
      if (run.stopped) break;
      if (!unchanged(w, k)) continue;
      const rec = wrapNode(w.nodes[k], cuts, span, undefined, sel);
      made.push(rec);
      keep(w.root, [rec]);
      count += cuts.length / 3;
    }
  } catch (e) {
    const now = selectionOf(doc);
    for (let i = made.length - 1; i >= 0; i--) unwrap(made[i], now);
    const list = records.get(w.root);
    if (list) {
      const mine = new Set(made);
      const rest = list.filter((r) => !mine.has(r));
      if (rest.length) records.set(w.root, rest);
      else records.delete(w.root);
    }
    throw e;
  } finally {
    runs.delete(run);
  }
  return count;
}

/**
 * applyInSlices with the plan made elsewhere: `planner(text, lengths, ops,
 * options)` resolves to `{ plan, strings, lengths }` (planResult's shape).
 * The run starts now, so that undo(root) while the plan is being made
 * stops it too; the first slice counts from the plan's arrival, not the walk's
 * start (the page ran meanwhile).
 */
export async function applyPlanned(w, planner, options, sliceMs) {
  const run = startRun(w.root);
  let read = null;
  try {
    const p = await planner(w.text, w.lengths, w.ops, options);
    if (run.stopped) return 0;
    try {
      read = readPlan(p.plan, p.strings, p.lengths);
    } catch {
      throw new Error('the plan made for this element is not one; it was left unchanged');
    }
  } finally {
    // Until slices() takes the run over, it is ours to end.
    if (read === null) running.get(w.root).delete(run);
  }
  w.started = performance.now();
  return slices(w, read, sliceMs, run);
}

/** A plan as one object the planner can post from a worker (copies: the views were into module memory). */
export function planResult(plan, strings, lengths) {
  return { plan: plan.slice(), strings, lengths: lengths.slice() };
}

/** Undo every enrichment of `root`; the number of text nodes restored. */
export function undo(root) {
  const runs = running.get(root);
  if (runs) for (const r of runs) r.stopped = true;
  const list = records.get(root);
  if (!list) return 0;
  records.delete(root);
  const sel = selectionOf(root.ownerDocument ?? root);
  let restored = 0;
  for (let i = list.length - 1; i >= 0; i--) if (unwrap(list[i], sel)) restored++;
  return restored;
}

/** Is `e` a trap inside WebAssembly (a panic), which must reach the caller as it is? */
export function isPanic(e) {
  return e instanceof WebAssembly.RuntimeError;
}
