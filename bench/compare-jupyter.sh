#!/usr/bin/env bash
# The hidden-size experiment as a page, two ways, timed in turn in one run:
#   Jupyter: `jupyter nbconvert --to html --execute` of bench/jupyter/make_notebook.py's notebook
#            (numpy, scikit-learn, matplotlib; a throwaway venv from PyPI);
#   weave:   `weave build` of bench/jupyter/experiment.md (release build, no cache).
# Prints wall time, peak memory (GNU time's max RSS, largest process) and page size of each,
# and the ratios.
#
#   bench/compare-jupyter.sh
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

echo "== building weave (release)"
swift build -c release --product weave --package-path "$root" 2>&1 | tail -1

echo "== Jupyter (venv in $scratch)"
python3 -m venv "$scratch/venv"
"$scratch/venv/bin/pip" install --quiet --disable-pip-version-check numpy scikit-learn matplotlib nbconvert nbformat ipykernel
"$scratch/venv/bin/python" -m ipykernel install --prefix "$scratch/venv" --name python3 >/dev/null
"$scratch/venv/bin/python" "$root/bench/jupyter/make_notebook.py" "$scratch/experiment.ipynb"
export JUPYTER_PATH="$scratch/venv/share/jupyter"
# one untimed run so that matplotlib's font cache and Python's bytecode exist
"$scratch/venv/bin/jupyter" nbconvert --to html --execute --log-level=ERROR \
    --output-dir "$scratch/warm" "$scratch/experiment.ipynb"
/usr/bin/time -f '%e %M' -o "$scratch/jupyter.time" \
    "$scratch/venv/bin/jupyter" nbconvert --to html --execute --log-level=ERROR \
    --output-dir "$scratch/out" "$scratch/experiment.ipynb"
read -r jupyter_seconds jupyter_kb < "$scratch/jupyter.time"
jupyter_bytes=$(stat -c %s "$scratch/out/experiment.html")

echo "== weave"
mkdir -p "$scratch/notebooks"
cp "$root/bench/jupyter/experiment.md" "$scratch/notebooks/"
/usr/bin/time -f '%e %M' -o "$scratch/weave.time" \
    "$root/.build/release/weave" build "$scratch/notebooks" --out "$scratch/site" --no-cache --quiet
read -r weave_seconds weave_kb < "$scratch/weave.time"
weave_bytes=$(stat -c %s "$scratch/site/experiment.html")

python3 - "$jupyter_seconds" "$jupyter_kb" "$jupyter_bytes" "$weave_seconds" "$weave_kb" "$weave_bytes" <<'PY'
import sys
js, jk, jb, ws, wk, wb = map(float, sys.argv[1:])
print(f"jupyter nbconvert --execute: {js:6.2f} s  {jk / 1024:6.0f} MB peak  page {jb / 1e6:5.2f} MB")
print(f"weave build:                 {ws:6.2f} s  {wk / 1024:6.0f} MB peak  page {wb / 1e6:5.2f} MB")
print(f"ratio Jupyter / weave: time {js / ws:.1f}x, memory {jk / wk:.1f}x, page {jb / wb:.1f}x")
PY
