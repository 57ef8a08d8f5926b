#!/bin/sh
# Installs the Debian packages Huzhou Viewer needs, when any is missing. As root it uses apt-get; otherwise it
# prints the exact command and fails.
#   sh tools/system-deps.sh          what the program needs to run (Qt's libraries, fonts, xset): for a kiosk PC
#   sh tools/system-deps.sh --test   that, and what the tests and real-window checks need (make test uses this)
set -eu
# Run time: Qt (offscreen, xcb and EGL), the fonts charts fall back to, xset (screen blanking under X11 without a
# screen-saver service) and python3-venv (pipx and `make` make venvs).
RUNTIME="python3-venv libegl1 libgl1 libopengl0 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 \
libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1 \
fonts-dejavu-core fonts-noto-core x11-xserver-utils espeak-ng"
# espeak-ng: the kiosk's audio button (setting `speech`), optional (the button hides itself without it).
# Tests only: a virtual X server, a window manager and the tools that drive and inspect real windows; a session
# bus; udev's hwdb compiler; the validators of the desktop entries and the AppStream file; poppler to read the
# PDF handout back; mosquitto, the broker the venue tests start; AT-SPI's bus and Debian's Python binding to it
# (the screen-reader test reads the program as Orca does). Never needed on a kiosk.
TEST="xvfb xdotool openbox wmctrl x11-utils dbus-daemon udev desktop-file-utils appstream poppler-utils mosquitto \
at-spi2-core python3-pyatspi"

PKGS="$RUNTIME"
case "${1:-}" in
  --test) PKGS="$RUNTIME $TEST" ;;
  "") ;;
  *) echo "usage: sh tools/system-deps.sh [--test]" >&2; exit 2 ;;
esac

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
