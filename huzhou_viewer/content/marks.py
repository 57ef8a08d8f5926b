"""The pack's line-break marks: `{{...}}` keeps a run on one line, `{{|}}` says where a line may break.

They are the only marks a pack text may hold, and they are no markup language: two braces are never read as
anything else, a lone or unclosed brace is text, and a mark never spans a line. Every reader but the stage sees
the text without them (`localize` strips them), so search, handouts, notes and speech get what was meant;
the stage's view data turns them into the characters Qt's line breaking honours (show/breaks.py).
"""

from __future__ import annotations

import re

BREAK_MARK = "{{|}}"
MARK = re.compile(r"\{\{([^{}\n]+?)\}\}")
# What the stage's texts carry instead (show/breaks.py), and which `unbroken` takes out again.
SHY = "\u00ad"  # soft hyphen: a break here shows a hyphen
WJ = "\u2060"  # word joiner: no break here
NBSP = "\u00a0"
ZWSP = "\u200b"  # zero-width space: a break here shows nothing
INVISIBLE = (SHY, WJ, ZWSP)


def has_marks(text: str) -> bool:
    return "{{" in text and MARK.search(text) is not None


def strip_marks(text: str) -> str:
    """The text as read aloud: each kept run as written, each break mark gone."""
    if "{{" not in text:
        return text
    return MARK.sub(lambda m: "" if m.group(1) == "|" else m.group(1), text)


def pieces(text: str) -> list[tuple[str, str]]:
    """("text" | "keep" | "break", the words) in order; a text without marks is one ("text", text)."""
    out: list[tuple[str, str]] = []
    at = 0
    for found in MARK.finditer(text):
        if found.start() > at:
            out.append(("text", text[at:found.start()]))
        out.append(("break", "") if found.group(1) == "|" else ("keep", found.group(1)))
        at = found.end()
    if at < len(text) or not out:
        out.append(("text", text[at:]))
    return out


def unbroken(text: str) -> str:
    """A text from the stage's view data as written: no soft hyphens, joiners, or no-break spaces."""
    if not any(ch in text for ch in (*INVISIBLE, NBSP)):
        return text
    return "".join(ch for ch in text if ch not in INVISIBLE).replace(NBSP, " ")
