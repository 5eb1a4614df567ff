#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang-16 (ASan + UBSan + fuzzer) and runs each for a bounded
# time on its seed corpus. Findings are written to build-fuzz/findings/.
#   bash tests/fuzz/run.sh [SECONDS_PER_TARGET]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
seconds=${1:-60}
build=$top/build-fuzz
cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang-16 -DCMAKE_CXX_COMPILER=clang++-16 \
    -DREGISTRAR_SANITIZE=ON -DREGISTRAR_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build" -j2 --target FuzzReplyParser FuzzSynapseConfig FuzzProfileImport FuzzBatchInput
mkdir -p "$build/findings"
status=0
for target in FuzzReplyParser FuzzSynapseConfig FuzzProfileImport FuzzBatchInput; do
    corpus=$build/corpus/$target
    mkdir -p "$corpus"
    echo "== $target for ${seconds}s"
    if ! "$build/tests/fuzz/$target" "$corpus" "$here/corpus/$target" \
            -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
            -artifact_prefix="$build/findings/$target-" -print_final_stats=1 2>"$build/$target.log"; then
        status=1
        echo "   finding: see $build/$target.log and $build/findings/"
    fi
    grep -E 'stat::number_of_executed_units|stat::peak_rss_mb' "$build/$target.log" | sed 's/^/   /'
done
exit $status
