"""The wheel holds what an installed program needs beyond its code: install-kiosk's files and icon, the schemas,
the starter pack and the licences (.ci/run also installs it into a fresh venv: tools/check-wheel.sh)."""

import subprocess
import sys
import zipfile

import pytest

from huzhou_viewer import __version__
from tests.conftest import ROOT

pytestmark = pytest.mark.slow

EXPECTED = [
    "huzhou_viewer/_data/packaging/huzhou-viewer-kiosk.service",
    "huzhou_viewer/_data/packaging/huzhou-viewer-kiosk.desktop",
    "huzhou_viewer/_data/packaging/huzhou-viewer.desktop",
    "huzhou_viewer/_data/packaging/70-huzhou-viewer-clickers.hwdb",
    "huzhou_viewer/_data/packaging/huzhou-viewer.metainfo.xml",
    "huzhou_viewer/_data/packaging/icons/huzhou-viewer.svg",
    "huzhou_viewer/_data/packaging/icons/huzhou-viewer-48.png",
    "huzhou_viewer/_data/packaging/icons/huzhou-viewer-128.png",
    "huzhou_viewer/_data/packaging/icons/huzhou-viewer-256.png",
    "huzhou_viewer/_data/resources/schema/pack.schema.json",
    "huzhou_viewer/_data/resources/schema/scene.schema.json",
    "huzhou_viewer/_data/resources/schema/people.schema.json",
    "huzhou_viewer/_data/example-pack/pack.yaml",
    "huzhou_viewer/_data/example-pack/pictures/market.png",
    f"huzhou_viewer-{__version__}.dist-info/licenses/LICENSE",
    f"huzhou_viewer-{__version__}.dist-info/licenses/resources/fonts/OFL.txt",
]


def test_the_wheel_lists_the_packaging_files_icon_schemas_and_licences(tmp_path):
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation",
                            "--quiet", "--wheel-dir", str(tmp_path)], capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stderr
    (wheel,) = tmp_path.glob("huzhou_viewer-*.whl")
    assert wheel.name.startswith(f"huzhou_viewer-{__version__}-")  # the version of __init__.py, the only one
    listing = subprocess.run([sys.executable, "-m", "zipfile", "-l", str(wheel)], capture_output=True, text=True,
                             timeout=60).stdout
    names = {line.split()[0] for line in listing.splitlines()[1:] if line.strip()}
    assert [name for name in EXPECTED if name not in names] == []
    metadata = zipfile.ZipFile(wheel).read(f"huzhou_viewer-{__version__}.dist-info/METADATA").decode()
    assert "License-Expression: MIT AND OFL-1.1" in metadata
