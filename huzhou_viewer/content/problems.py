"""What is wrong with a content pack, said the way an editor or compiler would say it.

A Problem names a file relative to the pack root and a 1-based line and column, so that
`pack.yaml:12:5: error: ...` can be clicked in an editor. Line 0 means "the file as a whole"
(missing, too big, unreadable).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from huzhou_viewer.content.messages import Said, in_language, said, said_n

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    column: int
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.severity}: {self.message}"

    def said_in(self, language: str | None) -> str:
        """The line in `language` (None: the user's). 'error' and 'warning' stay English, as a compiler's do
        in every language editors' problem matchers read."""
        return f"{self.file}:{self.line}:{self.column}: {self.severity}: {in_language(self.message, language)}"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


def ordered(problems: Iterable[Problem], files: Sequence[str] = ()) -> list[Problem]:
    """Errors first; then by file (in the order of `files`, then as first met), line and column.

    Identical problems are reported once: two checks may find the same thing.
    """
    unique = list(dict.fromkeys(problems))
    file_rank = {file: rank for rank, file in enumerate(dict.fromkeys(files))}
    for problem in unique:
        file_rank.setdefault(problem.file, len(file_rank))
    return sorted(unique, key=lambda p: (not p.is_error, file_rank[p.file], p.line, p.column))


def errors_first(problems: Iterable[Problem]) -> list[Problem]:
    """Errors, then warnings, each in the order given (which callers have already made meaningful)."""
    unique = list(dict.fromkeys(problems))
    return [p for p in unique if p.is_error] + [p for p in unique if not p.is_error]


class PackError(Exception):
    """The pack cannot be shown. `problems` holds every problem found, errors first."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems: tuple[Problem, ...] = tuple(errors_first(problems))
        super().__init__(str(self))

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.is_error)


def closest(word: object, choices: Iterable[str]) -> str | None:
    """The choice most like `word`, if any is close enough to be a likely typo."""
    if not isinstance(word, str):
        return None
    return _closest(word, tuple(c for c in choices if isinstance(c, str)))


@functools.lru_cache(maxsize=4096)  # a pack repeats its typos: the same wrong key on every person
def _closest(word: str, choices: tuple[str, ...]) -> str | None:
    import difflib  # only needed when something is wrong; keeps it off the start-up path

    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return close[0] if close else None


def did_you_mean(word: object, choices: Iterable[str]) -> Said | str:
    """"; did you mean 'x'?" when a choice is close to `word`, else "". Ends 'unknown ...' messages."""
    close = closest(word, choices)
    return said("; did you mean '{close}'?", close=close) if close else ""


def quoted(choices: Iterable[object], limit: int = 12) -> Said | str:
    """'a', 'b', 'c' (shortened with '...' after `limit` items)."""
    items = [f"'{c}'" for c in choices]
    if not items:
        return said("(none)")
    if len(items) > limit:
        # translators: {items} lists the first quoted values, such as 'a', 'b'; the form follows how many more
        return said_n("{items}, ... ({count} more)", "{items}, ... ({count} more)", len(items) - limit,
                      items=", ".join(items[:limit]))
    return ", ".join(items)
