#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command in a private D-Bus session that has no Secret Service and cannot start one.
#   without-secret-service.sh COMMAND...
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
HOME=$home dbus-run-session --config-file="$here/bare-session.conf" -- "$@" \
    2> >(grep -v "Failed to set fd limit" >&2)
