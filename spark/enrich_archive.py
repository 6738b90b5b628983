"""The archive job: quotes, speakers and entity mentions of a news archive, on Apache Spark.

Reads articles (JSONL or Parquet with ``id`` and ``text`` or ``html``, or HTML
files), analyses each partition with the ``article_enrich`` package on the
executors (``mapPartitions``), and writes Parquet:

- ``OUT/quotes``: one row per quote: article id, quote text, speaker name and role;
- ``OUT/mentions``: one row per entity mention;
- ``OUT/speakers``: who said what: per speaker name, number of quotes and articles;
- ``OUT/errors``: the articles that could not be analysed, and why.

Run locally (the machine's cores)::

    python spark/enrich_archive.py --input docs.jsonl --output /tmp/out --master 'local[2]'

On a cluster, with the wheel installed on every node (README, "Spark")::

    spark-submit --master yarn spark/enrich_archive.py --input hdfs:///archive/*.parquet --output hdfs:///out

A row with a non-null ``html`` is analysed as HTML (``analyze_html``: offsets
index the page's text), otherwise its ``text`` as plain text (``analyze``).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence

# The quote and mention rows, and what one article gives. Offsets are code
# points into the analysed text (the text itself, or for HTML the page's text
# blocks joined by blank lines), as in `article-enrich analyze`.
QUOTE_FIELDS = [
    ("quote_index", "int"),
    ("start", "int"),
    ("end", "int"),
    ("text", "string"),
    ("kind", "string"),
    ("continued", "boolean"),
    ("speaker_id", "string"),
    ("speaker_name", "string"),
    ("speaker_kind", "string"),
    ("speaker_role", "string"),
    ("speaker_description", "string"),
]
MENTION_FIELDS = [
    ("entity_id", "string"),
    ("kind", "string"),
    ("name", "string"),
    ("description", "string"),
    ("start", "int"),
    ("end", "int"),
    ("text", "string"),
]


def _struct(fields: Sequence[tuple]) -> str:
    return "struct<" + ",".join(f"`{n}`:{t}" for n, t in fields) + ">"


ARTICLE_SCHEMA = (
    "article_id string, input string, error string, "
    f"quotes array<{_struct(QUOTE_FIELDS)}>, mentions array<{_struct(MENTION_FIELDS)}>"
)


def quote_rows(analysis: Dict[str, Any]) -> List[tuple]:
    """One tuple per quote (QUOTE_FIELDS), the speaker looked up among the entities."""
    entities = {e["id"]: e for e in analysis["entities"]}
    rows = []
    for i, q in enumerate(analysis["quotes"]):
        s = entities.get(q["speaker"]) if q["speaker"] else None
        rows.append(
            (
                i,
                q["start"],
                q["end"],
                q["text"],
                q["kind"],
                q["continued"],
                q["speaker"],
                s["name"] if s else None,
                s["kind"] if s else None,
                s["description"] if s else None,
                q["speakerDescription"],
            )
        )
    return rows


def mention_rows(analysis: Dict[str, Any]) -> List[tuple]:
    """One tuple per mention (MENTION_FIELDS), in entity order then document order."""
    return [
        (e["id"], e["kind"], e["name"], e["description"], m["start"], m["end"], m["text"])
        for e in analysis["entities"]
        for m in e["mentions"]
    ]


def analyse_partition(rows: Iterable[Any], max_input_bytes: Optional[int] = None) -> Iterator[tuple]:
    """Runs on the executors: the package is imported there. One tuple
    (ARTICLE_SCHEMA) per input row; an article the library refuses (too
    large, a bug caught at the boundary) gives an error row, not a failed job."""
    import article_enrich as ae

    for r in rows:
        article_id, text, html = r["id"], r["text"], r["html"]
        if r["_corrupt_record"] is not None:
            yield (article_id, None, "not a JSON object with string fields id, text or html", [], [])
            continue
        if html is not None:
            kind, fn, arg = "html", ae.analyze_html, html
        elif text is not None:
            kind, fn, arg = "text", ae.analyze, text
        else:
            yield (article_id, None, "the row has neither text nor html", [], [])
            continue
        try:
            a = fn(arg, max_input_bytes=max_input_bytes)
        except (ae.ArticleEnrichError, UnicodeError) as e:
            yield (article_id, kind, f"{type(e).__name__}: {e}", [], [])
            continue
        yield (article_id, kind, None, quote_rows(a), mention_rows(a))


def input_format(path: str, given: str = "auto") -> str:
    """json or parquet: as given, else by the name (.parquet, or a local folder, is Parquet)."""
    if given != "auto":
        return given
    return "parquet" if path.rstrip("/").endswith(".parquet") or os.path.isdir(path) else "json"


def read_articles(spark, inputs: Sequence[str], html_files: Sequence[str], fmt_given: str = "auto"):
    """The input as one DataFrame of (id, text, html, _corrupt_record), all strings."""
    from pyspark.sql import functions as F

    frames = []
    for path in inputs:
        fmt = input_format(path, fmt_given)
        if fmt == "json":
            df = spark.read.json(
                path,
                schema="id string, text string, html string, _corrupt_record string",
                mode="PERMISSIVE",
                columnNameOfCorruptRecord="_corrupt_record",
            )
        else:
            df = spark.read.parquet(path)
            cols = set(df.columns)
            if "id" not in cols or not ({"text", "html"} & cols):
                raise SystemExit(f"error: {path}: a Parquet input needs an id column and a text or html column (has {sorted(cols)})")
            df = df.select(
                F.col("id").cast("string").alias("id"),
                (F.col("text").cast("string") if "text" in cols else F.lit(None).cast("string")).alias("text"),
                (F.col("html").cast("string") if "html" in cols else F.lit(None).cast("string")).alias("html"),
                F.lit(None).cast("string").alias("_corrupt_record"),
            )
        frames.append(df)
    for pattern in html_files:
        # id: the file's folder and name ("aclu/source.html"); UTF-8 only.
        def decode(kv):
            path, data = kv
            parts = path.rstrip("/").split("/")
            ident = "/".join(parts[-2:])
            try:
                return (ident, None, data.decode("utf-8"), None)
            except UnicodeDecodeError as e:
                return (ident, None, None, f"not UTF-8: {e}")

        rdd = spark.sparkContext.binaryFiles(pattern).map(decode)
        frames.append(spark.createDataFrame(rdd, "id string, text string, html string, _corrupt_record string"))
    if not frames:
        raise SystemExit("error: no input (give --input or --html-files)")
    df = frames[0]
    for f in frames[1:]:
        df = df.unionByName(f)
    return df


def run(spark, inputs: Sequence[str], html_files: Sequence[str], output: str,
        partitions: Optional[int] = None, max_input_bytes: Optional[int] = None,
        fmt: str = "auto") -> Dict[str, Any]:
    """Run the job; returns counts and timings."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    if __name__ != "__main__":
        # Imported (a test, a notebook): the executors unpickle this module's
        # functions by name, so they need the file too.
        spark.sparkContext.addPyFile(os.path.abspath(__file__))
    t0 = time.perf_counter()
    articles = read_articles(spark, inputs, html_files, fmt)
    n = partitions or spark.sparkContext.defaultParallelism * 4
    articles = articles.repartition(n)
    analysed = spark.createDataFrame(
        articles.rdd.mapPartitions(lambda rows: analyse_partition(rows, max_input_bytes)),
        ARTICLE_SCHEMA,
        # The rows are built to the schema above; checking every field again
        # in Python costs more than the analysis.
        verifySchema=False,
    ).persist(StorageLevel.MEMORY_AND_DISK)
    docs = analysed.count()  # the analysis itself
    t_analysis = time.perf_counter() - t0

    quotes = analysed.select("article_id", F.explode("quotes").alias("q")).select("article_id", "q.*")
    mentions = analysed.select("article_id", F.explode("mentions").alias("m")).select("article_id", "m.*")
    speakers = (
        quotes.where(F.col("speaker_name").isNotNull())
        .groupBy(F.col("speaker_name").alias("speaker"))
        .agg(
            F.count(F.lit(1)).alias("quotes"),
            F.countDistinct("article_id").alias("articles"),
            F.array_sort(F.collect_set("speaker_role")).alias("roles"),
            F.array_sort(F.collect_set("article_id")).alias("article_ids"),
        )
        .orderBy(F.desc("quotes"), "speaker")
    )
    errors = analysed.where(F.col("error").isNotNull()).select("article_id", "input", "error")

    quotes.write.mode("overwrite").parquet(os.path.join(output, "quotes"))
    mentions.write.mode("overwrite").parquet(os.path.join(output, "mentions"))
    speakers.coalesce(1).write.mode("overwrite").parquet(os.path.join(output, "speakers"))
    errors.coalesce(1).write.mode("overwrite").parquet(os.path.join(output, "errors"))
    counts = analysed.select(
        F.sum(F.size("quotes")).alias("quotes"),
        F.sum(F.size("mentions")).alias("mentions"),
        F.sum(F.when(F.col("error").isNotNull(), 1).otherwise(0)).alias("errors"),
    ).first()
    analysed.unpersist()
    total = time.perf_counter() - t0
    return {
        "documents": docs,
        "quotes": int(counts["quotes"] or 0),
        "mentions": int(counts["mentions"] or 0),
        "errors": int(counts["errors"] or 0),
        "partitions": n,
        "cores": spark.sparkContext.defaultParallelism,
        "analysis_seconds": round(t_analysis, 3),
        "total_seconds": round(total, 3),
        "documents_per_second_analysis": round(docs / t_analysis, 1) if t_analysis else None,
        "documents_per_second_total": round(docs / total, 1) if total else None,
    }


