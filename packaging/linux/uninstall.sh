#!/bin/sh
# Remove what install.sh put in ~/.local. Your work (~/.local/share/coursebook), your
# settings (~/.config/coursebook) and your backups are left exactly as they are.
set -eu
prefix=${PREFIX:-"$HOME/.local"}
id=nl.coursebook.Coursebook
rm -rf "$prefix/lib/coursebook"
[ -L "$prefix/bin/coursebook" ] && rm -f "$prefix/bin/coursebook"
rm -f "$prefix/share/applications/$id.desktop" "$prefix/share/metainfo/$id.metainfo.xml"
find "$prefix/share/icons/hicolor" -name "$id.*" -type f -delete 2>/dev/null || true
command -v update-desktop-database >/dev/null 2>&1 &&
  update-desktop-database -q "$prefix/share/applications" || true
echo "Coursebook is removed. Your work is still in ${XDG_DATA_HOME:-$HOME/.local/share}/coursebook."
