"""The running show as plain, immutable state, and the pure function that moves it.

A position is (scene, step): a scene opens on step 0 and each build adds a step. Blanking (black-out,
white-out) is part of the state, because a presenter's next press must first bring the picture back.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from huzhou_viewer.show.commands import Command, Op


@dataclass(frozen=True)
class ShowState:
    step_counts: tuple[int, ...]
    scene: int = 0
    step: int = 0
    blackout: bool = False
    whiteout: bool = False

    def __post_init__(self) -> None:
        if not self.step_counts or min(self.step_counts) < 1:
            raise ValueError("a show needs at least one scene, each with at least one step")
        if not (0 <= self.scene < len(self.step_counts)) or not (0 <= self.step < self.step_counts[self.scene]):
            raise ValueError(f"position ({self.scene}, {self.step}) is outside the show")

    @property
    def scene_count(self) -> int:
        return len(self.step_counts)

    @property
    def step_count(self) -> int:
        return self.step_counts[self.scene]

    @property
    def blanked(self) -> bool:
        return self.blackout or self.whiteout

    @property
    def at_end(self) -> bool:
        return self.scene == self.scene_count - 1 and self.step == self.step_count - 1

    def at(self, scene: int, step: int = 0) -> ShowState:
        """The same show at another position, clamped into it."""
        scene = min(max(scene, 0), self.scene_count - 1)
        step = min(max(step, 0), self.step_counts[scene] - 1)
        return replace(self, scene=scene, step=step)

    def with_step_counts(self, step_counts: tuple[int, ...]) -> ShowState:
        """The show after its content changed (a reload, say): keep the position where it still exists."""
        fresh = ShowState(tuple(step_counts), blackout=self.blackout, whiteout=self.whiteout)
        return fresh.at(self.scene, self.step)


_NAVIGATION = {Op.NEXT, Op.PREVIOUS, Op.FIRST, Op.LAST, Op.JUMP}


def apply(state: ShowState, command: Command) -> ShowState:
    """The state after `command`. Commands that do not concern the show's position return it unchanged."""
    op = command.op
    if op is Op.BLACKOUT:
        return replace(state, blackout=not state.blackout, whiteout=False)
    if op is Op.WHITEOUT:
        return replace(state, whiteout=not state.whiteout, blackout=False)
    if op not in _NAVIGATION:
        return state
    if state.blanked and op in (Op.NEXT, Op.PREVIOUS):
        # A clicker press on a blank screen brings the picture back before it moves anything.
        return replace(state, blackout=False, whiteout=False)
    state = replace(state, blackout=False, whiteout=False)
    if op is Op.NEXT:
        if state.step + 1 < state.step_count:
            return replace(state, step=state.step + 1)
        return state.at(state.scene + 1) if state.scene + 1 < state.scene_count else state
    if op is Op.PREVIOUS:
        if state.step > 0:
            return replace(state, step=state.step - 1)
        if state.scene == 0:
            return state
        # Going back lands on the previous scene as it was left: fully built.
        return state.at(state.scene - 1, state.step_counts[state.scene - 1] - 1)
    if op is Op.FIRST:
        return state.at(0)
    if op is Op.LAST:
        return state.at(state.scene_count - 1)
    # JUMP: an argument outside the show is ignored rather than clamped, so a stray digit does nothing.
    target = command.arg if command.arg is not None else -1
    return state.at(target) if 0 <= target < state.scene_count else state
