#!/usr/bin/env python3
"""Write src/html/entities.rs: the WHATWG named character references.

Source: Python's standard library `html.entities.html5`, which is the table of
https://html.spec.whatwg.org/entities.json (names with and without the trailing
semicolon). Run from the repository root:  python3 tests/tools/gen_entities.py

The table is one front-coded string (see `front_coded` in gen_tables.py), not
an array of string pairs: the array's pointers and the code points spelled as
UTF-8 gzipped to about 20 KB in the .wasm, this to 10 KB.
"""
import html.entities
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_tables import front_coded  # noqa: E402

items = sorted(html.entities.html5.items())
lines = [name + " " + " ".join("%x" % ord(c) for c in value) for name, value in items]
body = "\n".join(front_coded(lines))
assert '"#' not in body
out = [
    "// This file is generated automatically by tests/tools/gen_entities.py. Do not edit.",
    "// Source: the WHATWG named character references, via Python's html.entities.html5.",
    "",
    "/// Named character references, sorted by name (name includes the `;` when the",
    "/// reference requires it), one per line: the name, then the code points of its",
    "/// value in hex, each after a space. Front coded (`crate::front_coding`).",
    "/// Read by [`super::offsets`] to decode text for analysis.",
    'pub static ENTITIES: &str = r#"' + body + '"#;',
]
open("src/html/entities.rs", "w").write("\n".join(out) + "\n")
print(f"wrote {len(items)} entities")
