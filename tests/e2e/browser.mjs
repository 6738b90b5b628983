// Helpers for the end-to-end tests: serve www/ on a free loopback port and
// launch Debian's Chromium through playwright-core (never a downloaded browser).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '..', '..');
const require = createRequire(path.join(root, 'www', 'package.json'));
const { chromium } = require('playwright-core');

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/** Start .ci/serve.py on a free port. Resolves to { url, stop }. */
export function serve(dir = path.join(root, 'www')) {
  return new Promise((resolve, reject) => {
    const p = spawn('python3', [path.join(root, '.ci', 'serve.py'), '--port', '0', '--root', dir, '--quiet'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let buf = '';
    p.stdout.on('data', (d) => {
      buf += d;
      const m = buf.match(/^(http:\/\/\S+)\n/);
      if (m) resolve({ url: m[1], stop: () => p.kill() });
    });
    p.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

/** Launch headless Chromium with the flags this closed network needs, and `extra`. */
export function launch(extra = []) {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...extra],
  });
}

/** Collect console errors and page errors of a page. */
export function watchErrors(page) {
  const errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

/**
 * Register before/after hooks that serve `dir` (default: the repository) and
 * launch Chromium once for a test file. Returns an object whose `server` and
 * `browser` are set once the hooks have run.
 */
export function useBrowser(before, after, dir = root) {
  const state = { server: null, browser: null };
  before(async () => {
    state.server = await serve(dir);
    state.browser = await launch();
  });
  after(async () => {
    await state.browser?.close();
    state.server?.stop();
  });
  return state;
}

/**
 * For the corpus checks: serve `pagesDir` and the repository on two local
 * origins, launch Chromium, and give a context in which only those two answer
 * (nothing leaves this machine). Registers the before/after hooks.
 */
export function useCorpusBrowser(before, after, pagesDir, launchArgs = []) {
  const state = { pagesServer: null, ourServer: null, browser: null };
  before(async () => {
    if (!existsSync(pagesDir)) throw new Error(`../shared is missing: ${pagesDir}`);
    state.pagesServer = await serve(pagesDir);
    state.ourServer = await serve(root);
    state.browser = await launch(launchArgs);
  });
  after(async () => {
    await state.browser?.close();
    state.pagesServer?.stop();
    state.ourServer?.stop();
  });
  state.newContext = async (options = {}) => {
    const context = await state.browser.newContext(options);
    const allowed = [state.pagesServer.url, state.ourServer.url];
    await context.route('**/*', (route) => (allowed.some((u) => route.request().url().startsWith(u)) ? route.continue() : route.abort()));
    return context;
  };
  return state;
}
