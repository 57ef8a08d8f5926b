"""Texts made ready for Qt's line breaking, so a line breaks where a reader expects it to.

Qt breaks lines by Unicode's rules (UAX #14) and honours the characters those rules name, so a text only
needs the right invisible characters in it; nothing is measured here and no QML is involved:
- a soft hyphen (U+00AD) at each place a hyphenation dictionary (pyphen, from LibreOffice's; de, fr, en, es
  and some 80 more) allows: Qt shows a hyphen where it breaks there, so a German compound too long for its
  line breaks as "Kreislauf-/wirtschaft", never "Kreislaufwirts/chaft". Headings and labels hyphenate only
  long words (compounds), quotes long ones too, running text and the timeline bar's tabs every word of seven
  letters or more;
- a heading or quote never ends on a line of one word or of one or two Chinese or Japanese characters: its
  last two words are joined by a no-break space, its last three characters by word joiners (U+2060);
- the pack's marks (content/marks.py): `{{...}}` keeps a run on one line (no-break spaces, word joiners),
  `{{|}}` allows a break (a soft hyphen inside a word, else a zero-width space).
Ids, numbers and what charts draw are never prepared; a name is, as a label (long words only). `clean` takes it
all out again for whatever reads view data for something other than the stage (a report, a search, a handout).
"""

from __future__ import annotations

import functools
import re
from typing import Any, Literal

from huzhou_viewer.content.marks import NBSP, SHY, WJ, ZWSP, pieces, unbroken

Kind = Literal["heading", "quote", "body", "label", "tab"]


# Shortest word each kind hyphenates: headings break inside compounds only, running text as a book does.
# A tab (a scene's mark on the timeline bar, a few letters wide on a portrait screen) breaks any word that long.
HYPHENATE_FROM: dict[str, int] = {"heading": 12, "label": 12, "quote": 10, "body": 7, "tab": 7}
ENDS_WHOLE = ("heading", "quote")  # kinds whose last line is never one word or one or two characters
TAIL_CHARACTERS = 3  # Chinese or Japanese characters kept together at the end
# A heading's Chinese or Japanese phrase set apart by a space (冬から春へ　流行の波を越えて) at most this long stands
# whole on its line, the space being where the writer meant it to break (a portrait heading holds about eight).
PHRASE_CHARACTERS = 8
LONG_LAST_WORD = 16  # a last word this long keeps its soft hyphens: it may not fit a narrow line at all
LONE_WORD = 10  # a last line of one word shorter than this stands alone ("choice."); qt/stage/line_breaks.py
LAST_PIECE = 6  # letters at least on the last line when a heading's last word is hyphenated
# Two last words longer than this (letters and the space) are not joined: a heading at its size on a portrait
# screen holds about 15 letters a line, and a joined pair too long for its line would break anywhere in it.
TAIL_WIDTH = 14
# Dictionaries for a bare language tag, where pyphen's own choice is not the usual one.
DICTIONARY = {"en": "en_US", "de": "de_DE", "pt": "pt_PT", "nl": "nl_NL"}
CYRILLIC_LANGUAGES = ("ru", "uk", "bg", "sr", "mk", "be", "mn")

