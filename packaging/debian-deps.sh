#!/bin/sh
# Debian/Ubuntu packages Coursebook's Qt needs to open a window (xcb) or run offscreen,
# and the validators of the Linux launcher and metainfo the tests run.
# Run as root or with sudo; it does nothing else. Other systems: see packaging/README.md.
set -eu
if ! command -v apt-get >/dev/null 2>&1; then
  echo "debian-deps: no apt-get here; install Qt 6's runtime libraries with your package manager" >&2
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
  libglib2.0-0 libegl1 libgl1 libx11-6 libx11-xcb1 libdbus-1-3 libfontconfig1 libfreetype6 \
  libxkbcommon0 libxkbcommon-x11-0 fonts-dejavu-core \
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 \
  libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxcb-randr0 libxcb-xfixes0 \
  libxcb-sync1 libxcb-shm0 libxcb-xinerama0 libxcb-xinput0 \
  xvfb xauth \
  desktop-file-utils appstream >/dev/null  # the packaging tests validate the launcher
