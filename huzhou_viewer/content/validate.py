"""The pack validator behind `huzhou-viewer validate PACK`: every problem, with file:line:column.

Unlike load_pack it always takes the detailed path, so it reports warnings as well as errors, and it
can check the texts against the characters a font covers.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from huzhou_viewer.content.checks import PackParts
from huzhou_viewer.content.coverage import describe_characters, uncovered
from huzhou_viewer.content.detailed import read_detailed
from huzhou_viewer.content.locate import Locator
from huzhou_viewer.content.messages import Said, in_language, said, said_n
from huzhou_viewer.content.problems import Problem, ordered

# The font that draws a character the bundled font lacks ("DejaVu Sans"), or None when none on this machine does.
# The caller gives it (huzhou_viewer.charts.fonts.drawing_family: the charts' fallback chain), as content/ knows
# no font library.
Fallback = Callable[[str], str | None]
# More checks of the pack as read, each returning its Problems: the caller gives them (the colour-vision check of
# the charts' colours, huzhou_viewer.charts.colour_safety.palette_problems), as content/ knows no chart.
Extra = Callable[[PackParts, Locator], list[Problem]]


def validate_pack(root: str | Path, coverage: frozenset[int] | None = None,
                  fallback: Fallback | None = None, extra: tuple[Extra, ...] = ()) -> list[Problem]:
    """Every problem in the pack at `root`, errors first. A font check is added when `coverage` is given;
    with `fallback`, it names the font that draws each missing character (see font_problems); `extra` checks
    run on a pack that was read."""
    return _validate(root, coverage, fallback, extra)[0]


def run(root: str | Path, out: TextIO = sys.stdout, coverage: frozenset[int] | None = None,
        fallback: Fallback | None = None, extra: tuple[Extra, ...] = (), phrasing: str = "tw",
        language: str | None = None) -> int:
    """Print each problem, a note per file on the Traditional Chinese made from Simplified (in `phrasing`, "tw" or
    "hk"), and a summary line last, in `language` (None: the user's); 0 when there are no errors, 1 otherwise.
    Never raises."""

    def say(line: Said | str) -> None:
        print(_printable(in_language(line, language), out), file=out)

    try:
        problems, name, parts = _validate(root, coverage, fallback, extra)
        for problem in problems:
            print(_printable(problem.said_in(language), out), file=out)
        if parts is not None and parts.meta is not None:
            from huzhou_viewer.content.traditional import conversion_notes

            for note in conversion_notes(parts.structs(), parts.meta.languages, phrasing):
                say(note)
        errors = sum(p.is_error for p in problems)
        counts = said("{errors}, {warnings}", errors=said_n("{count} error", "{count} errors", errors),
                      warnings=said_n("{count} warning", "{count} warnings", len(problems) - errors))
        say(said("{pack}: OK, {counts}", pack=name, counts=counts) if errors == 0
            else said("{pack}: FAILED, {counts}", pack=name, counts=counts))
        return 0 if errors == 0 else 1
    except OSError as error:  # a folder without read permission, a file that vanished while read
        say(said("{file}: error: cannot read: {reason}", file=error.filename or root, reason=error.strerror or error))
        return 1
    except Exception as error:  # noqa: BLE001 - a validator bug must read as one line, not a traceback
        say(said("internal error while validating: {error}", error=repr(error)))
        return 1


def _printable(line: str, out: TextIO) -> str:
    """The line, with whatever the output cannot encode written as escapes: the printer never fails."""
    encoding = getattr(out, "encoding", None) or "utf-8"
    return line.encode(encoding, "backslashreplace").decode(encoding, "replace")


def _validate(root: str | Path, coverage: frozenset[int] | None,
              fallback: Fallback | None = None, extra: tuple[Extra, ...] = ()
              ) -> tuple[list[Problem], str, PackParts | None]:
    result = read_detailed(root)
    problems = list(result.problems)
    name = Path(root).name
    if result.parts is not None:
        if result.parts.meta is not None:
            name = result.parts.meta.id
        if coverage is not None:
            problems.extend(font_problems(result.parts, result.where, coverage, fallback))
        from huzhou_viewer.content.icons import icon_problems
        from huzhou_viewer.content.stage_checks import couplet_problems, palette_problems

        problems.extend(icon_problems(result.parts, result.where))
        problems.extend(palette_problems(result.parts, result.where))
        problems.extend(couplet_problems(result.parts, result.where))
        if not any(p.is_error for p in problems):
            for check in extra:
                problems.extend(check(result.parts, result.where))
    return ordered(problems, result.parts.files if result.parts else ()), name, result.parts


def font_problems(parts: PackParts, where: Locator, coverage: frozenset[int],
                  fallback: Fallback | None = None) -> list[Problem]:
    """What the bundled font cannot draw, and what will draw it instead.

    Without `fallback`, a warning for each text (each language of it) with such characters. With it, one warning
    per system font that stands in, at the first text that needs it, listing every character it draws there and
    how many texts need it ("'€' (U+20AC) is not in the bundled font; DejaVu Sans draws it (2 texts)"): an Arabic
    pack would otherwise get one warning per text. Characters no font on this machine has are an error at each
    text: they would show as empty boxes."""
    problems = []
    standing_in: dict[str, list] = {}  # family -> [the first text's file and path, its characters, texts needing it]
    for file, text_path, string in parts.strings():
        missing = uncovered([string], coverage)
        if not missing:
            continue
        if fallback is None:
            message = said("the font has no glyph for {characters}", characters=describe_characters(missing))
            problems.append(where.problem(file, text_path, message, "warning"))
            continue
        boxes = ""
        families: set[str] = set()
        for ch in missing:
            family = fallback(ch)
            if family is None:
                boxes += ch
                continue
            entry = standing_in.setdefault(family, [(file, text_path), "", 0])
            if ch not in entry[1]:
                entry[1] += ch
            families.add(family)
        for family in families:
            standing_in[family][2] += 1
        if boxes:
            message = said_n("{characters} is not in the bundled font; no font on this machine draws it: it would "
                             "show as a box",
                             "{characters} are not in the bundled font; no font on this machine draws them: they "
                             "would show as boxes", len(boxes), characters=describe_characters(boxes, limit=40))
            problems.append(where.problem(file, text_path, message, "error"))
    for family, ((file, text_path), characters, texts) in standing_in.items():
        shown = describe_characters(characters, limit=40)
        if texts > 1:
            # translators: the form follows the number of characters; {family} is a font's name; {texts} counts the
            # texts that need the font, each language of a text on its own (always two or more)
            message = said_n("{characters} is not in the bundled font; {family} draws it (in {texts} texts; this "
                             "is the first)",
                             "{characters} are not in the bundled font; {family} draws them (in {texts} texts; "
                             "this is the first)", len(characters), characters=shown, family=family, texts=texts)
        else:
            message = said_n("{characters} is not in the bundled font; {family} draws it",
                             "{characters} are not in the bundled font; {family} draws them", len(characters),
                             characters=shown, family=family)
        problems.append(where.problem(file, text_path, message, "warning"))
    return problems
