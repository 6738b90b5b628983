"""The archive job (spark/enrich_archive.py) on our own sample articles, in
local mode with 2 cores: its Parquet output must equal what the Python
package, and the CLI's `analyze --jsonl`, give on the same documents."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "spark"))
sys.path.insert(0, str(ROOT / "python" / "tests"))

import article_enrich as ae  # noqa: E402
import enrich_archive  # noqa: E402
from samples import HTML, TEXTS  # noqa: E402

CLI = ROOT / "target" / "release" / "article-enrich"
MAX_BYTES = 5000
BIG = "\n\n".join([TEXTS["trade"]] * 10)  # over MAX_BYTES: an error row


@pytest.fixture(scope="module")
def spark():
    s = enrich_archive.session("local[2]", app="article-enrich test")
    yield s
    s.stop()


@pytest.fixture(scope="module")
def job(spark, tmp_path_factory):
    """Run the job once on JSONL (text and html rows, and bad rows), Parquet
    (text only, numeric ids) and HTML files; return its output as Python rows."""
    d = tmp_path_factory.mktemp("job")
    jsonl = d / "docs.jsonl"
    with jsonl.open("w") as f:
        for name in ("harbour", "emoji", "plain"):
            f.write(json.dumps({"id": name, "text": TEXTS[name]}) + "\n")
        f.write(json.dumps({"id": "council", "html": HTML["council.html"]}) + "\n")
        f.write(json.dumps({"id": "big", "text": BIG}) + "\n")
        f.write(json.dumps({"id": "nothing"}) + "\n")
        f.write("this line is not JSON\n")
    parquet = d / "docs.parquet"
    spark.createDataFrame([(7, TEXTS["trade"])], "id long, text string").write.parquet(str(parquet))
    pages = d / "pages"
    for name, page in HTML.items():
        (pages / name.removesuffix(".html")).mkdir(parents=True)
        (pages / name.removesuffix(".html") / "source.html").write_text(page, encoding="utf-8")
    out = d / "out"
    stats = enrich_archive.main([
        "--input", str(jsonl), "--input", str(parquet),
        "--html-files", str(pages / "*" / "source.html"),
        "--output", str(out), "--partitions", "3", "--max-input-bytes", str(MAX_BYTES),
    ])
    read = lambda t: [r.asDict(recursive=True) for r in spark.read.parquet(str(out / t)).collect()]
    return {
        "stats": stats,
        "quotes": read("quotes"),
        "mentions": read("mentions"),
        "speakers": read("speakers"),
        "errors": read("errors"),
        "out": out,
    }


# The documents the job analysed, and how the package reads each.
DOCS = {
    "harbour": ("text", TEXTS["harbour"]),
    "emoji": ("text", TEXTS["emoji"]),
    "plain": ("text", TEXTS["plain"]),
    "council": ("html", HTML["council.html"]),
    "7": ("text", TEXTS["trade"]),
    "council/source.html": ("html", HTML["council.html"]),
    "museum/source.html": ("html", HTML["museum.html"]),
}


def expected_rows(analyses):
    """Quote and mention rows written out from analysis dicts, independently of the job's code."""
    quotes, mentions = [], []
    for art, a in analyses.items():
        by_id = {e["id"]: e for e in a["entities"]}
        for i, q in enumerate(a["quotes"]):
            sp = by_id.get(q["speaker"])
            quotes.append({
                "article_id": art, "quote_index": i, "start": q["start"], "end": q["end"],
                "text": q["text"], "kind": q["kind"], "continued": q["continued"],
                "speaker_id": q["speaker"],
                "speaker_name": sp and sp["name"], "speaker_kind": sp and sp["kind"],
                "speaker_role": sp and sp["description"],
                "speaker_description": q["speakerDescription"],
            })
        for e in a["entities"]:
            for m in e["mentions"]:
                mentions.append({
                    "article_id": art, "entity_id": e["id"], "kind": e["kind"], "name": e["name"],
                    "description": e["description"], "start": m["start"], "end": m["end"], "text": m["text"],
                })
    return quotes, mentions


def ordered(rows, *keys):
    return sorted(rows, key=lambda r: tuple(r[k] for k in keys))


