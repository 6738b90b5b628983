// The analysis off the page's main thread: a module Web Worker holding its
// own instance of the WebAssembly module, which plans the walks the page
// sends it (planWalk) and posts the plans back. www/planner.js starts it and
// talks to it; nothing here touches a DOM.
//
// Messages in: { type: 'start', wasm } (the module's URL), then
// { id, text, lengths, ops, options }. Out: { type: 'ready' } or
// { type: 'failed', error } once; then per request { id, plan, strings,
// lengths } or { id, error, panic }. After a panic every later request is
// refused: the instance's memory cannot be trusted.
import init, { planWalk, warmUp } from './pkg/article_enrich.js';

let ready = null;
let broken = false;

async function start(wasm) {
  await init({ module_or_path: wasm });
  // Off the page's thread: the start-up work at once.
  if (typeof warmUp === 'function') while (!warmUp());
}

function plan(data) {
  if (broken) throw new Error('stopped after an internal error earlier on this page');
  return planWalk(data.text, data.lengths, data.ops, data.options ?? undefined);
}

self.addEventListener('message', async ({ data }) => {
  if (!data || typeof data !== 'object') return;
  if (data.type === 'start') {
    ready ??= start(data.wasm);
    try {
      await ready;
      self.postMessage({ type: 'ready' });
    } catch (e) {
      self.postMessage({ type: 'failed', error: e && e.message ? e.message : String(e) });
    }
    return;
  }
  try {
    await ready;
    const r = plan(data);
    self.postMessage({ id: data.id, plan: r.plan, strings: r.strings, lengths: r.lengths }, [r.plan.buffer, r.lengths.buffer]);
  } catch (e) {
    const panic = e instanceof WebAssembly.RuntimeError;
    if (panic) broken = true;
    self.postMessage({ id: data.id, error: e && e.message ? e.message : String(e), panic });
  }
});
