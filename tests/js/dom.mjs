// A DOM for the unit tests, in Node without a browser: linkedom, pinned in
// www/package.json's devDependencies (installed by .ci/setup).
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(path.join(root, 'www', 'package.json'));
const { parseHTML } = require('linkedom');

/** A document parsed from `html` (a whole page, or a fragment placed in the body). */
export function page(html) {
  const full = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(full).document;
}
