#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command in a private D-Bus session with gnome-keyring unlocked, in a throw-away HOME, so
# keychain tests use a real Secret Service and never touch the user's own keyring.
#   with-keyring.sh COMMAND...
set -euo pipefail
home=$(mktemp -d)
runtime=$(mktemp -d)
chmod 700 "$runtime"
trap 'rm -rf "$home" "$runtime"' EXIT
HOME=$home XDG_RUNTIME_DIR=$runtime dbus-run-session -- bash -c '
    # The keyring password of this throw-away keyring, not a secret of the app.
    printf %s registrar-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    "$@"' with-keyring "$@" 2> >(grep -v "Failed to set fd limit" >&2)
