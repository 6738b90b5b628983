#!/usr/bin/env python3
"""Write src/html/entities.rs: the WHATWG named character references.

Source: Python's standard library `html.entities.html5`, which is the table of
https://html.spec.whatwg.org/entities.json (names with and without the trailing
semicolon). Run from the repository root:  python3 tests/tools/gen_entities.py
"""
import html.entities

items = sorted(html.entities.html5.items())
out = [
    "// This file is generated automatically by tests/tools/gen_entities.py. Do not edit.",
    "// Source: the WHATWG named character references, via Python's html.entities.html5.",
    "",
    "/// Named character references, sorted by name (name includes the `;` when the",
    "/// reference requires it). Used by [`super::offsets`] to decode text for analysis.",
    "pub static ENTITIES: &[(&str, &str)] = &[",
]
for name, value in items:
    esc = "".join(c if c.isalnum() and ord(c) < 128 else "\\u{%x}" % ord(c) for c in value)
    out.append('    ("%s", "%s"),' % (name, esc))
out.append("];")
open("src/html/entities.rs", "w").write("\n".join(out) + "\n")
print(f"wrote {len(items)} entities")
