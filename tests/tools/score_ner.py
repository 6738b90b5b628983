#!/usr/bin/env python3
"""Score our entities on CoNLL-2003 with ../shared/eval/ner/score.py.

Maps our kinds to CoNLL labels: person -> PER, place -> LOC, organization -> ORG,
group -> MISC (other kinds are not scored).

    python3 tests/tools/score_ner.py [--split dev] [--prose-only] [--bin PATH]
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
LABELS = {"person": "PER", "place": "LOC", "organization": "ORG", "group": "MISC"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "article-enrich"))
    ap.add_argument("--split", default="dev")
    ap.add_argument("--prose-only", action="store_true")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    ner = os.path.join(SHARED, "eval", "ner")
    if not os.path.isdir(ner):
        sys.exit(f"score_ner: {ner} is missing (needs ../shared)")
    docs = subprocess.run([sys.executable, os.path.join(ner, "conll_to_docs.py"), "--split", args.split],
                          capture_output=True, text=True, check=True).stdout
    out = subprocess.run([args.bin, "analyze", "--jsonl"], input=docs, capture_output=True, text=True,
                         check=True).stdout
    with tempfile.TemporaryDirectory() as tmp:
        gold = os.path.join(tmp, "gold.jsonl")
        pred = os.path.join(tmp, "pred.jsonl")
        open(gold, "w").write(docs)
        with open(pred, "w") as f:
            for line in out.splitlines():
                r = json.loads(line)
                ents = [{"start": m["start"], "end": m["end"], "label": LABELS[e["kind"]]}
                        for e in r["entities"] if e["kind"] in LABELS for m in e["mentions"]]
                f.write(json.dumps({"id": r["id"], "entities": ents}) + "\n")
        cmd = [sys.executable, os.path.join(ner, "score.py"), gold, pred]
        if args.prose_only:
            cmd.append("--prose-only")
        if args.json:
            cmd.append("--json")
        sys.exit(subprocess.run(cmd).returncode)


if __name__ == "__main__":
    main()
