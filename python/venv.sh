#!/usr/bin/env bash
# Build the wheel (.ci/pack), install it into a fresh virtualenv at
# target/py-venv (which sees the machine's pytest and pyspark, installed by
# .ci/setup), and print the venv's python on the last line. The tests then
# import the installed wheel, never the source tree.
set -euo pipefail
cd "$(dirname "$0")/.."
wheel=$(bash .ci/pack | tail -1)
rm -rf target/py-venv
python3 -m venv --system-site-packages target/py-venv >&2
target/py-venv/bin/python -m pip install --quiet --no-deps --no-index "$wheel" >&2
echo "$PWD/target/py-venv/bin/python"
