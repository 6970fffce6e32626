#!/usr/bin/env bash
# `export model to "train.py"` checked against numpy: weave trains a few models and exports each
# as a numpy program and as JSON; the programs run in a throwaway venv (pip install numpy), and
# their final weights are compared with weave's, to 1e-9 (the largest difference is printed).
#
#   bench/numpy-export.sh            builds weave (release) first
#   WEAVE=.build/debug/weave bench/numpy-export.sh   uses that binary instead
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
if [ -z "${WEAVE:-}" ]; then
    echo "== building weave (release)"
    swift build -c release --product weave --package-path "$root" 2>&1 | tail -1
    WEAVE="$root/.build/release/weave"
fi
weave="$(cd "$(dirname "$WEAVE")" && pwd)/$(basename "$WEAVE")"

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/notebooks"

# The seed article's experiment (h = 4, 30000 iterations), a 3-class softmax net with relu and
# leaky relu, and the squared error with sigmoid outputs.
cat > "$scratch/notebooks/export.md" <<'EOF'
---
title: Exports
---

```nn
data = moons n=60 noise=1.0 seed=1
net = network 2-4-1 hidden=tanh output=sigmoid init=normal seed=3
seed = train net on data epochs=30000 rate=0.1
export seed to "seed.py"
export seed to "seed.json"
```

```nn
three = blobs n=90 centers=[[-1,-1],[1,1],[1,-1]] spread=0.4 seed=0
deep = network 2-8-6-3 activations=[relu, leakyrelu, softmax] leak=0.05 init=he seed=2
clusters = train deep on three epochs=2000 rate=0.05
export clusters to "clusters.py"
export clusters to "clusters.json"
```

```nn
rings = circles n=80 noise=0.05 factor=0.5 seed=0
small = network 2-3-2 hidden=sigmoid output=sigmoid seed=1
squared = train small on rings epochs=5000 rate=0.5 loss=squared
export squared to "squared.py"
export squared to "squared.json"
```
EOF
(cd "$scratch" && "$weave" build notebooks --out site --quiet --no-cache)

echo "== numpy (venv in $scratch)"
python3 -m venv "$scratch/venv"
"$scratch/venv/bin/pip" install --quiet --disable-pip-version-check numpy
"$scratch/venv/bin/python" -c 'import numpy; print("numpy", numpy.__version__)'

status=0
for name in seed clusters squared; do
    "$scratch/venv/bin/python" "$scratch/site/$name.py" > "$scratch/$name.out"
    tail -n 3 "$scratch/$name.out" | head -n 2
    "$scratch/venv/bin/python" - "$scratch/$name.out" "$scratch/site/$name.json" "$name" <<'EOF' || status=1
import json, sys
program = json.loads(open(sys.argv[1]).read().splitlines()[-1])
weave = json.load(open(sys.argv[2]))
largest = 0.0
for mine, theirs in zip(program["layers"], weave["layers"], strict=True):
    for a, b in zip(mine["weights"], theirs["weights"], strict=True):
        largest = max([largest] + [abs(p - q) for p, q in zip(a, b, strict=True)])
    largest = max([largest] + [abs(p - q) for p, q in zip(mine["biases"], theirs["biases"], strict=True)])
verdict = "ok" if largest <= 1e-9 else "DIFFERENT"
print(f"{sys.argv[3]}: {weave['epochs']} iterations, largest |numpy - weave| = {largest:.3g} ({verdict}, tolerance 1e-9)")
sys.exit(0 if largest <= 1e-9 else 1)
EOF
done
exit $status
