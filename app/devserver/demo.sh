#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts the local homeserver with a fresh shared secret, registers a user with the CLI against
# it, and shows that the printed access token works. Nothing leaves this machine.
#   bash app/devserver/demo.sh [BUILD_DIR]
set -euo pipefail
build=${1:-build}
work=$(mktemp -d)
trap 'kill "${server:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
umask 077
head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$work/secret"
printf 'demo-password-%s\n' "$RANDOM$RANDOM" >"$work/password"

"$build/app/synapse-registrar-devserver" --secret-file "$work/secret" --server-name demo.localhost \
    >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 50); do grep -q Listening "$work/server.log" && break; sleep 0.1; done
url=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/server.log")
echo "Local homeserver: $url"
echo
echo "\$ synapse-registrar-cli check $url"
"$build/app/synapse-registrar-cli" check "$url"
echo "\$ synapse-registrar-cli register -u demo --display-name 'Demo User' --password-file … --secret-file … $url"
"$build/app/synapse-registrar-cli" register -u demo --display-name 'Demo User' \
    --password-file "$work/password" --secret-file "$work/secret" "$url" | tee "$work/credentials"
echo
awk -F': ' '$1 == "access_token" { print $2 }' "$work/credentials" >"$work/token"
echo "\$ synapse-registrar-cli whoami --token-file … $url"
"$build/app/synapse-registrar-cli" whoami --token-file "$work/token" "$url"
