#!/usr/bin/env bash
# The archive check of `article-enrich analyze --jsonl` (not part of the
# normal test run: it takes a minute or more and 60 MB of disk):
#   generate a JSON Lines file of 5,000 articles (about 60 MB) with two bad
#   lines, stream it through `analyze --jsonl` with -j 1 and -j 2, check that
#   the output is in the input's order and holds the two error objects in
#   their places, and print the peak memory (max RSS, /usr/bin/time -v) and
#   the documents/s of each run.
#
#   bash tests/tools/cli_archive.sh            # builds the release CLI first
#   DOCS=20000 bash tests/tools/cli_archive.sh # another size
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
docs=${DOCS:-5000}
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cargo build --quiet --release --features cli --bin article-enrich
bin="${CARGO_TARGET_DIR:-$root/target}/release/article-enrich"

# Articles of about 12 KB from a fixed seed: people, places, organisations,
# dates, figures and quotations, so every stage of the analysis has work.
python3 - "$docs" > "$tmp/in.jsonl" <<'EOF'
import json, random, sys
n = int(sys.argv[1])
rng = random.Random(17)
first = ["Anna", "Peter", "Ingrid", "Yoon", "Maria", "Lars", "Fatima", "John", "Elena", "Kenji"]
last = ["Berg", "Holm", "Solberg", "Suk Yeol", "Rossi", "Nilsen", "Khan", "Smith", "Petrova", "Sato"]
places = ["Oslo", "Bergen", "Seoul", "Rome", "Nairobi", "Chicago", "Kyiv", "Osaka", "Lima", "Zürich"]
orgs = ["the United Nations", "Equinor", "the World Bank", "Reuters", "the European Commission"]
roles = ["foreign minister", "energy minister", "chief executive", "spokesperson", "mayor"]
days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
def person():
    return f"{rng.choice(first)} {rng.choice(last)}"
def paragraph():
    p, q = person(), person()
    s = [
        f"{p}, the {rng.choice(roles)}, arrived in {rng.choice(places)} on {rng.choice(days)} "
        f"for talks with {q} of {rng.choice(orgs)}.",
        f"“We have agreed on {rng.randint(2, 90)} points, and the rest will follow,” {p.split()[-1]} said.",
        f"The talks, which cost {rng.randint(1, 900)} million dollars, ended on {rng.randint(1, 28)} March.",
        f"{q} told reporters in {rng.choice(places)} that “nothing is settled until everything is settled.”",
    ]
    rng.shuffle(s)
    return " ".join(s)
bad = {n // 4, (3 * n) // 4}
for i in range(1, n + 1):
    if i == min(bad):
        print('{"id":"doc-%d","text":"this line is cut' % i)  # invalid JSON
        continue
    if i == max(bad):
        print(json.dumps({"id": f"doc-{i}", "body": "no text field"}))
        continue
    paras = []
    while sum(len(x) for x in paras) < 11500:
        paras.append(paragraph())
    print(json.dumps({"id": f"doc-{i}", "url": f"https://example.invalid/{i}", "text": "\n\n".join(paras)},
                     ensure_ascii=False))
EOF
size=$(stat -c %s "$tmp/in.jsonl")
echo "input: $docs documents, $size bytes"

check() { # output file
  python3 - "$1" "$docs" <<'EOF'
import json, sys
path, n = sys.argv[1], int(sys.argv[2])
bad = {n // 4: "not valid JSON", (3 * n) // 4: "no \"text\" field"}
count = 0
with open(path, encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        v = json.loads(line)
        count += 1
        if i in bad:
            assert "error" in v and bad[i] in v["error"] and v["line"] == i, (i, v)
            assert v["id"] == (None if i == n // 4 else f"doc-{i}"), (i, v)
        else:
            assert v["id"] == f"doc-{i}", (i, v["id"])
            assert "error" not in v and v["entities"], i
assert count == n, (count, n)
print(f"output: {count} lines in order, the two error objects at lines {sorted(bad)}")
EOF
}

for jobs in 1 2; do
  status=0
  /usr/bin/time -v "$bin" analyze --jsonl -j "$jobs" "$tmp/in.jsonl" > "$tmp/out-$jobs.jsonl" 2> "$tmp/err-$jobs" || status=$?
  if [ "$status" != 1 ]; then
    cat "$tmp/err-$jobs"
    echo "error: -j $jobs exited $status, not 1 (two lines failed)" >&2
    exit 1
  fi
  check "$tmp/out-$jobs.jsonl"
  field() { awk -F': ' -v k="$1" 'index($0, k) {print $2}' "$tmp/err-$jobs"; }
  # The CPU share tells a loaded machine (other jobs on the cores) from a slow run.
  echo "-j $jobs: $(grep '^summary:' "$tmp/err-$jobs"); peak RSS $(field 'Maximum resident set size') KB," \
    "user $(field 'User time (seconds)') s, CPU $(field 'Percent of CPU this job got')"
done
cmp -s "$tmp/out-1.jsonl" "$tmp/out-2.jsonl" || { echo "error: -j 1 and -j 2 differ" >&2; exit 1; }
echo "-j 1 and -j 2 outputs are identical"
