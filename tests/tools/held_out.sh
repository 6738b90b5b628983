#!/usr/bin/env bash
# The entity figure on documents no model or rule was fitted to: the tagger is
# trained (as train_ner.sh does) on the first nine tenths of CoNLL-2003 train
# documents only, built into a copy of the sources, and the whole pipeline is
# scored on the last tenth with ../shared/eval/ner/score.py.
#
#     bash tests/tools/held_out.sh [--prose-only]
#
# Needs ../shared (or SHARED_DIR). Leaves the checkout and its model untouched.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
shared="${SHARED_DIR:-../shared}"
ner="$shared/eval/ner"
[ -f "$ner/conll_to_docs.py" ] || { echo "held_out: $ner is missing (needs ../shared)" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

python3 "$ner/conll_to_docs.py" --split train > "$tmp/train.jsonl" 2>/dev/null
n=$(wc -l < "$tmp/train.jsonl")
cut=$((n * 9 / 10))
head -n "$cut" "$tmp/train.jsonl" > "$tmp/fit.jsonl"
tail -n +"$((cut + 1))" "$tmp/train.jsonl" > "$tmp/held.jsonl"
echo "held_out: tagger trained on $cut documents, pipeline scored on the other $((n - cut))"

cargo build --quiet --release --features train --bin train-ner
./target/release/train-ner "$tmp/fit.jsonl" "$tmp/model.bin" 2>&1 | tail -2

# A copy of the sources with the fitted model in place of the shipped one.
mkdir "$tmp/src-copy"
cp -r Cargo.toml Cargo.lock src "$tmp/src-copy/"
cp "$tmp/model.bin" "$tmp/src-copy/src/text/ner/model.bin"
CARGO_TARGET_DIR="$root/target/held-out" cargo build --quiet --release --features cli \
  --manifest-path "$tmp/src-copy/Cargo.toml"
"$root/target/held-out/release/article-enrich" analyze --jsonl < "$tmp/held.jsonl" > "$tmp/held.out"

python3 - "$tmp/held.out" "$tmp/held.pred" <<'PY'
import json, sys
labels = {"person": "PER", "place": "LOC", "organization": "ORG", "group": "MISC"}
with open(sys.argv[2], "w") as f:
    for line in open(sys.argv[1]):
        r = json.loads(line)
        ents = [{"start": m["start"], "end": m["end"], "label": labels[e["kind"]]}
                for e in r["entities"] if e["kind"] in labels for m in e["mentions"]]
        f.write(json.dumps({"id": r["id"], "entities": ents}) + "\n")
PY
python3 "$ner/score.py" "$tmp/held.jsonl" "$tmp/held.pred" "$@"
