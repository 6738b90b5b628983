// article-enrich as an edge worker, for workerd (Cloudflare Workers'
// open-source runtime) and, unchanged, for Cloudflare Workers.
//
// It sits in front of an origin. An HTML page (GET, 200, text/html, UTF-8,
// at most AE_MAX_BYTES) on one of AE_PATHS has the elements matching
// AE_SELECTOR enriched with the WebAssembly module (the string path,
// `tryEnrich`), and the widget's stylesheet and script added to its <head>,
// so tooltips and the panel work with no WebAssembly in the browser at all.
// Everything else is passed through as it came. Any failure (the module does
// not load, the page is too big, the module throws or panics) passes the
// origin's page through unchanged; the response header X-Article-Enrich
// always says what was done and why:
//   enriched; spans=N            the page was enriched
//   bypass                       the request asked for the origin's page
//   skipped; <reason>            not for us (not-html, path, method, status, range,
//                                no-transform, too-big, charset, no-article, nothing-marked)
//   error; <reason>              module-failed, wasm-threw, rewriter-threw, worker-threw (the page is unchanged)
//
// Configuration (text bindings in the workerd config, `vars` on Cloudflare):
//   AE_PATHS          comma-separated path prefixes enriched (default "/")
//   AE_SELECTOR       the article's elements (default "article, [itemprop=articleBody], main");
//                     matches inside another match are enriched with it
//   AE_KINDS          kinds to mark, as the module's `kinds` (default: its default)
//   AE_MAX_BYTES      largest page enriched, in bytes (default 2097152)
//   AE_BYPASS_HEADER  request header that bypasses (default "x-article-enrich-bypass", any value)
//   AE_BYPASS_QUERY   query parameter that bypasses (default "ae-bypass"; removed before the origin sees the URL)
//   AE_ASSETS         reserved path the widget's files are served under (default "/__article-enrich/")
//   AE_WIDGET_URL     base URL of the widget's files elsewhere (optional; default AE_ASSETS)
//   AE_PANEL          "on" for the who-said-what panel (default "off")
// The origin: a service binding ORIGIN (workerd), else AE_ORIGIN_URL (a base
// URL the request's path and query are sent to), else the request itself
// (a Cloudflare route in front of the origin).
import { initSync, tryEnrich, version } from '../www/pkg/article_enrich.js';
import wasmModule from '../www/pkg/article_enrich_bg.wasm';
import clientJs from './client.js';
import markupJs from '../www/markup.js';
import prefsJs from '../www/prefs.js';
import tooltipJs from '../www/tooltip.js';
import panelJs from '../www/panel.js';
import enrichCss from '../www/enrich.css';

const HEADER = 'x-article-enrich';
const JS = 'text/javascript; charset=utf-8';
const ASSETS = {
  'client.js': [clientJs, JS],
  'markup.js': [markupJs, JS],
  'prefs.js': [prefsJs, JS],
  'tooltip.js': [tooltipJs, JS],
  'panel.js': [panelJs, JS],
  'enrich.css': [enrichCss, 'text/css; charset=utf-8'],
};

/** The module, once per isolate: { ok: true } or { ok: false, why }. */
let state = null;
function loadModule() {
  if (state) return state;
  try {
    initSync({ module: wasmModule });
    state = { ok: true, version: version() };
  } catch (e) {
    state = { ok: false, why: `module-failed (${oneLine(e)})` };
  }
  return state;
}

const oneLine = (e) => String((e && e.message) || e).replace(/[\r\n]+/g, ' ').replace(/[^\x20-\x7e]/g, '?').slice(0, 200);

