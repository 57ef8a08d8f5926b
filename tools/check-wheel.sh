#!/bin/sh
# CI, after `make test`: the program as a user installs it. The wheel is built, must hold the files install-kiosk
# and `new` need, is installed into a fresh venv (its dependencies from pip's cache, which make test filled), and
# its command runs from outside the checkout: --version, validate, new, export.
set -eu
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$PY" -m pip wheel . --no-deps --no-build-isolation --quiet --wheel-dir "$work/dist"
wheel=$(ls "$work"/dist/huzhou_viewer-*.whl)
"$PY" -m zipfile -l "$wheel" > "$work/contents"
for file in packaging/huzhou-viewer-kiosk.service packaging/huzhou-viewer-kiosk.desktop \
    packaging/huzhou-viewer.desktop packaging/70-huzhou-viewer-clickers.hwdb packaging/huzhou-viewer.metainfo.xml \
    packaging/icons/huzhou-viewer.svg packaging/icons/huzhou-viewer-48.png packaging/icons/huzhou-viewer-128.png \
    packaging/icons/huzhou-viewer-256.png resources/schema/pack.schema.json example-pack/pack.yaml; do
  grep -q "huzhou_viewer/_data/$file " "$work/contents" || { echo "check-wheel: $file is not in $wheel"; exit 1; }
done
grep -q "dist-info/licenses/LICENSE " "$work/contents" || { echo "check-wheel: no LICENSE in $wheel"; exit 1; }
"$PY" -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet --disable-pip-version-check "$wheel"
cd "$work"
export HUZHOU_VIEWER_CONFIG_DIR="$work/config" QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software
run="$work/venv/bin/huzhou-viewer"
"$run" --version
"$run" validate
"$run" new "$work/pack" 2>/dev/null
"$run" validate "$work/pack"
"$run" export --size 640x360 --out "$work/png" --no-progress
count=$(ls "$work/png" | grep -c '\.png$' || true)
[ "$count" -gt 0 ] || { echo "check-wheel: export wrote no PNG"; exit 1; }
echo "check-wheel: $(basename "$wheel") installs and runs (export: $count PNGs)"
