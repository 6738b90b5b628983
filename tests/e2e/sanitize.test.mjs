// The demo's paste box in Chromium: pasted HTML goes through DOMPurify
// (www/sanitize.js) and nothing in it runs or loads. Each bypass family of
// issue 12, item 3, is inserted into a live page, every link in it is
// clicked, and a flag that any script would set stays unset; every request
// is counted, and none may go to any host but ours. The sanitizer this
// replaced is run on the same payloads and shown to fail, so the checks can.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, watchErrors } from './browser.mjs';

const env = useBrowser(before, after);
const REMOTE = 'http://remote.invalid';

/**
 * Script payloads: each sets window.__pwned to its name if it ever runs
 * (javascript: URLs through void, so the page is not replaced by the result).
 */
const SCRIPT = {
  'tab inside javascript:': `<a href="jav&#x09;ascript:void(window.__pwned='tab')">link</a>`,
  'newline inside javascript:': `<a href="java&#x0A;script:void(window.__pwned='newline')">link</a>`,
  'a control character before javascript:': `<a href="&#x01;javascript:void(window.__pwned='ctl')">link</a>`,
  'leading spaces and mixed case': `<a href="  JaVaScRiPt:window.__pwned='case'">link</a>`,
  'SVG xlink:href': `<svg width="100" height="40"><a xlink:href="javascript:void(window.__pwned='xlink')"><text x="5" y="20">link</text></a></svg>`,
  'SVG animate attributeName=href': `<svg width="100" height="40"><a><animate attributeName="href" values="javascript:void(window.__pwned='animate')"/><text x="5" y="20">link</text></a></svg>`,
  'SVG set attributeName=xlink:href': `<svg width="100" height="40"><a><set attributeName="xlink:href" to="javascript:void(window.__pwned='set')"/><text x="5" y="20">link</text></a></svg>`,
  'mutation XSS: math mtext table mglyph style': `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=window.__pwned='mxss-style'&gt;">`,
  'mutation XSS: math mtext table mglyph xmp': `<math><mtext><table><mglyph><xmp>&lt;/xmp&gt;&lt;img src=x onerror=window.__pwned='mxss-xmp'&gt;</xmp></mglyph></table></mtext></math>`,
  'mutation XSS: nested forms through math': `<form><math><mtext></form><form><mglyph><style></math><img src onerror="window.__pwned='mxss-form'">`,
  'mutation XSS: noscript': `<noscript><p title="</noscript><img src=x onerror=window.__pwned='noscript'>">`,
  'event handler': `<p onclick="window.__pwned='onclick'">text</p><img src="data:," onerror="window.__pwned='onerror'">`,
  'script element': `<script>window.__pwned='script'</script>`,
  'iframe srcdoc': `<iframe srcdoc="<script>parent.__pwned='srcdoc'</script>"></iframe>`,
  'data: html link': `<a href="data:text/html,<script>opener.__pwned='data'</script>">link</a>`,
  'form action': `<form action="javascript:void(window.__pwned='form')"><button>go</button></form>`,
};

/** Network payloads: each would fetch something from REMOTE. */
const NETWORK = {
  'remote img': `<img src="${REMOTE}/img.png">`,
  'img srcset': `<img srcset="${REMOTE}/srcset.png 1x">`,
  'picture source': `<picture><source srcset="${REMOTE}/source.png"><img alt="x"></picture>`,
  'style attribute url()': `<p style="background:url(${REMOTE}/style-attr.png)">text</p>`,
  'style element url()': `<style>p{background:url(${REMOTE}/style-el.png)}</style><p>text</p>`,
  'style @import': `<style>@import url(${REMOTE}/import.css);</style>`,
  'link stylesheet': `<link rel="stylesheet" href="${REMOTE}/link.css">`,
  'table background': `<table background="${REMOTE}/table.png"><tr><td>cell</td></tr></table>`,
  'video poster': `<video poster="${REMOTE}/poster.png" src="${REMOTE}/video.mp4"></video>`,
  'audio': `<audio src="${REMOTE}/audio.mp3" autoplay></audio>`,
  'input type=image': `<input type="image" src="${REMOTE}/input.png">`,
  'SVG image': `<svg><image href="${REMOTE}/svg-image.png" width="10" height="10"/></svg>`,
  'SVG use': `<svg><use href="${REMOTE}/sprite.svg#a"/></svg>`,
  'object': `<object data="${REMOTE}/object.swf"></object>`,
  'embed': `<embed src="${REMOTE}/embed.swf">`,
  'iframe': `<iframe src="${REMOTE}/frame.html"></iframe>`,
  'meta refresh': `<meta http-equiv="refresh" content="0;url=${REMOTE}/refresh">`,
  'link ping': `<a href="#here" ping="${REMOTE}/ping">link</a>`,
};

