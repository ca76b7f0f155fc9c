#!/bin/sh
# Qt's xcb platform plugin needs a few X libraries a fresh Debian/Ubuntu lacks.
# Install them when we can (root with apt), otherwise say exactly what to install.
missing=""
for pkg in libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-cursor0 libxkbcommon-x11-0; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0
command -v dpkg >/dev/null 2>&1 || exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing X libraries Qt needs:$missing"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing
else
  echo "Qt needs these system packages; install them with:"
  echo "  sudo apt-get install$missing"
  exit 1
fi
