// www/index.html preloads the demo's whole module graph, so that no module
// waits for the one that imports it to arrive first. The graph: demo.js's
// static imports, followed through every module, plus the WebAssembly glue
// (pkg/article_enrich.js, imported dynamically by loader.js) and its imports:
// the src/wasm/dom.js snippet, under a folder wasm-bindgen names with a hash.
// Reads www/pkg, so it runs after the build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const www = join(dirname(fileURLToPath(import.meta.url)), '../../www');

/** The relative specifiers a module imports statically ("from '…'", "import '…'"). */
function imports(source) {
  const out = [];
  for (const m of source.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]/g)) {
    const spec = m[1] ?? m[2];
    if (spec.startsWith('.')) out.push(spec);
  }
  return out;
}

/** Every module reachable from `entries` (paths relative to www/). */
function graph(entries) {
  const seen = new Set();
  const todo = [...entries];
  while (todo.length) {
    const path = todo.pop();
    if (seen.has(path)) continue;
    seen.add(path);
    const file = join(www, path);
    assert.ok(existsSync(file), `${path} is imported but missing`);
    for (const spec of imports(readFileSync(file, 'utf8'))) {
      todo.push(relative(www, normalize(join(dirname(file), spec))));
    }
  }
  return seen;
}

const preloads = () =>
  new Set([...readFileSync(join(www, 'index.html'), 'utf8').matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]));

test('the import scan finds static imports and skips dynamic ones', () => {
  assert.deepEqual(imports("import { a } from './a.js';\nimport './b.js';\nexport { c } from \"../c.js\";\nconst m = await import('./d.js');\nimport x from 'npm-thing';"), ['./a.js', './b.js', '../c.js']);
});

test('index.html preloads every module the demo and the WebAssembly glue import', () => {
  const want = graph(['demo.js', 'pkg/article_enrich.js']);
  assert.ok([...want].some((p) => p.startsWith('pkg/snippets/')), 'the glue imports its dom.js snippet');
  const have = preloads();
  const missing = [...want].filter((p) => !have.has(p));
  assert.deepEqual(missing, [], 'modules index.html does not preload (add a <link rel="modulepreload">)');
  const stale = [...have].filter((p) => !want.has(p));
  assert.deepEqual(stale, [], 'preloads of modules the demo no longer imports');
});
