#!/bin/sh
# Install Coursebook for this user only, in ~/.local (no root, no sudo):
#   ~/.local/lib/coursebook/          the program (the Coursebook folder of this archive)
#   ~/.local/bin/coursebook           a link to it, for the terminal
#   ~/.local/share/applications/      the launcher, so it appears in the application menu
#   ~/.local/share/icons/hicolor/     its icon in every size
#   ~/.local/share/metainfo/          its description for software centres
# Your work is not here: it stays in ~/.local/share/coursebook, and uninstall.sh leaves it.
# Run it again to update. PREFIX=/some/where ./install.sh installs elsewhere.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-"$HOME/.local"}
id=nl.coursebook.Coursebook

if [ ! -x "$here/Coursebook/Coursebook" ]; then
  echo "install.sh: run it from the unpacked archive (Coursebook/Coursebook is missing)" >&2
  exit 1
fi
mkdir -p "$prefix/lib" "$prefix/bin" "$prefix/share/applications" "$prefix/share/metainfo"
prefix=$(cd "$prefix" && pwd)  # the launcher and the link need an absolute path
case "$prefix" in
  *'"'*|*'`'*|*'$'*|*'\'*)
    echo "install.sh: please install to a folder without \" \` \$ or \\ in its path" >&2
    exit 1 ;;
esac
# Copy first, then swap: a failed copy never leaves a half-installed program behind.
rm -rf "$prefix/lib/coursebook.new"
cp -R "$here/Coursebook" "$prefix/lib/coursebook.new"
rm -rf "$prefix/lib/coursebook"
mv "$prefix/lib/coursebook.new" "$prefix/lib/coursebook"
ln -sf "$prefix/lib/coursebook/Coursebook" "$prefix/bin/coursebook"

# The launcher starts the installed program; in a .desktop file a % is written %%.
EXEC_LINE="Exec=\"$(printf '%s' "$prefix/lib/coursebook/Coursebook" | sed 's/%/%%/g')\"" \
  awk '/^Exec=/ { print ENVIRON["EXEC_LINE"]; next } { print }' \
  "$here/share/applications/$id.desktop" > "$prefix/share/applications/$id.desktop"
cp "$here/share/metainfo/$id.metainfo.xml" "$prefix/share/metainfo/"
cp -R "$here/share/icons" "$prefix/share/"

# Tell the desktop about the new launcher and icon, where these tools exist.
command -v update-desktop-database >/dev/null 2>&1 &&
  update-desktop-database -q "$prefix/share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 &&
  gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" || true

echo "Coursebook is installed: find it in your application menu, or type: coursebook"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "($prefix/bin is not on your PATH; the menu entry works without it)" ;;
esac
