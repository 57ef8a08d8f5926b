#!/bin/sh
# Installs the Debian packages that Qt (offscreen and xcb), the tests and the real-window checks need,
# when any is missing (mosquitto: the venue tests start their own broker). As root it uses apt-get;
# otherwise it prints the exact command and fails.
set -eu
PKGS="python3-venv libegl1 libgl1 libopengl0 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 \
libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1 \
fonts-dejavu-core fonts-noto-core xvfb xdotool openbox wmctrl x11-utils x11-xserver-utils dbus-daemon udev \
mosquitto"

command -v dpkg-query >/dev/null 2>&1 || { echo "system-deps: not a Debian system; install Qt 6's runtime libraries yourself"; exit 0; }
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then
  echo "system-deps: installing$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
  echo "system-deps: missing Debian packages. Run as root:"
  echo "  apt-get update && apt-get install -y --no-install-recommends$missing"
  exit 1
fi
