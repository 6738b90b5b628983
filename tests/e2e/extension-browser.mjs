// The browser extension in Chromium, for tests/e2e/extension.test.mjs and
// tests/e2e/corpus-extension.mjs: build it (extension/build.mjs) into a
// temporary folder, launch Chromium with it (--load-extension, a persistent
// profile, as extensions need), let only one local server answer, and press
// its toolbar button through the DevTools protocol (Extensions.triggerAction,
// as a click on the button, the activeTab grant included).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { root, CHROMIUM } from './browser.mjs';

const { chromium } = createRequire(path.join(root, 'www', 'package.json'))('playwright-core');

/**
 * Register before/after hooks: serve `handle` (a node:http handler) on a
 * free loopback port, build the extension and launch Chromium with it.
 * Returns the state, filled by the hooks: url, context, extId, log (console
 * lines of the pages opened with `open` and of the worker), requests, and
 * `allow`, more origins that may answer. With `onlyHere` (pages that ask for
 * nothing elsewhere themselves), the after hook fails if anything was
 * requested from anywhere else.
 */
export function useExtension(before, after, handle, { onlyHere = false } = {}) {
  const env = { server: null, url: '', allow: [], context: null, extId: '', cdp: null, dir: '', requests: [], log: [], refusals: 0 };
  before(async () => {
    env.dir = mkdtempSync(path.join(os.tmpdir(), 'ae-ext-'));
    const ext = path.join(env.dir, 'extension');
    const built = spawnSync(process.execPath, [path.join(root, 'extension', 'build.mjs'), ext], { encoding: 'utf8' });
    assert.equal(built.status, 0, `extension build failed:\n${built.stderr}`);
    env.server = http.createServer(handle);
    await new Promise((ok) => env.server.listen(0, '127.0.0.1', ok));
    env.url = `http://127.0.0.1:${env.server.address().port}`;
    env.context = await chromium.launchPersistentContext(path.join(env.dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1100, height: 900 },
      ignoreDefaultArgs: ['--disable-extensions'],
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
        `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--enable-unsafe-extension-debugging'],
    });
    // Nothing but this server answers; every request is kept to be checked.
    env.context.on('request', (r) => env.requests.push(r.url()));
    await env.context.route('**/*', (route) => ([env.url, ...env.allow].some((u) => route.request().url().startsWith(u)) ? route.continue() : route.abort()));
    const worker = env.context.serviceWorkers()[0] || (await env.context.waitForEvent('serviceworker'));
    env.extId = new URL(worker.url()).host;
    worker.on('console', (m) => env.log.push(`worker: ${m.text()}`));
    env.cdp = await env.context.browser().newBrowserCDPSession();
  });
  after(async () => {
    await env.context?.close();
    env.server?.close();
    if (env.dir) rmSync(env.dir, { recursive: true, force: true });
    const retried = env.log.filter((l) => l.includes('the tab was not ready')).length;
    console.log(`extension: ${retried} injection(s) tried again by the worker, ${env.refusals} press(es) refused all the same and repeated`);
    if (!onlyHere) return;
    const elsewhere = env.requests.filter((u) => !u.startsWith(env.url) && !u.startsWith(`chrome-extension://${env.extId}/`));
    assert.deepEqual(elsewhere, [], 'requests outside the test server');
  });
  return env;
}

/** A new tab at `url`, its page errors collected and its console kept in env.log. */
export async function open(env, url) {
  const page = await env.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => env.log.push(`page: ${m.type()} ${m.text()}`));
  await page.goto(url);
  return { page, errors };
}

/**
 * Press the extension's toolbar button for `page`'s tab, and wait until the
 * content script has run (a new status box). Pressed at once after
 * bringToFront, Chromium now and then refused the script ("Cannot access
 * contents of the page": the activeTab grant had not reached executeScript;
 * about one press in fifteen, under load). With a round trip to the page
 * first it has not been seen since; should it happen, the press is repeated
 * once and counted (printed at the end). A second refusal fails the test.
 */
export async function press(env, page, tries = 2) {
  await page.bringToFront();
  await page.evaluate(() => document.querySelectorAll('[data-ae-status]').forEach((b) => b.setAttribute('data-test-old', '')));
  const { targetInfos } = await env.cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tabs = targetInfos.filter((t) => t.type === 'tab' && t.url === page.url());
  assert.equal(tabs.length, 1, `one tab at ${page.url()}`);
  const from = env.log.length;
  await env.cdp.send('Extensions.triggerAction', { id: env.extId, targetId: tabs[0].targetId });
  let done = false;
  const ran = page.waitForSelector('[data-ae-status]:not([data-test-old])', { state: 'attached', timeout: 30000 }).then(() => true);
  const refused = (async () => {
    while (!done && !env.log.slice(from).some((l) => l.includes('cannot run on this page'))) await new Promise((ok) => setTimeout(ok, 100));
    return false;
  })();
  const ok = await Promise.race([ran, refused]).finally(() => {
    done = true;
  });
  if (ok) return;
  env.refusals++;
  assert.ok(tries > 1, `the button was refused twice at ${page.url()}: ${env.log.slice(from).join(' | ')}`);
  await press(env, page, tries - 1);
}

/** The message of the last status box, once it has one (its text is filled just after the box is added). */
export async function statusText(env, page) {
  const read = () => [...document.querySelectorAll('[data-ae-status] > span')].pop()?.textContent || '';
  await page.waitForFunction(read, null, { timeout: 20000, polling: 100 });
  return page.evaluate(read);
}

/** Wait for the last status box to say `re`. */
export const statusSays = (env, page, re) => page.waitForFunction((src) => new RegExp(src).test([...document.querySelectorAll('[data-ae-status] > span')].pop()?.textContent || ''), re.source, { timeout: 20000, polling: 100 }).catch(async (e) => {
  throw new Error(`${e.message}; the status boxes say ${JSON.stringify(await page.locator('[data-ae-status]').allInnerTexts())}; console: ${env.log.join(' | ')}`);
});
