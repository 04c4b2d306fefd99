#!/usr/bin/env bash
# Runs the libFuzzer harnesses of this folder (see README.md).
#
#   fuzz/run.sh SECONDS [NAME...]     each harness for SECONDS (default: every harness)
#
# Builds them with -sanitize=fuzzer,address, gathers seed corpora from the repository
# (lessons, test fixtures, docs, committed outputs), and keeps each harness's growing
# corpus in fuzz/.build/corpus/NAME. A crash leaves its input in fuzz/.build/crashes/
# and makes this script fail.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:?usage: fuzz/run.sh SECONDS [NAME...]}
shift
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(notebook csv load)
root=..

# The Swift backtracer hangs on libFuzzer's crash path; ASan reports instead.
export SWIFT_BACKTRACE=enable=no
swift build -c release --sanitize=fuzzer --sanitize=address 2>&1 | grep -E "error|warning: unre" || true
[ -x .build/release/fuzz-notebook ] || { echo "fuzz build failed" >&2; exit 1; }

seed() {
    local name=$1 dir=.build/seeds/$1
    rm -rf "$dir" && mkdir -p "$dir"
    case $name in
        notebook) find "$root/notebooks" "$root/Tests/NBRunCoreTests/Fixtures" "$root/docs" -name '*.md' -exec cp -t "$dir" {} + 2>/dev/null || true ;;
        csv) find "$root/Tests" "$root/output" "$root/notebooks" -name '*.csv' -exec cp --backup=numbered -t "$dir" {} + 2>/dev/null || true ;;
        load) find "$root/output" "$root/Tests/NeuralEngineTests/Fixtures" -name '*.json' -exec cp --backup=numbered -t "$dir" {} + 2>/dev/null || true ;;
    esac
    echo "$dir"
}

status=0
for name in "${names[@]}"; do
    corpus=.build/corpus/$name
    mkdir -p "$corpus" .build/crashes
    seeds=$(seed "$name")
    echo "fuzz-$name: $seconds s"
    if ! .build/release/fuzz-$name -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=3072 \
        -dict="$name/$name.dict" -artifact_prefix=".build/crashes/$name-" -print_final_stats=1 \
        "$corpus" "$seeds" > ".build/fuzz-$name.log" 2>&1; then
        echo "fuzz-$name FAILED (log: fuzz/.build/fuzz-$name.log)" >&2
        tail -40 ".build/fuzz-$name.log" >&2
        status=1
    else
        grep -E "^stat::number_of_executed_units|^Done" ".build/fuzz-$name.log" | sed "s/^/  /"
    fi
done
exit $status
