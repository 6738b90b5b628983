# article-enrich's edge worker on workerd, in front of an origin.
#
#   npx workerd serve edge/config.capnp                     # origin 127.0.0.1:8080, worker on 127.0.0.1:8787
#   npx workerd serve edge/config.capnp --external-addr origin=127.0.0.1:9000 --socket-addr http=0.0.0.0:8000
#
# The modules are the worker, the WebAssembly package of www/pkg (built by
# .ci/build) and the widget's files it serves under /__article-enrich/.
using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "edge", worker = .edge),
    (name = "origin", external = (address = "127.0.0.1:8080", http = ())),
  ],
  sockets = [ (name = "http", address = "127.0.0.1:8787", http = (), service = "edge") ],
);

const modules :List(Workerd.Worker.Module) = [
  (name = "edge/worker.mjs", esModule = embed "worker.mjs"),
  (name = "www/pkg/article_enrich.js", esModule = embed "../www/pkg/article_enrich.js"),
  # The glue imports the in-place DOM path's JavaScript (src/wasm/dom.js, unused
  # here) from a directory wasm-bindgen names by a hash of the crate's name and
  # version: a new version needs the new name here and in test/test.capnp.
  (name = "www/pkg/snippets/article-enrich-b667e945df956f2c/src/wasm/dom.js", esModule = embed "../www/pkg/snippets/article-enrich-b667e945df956f2c/src/wasm/dom.js"),
  (name = "www/pkg/article_enrich_bg.wasm", wasm = embed "../www/pkg/article_enrich_bg.wasm"),
  (name = "edge/client.js", text = embed "client.js"),
  (name = "www/markup.js", text = embed "../www/markup.js"),
  (name = "www/prefs.js", text = embed "../www/prefs.js"),
  (name = "www/tooltip.js", text = embed "../www/tooltip.js"),
  (name = "www/panel.js", text = embed "../www/panel.js"),
  (name = "www/enrich.css", text = embed "../www/enrich.css"),
];

const edge :Workerd.Worker = (
  modules = .modules,
  compatibilityDate = "2025-09-01",
  bindings = [
    (name = "ORIGIN", service = "origin"),
    (name = "AE_PATHS", text = "/"),
    (name = "AE_SELECTOR", text = "article, [itemprop=articleBody], main"),
    (name = "AE_MAX_BYTES", text = "2097152"),
    (name = "AE_PANEL", text = "on"),
  ],
);
