"""`validate`'s checks of how a pack will read from the back of a hall: the palette's text colours against the
grounds they stand on (WCAG 2 AA, 4.5:1, with the nearest colour that passes), and couplets whose lines look
swapped by the tone rule. Only `validate` runs them (pypinyin is slow to import): they warn, never stop a show."""

from __future__ import annotations

from huzhou_viewer.content.checks import COLOUR, PACK_FILE, PackParts
from huzhou_viewer.content.colours import AA, contrast, deepest_under, nearest_passing, text_pairs
from huzhou_viewer.content.locate import Locator
from huzhou_viewer.content.messages import Said, said
from huzhou_viewer.content.model import CoupletBlock
from huzhou_viewer.content.problems import Problem


def _ideograph(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


def palette_problems(parts: PackParts, where: Locator) -> list[Problem]:
    """A warning for each text colour of the palette under 4.5:1 on the background or a card's surface,
    saying the nearest colour (same hue, another lightness) that passes."""
    meta = parts.meta
    if meta is None:
        return []
    palette = {name: getattr(meta.palette, name) for name in meta.palette.__struct_fields__}
    colours = [v for v in palette.values() if isinstance(v, str)] + list(palette.get("seasons", {}).values())
    if not all(isinstance(c, str) and COLOUR.fullmatch(c) for c in colours):
        return []  # the pack's checks report the malformed colour itself
    problems = []
    for ink, ink_colour, ground, ground_colour in text_pairs(palette):
        ratio = contrast(ink_colour, ground_colour)
        if ratio >= AA:
            continue
        message = _too_faint(ink, ink_colour, ground, ground_colour, ratio, nearest_passing(ink_colour, ground_colour))
        problems.append(where.problem(PACK_FILE, ("palette", *ink.split(".")), message, "warning"))
    # A couplet's paper is the accent, deepened until the gold reads on it: only a dim gold can fail.
    paper = deepest_under(palette["accent"], palette["gold"])
    if contrast(palette["gold"], paper) < AA:
        better = nearest_passing(palette["gold"], "#000000")
        message = said("gold {gold} does not reach {needed}:1 on any shade of the accent (the couplets' paper); a "
                       "lighter gold such as {better} does", gold=palette["gold"], needed=AA, better=better)
        problems.append(where.problem(PACK_FILE, ("palette", "gold"), message, "warning"))
    return problems


def _too_faint(ink: str, ink_colour: str, ground: str, ground_colour: str, ratio: float, better: str | None) -> Said:
    """A palette text colour (`ink`, a palette key such as muted) under AA on a ground (background or surface)."""
    fields = dict(ink=ink, ink_colour=ink_colour, ground=ground, ground_colour=ground_colour, ratio=ratio, needed=AA)
    if better:
        # translators: {ink} and {ground} are palette keys (text, muted, background, surface ...), kept as written
        return said("{ink} {ink_colour} on {ground} {ground_colour} is {ratio:.2f}:1, under the {needed}:1 text needs "
                    "from the back of a hall; the nearest colour that passes is {better}", better=better, **fields)
    # translators: {ink} and {ground} are palette keys (text, muted, background, surface ...), kept as written
    return said("{ink} {ink_colour} on {ground} {ground_colour} is {ratio:.2f}:1, under the {needed}:1 text needs "
                "from the back of a hall; no lightness of it passes", **fields)


LEVEL = (1, 2)  # 平: the first and second tones of Mandarin
OBLIQUE = (3, 4)  # 仄


def last_tone(line: str) -> int | None:
    """The tone (1-4) of the last Chinese character of `line`, by pypinyin; None when it has none or is neutral."""
    chinese = [c for c in line if _ideograph(c)]
    if not chinese:
        return None
    from pypinyin import Style, pinyin

    reading = pinyin(chinese[-1], style=Style.TONE3, heteronym=False)[0][0]
    return int(reading[-1]) if reading[-1:].isdigit() else None


def couplet_problems(parts: PackParts, where: Locator, language_prefix: str = "zh") -> list[Problem]:
    """A warning for each Chinese couplet whose upper line (`first`, hung on the right) ends on a level tone
    and lower line (`second`) on an oblique one: by the rule of couplets (上仄下平) they look swapped."""
    problems = []
    for file, scene in parts.scenes:
        if scene is None:
            continue
        for index, block in enumerate(scene.blocks):
            if not isinstance(block, CoupletBlock):
                continue
            for tag, first in _chinese_versions(block.first, language_prefix):
                second = _version(block.second, tag)
                upper, lower = last_tone(first), last_tone(second)
                if upper in LEVEL and lower in OBLIQUE:
                    message = said("the couplet's lines look swapped: the upper line ({first}) ends on a level "
                                   "tone (tone {upper}) and the lower ({second}) on an oblique one (tone {lower}); "
                                   "the upper line, hung on the right, usually ends oblique (上仄下平): swap first "
                                   "and second", first=first, upper=upper, second=second, lower=lower)
                    path = ("blocks", index, "first") + ((tag,) if tag else ())
                    problems.append(where.problem(file, path, message, "warning"))
    return problems


def _chinese_versions(text, prefix: str) -> list[tuple[str, str]]:
    if isinstance(text, str):
        return [("", text)] if any(_ideograph(c) for c in text) else []
    return [(tag, s) for tag, s in text.items() if tag.lower().startswith(prefix) and isinstance(s, str)]


def _version(text, tag: str) -> str:
    if isinstance(text, str):
        return text
    value = text.get(tag, "") if tag else ""
    return value if isinstance(value, str) else ""
