// Pasted HTML, made inert for the demo's paste box: nothing in it runs, and
// nothing in it loads from the network (the page promises "nothing is sent
// anywhere").
//
// DOMPurify (cure53), vendored into www/vendor/ by .ci/build from the version
// pinned in www/package.json, does the sanitizing. A hand-made filter cannot
// keep up with the bypass families (entity-split `jav&#x09;ascript:`,
// control characters before the scheme, SVG `xlink:href` and `<animate
// attributeName=href>`, mutation XSS through math/mtext/table/mglyph/xmp); a
// maintained sanitizer tracks them release by release. The browser's
// Sanitizer API is not used even where present: its safe default still loads
// remote images and styles, so it would need the same configuration, and one
// path is the one the tests run.
//
// On top of DOMPurify's defaults: HTML only (no SVG or MathML, which an
// article paste does not need and where most bypasses live); no element or
// attribute that fetches (style sheets and style attributes, srcset, media,
// forms, table backgrounds, ping); an image keeps its src only when that is
// a data: image, otherwise it shows nothing. The result is a
// DocumentFragment, never a string parsed again (re-parsing sanitized markup
// is how mutation XSS gets in).
import DOMPurify from './vendor/purify.js';

const FORBID_TAGS = ['style', 'form', 'input', 'button', 'textarea', 'select', 'option', 'optgroup', 'picture', 'source', 'video', 'audio', 'track', 'object', 'embed', 'iframe', 'frame', 'link', 'meta', 'base', 'template', 'noscript'];
const FORBID_ATTR = ['style', 'srcset', 'sizes', 'background', 'poster', 'ping', 'action', 'formaction', 'lowsrc', 'dynsrc', 'xlink:href'];
/** The only images kept: inline raster data, which no request fetches. */
const DATA_IMAGE = /^data:image\/(?:png|gif|jpeg|webp|avif|bmp);base64,[a-z0-9+/=\s]*$/i;

let purifier = null;

function instance(win) {
  if (purifier) return purifier;
  purifier = DOMPurify(win);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.localName === 'img' && node.hasAttribute('src') && !DATA_IMAGE.test(node.getAttribute('src'))) node.removeAttribute('src');
  });
  return purifier;
}

/**
 * Pasted HTML as an inert DocumentFragment of `doc`: no script, no event
 * handler, no javascript: URL, and nothing that loads (images only from
 * data: URLs).
 */
export function sanitizeHtml(html, doc = document) {
  return instance(doc.defaultView).sanitize(String(html), {
    USE_PROFILES: { html: true },
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOW_DATA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  });
}
