"""Tests of the installed article_enrich wheel (python/src/lib.rs and the
Python side). Run with the wheel installed: `bash .ci/test`, or
`pip install target/wheels/article_enrich-*.whl && pytest python/tests`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import article_enrich as ae
from samples import HTML, TEXTS

ROOT = Path(__file__).resolve().parents[2]
CLI = ROOT / "target" / "release" / "article-enrich"

SENTENCE = "“We will not wait,” Anna Berg, the Danish foreign minister, said."


def entity(a, eid):
    return next(e for e in a["entities"] if e["id"] == eid)


def test_imported_from_the_wheel_not_the_source_tree():
    # The compiled module must be there: the tests exercise the built wheel.
    assert ae._native.__file__.endswith((".so", ".pyd"))
    assert "site-packages" in ae.__file__, ae.__file__
    assert ae.__version__ == ae.version()
    assert ae.version().count(".") == 2


def test_known_sentence_person_with_role_and_quote_with_speaker():
    a = ae.analyze(SENTENCE)
    person = a["entities"][0]
    assert person["kind"] == "person"
    assert person["name"] == "Anna Berg"
    assert person["description"] == "Danish foreign minister"
    assert person["mentions"] == [{"start": 20, "end": 29, "text": "Anna Berg"}]
    [q] = a["quotes"]
    assert q["text"] == "We will not wait,"
    assert q["speaker"] == person["id"]
    assert q["kind"] == "full"
    assert a["speakers"] == [{"entity": person["id"], "quotes": [0]}]


def test_plain_data_only():
    a = ae.analyze(TEXTS["harbour"])
    # Exactly JSON's types: a json round trip changes nothing.
    assert json.loads(json.dumps(a)) == a
    assert type(a) is dict and type(a["entities"]) is list
    assert set(a) == {"entities", "quotes", "speakers"}
    assert set(a["quotes"][0]) == {"start", "end", "text", "speaker", "kind", "block", "continued", "speakerDescription"}
    assert set(a["entities"][0]) == {"id", "kind", "name", "description", "mentions"}


def test_who_said_what_in_an_article():
    a = ae.analyze(TEXTS["harbour"])
    said = {}
    for s in a["speakers"]:
        said[entity(a, s["entity"])["name"]] = [a["quotes"][i]["text"] for i in s["quotes"]]
    assert said["Mette Lund"][0].startswith("This is the biggest change")
    assert "Nobody will lose a berth," in said["Mette Lund"]  # "she added": a pronoun resolved
    assert said["Jens Holm"] == ["The council has ignored the fishermen,"]
    assert entity(a, "e4")["description"] == "mayor of Aalborg"


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_offsets_are_python_string_indices(name):
    text = TEXTS[name]
    a = ae.analyze(text)
    for e in a["entities"]:
        for m in e["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    for q in a["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"]


def test_offsets_count_code_points_past_an_emoji():
    a = ae.analyze(TEXTS["emoji"])
    lisbon = next(e for e in a["entities"] if e["name"] == "Lisbon")
    start = TEXTS["emoji"].index("Lisbon")
    assert lisbon["mentions"][0]["start"] == start  # not start + 1 (UTF-16) or + 3 (UTF-8)


@pytest.mark.parametrize("name", sorted(HTML))
def test_analyze_html_offsets_index_its_text(name):
    a = ae.analyze_html(HTML[name])
    assert "<" not in a["text"]
    for e in a["entities"]:
        for m in e["mentions"]:
            assert a["text"][m["start"]:m["end"]] == m["text"]
    for q in a["quotes"]:
        assert a["text"][q["start"]:q["end"]] == q["text"]
    assert a["quotes"], "every sample page has a quote"
    assert all(q["speaker"] for q in a["quotes"])


def test_analyze_html_decodes_entities_and_finds_the_speaker():
    a = ae.analyze_html(HTML["council.html"])
    assert a["text"].startswith("Council votes on budget\n\nThe council of Bergen")
    q = a["quotes"][0]
    assert q["text"] == "We kept every school open,"
    s = entity(a, q["speaker"])
    assert (s["name"], s["description"]) == ("Ingrid Dahl", "finance councillor")


@pytest.mark.parametrize("name", sorted(HTML))
def test_enrich_round_trips(name):
    page = HTML[name]
    out = ae.enrich(page)
    assert out != page
    assert out.count('<span class="ae ') >= 3
    assert ae.strip(out) == page
    # Enriching an enriched page gives the same page.
    assert ae.enrich(out) == out


def test_enrich_marks_a_person_with_role_and_the_quote():
    out = ae.enrich("<p>" + SENTENCE + "</p>")
    assert 'data-ae-name="Anna Berg" data-ae-role="Danish foreign minister"' in out
    assert 'class="ae ae-quote"' in out
    assert ae.strip(out) == "<p>" + SENTENCE + "</p>"


def marked(out):
    """The kinds of the spans in an enriched page."""
    import re

    return set(re.findall(r'<span class="ae ae-([a-z]+)"', out))


def test_enrich_kinds_as_string_or_list():
    page = HTML["museum.html"]
    for kinds in ("person", ["person"], ("person",)):
        out = ae.enrich(page, kinds=kinds)
        assert marked(out) == {"person"}
    out = ae.enrich(page, kinds="place, quote")
    assert marked(out) == {"place", "quote"}
    assert ae.strip(out) == page


def test_strip_of_a_page_without_spans_is_the_page():
    assert ae.strip(HTML["museum.html"]) == HTML["museum.html"]


def test_empty_input():
    assert ae.analyze("") == {"entities": [], "quotes": [], "speakers": []}
    assert ae.analyze_html("") == {"text": "", "entities": [], "quotes": [], "speakers": []}
    assert ae.enrich("") == ""


# --- errors ---------------------------------------------------------------


def test_input_over_the_size_limit_raises():
    with pytest.raises(ae.InputTooLargeError) as e:
        ae.analyze("x" * 101, max_input_bytes=100)
    assert e.value.value == 101 and e.value.limit == 100
    assert "101 bytes" in str(e.value) and "100" in str(e.value)
    assert isinstance(e.value, ae.LimitError) and isinstance(e.value, ValueError)
    assert isinstance(e.value, ae.ArticleEnrichError)
    with pytest.raises(ae.InputTooLargeError):
        ae.analyze_html("<p>" + "x" * 100 + "</p>", max_input_bytes=100)
    with pytest.raises(ae.InputTooLargeError, match="over the limit of 10 bytes"):
        ae.enrich("<p>Anna Berg is here.</p>", max_input_bytes=10)
    # The limit counts bytes of UTF-8, not characters.
    with pytest.raises(ae.InputTooLargeError):
        ae.analyze("é" * 60, max_input_bytes=100)
    assert ae.analyze("é" * 50, max_input_bytes=100)["entities"] == []


def test_default_size_limit_is_32_mib():
    assert ae.DEFAULT_MAX_INPUT_BYTES == 32 << 20
    big = "a" * (ae.DEFAULT_MAX_INPUT_BYTES + 1)
    with pytest.raises(ae.InputTooLargeError) as e:
        ae.analyze(big)
    assert e.value.limit == ae.DEFAULT_MAX_INPUT_BYTES
    with pytest.raises(ae.InputTooLargeError):
        ae.enrich(big)


def test_too_deep_raises():
    page = "<div>" * 5 + "Anna Berg" + "</div>" * 5
    with pytest.raises(ae.TooDeepError) as e:
        ae.enrich(page, max_depth=3)
    assert e.value.limit == 3 and e.value.value >= 5
    assert ae.strip(ae.enrich(page)) == page


def test_too_many_blocks_raises():
    page = "<p>one</p><p>two</p><p>three</p>"
    with pytest.raises(ae.TooManyBlocksError):
        ae.enrich(page, max_blocks=2)


def test_unknown_kind_raises():
    with pytest.raises(ae.UnknownKindError, match="unknown kind `persons`") as e:
        ae.enrich("<p>x</p>", kinds="persons")
    assert e.value.name == "persons"
    with pytest.raises(TypeError, match="kinds must be"):
        ae.enrich("<p>x</p>", kinds=5)


def test_negative_limit_raises():
    with pytest.raises(ValueError, match="max_depth must be a non-negative integer, got -1"):
        ae.enrich("<p>x</p>", max_depth=-1)
    with pytest.raises(ValueError, match="max_input_bytes"):
        ae.analyze("x", max_input_bytes=-5)


@pytest.mark.parametrize("bad", [None, b"bytes", 3, ["a"]])
def test_wrong_types_raise_type_error(bad):
    for fn in (ae.analyze, ae.analyze_html, ae.enrich, ae.strip):
        with pytest.raises(TypeError):
            fn(bad)


def test_lone_surrogate_raises_unicode_error():
    with pytest.raises(UnicodeEncodeError):
        ae.analyze("Anna \ud800 Berg")


def test_a_panic_in_rust_is_an_internal_error_not_a_crash():
    with pytest.raises(ae.InternalError, match="this is a bug") as e:
        ae._native._panic_for_test()
    assert isinstance(e.value, RuntimeError) and isinstance(e.value, ae.ArticleEnrichError)
    # The module still works afterwards.
    assert ae.analyze(SENTENCE)["entities"][0]["name"] == "Anna Berg"


# --- the GIL ----------------------------------------------------------------


def long_article(n):
    return "\n\n".join(TEXTS[k] for k in ("harbour", "trade") for _ in range(n))


def test_gil_is_released_during_analysis():
    """A pure-Python thread keeps counting while analyze and enrich run.
    Were the GIL held for the whole call, the counter would move only at
    the call's edges (a switch interval or two), not for its length.

    The input grows until a call lasts at least 0.2 s, so the test says the
    same on a fast machine as on a slow one (a fixed input was once too
    short to tell on a faster machine)."""
    count = 0
    stop = False

    def spin():
        nonlocal count
        while not stop:
            count += 1

    def as_page(text):
        return "<p>" + text.replace("\n\n", "</p><p>") + "</p>"

    t = threading.Thread(target=spin)
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-4)  # hand the GIL over promptly when it is free
    try:
        t.start()
        time.sleep(0.01)
        # The spinner's own rate, the main thread asleep.
        c0, t0 = count, time.perf_counter()
        time.sleep(0.05)
        rate = (count - c0) / (time.perf_counter() - t0)
        shares = []
        for fn, make in ((ae.analyze, long_article), (ae.enrich, lambda n: as_page(long_article(n)))):
            n = 500
            while True:
                arg = make(n)
                c0, t0 = count, time.perf_counter()
                fn(arg)
                took = time.perf_counter() - t0
                if took >= 0.2:
                    break
                # Under the 32 MiB input limit at every step: 16,000 repeats are 17 MB.
                assert n < 16000, f"{n} repeats still take only {took:.3f}s"
                n *= 2
            shares.append((count - c0) / (rate * took))
    finally:
        stop = True
        t.join()
        sys.setswitchinterval(old)
    # Released: the spinner ran for a good part of each call (about all of it
    # with two free cores). Held: a few % (the call's edges, in a call of 0.2 s or more).
    print("spinner share of the calls:", shares, "rate", rate)
    assert min(shares) > 0.15, f"the counting thread ran for only {shares} of the calls"


def test_threads_analyse_concurrently_and_agree():
    texts = [TEXTS[k] for k in sorted(TEXTS)] * 8
    expected = [ae.analyze(t) for t in texts]
    results = [None] * len(texts)

    def work(i0):
        for i in range(i0, len(texts), 4):
            results[i] = ae.analyze(texts[i])

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == expected


# --- same fields as the CLI ---------------------------------------------------


def run_cli(args, stdin):
    if not CLI.exists():
        pytest.fail(f"{CLI} is missing: cargo build --release --features cli (bash .ci/build does)")
    p = subprocess.run([str(CLI), *args], input=stdin.encode(), capture_output=True, check=True)
    return [json.loads(line) for line in p.stdout.decode().splitlines() if line.strip()]


def test_dicts_equal_the_cli_json_for_text():
    names = sorted(TEXTS)
    lines = "".join(json.dumps({"id": n, "text": TEXTS[n]}) + "\n" for n in names)
    out = run_cli(["analyze", "--jsonl"], lines)
    assert [o.pop("id") for o in out] == names
    for n, o in zip(names, out):
        assert ae.analyze(TEXTS[n]) == o, n


def test_dicts_equal_the_cli_json_for_html():
    names = sorted(HTML)
    lines = "".join(json.dumps({"id": n, "text": HTML[n]}) + "\n" for n in names)
    out = run_cli(["analyze", "--jsonl", "--html"], lines)
    for n, o in zip(names, out):
        o.pop("id")
        mine = ae.analyze_html(HTML[n])
        assert mine == o, n
        assert list(mine) == list(o)  # same key order too


def test_type_stubs_and_marker_are_installed():
    pkg = Path(ae.__file__).parent
    assert (pkg / "py.typed").exists()
    stub = (pkg / "_native.pyi").read_text()
    for name in ("def analyze(", "def analyze_html(", "def enrich(", "def strip(", "-> HtmlAnalysis"):
        assert name in stub
    # The stubs name every public function of the compiled module.
    public = {n for n in dir(ae._native) if not n.startswith("_") and callable(getattr(ae._native, n))}
    assert public == {"analyze", "analyze_html", "enrich", "strip", "version"}
    for n in public:
        assert f"def {n}(" in stub
