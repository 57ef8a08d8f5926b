"""Traditional Chinese for any pack written in Simplified Chinese, made with OpenCC.

A pack with zh-Hans texts is shown in zh-Hant as well: each text in the pack's own zh-Hant where it gives one,
else its zh-Hans converted with OpenCC, in Taiwan's characters and phrases (s2twp: 软件 -> 軟體) or Hong Kong's
(s2hk: 软件 -> 軟件), as the settings say. Conversion happens where the deck is built, never on the way to the
first frame of a kept deck (show/deck_cache.py keeps the converted texts), so OpenCC is imported only then.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from typing import Literal, get_args

from huzhou_viewer.content.messages import Said, said, said_n
from huzhou_viewer.content.model import Text

SIMPLIFIED = "zh-Hans"
TRADITIONAL = "zh-Hant"
Phrasing = Literal["tw", "hk"]
PHRASINGS: tuple[str, ...] = get_args(Phrasing)
DEFAULT_PHRASING: Phrasing = "tw"
# OpenCC's configurations: characters and phrases as written in Taiwan, characters as written in Hong Kong.
_CONFIGS = {"tw": "s2twp.json", "hk": "s2hk.json"}
PHRASING_NAMES = {"tw": said("Taiwan phrasing, OpenCC s2twp"), "hk": said("Hong Kong phrasing, OpenCC s2hk")}


def shown_languages(languages: Iterable[str]) -> list[str]:
    """The pack's languages, with zh-Hant after zh-Hans when the pack has Simplified but not Traditional."""
    shown = list(languages)
    if SIMPLIFIED in shown and TRADITIONAL not in shown:
        shown.insert(shown.index(SIMPLIFIED) + 1, TRADITIONAL)
    return shown


def converts(languages: Iterable[str]) -> bool:
    """Whether zh-Hant texts the pack does not give are made from its zh-Hans ones."""
    return SIMPLIFIED in list(languages)


def is_converted(text: Text | None) -> bool:
    """Whether the zh-Hant of `text` is made by conversion: it is Chinese text the pack gives no zh-Hant for."""
    if isinstance(text, dict):
        return TRADITIONAL not in text and SIMPLIFIED in text
    return False


@cache
def converter(phrasing: str = DEFAULT_PHRASING) -> Callable[[str], str]:
    """Simplified -> Traditional, in `phrasing` ("tw" or "hk"). Imports OpenCC (about 10 ms, its dictionaries
    on first use)."""
    import opencc

    convert = opencc.OpenCC(_CONFIGS[phrasing]).convert
    return cache(convert)  # a pack repeats its texts (names, labels) across scenes and languages


def conversion_notes(structs: Iterable[tuple[str, object]], languages: Iterable[str],
                     phrasing: str = DEFAULT_PHRASING) -> list[Said]:
    """For `validate`: per file, how many texts zh-Hant shows converted from zh-Hans and how many it shows as the
    pack writes them. `structs`: (file, what was read from it), as PackParts.structs() gives them."""
    if not converts(languages):
        return []
    from huzhou_viewer.content.text import iter_texts

    notes = []
    for file, struct in structs:
        texts = [text for _, text in iter_texts(struct) if isinstance(text, dict)]
        made = sum(is_converted(text) for text in texts)
        own = sum(TRADITIONAL in text for text in texts)
        if made or own:
            # translators: {phrasing} names how the texts were converted, such as "Taiwan phrasing, OpenCC s2twp"
            converted = said_n("{count} text converted from zh-Hans ({phrasing})",
                               "{count} texts converted from zh-Hans ({phrasing})", made,
                               phrasing=PHRASING_NAMES.get(phrasing, phrasing))
            kept = said_n("{count} text the pack writes in zh-Hant", "{count} texts the pack writes in zh-Hant", own)
            # translators: 'note:' is best kept as it is, like 'error:' and 'warning:' (editors look for them)
            notes.append(said("{file}: note: zh-Hant: {converted}, {kept}", file=file, converted=converted,
                              kept=kept))
    return notes
