#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The desktop app: time from process start to the main window's first frame, and peak memory
# after one registration. Run by run.sh under Xvfb when it is installed, else offscreen.
#   bash bench/gui.sh BUILD_DIR [STARTS]
set -euo pipefail
build=$1
starts=${2:-10}
total=0
for _ in $(seq "$starts"); do
    home=$(mktemp -d)
    start=$(date +%s%3N)
    frame=$(LD_PRELOAD=$build/bench/libbench_first_frame_probe.so HOME=$home \
        "$build/app/synapse-registrar" \
        2>/dev/null | awk '/first-frame-epoch-ms/ { print $2 }')
    rm -rf "$home"
    total=$((total + frame - start))
done
echo "  first frame of the main window: $((total / starts)) ms (mean of $starts starts)"
"$build/bench/bench_window_memory" 2>/dev/null | sed 's/^/  /'
