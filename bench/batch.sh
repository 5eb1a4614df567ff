#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Batch figures for the closing note; asserts nothing.
#   bash bench/batch.sh [BUILD_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
cmake --build "$build" --target synapse-registrar-cli synapse-registrar-devserver >/dev/null
work=$(mktemp -d)
log=$work/server.log
"$build/app/synapse-registrar-devserver" --secret bench-secret >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do grep -q Listening "$log" && break; sleep 0.1; done
url=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$log")
cli=$build/app/synapse-registrar-cli

csv() { # ROWS PREFIX FILE
    { echo username; for i in $(seq "$1"); do echo "$2$i"; done; } >"$3"
}
seconds() { local start end; start=$(date +%s%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s%N); echo "$(( (end - start) / 1000000 ))"; }

echo "batch of 1,000 users against the local homeserver (no sessions):"
for n in 1 4 8 16; do
    csv 1000 "c${n}u" "$work/c$n.csv"
    ms=$(seconds "$cli" batch "$work/c$n.csv" -k bench-secret --out "$work/c$n.results.csv" --concurrency "$n" "$url")
    echo "  synapse-registrar-cli --concurrency $n: $ms ms ($(( 1000 * 1000 / ms )) users/s)"
done
loop=$(python3 "$here/batch_loop.py" "$url" bench-secret 1000 loopuser)
echo "  Python single-connection loop: ${loop} s"
baseline_start=$(date +%s%N)
for i in $(seq 100); do python3 "$here/register.py" "base$i" bench-password-1 bench-secret "$url" >/dev/null; done
baseline_ms=$(( ($(date +%s%N) - baseline_start) / 1000000 ))
echo "  process per user (Python script, 100 users): $baseline_ms ms, so about $(( baseline_ms * 10 )) ms for 1,000"

echo "peak memory of synapse-registrar-cli batch (--concurrency 4):"
for rows in 10000 100000; do
    csv "$rows" "m${rows}u" "$work/m$rows.csv"
    /usr/bin/time -f '%M' -o "$work/rss" "$cli" batch "$work/m$rows.csv" -k bench-secret \
        --out "$work/m$rows.results.csv" "$url" >/dev/null 2>&1 || true
    echo "  $rows rows: $(( $(tail -n1 "$work/rss") / 1024 )) MiB peak RSS, $(grep -c ',created,' "$work/m$rows.results.csv") created"
done
