#!/usr/bin/env python3
"""Alias groups on the quote gold: are the name forms of one person one entity?

Each gold file of ../shared/eval/quotes/gold (the seed and the 8 development
articles) lists every person and organisation with all the name forms the
article uses ("Robert Mugabe", "Mr Mugabe", "Mugabe"). The blocks are
analysed as one text (blank lines between them) and every occurrence of
every form is looked up among our mentions: a form is *found* when an
occurrence is covered by a mention of ours of that kind whose text is the
form, or the form without its honorific ("Mr Mugabe" as "Mugabe"), of any
name kind (the gold's people and organisations do not say which names are
places: "US" is an organisation in the seed's gold and a place of ours).

Printed per article and in total:
  forms     found / gold name forms (of people or organisations);
  grouped   names with two or more forms found whose found forms are all one
            entity / such names;
  split     names whose found forms are in two or more entities;
  merged    entities holding the forms of two or more gold names (a wrong
            merge: one person's words or role shown on another).

With --corpus, also the wrong merges on the 115 corpus pages: person
entities whose mentions carry two different first words in full names
("Robert Mugabe" and "Grace Mugabe" as one person), honorifics, titles,
case, a surname's particle and a middle name before the rest of a longer
form ("Forrest Jones" of "Michael Forrest Jones") aside.

    python3 tests/tools/score_aliases.py [--bin PATH] [--names a,b] [--verbose] [--corpus]
"""
import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SHARED = os.environ.get("SHARED_DIR", os.path.join(ROOT, "..", "shared"))
HONORIFICS = ("Mr ", "Mr. ", "Mrs ", "Mrs. ", "Ms ", "Ms. ", "Dr ", "Dr. ")
FIELDS = ("people", "organizations")
NAME_KINDS = {"person", "organization", "place", "group", "other"}


def analyze(binary, text):
    out = subprocess.run([binary, "analyze"], input=text, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def occurrences(text, form):
    """Code-point offsets of `form` as a whole word sequence in `text`."""
    pat = r"(?<![\w])" + re.escape(form) + r"(?![\w])"
    return [(m.start(), m.end()) for m in re.finditer(pat, text)]


def score_article(binary, gold, verbose, label):
    text = "\n\n".join(gold["blocks"])
    analysis = analyze(binary, text)
    # Every mention of ours: (start, end) -> (entity id, kind, text).
    mentions = {}
    for e in analysis["entities"]:
        for m in e["mentions"]:
            mentions[(m["start"], m["end"])] = (e["id"], e["kind"], m["text"], e["name"])
    res = {"forms": 0, "found": 0, "multi": 0, "grouped": 0, "split": 0, "merged": 0}
    entity_names = {}  # our entity id -> gold names whose forms it holds
    for field in FIELDS:
        for name, forms in gold.get(field, {}).items():
            found_in = {}  # form -> set of our entity ids
            for form in forms:
                res["forms"] += 1
                bare = next((form[len(h):] for h in HONORIFICS if form.startswith(h)), None)
                ids = set()
                for a, b in occurrences(text, form):
                    spans = [(a, b)]
                    if bare:
                        spans.append((b - len(bare), b))
                    for s in spans:
                        hit = mentions.get(s)
                        if hit and hit[1] in NAME_KINDS:
                            ids.add(hit[0])
                if ids:
                    res["found"] += 1
                    found_in[form] = ids
                elif verbose:
                    print(f"  {label}: {name}: form {form!r} not found")
            all_ids = set().union(*found_in.values()) if found_in else set()
            for i in all_ids:
                entity_names.setdefault(i, set()).add(name)
            if len(found_in) >= 2:
                res["multi"] += 1
                if len(all_ids) == 1:
                    res["grouped"] += 1
                else:
                    res["split"] += 1
                    if verbose:
                        names = {i: n for i, _, _, n in mentions.values()}
                        print(f"  {label}: {name}: split into {sorted(names[i] for i in all_ids)}")
    for i, names in entity_names.items():
        if len(names) > 1:
            res["merged"] += 1
            if verbose:
                print(f"  {label}: one entity holds {sorted(names)}")
    return res


TITLES = {"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Lady", "Lord", "President",
          "Prime", "Minister", "Senator", "Sen.", "Rep.", "Gov.", "Governor", "General", "Gen."}


PARTICLES = {"de", "del", "della", "di", "da", "du", "van", "von", "der", "den", "le", "la", "bin", "ibn",
             "al", "el", "st.", "mac"}


def corpus_wrong_merges(binary, verbose):
    pages = os.path.join(SHARED, "corpus", "pages")
    merged = people = 0
    for d in sorted(os.listdir(pages)):
        src = os.path.join(pages, d, "source.html")
        if not os.path.exists(src):
            continue
        out = subprocess.run([binary, "analyze", "--html", src], capture_output=True, text=True)
        if out.returncode:
            continue
        for e in json.loads(out.stdout)["entities"]:
            if e["kind"] != "person":
                continue
            people += 1
            firsts = set()
            forms = [[w for w in m["text"].split() if w not in TITLES] for m in e["mentions"]]
            for words in forms:
                # (A surname with its particle, "De Miranda", "Bin Laden", is no given name;
                # nor is a middle name, the first word of a longer form's tail:
                # "Forrest Jones" of "Michael Forrest Jones".)
                tail = any(len(o) > len(words) and o[-len(words):] == words for o in forms)
                if len(words) >= 2 and words[0].lower() not in PARTICLES and not tail:
                    firsts.add(words[0].lower())
            if len(firsts) >= 2:
                merged += 1
                if verbose:
                    print(f"  {d}: {e['name']}: {sorted({m['text'] for m in e['mentions']})}")
    print(f"corpus pages: {merged} of {people} person entities hold full names with different first words")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "article-enrich"))
    ap.add_argument("--names")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--corpus", action="store_true")
    args = ap.parse_args()
    gold_dir = os.path.join(SHARED, "eval", "quotes", "gold")
    if not os.path.isdir(gold_dir):
        sys.exit(f"score_aliases: {gold_dir} is missing (needs ../shared)")
    if not os.path.exists(args.bin):
        sys.exit(f"score_aliases: {args.bin} is missing (cargo build --release --features cli)")
    wanted = set(args.names.split(",")) if args.names else None
    total = {}
    print(f"{'article':<14} {'forms':>9} {'grouped':>9} {'split':>6} {'merged':>7}")
    for f in sorted(os.listdir(gold_dir)):
        label = f.removesuffix(".json")
        if not f.endswith(".json") or (wanted and label not in wanted):
            continue
        gold = json.load(open(os.path.join(gold_dir, f), encoding="utf-8"))
        r = score_article(args.bin, gold, args.verbose, label)
        for k, v in r.items():
            total[k] = total.get(k, 0) + v
        print(f"{label:<14} {r['found']:>4}/{r['forms']:<4} {r['grouped']:>4}/{r['multi']:<4} {r['split']:>6} {r['merged']:>7}")
    t = total
    print(f"{'total':<14} {t['found']:>4}/{t['forms']:<4} {t['grouped']:>4}/{t['multi']:<4} {t['split']:>6} {t['merged']:>7}")
    if args.corpus:
        corpus_wrong_merges(args.bin, args.verbose)


if __name__ == "__main__":
    main()
