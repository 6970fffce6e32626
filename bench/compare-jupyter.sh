#!/usr/bin/env bash
# The hidden-size experiment as a page, two ways, timed in turn in one run:
#   Jupyter: `jupyter nbconvert --to html --execute` of bench/jupyter/make_notebook.py's notebook
#            (numpy, scikit-learn, matplotlib; a throwaway venv from PyPI);
#   weave:   `weave build` of bench/jupyter/experiment.md (release build, no cache).
# Each is run N times, alternating (after one untimed Jupyter run that warms the disk cache and
# compiles the venv's bytecode); prints the median and range of wall times, the largest peak
# memory (GNU time's max RSS, largest process), the page size, and the ratios of the medians.
#
#   bench/compare-jupyter.sh [--runs N]     (default 3)
set -euo pipefail

runs=3
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        *) echo "usage: $0 [--runs N]" >&2; exit 2 ;;
    esac
done

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
mkdir -p "$scratch/notebooks"
cp "$root/bench/jupyter/experiment.md" "$scratch/notebooks/"

echo "== timing, $runs runs each"
for run in $(seq "$runs"); do
    /usr/bin/time -f '%e %M' -a -o "$scratch/jupyter.time" \
        "$scratch/venv/bin/jupyter" nbconvert --to html --execute --log-level=ERROR \
        --output-dir "$scratch/out" "$scratch/experiment.ipynb"
    /usr/bin/time -f '%e %M' -a -o "$scratch/weave.time" \
        "$root/.build/release/weave" build "$scratch/notebooks" --out "$scratch/site" --no-cache --quiet
done
jupyter_bytes=$(stat -c %s "$scratch/out/experiment.html")
weave_bytes=$(stat -c %s "$scratch/site/experiment.html")

python3 - "$scratch/jupyter.time" "$scratch/weave.time" "$jupyter_bytes" "$weave_bytes" <<'PY'
import statistics
import sys

def runs(path):
    rows = [line.split() for line in open(path) if line.strip()]
    seconds = [float(r[0]) for r in rows]
    return statistics.median(seconds), min(seconds), max(seconds), max(float(r[1]) for r in rows)

js, jmin, jmax, jk = runs(sys.argv[1])
ws, wmin, wmax, wk = runs(sys.argv[2])
jb, wb = float(sys.argv[3]), float(sys.argv[4])
print(f"jupyter nbconvert --execute: {js:6.2f} s ({jmin:.2f}-{jmax:.2f})  {jk / 1024:4.0f} MB peak  page {jb / 1e6:5.2f} MB")
print(f"weave build:                 {ws:6.2f} s ({wmin:.2f}-{wmax:.2f})  {wk / 1024:4.0f} MB peak  page {wb / 1e6:5.2f} MB")
print(f"ratio Jupyter / weave (medians): time {js / ws:.1f}x, memory {jk / wk:.1f}x, page {jb / wb:.1f}x")
PY
