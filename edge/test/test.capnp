# The edge worker's tests (tests/e2e/edge.test.mjs): five workers in front of
# one origin, each on its own socket (the test gives the addresses with
# --socket-addr and the origin's with --external-addr):
#   enrich   the worker as configured for a site: /news enriched, 64 KiB limit
#   broken   the same worker with a module that is WebAssembly but not ours
#            (an empty module: initSync fails), so every page must pass through
#   throws   the same worker with kinds the module refuses (it throws)
#   custom   other settings: a selector, kinds, the widget from another URL
#   badselector  a selector HTMLRewriter refuses (a pseudo-class)
using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "enrich", worker = .enrich),
    (name = "broken", worker = .broken),
    (name = "throws", worker = .throws),
    (name = "custom", worker = .custom),
    (name = "badselector", worker = .badSelector),
    (name = "origin", external = (address = "127.0.0.1:1", http = ())),
  ],
  sockets = [
    (name = "enrich", address = "127.0.0.1:1", http = (), service = "enrich"),
    (name = "broken", address = "127.0.0.1:1", http = (), service = "broken"),
    (name = "throws", address = "127.0.0.1:1", http = (), service = "throws"),
    (name = "custom", address = "127.0.0.1:1", http = (), service = "custom"),
    (name = "badselector", address = "127.0.0.1:1", http = (), service = "badselector"),
  ],
);

const modules :List(Workerd.Worker.Module) = [
    (name = "edge/worker.mjs", esModule = embed "../worker.mjs"),
    (name = "www/pkg/article_enrich.js", esModule = embed "../../www/pkg/article_enrich.js"),
    (name = "www/pkg/snippets/article-enrich-b667e945df956f2c/src/wasm/dom.js", esModule = embed "../../www/pkg/snippets/article-enrich-b667e945df956f2c/src/wasm/dom.js"),
    (name = "www/pkg/article_enrich_bg.wasm", wasm = embed "../../www/pkg/article_enrich_bg.wasm"),
    (name = "edge/client.js", text = embed "../client.js"),
    (name = "www/markup.js", text = embed "../../www/markup.js"),
    (name = "www/prefs.js", text = embed "../../www/prefs.js"),
    (name = "www/tooltip.js", text = embed "../../www/tooltip.js"),
    (name = "www/panel.js", text = embed "../../www/panel.js"),
    (name = "www/enrich.css", text = embed "../../www/enrich.css"),
];

const enrich :Workerd.Worker = (
  modules = .modules,
  compatibilityDate = "2025-09-01",
  bindings = [
    (name = "ORIGIN", service = "origin"),
    (name = "AE_PATHS", text = "/news"),
    (name = "AE_SELECTOR", text = "article, [itemprop=articleBody], main"),
    (name = "AE_MAX_BYTES", text = "65536"),
    (name = "AE_PANEL", text = "on"),
  ],
);

const broken :Workerd.Worker = (
  modules = [
    (name = "edge/worker.mjs", esModule = embed "../worker.mjs"),
    (name = "www/pkg/article_enrich.js", esModule = embed "../../www/pkg/article_enrich.js"),
    (name = "www/pkg/snippets/article-enrich-b667e945df956f2c/src/wasm/dom.js", esModule = embed "../../www/pkg/snippets/article-enrich-b667e945df956f2c/src/wasm/dom.js"),
    (name = "www/pkg/article_enrich_bg.wasm", wasm = embed "empty.wasm"),
    (name = "edge/client.js", text = embed "../client.js"),
    (name = "www/markup.js", text = embed "../../www/markup.js"),
    (name = "www/prefs.js", text = embed "../../www/prefs.js"),
    (name = "www/tooltip.js", text = embed "../../www/tooltip.js"),
    (name = "www/panel.js", text = embed "../../www/panel.js"),
    (name = "www/enrich.css", text = embed "../../www/enrich.css"),
  ],
  compatibilityDate = "2025-09-01",
  bindings = [
    (name = "ORIGIN", service = "origin"),
    (name = "AE_PATHS", text = "/news"),
    (name = "AE_MAX_BYTES", text = "65536"),
  ],
);

const throws :Workerd.Worker = (
  modules = .modules,
  compatibilityDate = "2025-09-01",
  bindings = [
    (name = "ORIGIN", service = "origin"),
    (name = "AE_PATHS", text = "/news"),
    (name = "AE_MAX_BYTES", text = "65536"),
    (name = "AE_KINDS", text = "person,persons"),
  ],
);

const badSelector :Workerd.Worker = (
  modules = .modules,
  compatibilityDate = "2025-09-01",
  bindings = [
    (name = "ORIGIN", service = "origin"),
    (name = "AE_SELECTOR", text = "article:hover"),
  ],
);

const custom :Workerd.Worker = (
  modules = .modules,
  compatibilityDate = "2025-09-01",
  bindings = [
    (name = "ORIGIN", service = "origin"),
    (name = "AE_PATHS", text = "/news/, /other"),
    (name = "AE_SELECTOR", text = "p.byline, .story"),
    (name = "AE_KINDS", text = "person,quote"),
    (name = "AE_WIDGET_URL", text = "https://cdn.example/ae"),
    (name = "AE_BYPASS_HEADER", text = "X-Plain"),
    (name = "AE_BYPASS_QUERY", text = "plain"),
  ],
);
