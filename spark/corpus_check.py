"""The archive job on ../shared (run by .ci/corpus; fails loudly without it).

1. The job (local[2]) on PolNeAR train (../shared/eval/polnear/train/docs.jsonl)
   and on every corpus page (../shared/corpus/pages/*/source.html): each
   quote and mention row must equal what `target/release/article-enrich
   analyze --jsonl` (and `analyze --html` per page) gives.
2. Documents per second of the job on 1 and 2 cores (local[1], local[2]) on
   the PolNeAR docs repeated --repeat times (a fixed input of 837 x N
   articles, written under target/, never committed), beside the package
   alone in one Python thread.

    python spark/corpus_check.py [--shared ../shared] [--repeat 10] [--no-bench]

Outputs and scratch files go to target/spark-corpus/.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "spark"))

import enrich_archive  # noqa: E402

CLI = ROOT / "target" / "release" / "article-enrich"
WORK = ROOT / "target" / "spark-corpus"


def fail(msg: str) -> None:
    print(f"error: {msg}", file=sys.stderr)
    sys.exit(1)


def flatten(analyses):
    """Quote and mention rows (the job's columns) from analysis dicts by article id."""
    quotes, mentions = [], []
    for art, a in analyses.items():
        for row in enrich_archive.quote_rows(a):
            quotes.append((art, *row))
        for row in enrich_archive.mention_rows(a):
            mentions.append((art, *row))
    return sorted(quotes, key=repr), sorted(mentions, key=repr)


def cli_analyses(docs_jsonl: Path, pages):
    out = {}
    p = subprocess.run([str(CLI), "analyze", "--jsonl", str(docs_jsonl)], capture_output=True, check=True)
    for line in p.stdout.decode().splitlines():
        o = json.loads(line)
        out[o.pop("id")] = o
    for page in pages:
        p = subprocess.run([str(CLI), "analyze", "--html", page], capture_output=True, check=True)
        o = json.loads(p.stdout)
        out["/".join(Path(page).parts[-2:])] = o
    return out


def check(shared: Path) -> None:
    docs = shared / "eval" / "polnear" / "train" / "docs.jsonl"
    pages_glob = str(shared / "corpus" / "pages" / "*" / "source.html")
    pages = sorted(glob.glob(pages_glob))
    if not docs.is_file() or not pages:
        fail(f"{docs} or {pages_glob} is missing; the corpus checks need ../shared")
    n_docs = sum(1 for line in docs.open() if line.strip())
    out = WORK / "out"
    spark = enrich_archive.session("local[2]", app="article-enrich corpus check")
    stats = enrich_archive.run(spark, [str(docs)], [pages_glob], str(out))
    print("job:", json.dumps(stats), flush=True)
    if stats["documents"] != n_docs + len(pages):
        fail(f"the job read {stats['documents']} documents, expected {n_docs} + {len(pages)}")
    if stats["errors"]:
        errs = spark.read.parquet(str(out / "errors")).limit(5).collect()
        fail(f"{stats['errors']} documents gave errors: {errs}")

    t = time.perf_counter()
    want_q, want_m = flatten(cli_analyses(docs, pages))
    print(f"CLI on the same documents: {time.perf_counter() - t:.1f}s", flush=True)
    qcols = ["article_id"] + [n for n, _ in enrich_archive.QUOTE_FIELDS]
    mcols = ["article_id"] + [n for n, _ in enrich_archive.MENTION_FIELDS]
    got_q = sorted((tuple(r) for r in spark.read.parquet(str(out / "quotes")).select(*qcols).collect()), key=repr)
    got_m = sorted((tuple(r) for r in spark.read.parquet(str(out / "mentions")).select(*mcols).collect()), key=repr)
    for what, got, want in (("quote", got_q, want_q), ("mention", got_m, want_m)):
        if got != want:
            missing = [r for r in want if r not in set(got)][:3]
            extra = [r for r in got if r not in set(want)][:3]
            fail(f"{what} rows differ from the CLI: {len(got)} against {len(want)}; missing {missing}; extra {extra}")
        print(f"{len(got)} {what} rows equal the CLI's", flush=True)

    top = spark.read.parquet(str(out / "speakers")).orderBy("quotes", ascending=False).limit(5).collect()
    print("most quoted:", "; ".join(f"{r['speaker']} ({r['quotes']} quotes, {r['articles']} articles)" for r in top))
    named = sum(1 for q in got_q if q[8] is not None)  # speaker_name
    print(f"quotes with a named speaker: {named} of {len(got_q)}")
    spark.stop()


def bench(shared: Path, repeat: int) -> None:
    docs = shared / "eval" / "polnear" / "train" / "docs.jsonl"
    lines = [json.loads(l) for l in docs.open() if l.strip()]
    WORK.mkdir(parents=True, exist_ok=True)
    big = WORK / f"polnear-x{repeat}.jsonl"
    with big.open("w") as f:
        for k in range(repeat):
            for d in lines:
                f.write(json.dumps({"id": f"{d['id']}#{k}", "text": d["text"]}) + "\n")
    n = len(lines) * repeat

    import article_enrich as ae

    t = time.perf_counter()
    for d in lines:
        ae.analyze(d["text"])
    single = len(lines) / (time.perf_counter() - t)
    print(f"package alone, one thread: {single:.0f} docs/s ({len(lines)} docs)")

    results = {}
    for cores in (1, 2):
        cmd = [sys.executable, str(ROOT / "spark" / "enrich_archive.py"), "--input", str(big),
               "--output", str(WORK / f"bench-{cores}"), "--master", f"local[{cores}]"]
        p = subprocess.run(cmd, capture_output=True, text=True)
        if p.returncode:
            fail(f"{' '.join(cmd)} failed:\n{p.stderr[-3000:]}")
        s = json.loads(p.stdout.strip().splitlines()[-1])
        if s["documents"] != n:
            fail(f"bench read {s['documents']} documents, expected {n}")
        results[cores] = s
        print(f"job, local[{cores}]: {n} docs, analysis {s['analysis_seconds']}s = "
              f"{s['documents_per_second_analysis']} docs/s; whole job (4 Parquet outputs) "
              f"{s['total_seconds']}s = {s['documents_per_second_total']} docs/s", flush=True)
    print(f"2 cores / 1 core (analysis): {results[2]['documents_per_second_analysis'] / results[1]['documents_per_second_analysis']:.2f}x")
    print(f"command: {' '.join(cmd[:2])} --input <docs.jsonl x{repeat}> --output DIR --master 'local[N]'")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--shared", default=str(ROOT.parent / "shared"))
    p.add_argument("--repeat", type=int, default=10, help="copies of the PolNeAR docs in the bench input")
    p.add_argument("--no-bench", action="store_true")
    args = p.parse_args()
    shared = Path(os.environ.get("SHARED_DIR", args.shared))
    if not (shared / "eval" / "polnear" / "train" / "docs.jsonl").is_file():
        fail(f"../shared is missing (looked in {shared}); the corpus checks need it")
    if not CLI.exists():
        fail(f"{CLI} is missing: cargo build --release --features cli")
    check(shared)
    if not args.no_bench:
        bench(shared, args.repeat)


if __name__ == "__main__":
    main()
