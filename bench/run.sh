#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Prints benchmark figures for the closing note; asserts nothing.
#   bash bench/run.sh [BUILD_DIR] [ACCOUNTS] [PROCESS_RUNS] [BATCH_ROWS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
accounts=${2:-1000}
runs=${3:-30}
batch_rows=${4:-100000}
cmake --build "$build" --target bench_registrations bench_window_memory bench_batch_window \
    bench_mas_batch synapse-registrar synapse-registrar-cli synapse-registrar-devserver >/dev/null

"$build/bench/bench_registrations" "$accounts"
"$build/bench/bench_mas_batch" "$accounts"

log=$(mktemp)
"$build/app/synapse-registrar-devserver" --secret bench-secret >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 50); do grep -q Listening "$log" && break; sleep 0.1; done
url=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$log")

time_runs() { # NAME COMMAND...: mean wall time of $runs whole-process registrations
    local name=$1; shift
    local start end
    start=$(date +%s%N)
    for i in $(seq "$runs"); do "$@" "$name$i" >/dev/null; done
    end=$(date +%s%N)
    echo $(( (end - start) / runs / 1000 ))
}
cli() { "$build/app/synapse-registrar-cli" register -p bench-password-1 -k bench-secret -u "$1" "$url"; }
py() { python3 "$here/register.py" "$1" bench-password-1 bench-secret "$url"; }
cli_us=$(time_runs cliuser cli)
py_us=$(time_runs pyuser py)
echo "whole-process time for one registration, mean of $runs runs:"
echo "  synapse-registrar-cli: $((cli_us / 1000)).$(( (cli_us % 1000) / 100 )) ms"
echo "  Python stdlib script:  $((py_us / 1000)).$(( (py_us % 1000) / 100 )) ms"
echo "  ratio: $(( py_us * 10 / cli_us / 10 )).$(( py_us * 10 / cli_us % 10 ))x"
if [ -x /usr/bin/time ]; then
    rss=$( { /usr/bin/time -f '%M' "$build/app/synapse-registrar-cli" register -p bench-password-1 \
        -k bench-secret -u rssuser "$url" >/dev/null; } 2>&1 | tail -n1)
    echo "  synapse-registrar-cli peak memory: $((rss / 1024)) MiB"
fi

echo "desktop app:"
if command -v xvfb-run >/dev/null; then
    xvfb-run -a -s "-screen 0 1280x800x24" bash "$here/gui.sh" "$build"
else
    QT_QPA_PLATFORM=offscreen bash "$here/gui.sh" "$build"
fi

# Offscreen, and with its own local homeserver: the batch window checks and runs a large file.
"$build/bench/bench_batch_window" "$batch_rows" 2>/dev/null