def session(master: Optional[str], app: str = "article-enrich archive"):
    from pyspark.sql import SparkSession

    # Local mode: the Python workers run the interpreter that runs this job,
    # so they import the same installed article_enrich.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    b = SparkSession.builder.appName(app)
    if master:
        b = b.master(master)
        if master.startswith("local"):
            b = (
                b.config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.shuffle.partitions", "8")
            )
    return b.getOrCreate()


def main(argv: Optional[Sequence[str]] = None) -> Dict[str, Any]:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--input", action="append", default=[], help="JSONL (.jsonl/.json) or Parquet (.parquet or a folder) of articles; may repeat; globs as Spark reads them")
    p.add_argument("--input-format", choices=["auto", "json", "parquet"], default="auto", help="auto: .parquet or a local folder is Parquet, anything else JSONL")
    p.add_argument("--html-files", action="append", default=[], help="a glob of HTML files, each one article (id: folder/name); may repeat")
    p.add_argument("--output", required=True, help="output folder (quotes/, mentions/, speakers/, errors/ as Parquet)")
    p.add_argument("--master", default=None, help="Spark master, e.g. local[2] (default: spark-submit's, or PySpark's local[*])")
    p.add_argument("--partitions", type=int, default=None, help="analysis partitions (default: 4 per core)")
    p.add_argument("--max-input-bytes", type=int, default=None, help="larger articles go to errors/ (default: the library's 32 MiB)")
    args = p.parse_args(argv)
    spark = session(args.master)
    stats = run(spark, args.input, args.html_files, args.output, args.partitions, args.max_input_bytes, args.input_format)
    print(json.dumps(stats), flush=True)
    return stats


if __name__ == "__main__":
    main()
