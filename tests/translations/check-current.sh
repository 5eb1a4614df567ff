#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when the catalogues lag behind the sources (a new or changed tr() string, a new form):
# lupdate runs on copies of the project's .ts files and must leave them byte for byte unchanged.
#   check-current.sh LUPDATE GENERATE_PROJECT_CMAKE PROJECT_CMAKE [LUPDATE_OPTION...]
set -euo pipefail
lupdate=$1
generate=$2
project=$3
shift 3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake -DIN_FILE="$project" -DOUT_FILE="$work/project.json" -P "$generate"
IFS=';' read -r -a catalogues <<<"$(sed -n 's/^set(lupdate_translations "\(.*\)")$/\1/p' "$project")"
[ ${#catalogues[@]} -gt 0 ] || { echo "no catalogues named in $project"; exit 1; }
copies=()
for catalogue in "${catalogues[@]}"; do
    cp "$catalogue" "$work/"
    copies+=("$work/$(basename "$catalogue")")
done
"$lupdate" -project "$work/project.json" "$@" -ts "${copies[@]}" >"$work/lupdate.log" 2>&1 \
    || { cat "$work/lupdate.log"; exit 1; }
status=0
for catalogue in "${catalogues[@]}"; do
    if ! cmp -s "$catalogue" "$work/$(basename "$catalogue")"; then
        echo "$(basename "$catalogue") is not current: run 'cmake --build BUILD --target update_translations' and translate what it adds"
        diff -u "$catalogue" "$work/$(basename "$catalogue")" | head -40 || true
        status=1
    fi
done
[ $status -eq 0 ] && grep -h "Found" "$work/lupdate.log" | head -1
exit $status
