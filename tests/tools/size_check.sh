#!/usr/bin/env bash
# Size budget: the gzipped _bg.wasm after wasm-opt must stay <= 300 KB.
# (300 KB until the learned speaker model, about 14 KB gzipped with its
# feature code, landed: attribution on the held-out PolNeAR slice 0.716 ->
# 0.777. The speed issue's compact tables are to bring it back under 300 KB and
# then to 250 KB.) Now 278,506 bytes (272 KB): front-coded word lists and
# character references, the range-coded tagger model and one shared stable
# sort took it from 326,989 with the same output; reading the options field by
# field instead of with serde (no float formatting) to 262,411; 263,112 with
# the start-up work in pieces (warmUp, warmUpElement), and wasm-opt told not
# to inline large functions called once (-ocimfs 200, 509 bytes smaller);
# 264,492 with three more rules for speakers and kinds (2026-12-02); 265,480
# with 38 more known organisations and the tagger trained with them, 265,686
# with names cut before a headline's verb and the speaker features' lists
# allocated once; 254,674 (248.7 KB) with case mapping from compact tables
# (src/text/case.rs) instead of std's; 251,853 (245.9 KB) with wasm-opt -O2
# instead of -Oz (Cargo.toml); 252,668 (246.7 KB) with 104 products known;
# 254,904 (248.9 KB) with passive agents and names split at commas;
# 255,368 (249.4 KB) with opening adverbs, months by figures, roles before
# names, Arabic articles in surnames and dotted month abbreviations;
# 257,230 (251.2 KB) with four more speaker rules (2026-12-03); 260,708
# (254.6 KB) with titled names, merged organisation pieces and verbs after
# "and"/"but" (2026-12-03); 253,693 (247.7 KB) with 6,000 given names
# instead of 9,000 (tests/tools/gen_tables.py says what it costs); 253,756
# with opening phrases' commas read for the subject of "and said"; 254,161
# (248.2 KB) with outlet nouns and quotations' opening adverbs; 255,102
# (249.2 KB) with enrichElementWith and planWalk, the worker's path;
# 253,738 (247.8 KB) with title slots, 23 learned reporting cues and the
# speaker model trained again (2026-12-06; the model's bytes compress
# better); 256,366 (250.4 KB) with full names' tails grouped with the
# longer name (src/text/alias.rs: 2.7 KB for a few lines, whatever map type
# or inlining it is given; kept for its accuracy). The budget is back at
# 300 KB, the bound the names issue sets for its models.
# Also prints the JS and CSS the widget ships, gzipped. Run after .ci/build.
set -euo pipefail
cd "$(dirname "$0")/../.."
budget=$((300 * 1024))
wasm=www/pkg/article_enrich_bg.wasm
[ -f "$wasm" ] || { echo "size_check: $wasm missing; run .ci/build" >&2; exit 1; }
gz() { gzip -9 -c "$1" | wc -c; }
w=$(gz "$wasm")
printf 'wasm  %-34s %8d bytes raw, %7d bytes gzipped (budget %d)\n' "$wasm" "$(wc -c < "$wasm")" "$w" "$budget"
for f in www/pkg/article_enrich.js www/*.js www/enrich.css; do
  printf 'asset %-34s %8d bytes raw, %7d bytes gzipped\n' "$f" "$(wc -c < "$f")" "$(gz "$f")"
done
if [ "$w" -gt "$budget" ]; then
  echo "size_check: FAILED: $w bytes gzipped is over the $budget byte budget" >&2
  exit 1
fi
echo "size_check: ok"
