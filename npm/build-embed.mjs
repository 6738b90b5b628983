// The two-file embed for sites without a build step: www/article-enrich.js
// (the one-tag embed, with the panel, tooltips and the same data attributes)
// bundled into one ES module with the glue and enrich.css inlined, beside its
// .wasm, in target/embed/. Serve both from any path of any origin (with
// `Access-Control-Allow-Origin` on the .wasm when it is not the page's):
//
//   <script type="module" src="https://cdn.example/any/path/article-enrich.js"
//           data-selector="article" data-panel="on"></script>
//
// The module finds article_enrich_bg.wasm beside itself (import.meta.url).
// Prints the module's path. Needs www/pkg built (.ci/build).
//
//   node npm/build-embed.mjs
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { crateField } from './pack.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const www = path.join(root, 'www');
const out = path.join(root, 'target', 'embed');

/** www's modules import ./loader.js: give them the embed's (npm/embed/loader.js). */
const embedLoader = {
  name: 'embed-loader',
  setup(b) {
    b.onResolve({ filter: /^\.\/loader\.js$/ }, (args) => (path.resolve(args.resolveDir) === www ? { path: path.join(here, 'embed', 'loader.js') } : undefined));
  },
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [path.join(www, 'article-enrich.js')],
  outfile: path.join(out, 'article-enrich.js'),
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  banner: { js: `// article-enrich ${crateField('version')} (${crateField('license')}): the embed, with article_enrich_bg.wasm beside it.` },
  loader: { '.css': 'text' },
  plugins: [embedLoader],
  logLevel: 'warning',
});
copyFileSync(path.join(www, 'pkg', 'article_enrich_bg.wasm'), path.join(out, 'article_enrich_bg.wasm'));
console.log(path.join(out, 'article-enrich.js'));
