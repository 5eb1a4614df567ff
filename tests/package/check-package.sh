#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb with CPack, unpacks it, and checks that the programs, icon, .desktop file,
# metainfo and man pages are where they belong and that the metadata validates.
#   check-package.sh BUILD_DIR APP_ID
set -euo pipefail
build=$1
id=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/*.deb)
dpkg-deb -x "$deb" "$work/root"
status=0
for path in usr/bin/synapse-registrar usr/bin/synapse-registrar-cli usr/bin/synapse-registrar-devserver \
        usr/share/applications/$id.desktop usr/share/metainfo/$id.metainfo.xml \
        usr/share/icons/hicolor/scalable/apps/$id.svg usr/share/icons/hicolor/256x256/apps/$id.png \
        usr/share/icons/hicolor/16x16/apps/$id.png \
        usr/share/man/man1/synapse-registrar.1 usr/share/man/man1/synapse-registrar-cli.1; do
    if [ ! -e "$work/root/$path" ]; then
        echo "missing from the package: /$path"
        status=1
    fi
done
depends=$(dpkg-deb -f "$deb" Depends)
recommends=$(dpkg-deb -f "$deb" Recommends)
for needed in libsecret-1-0 libqt6widgets6 libqt6keychain1; do
    case "$depends" in *"$needed"*) ;; *) echo "Depends lacks $needed: $depends"; status=1 ;; esac
done
for wanted in "gnome-keyring | kwalletmanager" qt6-translations-l10n; do
    case "$recommends" in *"$wanted"*) ;; *) echo "Recommends lacks $wanted: $recommends"; status=1 ;; esac
done
desktop-file-validate "$work/root/usr/share/applications/$id.desktop" || status=1
appstreamcli validate --no-net "$work/root/usr/share/metainfo/$id.metainfo.xml" >/dev/null || status=1
"$work/root/usr/bin/synapse-registrar-cli" --version >/dev/null || status=1
if [ $status -eq 0 ]; then
    echo "$(basename "$deb"): files in place; Depends: $depends; Recommends: $recommends"
fi
exit $status
