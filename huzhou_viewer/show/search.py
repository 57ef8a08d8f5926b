"""Finding honourees by name: in any language, by part of a name, or by pinyin typed in full or as initials.

A name is read as a row of syllables: each Chinese character is one (its readings: the character itself and
every pinyin reading, since names use rare readings such as 单 shan or 区 ou), each Latin word is one. A query
matches when it is typed from the start of some syllable on, each syllable by the start of one of its
readings: "fanli", "fan", "li", "fl", "fli", "范li" find 范莉 and "gyt" finds "Greater Yucun task team",
but "anl" finds nothing, since nobody types from the middle of a syllable. A query that is part of one word of
a name ("ucun") matches too.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the gallery's search needs no pack schema (msgspec) at run time
    from huzhou_viewer.content.model import Person

Syllables = tuple[tuple[str, ...], ...]


def _plain(text: str) -> str:
    # No case or accents, and full-width letters (typed with a Chinese input method) as plain ones.
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def normalized(text: str) -> str:
    """A name or query as compared: also without spaces or punctuation."""
    return "".join(c for c in _plain(text) if c.isalnum())


class NameIndex:
    """Built when search first opens: importing pypinyin takes a noticeable moment, so not at start-up."""

    def __init__(self, entries: Iterable[tuple[str, Sequence[str]]]) -> None:
        from pypinyin import Style, pinyin

        @cache
        def readings(char: str) -> tuple[str, ...]:
            found = pinyin(char, style=Style.NORMAL, heteronym=True, errors="ignore")
            # pypinyin writes ü as v; people type either v or u.
            return tuple({r for reading in (found[0] if found else []) for r in (reading, reading.replace("v", "u"))})

        def syllables(name: str) -> Syllables:
            out: list[tuple[str, ...]] = []
            word = ""
            for char in _plain(name) + " ":
                spoken = readings(char) if char.isalnum() else ()
                if char.isalnum() and not spoken:
                    word += char
                    continue
                if word:
                    out.append((word,))
                    word = ""
                if spoken:
                    out.append((char, *spoken))
            return tuple(out)

        self._entries = [(person_id, [syllables(n) for n in names]) for person_id, names in entries]

    @classmethod
    def of_people(cls, people: Iterable[Person]) -> NameIndex:
        return cls((p.id, list(p.name.values()) if isinstance(p.name, dict) else [p.name]) for p in people)

    def find(self, query: str) -> list[str]:
        """The ids of the people the query finds, in the index's order; everyone for an empty query."""
        typed = normalized(query)
        return [person_id for person_id, names in self._entries
                if not typed or any(_typed(typed, parts) for parts in names)]


def _typed(query: str, parts: Syllables) -> bool:
    """Whether the query is part of one word, or typed from the start of some syllable on, each syllable by a
    start of one of its readings."""
    if any(query in part[0] for part in parts):
        return True

    @cache
    def rest_from(at: int, done: int) -> bool:
        if done == len(query):
            return True
        if at == len(parts):
            return False
        return any(query[done:done + n] == reading[:n] and rest_from(at + 1, done + n)
                   for reading in parts[at] for n in range(1, min(len(reading), len(query) - done) + 1))

    return any(rest_from(start, 0) for start in range(len(parts)))