/** FNV-1a of a string, as 8 hex digits. */
function fnv(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

const attrEscape = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The configuration from the bindings, with defaults; memoised per env object. */
const configs = new WeakMap();
export function readConfig(env = {}) {
  if (configs.has(env)) return configs.get(env);
  const text = (name, fallback) => (typeof env[name] === 'string' && env[name].trim() !== '' ? env[name].trim() : fallback);
  const assets = text('AE_ASSETS', '/__article-enrich/').replace(/\/*$/, '/');
  const widget = text('AE_WIDGET_URL', assets).replace(/\/*$/, '/');
  const c = {
    paths: text('AE_PATHS', '/').split(',').map((p) => p.trim()).filter(Boolean),
    selector: text('AE_SELECTOR', 'article, [itemprop=articleBody], main'),
    kinds: text('AE_KINDS', ''),
    maxBytes: Number(text('AE_MAX_BYTES', '2097152')),
    bypassHeader: text('AE_BYPASS_HEADER', 'x-article-enrich-bypass').toLowerCase(),
    bypassQuery: text('AE_BYPASS_QUERY', 'ae-bypass'),
    assets,
    panel: text('AE_PANEL', 'off') === 'on',
    originUrl: text('AE_ORIGIN_URL', ''),
  };
  if (!Number.isFinite(c.maxBytes) || c.maxBytes < 0) c.maxBytes = 2097152;
  // What the worker adds to <head>: one exact string (the tests take it out again).
  c.inject =
    `<link rel="stylesheet" href="${attrEscape(widget)}enrich.css" data-ae-owned>` +
    `<script type="module" src="${attrEscape(widget)}client.js" data-ae-edge data-selector="${attrEscape(c.selector)}"` +
    `${c.panel ? ' data-panel="on"' : ''}${c.kinds ? ' data-kinds-set' : ''}></script>`;
  configs.set(env, c);
  return c;
}

/** The ETag suffix of an enriched page: the module version and everything in the config that changes the body. */
function etagTag(c) {
  return `-ae${fnv([state && state.version, c.selector, c.kinds, c.inject].join('\n'))}`;
}

/** `"x"` or `W/"x"` to the enriched page's weak tag `W/"x-aeTAG"`. */
function deriveEtag(etag, tag) {
  const m = /^\s*(?:W\/)?"([^"]*)"\s*$/.exec(etag || '');
  return m ? `W/"${m[1]}${tag}"` : null;
}

/** If-None-Match from the client: our derived tags back to the origin's (weakly: W/"x" matches "x" there too). */
function translateIfNoneMatch(value, tag) {
  let changed = false;
  const out = value.split(',').map((t) => {
    const m = /^\s*W\/"([^"]*)"\s*$/.exec(t);
    if (m && m[1].endsWith(tag)) {
      changed = true;
      return `W/"${m[1].slice(0, -tag.length)}"`;
    }
    return t.trim();
  });
  return changed ? out.join(', ') : null;
}

const pathMatches = (c, path) => c.paths.some((p) => path === p || path.startsWith(p.endsWith('/') ? p : `${p}/`) || p === '/');

/** The origin's response to `request` (sent on with `url` and `headers`). */
function toOrigin(request, env, c, url, headers, method = request.method) {
  let target = url;
  if (c.originUrl) {
    const base = new URL(c.originUrl);
    target = new URL(url.pathname + url.search, base);
  }
  const init = { method, headers, body: request.body, redirect: 'manual' };
  if (env.ORIGIN && typeof env.ORIGIN.fetch === 'function') return env.ORIGIN.fetch(new Request(target, init));
  return fetch(new Request(target, init));
}

/** The origin's response with our header added, body untouched. */
function passOn(res, why, extra = {}) {
  const out = new Response(res.body, res);
  out.headers.set(HEADER, why);
  for (const [k, v] of Object.entries(extra)) out.headers.set(k, v);
  return out;
}

/** A response with the bytes read so far and then the rest of the stream, unchanged. */
function replay(res, chunks, reader) {
  const body = new ReadableStream({
    start(ctl) {
      for (const c of chunks) ctl.enqueue(c);
    },
    async pull(ctl) {
      const { done, value } = await reader.read();
      if (done) ctl.close();
      else ctl.enqueue(value);
    },
    cancel(r) {
      return reader.cancel(r);
    },
  });
  return new Response(body, res);
}

/** Read at most `max` bytes: { bytes } or, when there are more, { over: the response replaying them }. */
async function readCapped(res, max) {
  const reader = res.body.getReader();
  const chunks = [];
  let n = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    n += value.byteLength;
    if (n > max) return { over: replay(res, chunks, reader) };
  }
  const bytes = new Uint8Array(n);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return { bytes };
}

const isHtml = (ct) => /^\s*text\/html\s*(;|$)/i.test(ct || '');
/** The charset of a Content-Type, lower case, or ''. */
const charsetOf = (ct) => ((/;\s*charset\s*=\s*"?([^";\s]+)/i.exec(ct || '') || [])[1] || '').toLowerCase();
const UTF8 = ['utf-8', 'utf8', 'unicode-1-1-utf-8'];

/**
 * The page with the selected elements' contents between marker comments
 * (a nonce no page can hold) and a marker at the end of <head>, by
 * HTMLRewriter: every byte it does not add is the page's own.
 */
