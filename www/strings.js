// The string path from JS, byte for byte: `enrich(html)` of the WebAssembly
// module takes a Rust &str, and wasm-bindgen turns each lone surrogate (a
// UTF-16 unit with no partner, which a JS string may hold and UTF-8 cannot)
// into U+FFFD on the way in (its guide, reference/types/str.md). The output
// would then differ from the input outside our spans, even when nothing is
// marked.
//
// So each lone surrogate goes in as a stand-in character of the Private Use
// Area, one per surrogate value (U+D800 + i becomes U+E000 + i, bijective, so
// one copied into an attribute maps back too), and comes back as itself. The
// stand-ins are one UTF-16 unit each, as the surrogates are, and the text
// stage reads neither as a letter. When the input already holds a character
// of that range the mapping would not be one to one: then the module's
// output is used if it marked something, and the input itself otherwise.

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const STAND_INS = /[\uE000-\uE7FF]/g;
const HAS_STAND_IN = /[\uE000-\uE7FF]/;
const SURROGATE_BASE = 0xd800;
const STAND_IN_BASE = 0xe000;

const swap = (from, to) => (c) => String.fromCharCode(c.charCodeAt(0) - from + to);

/**
 * `wasm.enrich(html, options)`, returning `html` itself, unit for unit,
 * wherever nothing is marked: a lone surrogate stays a lone surrogate, and
 * input over a limit (which the module gives back unchanged) comes back as
 * the very string passed in.
 */
export function enrichString(wasm, html, options) {
  if (typeof html !== 'string' || html.isWellFormed()) {
    const out = wasm.enrich(html, options);
    return out === html ? html : out;
  }
  if (!HAS_STAND_IN.test(html)) {
    const input = html.replace(LONE, swap(SURROGATE_BASE, STAND_IN_BASE));
    const out = wasm.enrich(input, options);
    return out === input ? html : out.replace(STAND_INS, swap(STAND_IN_BASE, SURROGATE_BASE));
  }
  const out = wasm.enrich(html, options);
  return out === html.toWellFormed() ? html : out;
}
