"""How much one screen holds: the limits the stage's layouts are built for, which validate enforces.

Past a limit a screen cannot show the block well (cards too small to read, a column running under the
timeline bar), so each check names the limit and what to cut. Documented in docs/content-pack.md.
"""

from __future__ import annotations

from collections.abc import Iterator

from huzhou_viewer.content.locate import KeyPath
from huzhou_viewer.content.model import StoryBlock, TasksBlock, Text
from huzhou_viewer.content.problems import Severity
from huzhou_viewer.content.script import display_width

MAX_TASKS = 8  # cards in one tasks block, 4 x 2 (2 x 4 in portrait): more would need type under the back row's floor
MAX_STORY_PEOPLE = 3  # people in a story's side column
MAX_STORY_FIGURES = 3  # figures in a story's side column
# Figures and people that stand at full size beside a story's picture on a landscape audience screen (two columns
# of two, with one-line captions and roles); more are drawn smaller than the back row reads (preflight shows it).
STORY_TILES_WITH_PICTURE = 4
NAME_WIDTH = 40  # in Latin letters (a CJK character counts two): wider does not fit a gallery card even shrunk
# The widest name (in the same letters) the gallery's dense cards hold (two lines at the smallest size, 4 x 3 cards
# at 1920x1080 with the touch controls); a wider one anywhere in the gallery gives it roomier cards (4 x 2 there),
# which hold NAME_WIDTH.
DENSE_NAME_WIDTH = 16

# (key path, message, severity) for each problem found.
Found = Iterator[tuple[KeyPath, str, Severity]]


def block_limits(path: KeyPath, block: object, all_tasks: int) -> Found:
    """What in one block is more than its screen holds. `all_tasks` is the pack's task count (a tasks block
    without a `tasks` list shows them all)."""
    if isinstance(block, TasksBlock):
        shown = len(block.tasks) if block.tasks is not None else all_tasks
        if shown > MAX_TASKS:
            where = path + ("tasks",) if block.tasks is not None else path + ("kind",)
            listing = "this block lists" if block.tasks is not None else "without a 'tasks' list this block shows"
            yield where, (f"{listing} {shown} tasks; a tasks block holds at most {MAX_TASKS}: split it into two "
                          "blocks, or list the tasks to show under 'tasks'"), "error"
    if isinstance(block, StoryBlock):
        for key, items, limit in (("people", block.people, MAX_STORY_PEOPLE),
                                  ("figures", block.figures, MAX_STORY_FIGURES)):
            if len(items) > limit:
                yield path + (key,), (f"a story shows at most {limit} {key} beside its text; this one has "
                                      f"{len(items)}: cut {len(items) - limit}, or move them to a figures block "
                                      "or another story"), "error"
        tiles = len(block.people) + len(block.figures)
        if block.picture and tiles > STORY_TILES_WITH_PICTURE:
            yield path + ("picture",), (f"{tiles} figures and people beside the picture: on a landscape audience "
                                        f"screen more than {STORY_TILES_WITH_PICTURE} are drawn smaller than the back "
                                        "row reads (under 36 px); cut a figure or a person, or the picture "
                                        "(preflight shows each screen)"), "warning"


def name_limits(path: KeyPath, name: Text) -> Found:
    """A person's name (each language of it) too wide for a gallery card even at its smallest size."""
    names = [(path, name)] if isinstance(name, str) else [(path + (tag,), n) for tag, n in name.items()]
    for where, text in names:
        if isinstance(text, str) and display_width(text) > NAME_WIDTH:
            yield where, (f"the name is {display_width(text)} letters wide; a gallery card fits about {NAME_WIDTH} "
                          "(a Chinese character counts two) even shrunk, so it will be cut there: shorten it "
                          "(the full name can go in the citation)"), "warning"
