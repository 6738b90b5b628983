#!/usr/bin/env bash
# Train the name tagger on CoNLL-2003 train and write src/text/ner/model.bin.
#
#     bash tests/tools/train_ner.sh [train-ner options]
#
# Needs ../shared (or SHARED_DIR). Deterministic: the same data and code give
# the same model bytes. Prints the held-out epoch choice.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared="${SHARED_DIR:-../shared}"
conv="$shared/eval/ner/conll_to_docs.py"
[ -f "$conv" ] || { echo "train_ner: $conv is missing (needs ../shared)" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
python3 "$conv" --split train > "$tmp/train.jsonl"
cargo build --quiet --release --features train --bin train-ner
./target/release/train-ner "$tmp/train.jsonl" src/text/ner/model.bin "$@"
