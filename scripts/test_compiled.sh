#!/bin/sh
# Build the optional compiled wheel (mypyc, docs/compiled.md), install it in a fresh
# virtual environment and run the extraction tests against it.
#
#     sh scripts/test_compiled.sh [WORK_DIR]
#
# The wheel is built from a copy of the project: the hatch-mypyc hook renames
# pyproject.toml and writes C extensions into src/ while it runs, which would
# disturb anything else reading the working tree meanwhile. Needs a C compiler,
# the Python headers and PyPI (the build installs hatch-mypyc and mypy); takes
# about 4 CPU minutes. The tests run from the project's root, so that src/ is not
# on the path and the installed (compiled) package is the one imported.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-$(mktemp -d)}
mkdir -p "$work/project"
cp -r "$root/pyproject.toml" "$root/README.md" "$root/src" "$work/project/"
find "$work/project/src" \( -name '*.so' -o -name '*.pyd' -o -name __pycache__ \) -prune \
    -exec rm -rf {} +
python3 -m venv "$work/venv"
HATCH_BUILD_HOOK_ENABLE_MYPYC=1 "$work/venv/bin/pip" wheel --no-deps -w "$work/wheel" \
    "$work/project"
"$work/venv/bin/pip" install "$work"/wheel/diplorel-*.whl hypothesis pytest
cd "$root"
"$work/venv/bin/python" - <<'PY'
import importlib

module = importlib.import_module("diplorel.extract._assemble")
assert not module.__file__.endswith(".py"), f"not the compiled build: {module.__file__}"
print("compiled:", module.__file__)
PY
"$work/venv/bin/python" -m pytest -q -p no:cacheprovider tests/extract \
    tests/test_extract_examples.py tests/test_dates.py tests/test_accuracy_floor.py \
    tests/test_parallel.py tests/test_robustness_files.py
