"""How much one screen holds: the limits the stage's layouts are built for, which validate enforces.

Past a limit a screen cannot show the block well (cards too small to read, a column running under the
timeline bar), so each check names the limit and what to cut. Documented in docs/content-pack.md.
"""

from __future__ import annotations

from collections.abc import Iterator

from huzhou_viewer.content.locate import KeyPath
from huzhou_viewer.content.messages import Said, said, said_n
from huzhou_viewer.content.model import StoryBlock, TasksBlock, Text
from huzhou_viewer.content.problems import Severity
from huzhou_viewer.content.script import display_width

MAX_TASKS = 8  # cards in one tasks block, 4 x 2 (2 x 4 in portrait): more would need type under the back row's floor
MAX_STORY_PEOPLE = 3  # people in a story's side column
MAX_STORY_FIGURES = 3  # figures in a story's side column
# Figures and people that stand at full size beside a story's picture on a landscape audience screen (two columns
# of two, with one-line captions and roles); more are drawn smaller than the back row reads, so more is an error.
STORY_TILES_WITH_PICTURE = 4
NAME_WIDTH = 40  # in Latin letters (a CJK character counts two): wider does not fit a gallery card even shrunk
# The widest name (in the same letters) the gallery's dense cards hold (two lines at the smallest size, 4 x 3 cards
# at 1920x1080 with the touch controls); a wider one anywhere in the gallery gives it roomier cards (4 x 2 there),
# which hold NAME_WIDTH.
DENSE_NAME_WIDTH = 16

# (key path, message, severity) for each problem found.
Found = Iterator[tuple[KeyPath, Said, Severity]]


def block_limits(path: KeyPath, block: object, all_tasks: int) -> Found:
    """What in one block is more than its screen holds. `all_tasks` is the pack's task count (a tasks block
    without a `tasks` list shows them all)."""
    if isinstance(block, TasksBlock):
        shown = len(block.tasks) if block.tasks is not None else all_tasks
        if shown > MAX_TASKS:
            where = path + ("tasks",) if block.tasks is not None else path + ("kind",)
            yield where, _too_many_tasks(shown, listed=block.tasks is not None), "error"
    if isinstance(block, StoryBlock):
        if len(block.people) > MAX_STORY_PEOPLE:
            yield path + ("people",), said("a story shows at most {limit} people beside its text; this one has "
                                           "{count}: cut {cut}, or move them to another story",
                                           limit=MAX_STORY_PEOPLE, count=len(block.people),
                                           cut=len(block.people) - MAX_STORY_PEOPLE), "error"
        if len(block.figures) > MAX_STORY_FIGURES:
            yield path + ("figures",), said("a story shows at most {limit} figures beside its text; this one has "
                                            "{count}: cut {cut}, or move them to a figures block or another story",
                                            limit=MAX_STORY_FIGURES, count=len(block.figures),
                                            cut=len(block.figures) - MAX_STORY_FIGURES), "error"
        tiles = len(block.people) + len(block.figures)
        if block.picture and tiles > STORY_TILES_WITH_PICTURE:
            yield path + ("picture",), said_n(
                "{count} figure or person beside the picture; a story with a picture holds at most {limit} (more "
                "are drawn smaller than the back row reads on a landscape audience screen): cut {cut}, or the picture",
                "{count} figures and people beside the picture; a story with a picture holds at most {limit} (more "
                "are drawn smaller than the back row reads on a landscape audience screen): cut {cut}, or the picture",
                tiles, limit=STORY_TILES_WITH_PICTURE, cut=tiles - STORY_TILES_WITH_PICTURE), "error"


def name_limits(path: KeyPath, name: Text) -> Found:
    """A person's name (each language of it) too wide for a gallery card even at its smallest size."""
    names = [(path, name)] if isinstance(name, str) else [(path + (tag,), n) for tag, n in name.items()]
    for where, text in names:
        if isinstance(text, str) and display_width(text) > NAME_WIDTH:
            yield where, said_n(
                "the name is {count} letter wide; a gallery card fits about {limit} (a Chinese character counts two) "
                "even shrunk, so it will be cut there: shorten it (the full name can go in the citation)",
                "the name is {count} letters wide; a gallery card fits about {limit} (a Chinese character counts two) "
                "even shrunk, so it will be cut there: shorten it (the full name can go in the citation)",
                display_width(text), limit=NAME_WIDTH), "warning"


def _too_many_tasks(shown: int, listed: bool) -> Said:
    """More tasks in one block than its cards hold: those its `tasks` lists, or (`listed` False) all of the pack's."""
    if listed:
        return said_n("this block lists {count} task; a tasks block holds at most {limit}: split it into two blocks, "
                      "or list the tasks to show under 'tasks'",
                      "this block lists {count} tasks; a tasks block holds at most {limit}: split it into two blocks, "
                      "or list the tasks to show under 'tasks'", shown, limit=MAX_TASKS)
    return said_n("without a 'tasks' list this block shows {count} task; a tasks block holds at most {limit}: split "
                  "it into two blocks, or list the tasks to show under 'tasks'",
                  "without a 'tasks' list this block shows {count} tasks; a tasks block holds at most {limit}: split "
                  "it into two blocks, or list the tasks to show under 'tasks'", shown, limit=MAX_TASKS)
