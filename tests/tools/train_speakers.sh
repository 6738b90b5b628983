#!/usr/bin/env bash
# Train the speaker model on PolNeAR train and write src/text/speaker/model.bin.
#
#     bash tests/tools/train_speakers.sh [--to YYYY-MM-DD] [train-speakers options]
#
# --to: learn only from articles dated up to then (2016-07-31 for the held-out
# figure of tests/tools/score_polnear.py); the default is every train article.
# Needs ../shared (or SHARED_DIR). Deterministic: the same data and code give
# the same model bytes (the labels are quote and entity indices of `analyze`,
# which the speaker model does not change).
set -euo pipefail
cd "$(dirname "$0")/../.."
shared="${SHARED_DIR:-../shared}"
polnear="$shared/eval/polnear/train"
[ -f "$polnear/docs.jsonl" ] || { echo "train_speakers: $polnear is missing (needs ../shared)" >&2; exit 1; }
to=9999-12-31
if [ "${1:-}" = "--to" ]; then to="$2"; shift 2; fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cargo build --quiet --release --features cli,train --bin article-enrich --bin train-speakers
./target/release/article-enrich analyze --jsonl < "$polnear/docs.jsonl" > "$tmp/pred.jsonl"
SHARED_DIR="$shared" python3 tests/tools/score_polnear.py --labels "$tmp/labels.jsonl" --to "$to" "$tmp/pred.jsonl"
./target/release/train-speakers "$polnear/docs.jsonl" "$tmp/labels.jsonl" src/text/speaker/model.bin "$@"
