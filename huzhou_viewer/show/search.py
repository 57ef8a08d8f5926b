"""Finding honourees by name: in any language, by part of a name, or by pinyin typed in full or as initials.

A name is read as a row of syllables: each Chinese character is one (its readings: the character itself and
every pinyin reading, since names use rare readings such as 单 shan or 区 ou), each Latin word is one. A query
matches when it is typed from the start of some syllable on, each syllable by the start of one of its
readings: "fanli", "fan", "li", "fl", "fli", "范li" find 范莉 and "gyt" finds "Greater Yucun task team",
but "anl" finds nothing, since nobody types from the middle of a syllable. A query that is part of one word of
a name ("ucun") matches too.

A word is folded the ways people type it on a plain keyboard: without accents ("Muller", "konig" find "Müller",
"König"; "strasse" finds "Straße"), with German's ae/oe/ue ("Mueller", "koenig"), and transliterated to Latin
letters by anyascii ("Ivanov" finds "Иванов", "yamada" finds "やまだ"). anyascii rather than unidecode: it
covers more scripts (kana, Hangul, Indic, Arabic) and its ISC licence sits with ours, where unidecode's GPL
would not. Like pypinyin, it is imported only when the index is built, on the worker, never at start-up.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the gallery's search needs no pack schema (msgspec) at run time
    from huzhou_viewer.content.model import Person

Syllables = tuple[tuple[str, ...], ...]


def _plain(text: str) -> str:
    # No case or accents, and full-width letters (typed with a Chinese input method) as plain ones. Case is
    # folded first, since a folded letter may decompose further ("İ" folds to i and a combining dot), and again
    # until nothing changes, since a compatibility letter may decompose to a capital (U+1D56C to "A").
    for _ in range(4):
        decomposed = unicodedata.normalize("NFKD", text.casefold())
        folded = unicodedata.normalize("NFKC", "".join(c for c in decomposed if not unicodedata.combining(c)))
        if folded == text:
            break
        text = folded
    return text


def normalized(text: str) -> str:
    """A name or query as compared: also without spaces or punctuation."""
    return "".join(c for c in _plain(text) if c.isalnum())


_GREEK_OU = re.compile("[\u03bf\u039f][\u03c5\u03cd]")  # omicron upsilon: people type ou
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def spellings(text: str) -> tuple[str, ...]:
    """A query's or a word's plain keyboard spellings: as typed without accents, and with German's umlauts as
    ae/oe/ue (ß is ss in both). The first is `normalized(text)`."""
    composed = unicodedata.normalize("NFC", text)
    return tuple(dict.fromkeys(s for s in (normalized(composed), normalized(composed.translate(_GERMAN))) if s))


class NameIndex:
    """Built when search first opens: importing pypinyin takes a noticeable moment, so not at start-up."""

    def __init__(self, entries: Iterable[tuple[str, Sequence[str]]]) -> None:
        from anyascii import anyascii
        from pypinyin import Style, pinyin

        @cache
        def readings(char: str) -> tuple[str, ...]:
            found = pinyin(char, style=Style.NORMAL, heteronym=True, errors="ignore")
            # pypinyin writes ü as v; people type either v or u.
            return tuple({r for reading in (found[0] if found else []) for r in (reading, reading.replace("v", "u"))})

        def word_readings(word: str) -> tuple[str, ...]:
            # As written (plain), with ae/oe/ue, and in Latin letters; Greek's omicron upsilon also as ou (anyascii
            # writes oy, letter by letter). Case is folded later.
            latin = {anyascii(word), anyascii(_GREEK_OU.sub("ou", word))}
            return tuple(dict.fromkeys((*spellings(word), *(s for w in sorted(latin) for s in spellings(w)))))

        def syllables(name: str) -> Syllables:
            out: list[tuple[str, ...]] = []
            word = ""
            for char in unicodedata.normalize("NFC", name) + " ":
                plain = normalized(char)
                spoken = readings(plain) if len(plain) == 1 else ()
                if plain and not spoken:
                    word += char
                    continue
                if word and (found := word_readings(word)):
                    out.append(found)
                word = ""
                if spoken:
                    out.append((plain, *spoken))
            return tuple(out)

        self._entries = [(person_id, [syllables(n) for n in names]) for person_id, names in entries]

    @classmethod
    def of_people(cls, people: Iterable[Person]) -> NameIndex:
        return cls((p.id, list(p.name.values()) if isinstance(p.name, dict) else [p.name]) for p in people)

    def find(self, query: str) -> list[str]:
        """The ids of the people the query finds, in the index's order; everyone for an empty query."""
        typed = spellings(query)
        return [person_id for person_id, names in self._entries
                if not typed or any(_typed(t, parts) for parts in names for t in typed)]


def _character(first: str) -> bool:
    return len(first) == 1 and not first.isascii()


def _typed(query: str, parts: Syllables) -> bool:
    """Whether the query is part of one word, or typed from the start of some syllable on, each syllable by a
    start of one of its readings."""
    # A word's spellings hold the query anywhere; a character's pinyin only from its start (part[0] is the
    # character itself: one letter, not ASCII).
    if any(query in reading for part in parts for reading in (part[:1] if _character(part[0]) else part)):
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