_WORD = re.compile(r"[^\W\d_\u2e80-\U0010ffff]+")  # letters of scripts written with spaces (no CJK)
# Characters a line may break between anywhere: ideographs and kana (Hangul breaks at spaces, as Korean does).
_ANYWHERE = re.compile("[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LAST_TWO_WORDS = re.compile(r"(\S+) (\S+)\s*$")


def prepare(text: str, language: str, kind: Kind) -> str:
    """`text` (with the pack's marks, in `language`) with the break characters for its kind."""
    if not text:
        return text
    least = HYPHENATE_FROM[kind]
    out = []
    for what, words in pieces(text):
        if what == "keep":
            out.append(_kept(words))
        elif what == "break":
            out.append("\x00")  # a break mark: decided below, once both neighbours are known
        else:
            out.append(_hyphenated(words, language, least))
    joined = _break_marks("".join(out))
    if kind in ENDS_WHOLE:
        joined = "\n".join(_whole_ending(_whole_phrases(paragraph)) for paragraph in joined.split("\n"))
    return joined


clean = unbroken  # a prepared text as written


def _kept(words: str) -> str:
    out = []
    for index, ch in enumerate(words):
        before = words[index - 1] if index else " "
        if " " not in (ch, before) and (_ANYWHERE.match(ch) or _ANYWHERE.match(before)):
            out.append(WJ)
        out.append(NBSP if ch == " " else ch)
    return "".join(out)


def _break_marks(text: str) -> str:
    if "\x00" not in text:
        return text
    out = []
    for index, ch in enumerate(text):
        if ch != "\x00":
            out.append(ch)
            continue
        before = text[index - 1] if index else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        in_word = _WORD.match(before) is not None and _WORD.match(after) is not None
        out.append(SHY if in_word else ZWSP)
    return "".join(out)


def _hyphenated(text: str, language: str, least: int) -> str:
    own = _dictionary(language)
    # A Cyrillic word in a text of another script's language (a Russian name on an English or Chinese card) is
    # hyphenated by the Russian dictionary: the language's own patterns find nothing in it.
    cyrillic = own if language.split("-")[0] in CYRILLIC_LANGUAGES else _dictionary("ru")

    def one(found: re.Match[str]) -> str:
        word = found.group(0)
        if len(word) < least or word.isupper():
            return word
        dictionary = cyrillic if _CYRILLIC.search(word) else own
        return _insert_hyphens(word, dictionary.positions(word)) if dictionary else word
    return _WORD.sub(one, text)


def _insert_hyphens(word: str, positions: list[Any]) -> str:
    """The word with soft hyphens where the dictionary allows, no part shorter than two letters (LibreOffice's
    German patterns allow "Kreis-l-auf")."""
    kept, last = [], 0
    for position in (int(p) for p in positions):
        if position - last >= 2 and len(word) - position >= 2:
            kept.append(position)
            last = position
    if not kept:
        return word
    parts = [word[a:b] for a, b in zip([0, *kept], [*kept, len(word)])]
    return SHY.join(parts)


def _whole_phrases(paragraph: str) -> str:
    """Each short Chinese or Japanese phrase between spaces joined by word joiners, when there is more than one: Qt
    would break inside one (流/行) while the space beside it waits. One too long for its line still breaks (Qt
    wraps anywhere when a word does not fit)."""
    phrases = re.split(r"([ \u3000]+)", paragraph)
    if len(phrases) < 3:
        return paragraph
    out = []
    for phrase in phrases:
        ideographs = sum(1 for ch in phrase if _ANYWHERE.match(ch))
        if ideographs < 2 or len(clean(phrase)) > PHRASE_CHARACTERS or ZWSP in phrase or SHY in phrase:
            out.append(phrase)
        else:
            out.append(WJ.join(ch for ch in phrase if ch != WJ))
    return "".join(out)


def _whole_ending(paragraph: str) -> str:
    letters = [i for i, ch in enumerate(paragraph) if ch.isalnum()]
    if not letters:
        return paragraph
    if _ANYWHERE.match(paragraph[letters[-1]]):
        return _joined_tail(paragraph)
    paragraph = _held_after_hyphen(_whole_last_word(paragraph))
    found = _LAST_TWO_WORDS.search(paragraph)
    if found is None or len(clean(found.group(1) + found.group(2))) + 1 > TAIL_WIDTH:
        return paragraph
    return paragraph[:found.start()] + found.group(1) + NBSP + found.group(2) + paragraph[found.end(2):]


def _held_after_hyphen(paragraph: str) -> str:
    """A last word written with hyphens ("Pont-aux-Lanternes") kept from breaking after its last hyphen when
    what follows is short: Qt breaks after a hyphen, and "Lanternes" would stand alone."""
    found = re.search(r"-([^\s-]+)\s*$", paragraph)
    if found is None or sum(ch.isalpha() for ch in found.group(1)) >= LONE_WORD:
        return paragraph
    return paragraph[:found.start(1)] + WJ + paragraph[found.start(1):]


def _whole_last_word(paragraph: str) -> str:
    """The last word unhyphenated, or, when it is long enough to need it, hyphenated only where at least
    LAST_PIECE letters follow: the last line is never a scrap of a word ("-bung")."""
    found = re.search(r"(\S+)\s*$", paragraph)
    if found is None or SHY not in found.group(1):
        return paragraph
    word = found.group(1)
    if len(clean(word)) < LONG_LAST_WORD:
        return paragraph[:found.start(1)] + word.replace(SHY, "") + paragraph[found.end(1):]
    kept = []
    for index, ch in enumerate(word):
        if ch != SHY or sum(c.isalpha() for c in word[index:]) >= LAST_PIECE:
            kept.append(ch)
    return paragraph[:found.start(1)] + "".join(kept) + paragraph[found.end(1):]


def _joined_tail(paragraph: str) -> str:
    """The last TAIL_CHARACTERS ideographs or kana (and the punctuation among and after them) on one line."""
    at = [i for i, ch in enumerate(paragraph) if _ANYWHERE.match(ch)]
    if len(at) <= TAIL_CHARACTERS:
        return paragraph  # so short it is one line wherever it is shown
    start = at[-TAIL_CHARACTERS]
    tail = paragraph[start:]
    if any(ch.isspace() for ch in tail):
        return paragraph  # mixed with spaced words: the spaces are the better breaks
    out = [tail[0]]
    for ch in tail[1:]:
        if out[-1] != WJ and ch != WJ:
            out.append(WJ)
        out.append(ch)
    return paragraph[:start] + "".join(out)


@functools.cache
def _dictionary(language: str) -> Any:
    """pyphen's dictionary for a language tag, or None (Chinese, Japanese, Arabic... have none). Imported and
    read on first use: decks are built after the first frame or on a pack's change, and only for its languages."""
    tag = language.replace("-", "_")
    base = tag.split("_")[0].lower()
    if base in ("zh", "ja", "ko"):
        return None
    import pyphen

    name = DICTIONARY.get(tag) or pyphen.language_fallback(tag)
    return pyphen.Pyphen(lang=name, left=2, right=2) if name else None