/** The sanitizer this replaced (www/demo.js before issue 12), to show the checks can fail. */
function oldSanitize(html) {
  const INERT_REMOVE = 'script,style,iframe,frame,frameset,object,embed,link,meta,base,form,input,button,textarea,select,noscript,template';
  const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction']);
  const d = new DOMParser().parseFromString(html, 'text/html');
  d.querySelectorAll(INERT_REMOVE).forEach((n) => n.remove());
  for (const el of d.body.querySelectorAll('*')) {
    for (const a of [...el.attributes]) {
      const v = a.value.trim().toLowerCase();
      if (a.name.startsWith('on') || (URL_ATTRIBUTES.has(a.name) && (v.startsWith('javascript:') || v.startsWith('data:text/html')))) el.removeAttribute(a.name);
    }
  }
  return d.body.innerHTML;
}

/** A page on our server in which every request elsewhere is counted and refused. */
async function openPage(url) {
  const context = await env.browser.newContext();
  const outside = [];
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith(env.server.url) || u.startsWith('data:')) return route.continue();
    outside.push(u);
    return route.abort();
  });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(url);
  return { context, page, outside, errors };
}

/** Insert `html` into #out with `how` ('new' or 'old'), click every link in it, and report. */
async function tryPayload(page, html, how) {
  await page.evaluate(async ({ html, how, oldSource }) => {
    window.__pwned = undefined;
    const out = document.getElementById('out');
    if (how === 'new') {
      const { sanitizeHtml } = await import('/www/sanitize.js');
      out.replaceChildren(sanitizeHtml(html));
    } else {
      const old = new Function(`return (${oldSource})`)();
      out.innerHTML = old(html);
    }
  }, { html, how, oldSource: oldSanitize.toString() });
  await page.waitForTimeout(150); // SMIL animations start, images load
  for (const link of await page.locator('#out a').all()) {
    await link.click({ force: true, timeout: 2000 }).catch(() => {});
  }
  await page.waitForTimeout(150);
  return page.evaluate(() => ({ pwned: window.__pwned ?? null, html: document.getElementById('out').innerHTML, url: location.href }));
}

test('no bypass family runs script through sanitizeHtml, links clicked', async () => {
  const { context, page, errors } = await openPage(`${env.server.url}tests/e2e/fixtures/blank.html`);
  for (const [name, html] of Object.entries(SCRIPT)) {
    const r = await tryPayload(page, html, 'new');
    assert.equal(r.pwned, null, `${name} ran script: ${r.html}`);
    assert.doesNotMatch(r.html, /javascript:|\son[a-z]+=|<script|<svg|<math|<iframe/i, name);
    if (!r.url.endsWith('blank.html')) await page.goto(`${env.server.url}tests/e2e/fixtures/blank.html`);
  }
  assert.deepEqual(errors.filter((e) => !/net::ERR/.test(e)), []);
  await context.close();
});

test('nothing pasted loads from the network; a data: image is kept', async () => {
  const { context, page, outside } = await openPage(`${env.server.url}tests/e2e/fixtures/blank.html`);
  for (const [name, html] of Object.entries(NETWORK)) {
    const before = outside.length;
    const r = await tryPayload(page, html, 'new');
    assert.equal(outside.length, before, `${name} sent ${outside.slice(before).join(', ')}: ${r.html}`);
    if (!r.url.endsWith('blank.html')) await page.goto(`${env.server.url}tests/e2e/fixtures/blank.html`);
  }
  const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
  const r = await tryPayload(page, `<p>Anna Berg <img alt="dot" src="${png}"></p>`, 'new');
  assert.match(r.html, /<img alt="dot" src="data:image\/png;base64,/);
  assert.deepEqual(outside, []);
  await context.close();
});

test('the sanitizer it replaced fails the same checks (so they can fail)', async () => {
  const { context, page, outside } = await openPage(`${env.server.url}tests/e2e/fixtures/blank.html`);
  const ran = [];
  for (const [name, html] of Object.entries(SCRIPT)) {
    const r = await tryPayload(page, html, 'old');
    if (r.pwned) ran.push(name);
    if (!r.url.endsWith('blank.html')) await page.goto(`${env.server.url}tests/e2e/fixtures/blank.html`);
  }
  for (const html of Object.values(NETWORK)) await tryPayload(page, html, 'old');
  assert.ok(ran.length > 0, 'some payload ran');
  assert.ok(outside.length > 0, 'some request left');
  console.log(`old sanitizer: ran ${ran.join('; ')}; ${outside.length} requests left`);
  await context.close();
});

test("the demo's paste box: every payload at once, nothing runs, nothing is sent, the text is enriched", async () => {
  const { context, page, outside, errors } = await openPage(`${env.server.url}www/index.html`);
  await page.waitForSelector('#article [data-ae-id]');
  const all = `<p>Anna Berg met Peter Holm in Oslo.</p>${Object.values(SCRIPT).join('\n')}${Object.values(NETWORK).join('\n')}`;
  await page.fill('#paste-input', all);
  await page.click('#paste-go');
  await page.waitForSelector('#paste-output .ae-person');
  await page.waitForTimeout(200);
  for (const link of await page.locator('#paste-output a').all()) await link.click({ force: true, timeout: 2000 }).catch(() => {});
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.__pwned ?? null), null);
  assert.deepEqual(outside, []);
  assert.deepEqual(errors, []);
  await context.close();
});
