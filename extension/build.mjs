// Build the unpacked extension (one folder for Chromium and Firefox):
//   node extension/build.mjs [OUT]        default OUT: target/extension
// esbuild bundles content.js and background.js, with the www/ modules they
// import, into classic scripts (a content script cannot be an ES module);
// manifest.json (its version from Cargo.toml), www/enrich.css and the
// WebAssembly module of www/pkg are copied beside them. Needs www/pkg and
// www/vendor (bash .ci/build) and extension/node_modules (npm ci).
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const out = path.resolve(process.argv[2] || path.join(root, 'target', 'extension'));

for (const need of ['www/pkg/article_enrich_bg.wasm', 'www/vendor/readability.js']) {
  if (!existsSync(path.join(root, need))) {
    console.error(`error: ${need} is missing; run bash .ci/build first`);
    process.exit(1);
  }
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

await build({
  entryPoints: { content: path.join(here, 'content.js'), background: path.join(here, 'background.js') },
  outdir: out,
  bundle: true,
  format: 'iife',
  target: ['chrome121', 'firefox121'],
  charset: 'utf8',
  // The www/ modules take URLs relative to import.meta.url, which a classic
  // script lacks. Nothing is loaded from them here (the worker passes the
  // module's URL; the stylesheet is inserted by the worker), but they must
  // parse: the script's own location stands in.
  define: { 'import.meta.url': 'location.href' },
  logLevel: 'warning',
  // Readability's own `if (typeof module === "object") module.exports = …` line, false in a browser.
  logOverride: { 'commonjs-variable-in-esm': 'silent' },
});

const version = /^version = "([^"]+)"/m.exec(readFileSync(path.join(root, 'Cargo.toml'), 'utf8'))[1];
const manifest = JSON.parse(readFileSync(path.join(here, 'manifest.json'), 'utf8'));
manifest.version = version;
writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
copyFileSync(path.join(root, 'www', 'enrich.css'), path.join(out, 'enrich.css'));
copyFileSync(path.join(root, 'www', 'pkg', 'article_enrich_bg.wasm'), path.join(out, 'article_enrich_bg.wasm'));
console.log(out);
