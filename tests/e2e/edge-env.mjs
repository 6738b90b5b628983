// Helpers for the edge worker's tests and bench: a local origin on
// 127.0.0.1, workerd (edge/node_modules) with a config of edge/, and the
// module's own `unenrichHtml` in Node to take our spans out again.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { gzipSync } from 'node:zlib';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '..', '..');
export const WORKERD = path.join(root, 'edge', 'node_modules', '.bin', 'workerd');

/** A free TCP port on 127.0.0.1 (closed again at once: workerd binds it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export const etagOf = (body) => `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;

/**
 * The origin: `pages` maps a path to { body: Buffer, type, chunked?, gzip?, headers?, failFirst? }.
 * Each page has a strong ETag and answers If-None-Match with 304; with
 * `chunked` it is sent in pieces without Content-Length, with `gzip`
 * compressed (Content-Encoding: gzip); `headers` are added; with
 * `failFirst` the first answer is cut off half-way. Every request is
 * recorded in `requests` ({ url, headers }). Resolves to { url, port, requests, close }.
 */
export function startOrigin(pages) {
  const requests = [];
  const server = http.createServer((req, res) => {
    requests.push({ url: req.url, headers: req.headers });
    const page = pages.get(req.url);
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found\n');
      return;
    }
    const etag = etagOf(page.body);
    const headers = { 'content-type': page.type, etag, 'cache-control': 'public, max-age=60', 'last-modified': 'Tue, 01 Dec 2026 12:00:00 GMT', ...page.headers };
    const inm = req.headers['if-none-match'];
    if (inm && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
      // As most servers do: no Content-Type on a 304.
      const { 'content-type': _, ...rest } = headers;
      res.writeHead(304, rest);
      res.end();
      return;
    }
    if (page.failFirst && !page.failed) {
      // The first answer breaks off half-way: the connection is dropped.
      page.failed = true;
      res.writeHead(200, { ...headers, 'content-length': page.body.length });
      res.write(page.body.subarray(0, page.body.length >> 1));
      setTimeout(() => res.socket.destroy(), 20);
      return;
    }
    const body = page.gzip ? gzipSync(page.body) : page.body;
    if (page.gzip) headers['content-encoding'] = 'gzip';
    if (page.chunked) {
      res.writeHead(200, headers);
      const step = 8192;
      for (let i = 0; i < body.length; i += step) res.write(body.subarray(i, i + step));
      res.end();
    } else {
      res.writeHead(200, { ...headers, 'content-length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
    }
  });
  server.keepAliveTimeout = 30000;
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}`, port, requests, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

/**
 * Run `workerd serve <config>` with each of `sockets` on a free port and the
 * config's `origin` service pointed at `originPort`. Resolves, once every
 * socket answers, to { urls: { name: url }, stop, log() }.
 */
export async function startWorkerd(config, sockets, originPort) {
  if (!existsSync(WORKERD)) throw new Error(`workerd is missing: run \`npm ci\` in edge/ (bash .ci/setup does) (looked for ${WORKERD})`);
  if (!existsSync(path.join(root, 'www', 'pkg', 'article_enrich_bg.wasm'))) throw new Error('www/pkg is missing: bash .ci/build');
  const urls = {};
  const args = ['serve', path.join(root, config), '--external-addr', `origin=127.0.0.1:${originPort}`];
  for (const name of sockets) {
    const port = await freePort();
    urls[name] = `http://127.0.0.1:${port}`;
    args.push('--socket-addr', `${name}=127.0.0.1:${port}`);
  }
  const p = spawn(WORKERD, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  p.stdout.on('data', (d) => (out += d));
  p.stderr.on('data', (d) => (out += d));
  let exited = null;
  p.on('exit', (code) => (exited = code));
  const stop = () =>
    new Promise((resolve) => {
      if (exited !== null) return resolve();
      p.on('exit', () => resolve());
      p.kill('SIGTERM');
    });
  for (const name of sockets) {
    for (let i = 0; ; i++) {
      if (exited !== null) throw new Error(`workerd exited with ${exited}:\n${out}`);
      try {
        await fetch(`${urls[name]}/__article-enrich/client.js`);
        break;
      } catch {
        if (i > 200) {
          await stop();
          throw new Error(`workerd did not answer on ${urls[name]}:\n${out}`);
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  }
  return { urls, stop, log: () => out };
}

let wasm = null;
/** The WebAssembly package of www/pkg, initialised in Node. */
export async function module() {
  if (!wasm) {
    const mod = await import(pathToFileURL(path.join(root, 'www', 'pkg', 'article_enrich.js')).href);
    mod.initSync({ module: readFileSync(path.join(root, 'www', 'pkg', 'article_enrich_bg.wasm')) });
    wasm = mod;
  }
  return wasm;
}

/** What the worker adds to <head> (the stylesheet link and the widget's script), as it writes it. */
export const INJECTED = /<link rel="stylesheet" href="\/__article-enrich\/enrich\.css" data-ae-owned><script type="module" src="\/__article-enrich\/client\.js" data-ae-edge [^<>]*><\/script>/g;

/**
 * An enriched page back to the origin's: the worker's one added block taken
 * out (it must be there exactly once), then our spans, by the module's own
 * `unenrichHtml`. Returns { html, injected }.
 */
export async function unenrich(page) {
  const found = page.match(INJECTED) || [];
  const html = (await module()).unenrichHtml(page.replace(INJECTED, ''));
  return { html, injected: found.length };
}