def package_analyses():
    return {k: (ae.analyze_html(v) if how == "html" else ae.analyze(v)) for k, (how, v) in DOCS.items()}


def test_counts(job):
    s = job["stats"]
    assert s["documents"] == len(DOCS) + 3  # three error rows
    assert s["errors"] == 3
    assert s["cores"] == 2
    assert s["quotes"] == len(job["quotes"]) > 10
    assert s["mentions"] == len(job["mentions"])


def test_quotes_and_mentions_equal_the_package(job):
    quotes, mentions = expected_rows(package_analyses())
    assert ordered(job["quotes"], "article_id", "quote_index") == ordered(quotes, "article_id", "quote_index")
    assert ordered(job["mentions"], "article_id", "entity_id", "start") == ordered(mentions, "article_id", "entity_id", "start")


def test_quotes_and_mentions_equal_the_cli(job):
    if not CLI.exists():
        pytest.fail(f"{CLI} is missing: cargo build --release --features cli (bash .ci/build does)")
    analyses = {}
    for how in ("text", "html"):
        docs = [(k, v) for k, (h, v) in DOCS.items() if h == how]
        lines = "".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in docs)
        args = ["analyze", "--jsonl"] + (["--html"] if how == "html" else [])
        p = subprocess.run([str(CLI), *args], input=lines.encode(), capture_output=True, check=True)
        for line in p.stdout.decode().splitlines():
            o = json.loads(line)
            analyses[o.pop("id")] = o
    assert set(analyses) == set(DOCS)
    quotes, mentions = expected_rows(analyses)
    assert ordered(job["quotes"], "article_id", "quote_index") == ordered(quotes, "article_id", "quote_index")
    assert ordered(job["mentions"], "article_id", "entity_id", "start") == ordered(mentions, "article_id", "entity_id", "start")


def test_a_known_quote_row(job):
    [row] = [q for q in job["quotes"] if q["article_id"] == "harbour" and q["speaker_name"] == "Jens Holm"]
    assert row["text"] == "The council has ignored the fishermen,"
    assert row["speaker_role"] == "spokesman for the Danish Fishermen's Association"
    assert row["speaker_kind"] == "person"
    assert TEXTS["harbour"][row["start"]:row["end"]] == row["text"]


def test_who_said_what(job):
    quotes, _ = expected_rows(package_analyses())
    want = defaultdict(lambda: {"quotes": 0, "articles": set(), "roles": set()})
    for q in quotes:
        if q["speaker_name"]:
            w = want[q["speaker_name"]]
            w["quotes"] += 1
            w["articles"].add(q["article_id"])
            if q["speaker_role"]:
                w["roles"].add(q["speaker_role"])
    got = {r["speaker"]: r for r in job["speakers"]}
    assert set(got) == set(want)
    for name, w in want.items():
        g = got[name]
        assert (g["quotes"], g["articles"]) == (w["quotes"], len(w["articles"])), name
        assert g["article_ids"] == sorted(w["articles"])
        assert g["roles"] == sorted(w["roles"])
    # Ingrid Dahl is quoted twice in each of the two copies of the council page.
    assert (got["Ingrid Dahl"]["quotes"], got["Ingrid Dahl"]["articles"]) == (4, 2)
    assert got["Ingrid Dahl"]["article_ids"] == ["council", "council/source.html"]
    # Most quoted first.
    counts = [r["quotes"] for r in job["speakers"]]
    assert counts == sorted(counts, reverse=True)


def test_errors_are_rows_not_a_failed_job(job):
    errs = {r["article_id"]: r for r in job["errors"]}
    assert set(errs) == {"big", "nothing", None}
    assert errs["big"]["error"].startswith("InputTooLargeError: text is ")
    assert f"over the limit of {MAX_BYTES} bytes" in errs["big"]["error"]
    assert errs["nothing"]["error"] == "the row has neither text nor html"
    assert "not a JSON object" in errs[None]["error"]


def test_output_is_parquet(job):
    for t in ("quotes", "mentions", "speakers", "errors"):
        files = list((job["out"] / t).glob("*.parquet"))
        assert files, t
        assert files[0].read_bytes()[:4] == b"PAR1"
