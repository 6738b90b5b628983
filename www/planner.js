// The analysis in a Web Worker (www/worker.js), so that reading a long page
// never blocks the page's main thread: the element is walked here (a few
// milliseconds), the walk goes to the worker, the plan comes back, and the
// spans go in slices (guard.js guardedEnrichInWorker, the module's
// enrichElementWith).
//
// startPlanner() starts the worker once per page and resolves to the
// planner function when the worker's own instance of the module is ready,
// or to null when a worker cannot run here (no Worker, a
// Content-Security-Policy that refuses it, a module that will not load in
// it): the caller then analyses on the main thread, as before, for the whole
// page, so that entity ids never come from two numberings. The worker is
// same-origin when this file is; from another origin (the bookmarklet) it is
// a module worker made from a blob that imports worker.js, which needs the
// CORS the bookmarklet's own import already needs.
const WORKER_URL = new URL('./worker.js', import.meta.url);
const WASM_URL = new URL('./pkg/article_enrich_bg.wasm', import.meta.url);

/** How long the worker may take to start before the main thread is used. */
const START_MS = 10000;

let starting = null;
/** Stops the worker of `starting` (rejecting what it still owes). */
let stopCurrent = null;

function makeWorker() {
  if (typeof Worker !== 'function') return null;
  const here = typeof location === 'object' && location.origin === WORKER_URL.origin;
  if (here) return new Worker(WORKER_URL, { type: 'module' });
  const source = `import ${JSON.stringify(WORKER_URL.href)};`;
  const blob = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  try {
    return new Worker(blob, { type: 'module' });
  } finally {
    // (The worker has fetched its script by the time it runs.)
    setTimeout(() => URL.revokeObjectURL(blob), START_MS);
  }
}

/**
 * The planner once per page: a function `(text, lengths, ops, options) =>
 * Promise<{ plan, strings, lengths }>`, or null when no worker runs here.
 * Never rejects.
 */
export function startPlanner(wasmUrl) {
  starting ??= new Promise((resolve) => {
    let worker;
    try {
      worker = makeWorker();
    } catch {
      worker = null;
    }
    if (!worker) return resolve(null);
    const pending = new Map();
    let next = 1;
    let alive = true;
    const fail = (why) => {
      alive = false;
      for (const { reject } of pending.values()) reject(new Error(`the analysis worker stopped (${why})`));
      pending.clear();
      worker.terminate();
    };
    stopCurrent = () => {
      clearTimeout(timer);
      fail('it was stopped');
      resolve(null);
    };
    const timer = setTimeout(() => {
      fail('it did not start');
      resolve(null);
    }, START_MS);
    worker.addEventListener('error', (e) => {
      clearTimeout(timer);
      fail(e && e.message ? e.message : 'it could not run here');
      resolve(null);
    });
    worker.addEventListener('message', ({ data }) => {
      if (data.type === 'ready') {
        clearTimeout(timer);
        return resolve(plan);
      }
      if (data.type === 'failed') {
        clearTimeout(timer);
        fail(data.error);
        return resolve(null);
      }
      const p = pending.get(data.id);
      if (!p) return;
      pending.delete(data.id);
      if (data.error === undefined) return p.resolve(data);
      // A panic in the worker is the module's: the guard treats it as one.
      p.reject(data.panic ? new WebAssembly.RuntimeError(data.error) : new Error(data.error));
    });
    function plan(text, lengths, ops, options) {
      if (!alive) return Promise.reject(new Error('the analysis worker has stopped'));
      return new Promise((res, rej) => {
        const id = next++;
        pending.set(id, { resolve: res, reject: rej });
        // Structured clones: the options must be plain data; the walk keeps its own arrays.
        worker.postMessage({ id, text, lengths, ops, options: options ?? null });
      });
    }
    worker.postMessage({ type: 'start', wasm: String(wasmUrl || WASM_URL) });
  });
  return starting;
}

/**
 * Stop the worker (the bookmarklet's second click: nothing of ours keeps
 * running once the marks are gone). Plans still awaited reject; the next
 * startPlanner() starts a new worker, whose entity ids start afresh.
 */
export function stopPlanner() {
  if (stopCurrent) stopCurrent();
  stopCurrent = null;
  starting = null;
}
