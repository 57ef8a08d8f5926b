"""The player that moves the show by itself: one timer, clamped; its own moves told from a person's."""

from huzhou_viewer.qt.stage.player import LONGEST_MS, Player


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_player_tells_its_own_moves_from_a_person_s(stage):
    player = Player(stage.controller, Clock(), parent=stage.controller)
    seen = []
    stage.controller.positionChanged.connect(lambda: seen.append(player.moving))
    assert player.move(1, 0)
    stage.controller.goTo(2, 0)  # a person's move
    assert not player.move(2, 0)  # already there: no move at all
    assert seen == [True, False] and not player.moving


def test_the_timer_is_set_for_the_moment_and_clamped(stage):
    clock = Clock()
    player = Player(stage.controller, clock, parent=stage.controller)
    player.schedule(clock.now + 2.5)
    assert player.timer.isActive() and player.timer.interval() == 2501  # a millisecond late
    player.schedule(clock.now - 10)
    assert player.timer.interval() == 0
    player.schedule(clock.now + 10**9)
    assert player.timer.interval() == LONGEST_MS
    hourly = Player(stage.controller, clock, longest_ms=3_600_000, late_ms=0, parent=stage.controller)
    hourly.schedule(clock.now + 86_400)
    assert hourly.timer.interval() == 3_600_000
    player.schedule(None)
    assert not player.timer.isActive()
    hourly.stop()


def test_the_player_is_due_when_its_timer_runs_out(stage, qtbot):
    clock = Clock()
    player = Player(stage.controller, clock, parent=stage.controller)
    with qtbot.waitSignal(player.due, timeout=1000):
        player.schedule(clock.now + 0.01)
