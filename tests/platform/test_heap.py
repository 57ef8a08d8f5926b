"""glibc's heap handed back after moves: at most once an interval, and once more after the last of quick moves,
so a screen left alone after a burst of presses does not keep what they freed."""

import pytest

from huzhou_viewer.qt.platform import heap


class FakeLibc:
    def __init__(self) -> None:
        self.trims = 0

    def malloc_trim(self, pad: int) -> int:
        self.trims += 1
        return 1


@pytest.fixture
def libc(monkeypatch):
    fake = FakeLibc()
    monkeypatch.setattr(heap, "_glibc", lambda: fake)
    monkeypatch.setattr(heap, "_last_trim", 0.0)
    monkeypatch.setattr(heap, "TRIM_EVERY_S", 0.2)
    return fake


@pytest.fixture
def clock(monkeypatch):
    now = [1000.0]
    monkeypatch.setattr(heap, "_clock", lambda: now[0])
    return now


def test_quick_moves_are_trimmed_once_then_once_more_after_the_last(stage, qtbot, libc, clock):
    show = stage.controller
    for _ in range(4):  # a burst of presses within the interval, each settled before the next (transitions off)
        show.next()
        qtbot.waitUntil(lambda: (show.settledScene, show.settledStep) == (show.sceneIndex, show.step))
    assert libc.trims == 1 and stage._trim_later.isActive()
    clock[0] += heap.TRIM_EVERY_S
    qtbot.waitUntil(lambda: libc.trims == 2, timeout=3000)
    assert not stage._trim_later.isActive()  # and nothing more until the next move


def test_without_glibc_nothing_is_trimmed_or_waited_for(stage, monkeypatch):
    monkeypatch.setattr(heap, "_glibc", lambda: None)
    stage.controller.next()
    stage.controller.next()
    assert heap.due_in() is None and not stage._trim_later.isActive()
