#!/usr/bin/env bash
# The cost of TrainingConfiguration.snapshots in release code, without building the Benchmarks
# package: NeuralNet's sources and snapshot-cost/main.swift compiled as one optimized module
# (-O, whole module, the building CPU, as Package.swift builds NeuralNet).
# Usage: bench/snapshot-cost.sh [RUNS] [HIDDEN,SIZES]   e.g. bench/snapshot-cost.sh 7 4,10,50
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
swiftc -O -wmo -target-cpu native -module-name SnapshotCost -o "$out/snapshot-cost" \
    $(find "$root/Sources/NeuralNet" -name '*.swift' | sort) "$root/bench/snapshot-cost/main.swift"
"$out/snapshot-cost" "$@"
