#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# What the batch's durability costs (issue 12: at most 20 % of throughput); asserts nothing.
# Runs `synapse-registrar-cli batch` on 10,000 rows with generated passwords against the local
# homeserver (this build's, for both), with this build's CLI and with the CLI of the commit
# before issue 12's durability work (owner-only regular results and journal files, a failed write
# stopping the run, the lock), built in a temporary git worktree that is removed afterwards.
# Prints wall time, rows/s, CPU time, peak RSS, and the writes and syncs per row on the results
# file and its journal (strace), side by side; then what the journal and the flush of each record,
# which both builds have, cost by themselves.
#   bash bench/durability.sh [BUILD_DIR] [ROWS] [RUNS]
# BEFORE=COMMIT picks another commit to compare with.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/.." && pwd)
build=$(cd "${1:-build}" && pwd)
rows=${2:-10000}
runs=${3:-5}

missing=()
[ -x /usr/bin/time ] || missing+=(time)
command -v strace >/dev/null || missing+=(strace)
if [ ${#missing[@]} -gt 0 ]; then
    as_root=()
    if [ "$(id -u)" -ne 0 ]; then
        as_root=(sudo)
    fi
    "${as_root[@]}" apt-get update -q >/dev/null
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
        --no-install-recommends "${missing[@]}" >/dev/null
fi

before=${BEFORE:-$(git -C "$source_dir" rev-parse \
    "$(git -C "$source_dir" log -1 --format=%H --grep='journal must be regular files of the user')^")}
work=$(mktemp -d)
tree=$work/before
server=
cleanup() {
    [ -z "$server" ] || kill "$server" 2>/dev/null || true
    git -C "$source_dir" worktree remove --force "$tree" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

cmake --build "$build" --target synapse-registrar-cli synapse-registrar-devserver >/dev/null
echo "building $(git -C "$source_dir" log -1 --format='%h (%s)' "$before") in a temporary worktree..."
git -C "$source_dir" worktree add --detach "$tree" "$before" >/dev/null 2>&1
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# Paths relative to the worktree, so a second run in another temporary directory hits the cache.
export CCACHE_BASEDIR=$tree CCACHE_NOHASHDIR=1
cmake -S "$tree" -B "$tree/build" -G Ninja "${launcher[@]}" >/dev/null
cmake --build "$tree/build" --target synapse-registrar-cli >/dev/null

{ echo username; for i in $(seq "$rows"); do echo "bench$i"; done; } >"$work/rows.csv"

start_server() { # a fresh homeserver, the same for both builds, so every run does the same work
    [ -z "$server" ] || kill "$server" 2>/dev/null || true
    # No fault (so no 429 and no delay) and nothing logged per request.
    "$build/app/synapse-registrar-devserver" --secret bench-secret --fault none >"$work/server.log" 2>&1 &
    server=$!
    for _ in $(seq 50); do grep -q Listening "$work/server.log" && break; sleep 0.1; done
    url=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/server.log")
}

batch() { # BUILD OUT [WRAPPER...]
    local bin=$1 out=$2; shift 2
    rm -f "$out" "$out.pending"
    "$@" "$bin/app/synapse-registrar-cli" batch "$work/rows.csv" -k bench-secret --out "$out" "$url" \
        >/dev/null 2>&1
    created=$(grep -c ',created,' "$out" || true)
    [ "$created" -eq "$rows" ] || echo "  warning: $created of $rows rows created" >&2
}

timed() { # BUILD: sets s, kib and cpu (wall seconds, peak RSS, user + system seconds)
    start_server
    batch "$1" "$work/results.csv" /usr/bin/time -f '%e %M %U %S' -o "$work/time"
    local user system
    read -r s kib user system <"$work/time"
    cpu=$(awk -v u="$user" -v y="$system" 'BEGIN { printf "%.2f", u + y }')
}

syscalls() { # BUILD: sets writes and syncs: per row, on the results file and the journal
    start_server
    # The main thread only (no -f): it writes both files, and its calls are never split in two.
    batch "$1" "$work/results.csv" strace -y -qq -e trace=write,writev,pwrite64,fsync,fdatasync \
        -o "$work/strace"
    read -r writes syncs < <(awk -v n="$rows" '
        /^(write|writev|pwrite64|fsync|fdatasync)\([0-9]+<[^>]*results\.csv(\.pending)?>/ {
            if ($0 ~ /^(fsync|fdatasync)/) syncs++; else writes++
        }
        END { printf "%.2f %.2f\n", writes / n, syncs / n }' "$work/strace")
}

declare -A best_s best_kib best_cpu
for name in before after; do best_s[$name]=; best_kib[$name]=; best_cpu[$name]=; done
echo "$rows rows, generated passwords, --concurrency 4 (the default), $runs runs each, alternating:"
for run in $(seq "$runs"); do
    for name in before after; do
        bin=$build
        [ "$name" = after ] || bin=$tree/build
        timed "$bin"
        echo "  run $run $name: $s s, $cpu s CPU, $kib KiB"
        if [ -z "${best_cpu[$name]}" ] || awk -v a="$cpu" -v b="${best_cpu[$name]}" 'BEGIN { exit !(a < b) }'; then
            best_cpu[$name]=$cpu
        fi
        if [ -z "${best_s[$name]}" ] || awk -v a="$s" -v b="${best_s[$name]}" 'BEGIN { exit !(a < b) }'; then
            best_s[$name]=$s
        fi
        if [ -z "${best_kib[$name]}" ] || [ "$kib" -gt "${best_kib[$name]}" ]; then
            best_kib[$name]=$kib
        fi
    done
done
syscalls "$tree/build"
before_writes=$writes before_syncs=$syncs
syscalls "$build"
after_writes=$writes after_syncs=$syncs
# The journal and the flush of each record are older than that commit, so they are in both
# columns; what they cost by themselves is the time of as many appending writes of a record's
# size (strace's own stops would swamp it), and of as many fsyncs when there are any.
row_bytes=$(( $(wc -c <"$work/results.csv") / rows ))
calls=$(awk -v w="$after_writes" -v n="$rows" 'BEGIN { printf "%d", w * n }')
write_s=$(LC_ALL=C dd if=/dev/zero of="$work/appends" bs="$row_bytes" count="$calls" oflag=append \
    conv=notrunc 2>&1 | sed -n 's/.*copied, \([0-9.e-]*\) s.*/\1/p')
sync_s=0
if awk -v s="$after_syncs" 'BEGIN { exit !(s > 0) }'; then
    sync_s=$(LC_ALL=C dd if=/dev/zero of="$work/syncs" bs="$row_bytes" \
        count="$(awk -v s="$after_syncs" -v n="$rows" 'BEGIN { printf "%d", s * n }')" oflag=append,dsync \
        conv=notrunc 2>&1 | sed -n 's/.*copied, \([0-9.e-]*\) s.*/\1/p')
fi
rm -f "$work/appends" "$work/syncs"

printf '\n%-34s %14s %14s\n' "" "before" "after"
printf '%-34s %14s %14s\n' "commit" "$(git -C "$source_dir" rev-parse --short "$before")" \
    "$(git -C "$source_dir" rev-parse --short HEAD)$(git -C "$source_dir" diff --quiet HEAD || echo +)"
printf '%-34s %14s %14s\n' "wall time, best of $runs (s)" "${best_s[before]}" "${best_s[after]}"
printf '%-34s %14.0f %14.0f\n' "rows/s" "$(awk -v s="${best_s[before]}" -v n="$rows" 'BEGIN { print n / s }')" \
    "$(awk -v s="${best_s[after]}" -v n="$rows" 'BEGIN { print n / s }')"
printf '%-34s %14s %14s\n' "CPU time, user + system, best (s)" "${best_cpu[before]}" "${best_cpu[after]}"
printf '%-34s %14s %14s\n' "peak RSS, largest (MiB)" "$((best_kib[before] / 1024))" "$((best_kib[after] / 1024))"
printf '%-34s %14s %14s\n' "writes per row (results + journal)" "$before_writes" "$after_writes"
printf '%-34s %14s %14s\n' "fsync/fdatasync per row" "$before_syncs" "$after_syncs"
awk -v b="${best_s[before]}" -v a="${best_s[after]}" -v bc="${best_cpu[before]}" -v ac="${best_cpu[after]}" \
    'BEGIN { printf "throughput, after against before: %+.1f %% by wall time, %+.1f %% by CPU time\n", (b / a - 1) * 100, (bc / ac - 1) * 100 }'
awk -v w="$write_s" -v y="$sync_s" -v a="${best_s[after]}" -v n="$rows" \
    'BEGIN { printf "journal + flush of each record by themselves: %.1f us a row, %.1f %% of a row'"'"'s wall time (the issue allows 20 %%)\n", (w + y) * 1e6 / n, (w + y) / a * 100 }'
