#!/usr/bin/env bash
# The tutorial experiment in numpy and in weave, timed in turn in one run, and their ratio.
#
#   bench/compare-numpy.sh [--runs N] [--portable]
#
# numpy: bench/numpy_experiment.py in a throwaway venv (pip install numpy), training loops only,
# with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset (together) for that run only.
# weave: Benchmarks' weave-bench, release build (NeuralNet compiled for this CPU, as Package.swift
# does unless WEAVE_PORTABLE=1); with --portable also a build for the baseline target
# (WEAVE_PORTABLE=1; the same bits: no FMA, fixed summation order).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
runs=3
portable=0
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --portable) portable=1; shift ;;
        *) echo "usage: $0 [--runs N] [--portable]" >&2; exit 2 ;;
    esac
done

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

echo "== building weave-bench (release)"
(cd "$root/Benchmarks" && swift build -c release --product weave-bench 2>&1 | tail -1)
if [ "$portable" = 1 ]; then
    (cd "$root/Benchmarks" && WEAVE_PORTABLE=1 swift build -c release --product weave-bench \
        --scratch-path .build-portable 2>&1 | tail -1)
fi

echo "== numpy (venv in $scratch)"
python3 -m venv "$scratch/venv"
"$scratch/venv/bin/pip" install --quiet --disable-pip-version-check numpy
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$scratch/venv/bin/python" -c \
    'import numpy; print("numpy", numpy.__version__)'
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$scratch/venv/bin/python" "$root/bench/numpy_experiment.py" \
    --runs "$runs" | tee "$scratch/numpy.txt"

value() { sed -n "s/^$1=//p" "$2"; }
ratio() { python3 -c "import sys; print('%.1f' % (float(sys.argv[1]) / float(sys.argv[2])))" "$1" "$2"; }

numpy_seconds="$(value numpy_seconds "$scratch/numpy.txt")"
report() {
    local name="$1" binary="$2"
    echo "== weave ($name)"
    "$binary" --runs "$runs" | tee "$scratch/$name.txt"
    local serial parallel
    serial="$(value serial_seconds "$scratch/$name.txt")"
    parallel="$(value parallel_seconds "$scratch/$name.txt")"
    echo "ratio numpy / weave ($name): serial $(ratio "$numpy_seconds" "$serial")×," \
         "parallel $(ratio "$numpy_seconds" "$parallel")× (numpy ${numpy_seconds} s)"
}
report native "$root/Benchmarks/.build/release/weave-bench"
if [ "$portable" = 1 ]; then
    report portable "$root/Benchmarks/.build-portable/release/weave-bench"
fi
