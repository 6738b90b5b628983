#!/usr/bin/env python3
"""Score our quote extraction and attribution with ../shared/eval/quotes/score.py.

Each gold article's stored `blocks` are joined by blank lines and given to
`article-enrich analyze --jsonl` (plain text, so one block per paragraph); the
quotes come back with the speaker's entity name, which is what the scorer reads.

    python3 tests/tools/score_quotes.py [--bin target/release/article-enrich] [--per-article]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SHARED = os.environ.get("SHARED_DIR", os.path.join(ROOT, "..", "shared"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "article-enrich"))
    ap.add_argument("--per-article", action="store_true")
    ap.add_argument("--json", help="write the scorer's JSON here")
    args = ap.parse_args()
    gold_dir = os.path.join(SHARED, "eval", "quotes", "gold")
    if not os.path.isdir(gold_dir):
        sys.exit(f"score_quotes: {gold_dir} is missing (needs ../shared)")
    names = sorted(f[:-5] for f in os.listdir(gold_dir) if f.endswith(".json"))
    lines = []
    for n in names:
        g = json.load(open(os.path.join(gold_dir, n + ".json"), encoding="utf-8"))
        lines.append(json.dumps({"id": n, "text": "\n\n".join(g["blocks"])}))
    out = subprocess.run([args.bin, "analyze", "--jsonl"], input="\n".join(lines), capture_output=True,
                         text=True, check=True).stdout
    preds = {}
    for line in out.splitlines():
        r = json.loads(line)
        names_by_id = {e["id"]: e["name"] for e in r["entities"]}
        preds[r["id"]] = {"quotes": [{
            "quote": q["text"],
            "speaker": names_by_id.get(q["speaker"]) if q["speaker"] else q.get("speakerDescription"),
            "block": q["block"],
            "kind": q["kind"],
        } for q in r["quotes"]]}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(preds, f)
        path = f.name
    cmd = [sys.executable, os.path.join(SHARED, "eval", "quotes", "score.py"), "article-enrich=" + path]
    if args.per_article:
        cmd.append("--per-article")
    if args.json:
        cmd += ["--json", args.json]
    sys.exit(subprocess.run(cmd).returncode)


if __name__ == "__main__":
    main()
