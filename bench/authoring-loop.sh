#!/usr/bin/env bash
# Times `weave build` of a whole site through the block cache, in release mode:
# a cold build, an unchanged rebuild, and a rebuild after a prose-only edit of bp.md.
# Usage: bench/authoring-loop.sh [NOTEBOOKS_DIR]   (default: notebooks/)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source_dir="${1:-$root/notebooks}"
swift build -c release --product weave --package-path "$root" >/dev/null
weave="$root/.build/release/weave"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/notebooks"
cp -R "$source_dir"/. "$scratch/notebooks/"
cd "$scratch"

time_build() {  # label, then prints seconds of one `weave build`
    local start end
    start=$(date +%s.%N)
    "$weave" build notebooks --out site --quiet
    end=$(date +%s.%N)
    printf '%-28s %6.3f s\n' "$1" "$(echo "$end - $start" | bc)"
}

time_build "cold (empty cache)"
for run in 1 2 3; do time_build "unchanged rebuild #$run"; done
for run in 1 2 3; do
    printf '\nA prose-only edit, number %d.\n' "$run" >> notebooks/bp.md
    time_build "prose edit of bp.md #$run"
done
"$weave" build notebooks --out site --no-cache --quiet
cp -R site site-clean
"$weave" build notebooks --out site --quiet
diff -r site site-clean >/dev/null && echo "cached and clean builds: identical sites"
