"""Test set-up: offscreen Qt with the software renderer, decided before anything imports Qt."""

import os
import pathlib

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["QT_QUICK_BACKEND"] = "software"
os.environ.pop("DISPLAY", None)
os.environ.pop("WAYLAND_DISPLAY", None)
# Keep the user's settings and logs out of the tests.
os.environ.setdefault("HUZHOU_VIEWER_CONFIG_DIR", "/nonexistent-huzhou-viewer-config")

import pytest  # noqa: E402

from tests.leaks import no_leaks, pytest_runtest_makereport  # noqa: E402, F401 - each test checked for what it left alive

ROOT = pathlib.Path(__file__).resolve().parent.parent
BUNDLED_PACK = ROOT / "resources" / "content" / "huzhou-2023"
EXAMPLE_PACK = ROOT / "docs" / "example-pack"


@pytest.fixture
def bundled_pack_dir() -> pathlib.Path:
    return BUNDLED_PACK


@pytest.fixture
def example_pack_dir() -> pathlib.Path:
    return EXAMPLE_PACK


@pytest.fixture
def stage(qapp, bundled_pack_dir):
    """The bundled pack on a 1280x720 stage, first frame drawn, transitions off."""
    from tests.qtsupport import make_stage, settle

    stage = make_stage(bundled_pack_dir, (1280, 720))
    settle(stage)
    yield stage
    stage.close()
