"""How the software renderer paints: large text from the glyph cache, fills without the GUI thread pool on a
small machine, and whatever a technician sets in the environment kept."""

import pytest

from huzhou_viewer.qt.platform.renderer import LARGEST_CACHED_GLYPH_PX, tune_painting


@pytest.fixture
def clean_env(monkeypatch):
    monkeypatch.delenv("QT_MAX_CACHED_GLYPH_SIZE", raising=False)
    monkeypatch.delenv("QT_NO_GUI_THREADPOOL", raising=False)
    return monkeypatch


def test_headlines_at_4k_are_cached_and_two_cores_paint_on_one_thread(clean_env):
    import os

    tune_painting(cores=2)
    # A 4K headline (twice a 160 px stage size) fits the cache.
    assert int(os.environ["QT_MAX_CACHED_GLYPH_SIZE"]) == LARGEST_CACHED_GLYPH_PX >= 2 * 160
    assert os.environ["QT_NO_GUI_THREADPOOL"] == "1"


def test_a_bigger_machine_keeps_the_pool_and_the_environment_wins(clean_env):
    import os

    clean_env.setenv("QT_MAX_CACHED_GLYPH_SIZE", "128")
    tune_painting(cores=8)
    assert os.environ["QT_MAX_CACHED_GLYPH_SIZE"] == "128"
    assert "QT_NO_GUI_THREADPOOL" not in os.environ