async function markSelected(html, c, nonce) {
  const open = `<!--ae-open-${nonce}-->`;
  const close = `<!--ae-close-${nonce}-->`;
  const head = `<!--ae-head-${nonce}-->`;
  let headDone = false;
  const rewriter = new HTMLRewriter()
    .on(c.selector, {
      element(el) {
        el.prepend(open, { html: true });
        // No end tag (an unclosed element at the end of the page): no close
        // marker, and the element is left alone below.
        el.onEndTag((end) => end.before(close, { html: true }));
      },
    })
    .on('head', {
      element(el) {
        if (headDone) return;
        headDone = true;
        el.onEndTag((end) => end.before(head, { html: true }));
      },
    });
  const out = await rewriter.transform(new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } })).text();
  return { out, open, close, head, nonce };
}

/**
 * Enrich the marked parts. Returns { html, spans } or { skip: reason }.
 * Throws what the module throws.
 */
function enrichMarked(marked, c) {
  const { out, open, close, head, nonce } = marked;
  const options = c.kinds ? { kinds: c.kinds } : {};
  // Outermost open…close pairs; markers inside are dropped with the rest.
  const tokens = new RegExp(`${open}|${close}`, 'g');
  let depth = 0;
  let start = -1;
  const parts = [];
  for (let m = tokens.exec(out); m; m = tokens.exec(out)) {
    if (m[0] === open) {
      if (depth++ === 0) start = m.index;
    } else if (depth > 0 && --depth === 0) {
      parts.push([start, m.index + close.length]);
    }
  }
  if (!parts.length) return { skip: 'no-article' };
  const bare = (s) => s.split(open).join('').split(close).join('');
  // All parts in one call, so ids are unique page-wide and an entity is one
  // across the parts (as the DOM path does): joined by a void element that
  // ends a block, whose exact bytes come back since every byte is copied.
  const sep = `<hr data-ae-sep-${nonce}>`;
  const inners = parts.map(([s, e]) => bare(out.slice(s + open.length, e - close.length)).split(head).join(''));
  const joined = inners.join(sep);
  const pieces = tryEnrich(joined, options).split(sep);
  if (pieces.length !== parts.length) throw new Error('the parts did not come back apart');
  const spans = countSpans(pieces.join('')) - countSpans(joined);
  let html = '';
  let at = 0;
  parts.forEach(([s, e], i) => {
    html += bare(out.slice(at, s)) + pieces[i];
    at = e;
  });
  if (spans === 0) return { skip: 'nothing-marked' };
  html += bare(out.slice(at));
  // The widget's tags at the end of <head>; with no <head> in the source, at
  // the end (the browser puts them in the body).
  const i = html.indexOf(head);
  html = i < 0 ? html + c.inject : html.slice(0, i) + c.inject + html.slice(i + head.length);
  return { html, spans };
}

/** Start tags of our spans in `s`; a page's own look-alikes are in both counts, so the difference is what we added. */
const countSpans = (s) => (s.match(/<span class="ae ae-[a-z]+" data-ae-id="[mq]\d+"/g) || []).length;

