#!/usr/bin/env bash
# Builds the TeXMath libFuzzer harness and runs it for a time budget.
#
# Usage: fuzz/run-texmath.sh [SECONDS] [extra libFuzzer flags...]   (default 60)
# Builds into .build/fuzz/texmath, seeds the corpus from the TeXMath test corpus
# and the external formulas, keeps the grown corpus in .build/fuzz/texmath/corpus
# and writes crash-* files there. Exit status is libFuzzer's (non-zero on a crash).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
out=.build/fuzz/texmath
mkdir -p "$out/modules" "$out/corpus" "$out/seeds"

flags=(-sanitize=fuzzer,address -parse-as-library -O -g)
swiftc "${flags[@]}" -module-name Markup -emit-module -emit-module-path "$out/modules/Markup.swiftmodule" \
    -emit-library -static Sources/Markup/*.swift -o "$out/libMarkup.a"
swiftc "${flags[@]}" -module-name TeXMath -I "$out/modules" -emit-module -emit-module-path "$out/modules/TeXMath.swiftmodule" \
    -emit-library -static $(find Sources/TeXMath -name '*.swift' | sort) -o "$out/libTeXMath.a"
swiftc "${flags[@]}" -I "$out/modules" fuzz/texmath/FuzzTeXMath.swift "$out/libTeXMath.a" "$out/libMarkup.a" \
    -o "$out/fuzz-texmath"

# Seeds: one formula per file from the golden corpus (lines "i …", "d …", "e …") and the external formulas.
python3 fuzz/texmath/seeds.py "$out/seeds"

export SWIFT_BACKTRACE=enable=no   # the Swift backtracer hangs on libFuzzer's crash path
cd "$out"
exec ./fuzz-texmath -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    -dict=../../../fuzz/texmath/tex.dict -artifact_prefix=./ -print_final_stats=1 "$@" corpus seeds
