#!/usr/bin/env python3
"""PolNeAR train (../shared/eval/polnear): the held-out quote score, and the
speaker model's training labels.

  python3 tests/tools/score_polnear.py [--from 2016-08-01] [--to DATE] [PRED.jsonl]
      Scores `article-enrich analyze --jsonl` output (run on train/docs.jsonl when no
      PRED is given) with ../shared/eval/polnear/score.py on the articles dated in
      [from, to] (default: the held-out slice, 2016-08-01 onward). Prints the table and
      the attribution by source type, plus the precision of the speakers given
      (right / quotes given a named speaker) and their coverage.

  python3 tests/tools/score_polnear.py --labels OUT.jsonl [--to DATE] PRED.jsonl
      For every predicted quote that matches a gold quote (the scorer's own matching),
      which of the article's entities the scorer would accept as its speaker:
      {"id", "quotes": [{"q": predicted quote index, "ok": [entity indices],
      "named": gold has a named speaker}]}. Entity indices and quote indices are those
      of `analyze`, which do not depend on the speaker model, so labels made with any
      model train the next one. Articles after --to are left out (the training cut).

Never copies article text anywhere: the labels are indices only.
"""
import argparse
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.environ.get("SHARED_DIR") or os.path.join(os.path.dirname(ROOT), "shared")
POLNEAR = os.path.join(SHARED, "eval", "polnear")


def scorer():
    sys.path.insert(0, POLNEAR)
    import score  # ../shared/eval/polnear/score.py
    return score


def in_range(doc_id, lo, hi):
    return lo <= doc_id.split("_")[1] <= hi


def labels(pred_path, out_path, lo, hi):
    sc = scorer()
    qs = sc.qs
    with open(os.path.join(POLNEAR, "train", "gold.json"), encoding="utf-8") as f:
        gold = json.load(f)
    gold = {k: v for k, v in gold.items() if in_range(k, lo, hi)}
    n_docs = n_quotes = n_named = n_reachable = 0
    with open(pred_path, encoding="utf-8") as f, open(out_path, "w", encoding="utf-8") as out:
        for line in f:
            obj = json.loads(line)
            doc = obj["id"]
            if doc not in gold:
                continue
            g = gold[doc]
            preds = sc.quote_predictions(obj, g["block_starts"])
            names = qs.Names(g)
            pairs, _ = qs.match_article(g, preds)
            ents = obj.get("entities", [])
            rows = []
            for gi, pi in sorted(pairs, key=lambda p: p[1]):
                q = g["quotes"][gi]
                named = bool(q.get("speaker")) and not q.get("speaker_ambiguous")
                ok = [i for i, e in enumerate(ents)
                      if named and qs.speaker_correct(q, e.get("name"), names)]
                rows.append({"q": pi, "ok": ok, "named": named})
                n_quotes += 1
                n_named += named
                n_reachable += bool(ok)
            out.write(json.dumps({"id": doc, "quotes": rows}) + "\n")
            n_docs += 1
    print("labels: %d articles, %d matched quotes, %d with a named speaker, %d of them with "
          "an acceptable entity" % (n_docs, n_quotes, n_named, n_reachable), file=sys.stderr)


def precision(pred_path, lo, hi):
    """Right / given, over matched quotes with a named gold speaker."""
    sc = scorer()
    qs = sc.qs
    with open(os.path.join(POLNEAR, "train", "gold.json"), encoding="utf-8") as f:
        gold = json.load(f)
    given = right = total = 0
    with open(pred_path, encoding="utf-8") as f:
        for line in f:
            obj = json.loads(line)
            doc = obj["id"]
            if doc not in gold or not in_range(doc, lo, hi):
                continue
            g = gold[doc]
            preds = sc.quote_predictions(obj, g["block_starts"])
            names = qs.Names(g)
            pairs, _ = qs.match_article(g, preds)
            for gi, pi in pairs:
                q = g["quotes"][gi]
                if q.get("optional") or q.get("speaker_ambiguous") or not q.get("speaker"):
                    continue
                total += 1
                sp = preds[pi].get("speaker")
                if sp:
                    given += 1
                    right += qs.speaker_correct(q, sp, names)
    return right, given, total


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pred", nargs="?")
    ap.add_argument("--from", dest="lo", default=None)
    ap.add_argument("--to", dest="hi", default=None)
    ap.add_argument("--labels")
    a = ap.parse_args(argv)
    lo = a.lo or ("0000-00-00" if a.labels else "2016-08-01")
    hi = a.hi or "9999-99-99"
    if a.labels:
        if not a.pred:
            ap.error("--labels needs PRED.jsonl")
        labels(a.pred, a.labels, lo, hi)
        return 0
    pred = a.pred
    if pred is None:
        exe = os.path.join(ROOT, "target", "release", "article-enrich")
        pred = "/tmp/score_polnear.%d.jsonl" % os.getpid()
        with open(os.path.join(POLNEAR, "train", "docs.jsonl"), "rb") as i, open(pred, "wb") as o:
            subprocess.run([exe, "analyze", "--jsonl"], stdin=i, stdout=o, check=True)
    args = ["--gold", os.path.join(POLNEAR, "train", "gold.json"), "--split", "train",
            "--from", lo, "--to", hi, "--markdown", "--header", "ours=" + pred]
    sys.stdout.flush()
    subprocess.run([sys.executable, os.path.join(POLNEAR, "score.py")] + args, check=True)
    right, given, total = precision(pred, lo, hi)
    print("speaker precision %.3f (%d/%d given a named speaker), coverage %.3f (%d/%d)" % (
        right / max(given, 1), right, given, given / max(total, 1), given, total))
    if a.pred is None:
        os.unlink(pred)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