async function handle(request, env) {
  const c = readConfig(env);
  const url = new URL(request.url);

  // The widget's own files, under the reserved path.
  if (url.pathname.startsWith(c.assets)) {
    const asset = ASSETS[url.pathname.slice(c.assets.length)];
    if (asset && (request.method === 'GET' || request.method === 'HEAD')) {
      const [body, type] = asset;
      const etag = `"${fnv(body)}"`;
      const headers = { 'content-type': type, 'cache-control': 'public, max-age=3600', etag, 'access-control-allow-origin': '*', [HEADER]: 'asset' };
      if ((request.headers.get('if-none-match') || '').includes(etag)) return new Response(null, { status: 304, headers });
      return new Response(request.method === 'HEAD' ? null : body, { headers });
    }
    return new Response('not found\n', { status: 404, headers: { 'content-type': 'text/plain', [HEADER]: 'asset' } });
  }

  const headers = new Headers(request.headers);
  const bypass = headers.has(c.bypassHeader) || url.searchParams.has(c.bypassQuery);
  if (url.searchParams.has(c.bypassQuery)) {
    url.searchParams.delete(c.bypassQuery);
  }
  headers.delete(c.bypassHeader);
  // The origin's Vary, and the bypass header: a cache keeps both versions apart.
  const varyOf = (res) => {
    const v = res.headers.get('vary');
    return v ? (v.trim() === '*' || v.toLowerCase().split(/\s*,\s*/).includes(c.bypassHeader) ? v : `${v}, ${c.bypassHeader}`) : c.bypassHeader;
  };

  const getOrHead = request.method === 'GET' || request.method === 'HEAD';
  const eligible = !bypass && getOrHead && pathMatches(c, url.pathname) && !headers.has('range');
  const mod = eligible ? loadModule() : null;
  const tag = mod && mod.ok ? etagTag(c) : null;
  let translated = false;
  if (tag && headers.has('if-none-match')) {
    const inm = translateIfNoneMatch(headers.get('if-none-match'), tag);
    if (inm !== null) {
      headers.set('if-none-match', inm);
      translated = true;
    }
  }

  // A HEAD we might enrich is a GET at the origin, so that it gets the GET's
  // headers (ETag, length); the runtime sends no body with it.
  const res = await toOrigin(request, env, c, url, headers, eligible ? 'GET' : request.method);
  const vary = { vary: varyOf(res) };
  if (bypass) return passOn(res, 'bypass', pathMatches(c, url.pathname) && getOrHead ? vary : {});
  if (!eligible) {
    const why = !getOrHead ? 'method' : headers.has('range') ? 'range' : 'path';
    return passOn(res, `skipped; ${why}`);
  }
  // A 304 to our own tag (it often has no Content-Type): the tag back to ours.
  if (res.status === 304 && translated) {
    const etag = deriveEtag(res.headers.get('etag'), tag);
    return passOn(res, 'not-modified', etag ? { ...vary, etag } : vary);
  }
  if (res.status !== 200 || !res.body) return passOn(res, 'skipped; status');
  const ct = res.headers.get('content-type');
  if (!isHtml(ct)) return passOn(res, 'skipped; not-html');
  if (!mod.ok) return passOn(res, `error; ${mod.why}`, vary);
  // RFC 9110: an intermediary must not transform such content.
  if (/(^|,)\s*no-transform\s*(,|$)/i.test(res.headers.get('cache-control') || '')) return passOn(res, 'skipped; no-transform', vary);
  const cs = charsetOf(ct);
  if (cs && !UTF8.includes(cs)) return passOn(res, 'skipped; charset', vary);
  if (res.headers.has('content-length') && Number(res.headers.get('content-length')) > c.maxBytes) return passOn(res, 'skipped; too-big', vary);

  const read = await readCapped(res, c.maxBytes);
  if (read.over) return passOn(read.over, 'skipped; too-big', vary);
  const bytes = read.bytes;
  const same = (why) => {
    const out = new Response(bytes, res);
    out.headers.set(HEADER, why);
    out.headers.set('vary', vary.vary);
    return out;
  };
  let html;
  try {
    // ignoreBOM: a byte order mark stays in the string, so it is written back.
    html = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return same('skipped; charset');
  }
  if (!cs) {
    // No charset in the header: a <meta> naming another one wins in the browser.
    const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(html.slice(0, 1024));
    if (meta && !UTF8.includes(meta[1].toLowerCase()) && /[^\x00-\x7f]/.test(html)) return same('skipped; charset');
  }

  let marked;
  try {
    marked = await markSelected(html, c, crypto.randomUUID().replace(/-/g, ''));
  } catch (e) {
    // An AE_SELECTOR that HTMLRewriter does not take, say.
    return same(`error; rewriter-threw (${oneLine(e)})`);
  }
  let result;
  try {
    result = enrichMarked(marked, c);
  } catch (e) {
    // A panic leaves the instance in an unknown state: no more work in this isolate.
    if (e instanceof WebAssembly.RuntimeError) state = { ok: false, why: `module-failed (panicked: ${oneLine(e)})` };
    return same(`error; wasm-threw (${oneLine(e)})`);
  }
  if (result.skip) return same(`skipped; ${result.skip}`);

  const out = new Headers(res.headers);
  // The body changed: its length, digests and strong validator are the origin's, not ours.
  for (const h of ['content-length', 'content-md5', 'digest', 'content-digest', 'repr-digest', 'etag']) out.delete(h);
  const etag = deriveEtag(res.headers.get('etag'), tag);
  if (etag) out.set('etag', etag);
  out.set('vary', vary.vary);
  out.set(HEADER, `enriched; spans=${result.spans}`);
  return new Response(result.html, { status: res.status, statusText: res.statusText, headers: out });
}

export default {
  async fetch(request, env, ctx) {
    // On a Cloudflare route, an exception we did not catch sends the request on to the origin.
    if (ctx && typeof ctx.passThroughOnException === 'function' && !env.ORIGIN && !env.AE_ORIGIN_URL) ctx.passThroughOnException();
    try {
      return await handle(request, env);
    } catch (e) {
      // A bug of ours, not the page's: ask the origin again (a GET has no body to have spent).
      if (request.method !== 'GET' && request.method !== 'HEAD') throw e;
      const c = readConfig(env);
      const url = new URL(request.url);
      return passOn(await toOrigin(request, env, c, url, new Headers(request.headers)), `error; worker-threw (${oneLine(e)})`);
    }
  },
};
