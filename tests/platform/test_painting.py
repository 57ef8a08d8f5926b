"""How the software renderer paints: on a small machine without Qt's GUI thread pool, and whatever a technician
sets in the environment kept."""

import os

import pytest

from huzhou_viewer.qt.platform.renderer import tune_painting


@pytest.fixture
def clean_env(monkeypatch):
    monkeypatch.delenv("QT_NO_GUI_THREADPOOL", raising=False)
    return monkeypatch


def test_two_cores_paint_on_one_thread(clean_env):
    tune_painting(cores=2)
    assert os.environ["QT_NO_GUI_THREADPOOL"] == "1"


def test_a_bigger_machine_keeps_the_pool_and_the_environment_wins(clean_env):
    tune_painting(cores=8)
    assert "QT_NO_GUI_THREADPOOL" not in os.environ
    clean_env.setenv("QT_NO_GUI_THREADPOOL", "0")
    tune_painting(cores=2)
    assert os.environ["QT_NO_GUI_THREADPOOL"] == "0"
