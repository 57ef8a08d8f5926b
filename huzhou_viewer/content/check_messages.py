"""The sentences of content.checks that name one kind of thing among several (a task, a person, a scene ...).

Each kind has whole sentences of its own, rather than one sentence with the noun slotted in, so that a translator
sees every sentence as it is said (a noun's gender and case change the words around it in many languages).
"""

from __future__ import annotations

from huzhou_viewer.content.messages import Said, said, template
from huzhou_viewer.content.problems import did_you_mean, quoted

# kind: (with the known one it is most like, with the known ones, when the pack has none)
UNKNOWN: dict[str, tuple[str, str, str]] = {
    "word": (template("unknown word '{value}'{hint}"), template("unknown word '{value}'; known: {known}"),
             template("unknown word '{value}'; the pack has no words")),
    "task": (template("unknown task '{value}'{hint}"), template("unknown task '{value}'; known: {known}"),
             template("unknown task '{value}'; the pack has no tasks")),
    "person": (template("unknown person '{value}'{hint}"), template("unknown person '{value}'; known: {known}"),
               template("unknown person '{value}'; the pack has no people")),
    "category": (template("unknown category '{value}'{hint}"),
                 template("unknown category '{value}'; known: {known}"),
                 template("unknown category '{value}'; the pack has no categories")),
    "scene": (template("unknown scene '{value}'{hint}"), template("unknown scene '{value}'; known: {known}"),
              template("unknown scene '{value}'; the pack has no scenes")),
    "story": (template("unknown story '{value}'{hint}"), template("unknown story '{value}'; known: {known}"),
              template("unknown story '{value}'; the pack has no stories")),
}


def unknown(what: str, value: str, known: list[str]) -> Said:
    """'unknown task 'x'', then the known one it is most like, else those there are, else that there are none."""
    known = list(dict.fromkeys(known))
    guessed, listed, none = UNKNOWN[what]
    if hint := did_you_mean(value, known):
        return said(guessed, value=value, hint=hint)
    if known:
        return said(listed, value=value, known=quoted(known))
    return said(none, value=value)


USED_TWICE = {  # what is given twice in one file
    "task id": template("task id '{value}' is used twice (first on line {line})"),
    "scene file": template("scene file '{value}' is used twice (first on line {line})"),
    "category id": template("category id '{value}' is used twice (first on line {line})"),
    "person id": template("person id '{value}' is used twice (first on line {line})"),
}


def used_twice(what: str, value: str, line: int) -> Said:
    """An id or file given twice in one file; `line` is where it was first."""
    return said(USED_TWICE[what], value=value, line=line)


def photo_not_readable(file: str) -> Said:
    """A person's photo that is there but is no picture Qt reads."""
    return said("'{file}' is not a picture Qt can read (JPEG, PNG or WebP); the generated portrait will be shown",
                file=file)


def photo_too_large(file: str, width: int, height: int, limit: int, jpeg: bool) -> Said:
    """A person's photo over the pixels the program decodes (`limit`, lower for PNG and WebP)."""
    if jpeg:
        return said("'{file}' is {width} x {height} pixels, over the limit ({megapixels:.0f} megapixels); "
                    "the generated portrait will be shown", file=file, width=width, height=height,
                    megapixels=limit / 1e6)
    return said("'{file}' is {width} x {height} pixels, over the limit ({megapixels:.0f} megapixels for PNG and "
                "WebP); the generated portrait will be shown", file=file, width=width, height=height,
                megapixels=limit / 1e6)
