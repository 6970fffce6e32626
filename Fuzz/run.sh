#!/usr/bin/env bash
# Builds the fuzz targets with libFuzzer and runs each for SECONDS (default 60), one after the
# other, starting from the committed seed corpus. New inputs go to Fuzz/.work/<target>/ (ignored
# by git); crashes are written there as crash-* files, each to become a case in
# Tests/WeaveCLITests/BadInput/. Usage: Fuzz/run.sh [seconds] [target…]
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzLanguage FuzzPipeline)

# gold fails on the instrumented objects' debug information ("internal error in
# format_file_lineno"); the toolchain's lld links them.
flags=(-c release -Xswiftc -sanitize=fuzzer -Xswiftc -use-ld=lld)
swift build "${flags[@]}" --product FuzzLanguage
swift build "${flags[@]}" --product FuzzPipeline
bin=$(swift build "${flags[@]}" --show-bin-path)

for target in "${targets[@]}"; do
    case $target in
        FuzzLanguage) seeds=Corpus/language ;;
        FuzzPipeline) seeds=Corpus/pipeline ;;
        *) echo "unknown target $target" >&2; exit 2 ;;
    esac
    work=.work/$target
    mkdir -p "$work/corpus"
    echo "== $target for ${seconds}s"
    # Crashes are written to files, not symbolicated by Swift's backtracer (which would hang).
    SWIFT_BACKTRACE=enable=no "$bin/$target" "$work/corpus" "$seeds" \
        -max_total_time="$seconds" -max_len=4096 -len_control=0 -timeout=30 -rss_limit_mb=4096 \
        -artifact_prefix="$work/" -print_final_stats=1 2>&1 | tee "$work/log.txt" | grep -E '^#[0-9]+.*(pulse|DONE)|^stat::|ERROR|SUMMARY' || true
done
