"""The show's position rules, without a screen."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from huzhou_viewer.show.commands import Command, Op
from huzhou_viewer.show.keymap import BINDINGS, command_for
from huzhou_viewer.show.state import ShowState, apply

NEXT, PREV = Command(Op.NEXT), Command(Op.PREVIOUS)


def walk(state, *commands):
    for c in commands:
        state = apply(state, c)
    return state


def test_next_walks_every_step_of_every_scene_in_order():
    state = ShowState((1, 3, 2))
    seen = [(state.scene, state.step)]
    while not state.at_end:
        state = apply(state, NEXT)
        seen.append((state.scene, state.step))
    assert seen == [(0, 0), (1, 0), (1, 1), (1, 2), (2, 0), (2, 1)]
    assert apply(state, NEXT) == state  # the end stays the end


def test_previous_lands_on_the_previous_scene_fully_built():
    state = ShowState((3, 2), scene=1, step=0)
    assert (apply(state, PREV).scene, apply(state, PREV).step) == (0, 2)
    assert apply(ShowState((3, 2)), PREV) == ShowState((3, 2))


def test_first_last_and_jump():
    state = ShowState((2, 2, 4), scene=1, step=1)
    assert (apply(state, Command(Op.FIRST)).scene, apply(state, Command(Op.FIRST)).step) == (0, 0)
    assert apply(state, Command(Op.LAST)).scene == 2
    assert (apply(state, Command(Op.JUMP, 2)).scene, apply(state, Command(Op.JUMP, 2)).step) == (2, 0)
    assert apply(state, Command(Op.JUMP, 7)) == state  # no such scene: nothing happens


def test_blackout_and_whiteout_toggle_and_exclude_each_other():
    state = apply(ShowState((2,)), Command(Op.BLACKOUT))
    assert state.blackout and not state.whiteout
    state = apply(state, Command(Op.WHITEOUT))
    assert state.whiteout and not state.blackout
    assert not apply(state, Command(Op.WHITEOUT)).blanked


def test_a_press_on_a_blank_screen_restores_the_picture_without_moving():
    state = walk(ShowState((3,)), Command(Op.BLACKOUT), NEXT)
    assert not state.blanked and state.step == 0
    assert apply(state, NEXT).step == 1


def test_reload_keeps_the_position_where_it_still_exists():
    state = ShowState((2, 5, 3), scene=1, step=4)
    assert (state.with_step_counts((2, 5, 3)).scene, state.with_step_counts((2, 5, 3)).step) == (1, 4)
    shrunk = state.with_step_counts((2, 2))
    assert (shrunk.scene, shrunk.step) == (1, 1)


def test_invalid_shows_are_refused():
    with pytest.raises(ValueError):
        ShowState(())
    with pytest.raises(ValueError):
        ShowState((2,), step=2)


@given(st.lists(st.integers(1, 6), min_size=1, max_size=8),
       st.lists(st.sampled_from(list(Op)).flatmap(lambda op: st.tuples(st.just(op), st.integers(-2, 10))), max_size=60))
def test_any_sequence_of_commands_keeps_a_valid_position(counts, ops):
    state = ShowState(tuple(counts))
    for op, arg in ops:
        state = apply(state, Command(op, arg if op is Op.JUMP else None))
        assert 0 <= state.scene < len(counts) and 0 <= state.step < counts[state.scene]
        assert not (state.blackout and state.whiteout)


@given(st.lists(st.integers(1, 5), min_size=1, max_size=7), st.data())
def test_next_then_previous_returns_to_the_same_place(counts, data):
    scene = data.draw(st.integers(0, len(counts) - 1))
    step = data.draw(st.integers(0, counts[scene] - 1))
    state = ShowState(tuple(counts), scene=scene, step=step)
    if not state.at_end:
        assert walk(state, NEXT, PREV) == state


@pytest.mark.parametrize("key", ["Right", "Down", "PageDown", "Space", "Return", "Enter", "N"])
def test_next_keys(key):
    assert command_for(key) == Command(Op.NEXT)


@pytest.mark.parametrize("key", ["Left", "Up", "PageUp", "Backspace", "P"])
def test_previous_keys(key):
    assert command_for(key) == Command(Op.PREVIOUS)


def test_clicker_and_special_keys():
    assert command_for("Period") == command_for("B") == command_for("DisplayToggle") == Command(Op.BLACKOUT)
    assert command_for("Comma") == command_for("W") == Command(Op.WHITEOUT)
    assert command_for("F5") == command_for("Presentation") == Command(Op.START_FROM_FIRST)
    assert command_for("Shift+F5") == Command(Op.START_FROM_CURRENT)
    assert command_for("3") == Command(Op.JUMP, 2)
    assert command_for("0") is None and command_for("X") is None


def test_no_key_is_bound_twice():
    names = [n for names, _, _ in BINDINGS for n in names]
    assert len(names) == len(set(names))
