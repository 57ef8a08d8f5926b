"""`huzhou-viewer import-people SHEET --pack PACK [--merge]`: honourees from a spreadsheet into people.yaml.

The header row names one column per field of a person (content/model.py's Person) and, for a text, per
language: `id`, `name.zh-Hans`, `name.en`, `role.en`, `citation.en`, `category` (`category.en`: its name),
`photo`... A text column without a language (`name`) is the same in every language. `photo` is a file name in
the pack's pictures folder. Every bad cell is reported as SHEET:ROW:COLUMN, as the spreadsheet shows them, and
nothing is written unless every row is good and the pack with the new people.yaml passes validate's checks.
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from huzhou_viewer.content.checks import PACK_FILE
from huzhou_viewer.content.messages import said
from huzhou_viewer.content.people_sheet import CATEGORY_NAME, FIELDS, Row, SheetReader, problem_line
from huzhou_viewer.content.sheets import SheetError, read_sheet

PEOPLE_FILE = "people.yaml"


class PeopleImportError(Exception):
    """What stops the import: every problem, one line each (a Said, to be told in the user's language)."""

    def __init__(self, lines: Sequence[str]):
        self.lines = list(lines)
        super().__init__("\n".join(lines))


@dataclass
class ImportResult:
    written: list[Path]
    people: int
    added: int
    updated: int
    notes: list[str]


def import_people(sheet_path: Path, pack: Path, merge: bool = False) -> ImportResult:
    from huzhou_viewer.content.detailed import read_detailed  # ruamel: only for this command

    name = sheet_path.name
    try:
        sheet = read_sheet(sheet_path)
    except SheetError as error:
        # translators: SHEET: why it cannot be read, as an editor reads FILE: MESSAGE
        raise PeopleImportError([said("{sheet}: {problem}", sheet=name, problem=error.message)]) from error
    result = read_detailed(pack)
    parts = result.parts
    if parts is None or parts.meta is None:  # no pack.yaml to read languages, scenes and stories from
        lines = [said("{pack}: the pack has errors; fix them first (huzhou-viewer validate {pack})", pack=str(pack))]
        raise PeopleImportError(lines + [problem_line(p) for p in result.problems if p.is_error][:10])
    people_file = parts.people_file or PEOPLE_FILE
    target = parts.root / people_file
    if target.exists() and not merge:
        raise PeopleImportError([said("{file} exists: add --merge to merge the sheet into it by id, or move it away",
                                      file=str(target))])
    broken = [problem_line(p) for p in result.problems if p.is_error and p.file == people_file]
    if broken:
        raise PeopleImportError([said("{file} has errors; fix them before merging into it", file=people_file),
                                 *broken])
    # The pack's other errors are not the sheet's to mend, but they are said: the result must pass validate.

    known = {person.id for person in parts.people.people} if merge and parts.people else set()
    reader = SheetReader(name, sheet, parts, known)
    rows = reader.read()
    if reader.errors:
        raise PeopleImportError(reader.errors)

    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # a citation stays on one line: a folded Chinese sentence would show a gap
    yaml.indent(mapping=2, sequence=4, offset=2)
    document = yaml.load(target.read_text("utf-8-sig")) if merge and target.exists() else None
    if not isinstance(document, dict):  # a new file, or an empty one
        from ruamel.yaml.comments import CommentedMap

        document = CommentedMap(categories=[], people=[])
        document.yaml_set_start_comment(f"Honourees, imported from {name} by huzhou-viewer import-people.")
    added, updated, notes = _merge(document, rows)
    if sheet.encoding == "UTF-8":
        notes.insert(0, said("{sheet}: read as UTF-8", sheet=name))
    elif sheet.encoding:
        # translators: {encoding} is the name of a text encoding, such as GB18030
        notes.insert(0, said("{sheet}: not UTF-8, read as {encoding} (Chinese Excel's CSV); saving it as "
                             "'CSV UTF-8' avoids the guess", sheet=name, encoding=sheet.encoding))
    buffer = io.StringIO()
    yaml.dump(document, buffer)
    text = buffer.getvalue()
    pack_text = None
    if parts.people_file is None:
        pack_text = _pack_with_people(parts.root / PACK_FILE, yaml)
        # translators: (people: FILE) is the YAML line added to pack.yaml, to be kept as it is
        notes.append(said("{pack_file}: now names {people_file} (people: {people_file})", pack_file=PACK_FILE,
                          people_file=PEOPLE_FILE))
    problems = _check(parts, result.where, people_file, text)
    if problems:
        raise PeopleImportError([reader.where(p, text) for p in problems])
    _write(target, text)
    if pack_text is not None:  # after the file it names: a running show's pack watcher never sees it missing
        _write(parts.root / PACK_FILE, pack_text)
    written = [target] + ([parts.root / PACK_FILE] if pack_text is not None else [])
    return ImportResult(written, len(rows), added, updated, notes)


def _merge(document: Any, rows: list[Row]) -> tuple[int, int, list[str]]:
    """Each row into the people list by id: a known id gets the sheet's non-empty cells, its comments kept."""
    from ruamel.yaml.comments import CommentedMap

    for key in ("categories", "people"):
        if not isinstance(document.get(key), list):  # `people:` with nothing under it, or no such key yet
            document[key] = []
    people, categories = document["people"], document["categories"]
    by_id = {entry.get("id"): entry for entry in people if isinstance(entry, dict)}
    known_categories = {entry.get("id") for entry in categories if isinstance(entry, dict)}
    category_names: dict[str, Any] = {}
    added = updated = 0
    notes: list[str] = []
    for row in rows:
        entry = by_id.get(row.values["id"])
        if entry is None:
            entry = CommentedMap()
            people.append(entry)
            by_id[row.values["id"]] = entry
            added += 1
        else:
            updated += 1
        category = row.values.get("category")
        if isinstance(category, str) and CATEGORY_NAME in row.values:
            category_names[category] = row.values[CATEGORY_NAME]
        for name in FIELDS:  # the model's order, for a new entry
            value = row.values.get(name)
            if value is None:
                continue  # an empty cell leaves what the file has: merging never deletes
            old = entry.get(name)
            if isinstance(value, dict) and isinstance(old, dict):
                old.update(value)  # languages the sheet has no text for are kept
            else:
                entry[name] = _flow(value)
        if isinstance(category, str) and category not in known_categories:
            categories.append(CommentedMap(id=category, name=_flow(category_names.get(category, category))))
            known_categories.add(category)
            if category not in category_names:
                # translators: category.LANG is a column name (category.en, category.de...), to be kept as it is
                notes.append(said("{file}: added category '{category}' under its id; name it there, or in "
                                  "category.LANG columns", file=PEOPLE_FILE, category=category))
    for entry in categories:  # names the sheet gives a category the file already had
        names = category_names.get(entry.get("id"))
        if isinstance(names, dict) and isinstance(entry.get("name"), dict):
            entry["name"].update(names)
        elif isinstance(names, dict):
            entry["name"] = _flow(names)
    if not categories:
        del document["categories"]
    return added, updated, notes


def _flow(value: Any) -> Any:
    """A text by language as one line, `{zh-Hans: 李明, en: Li Ming}`, as people.yaml is written by hand."""
    if not isinstance(value, dict):
        return value
    from ruamel.yaml.comments import CommentedMap

    texts = CommentedMap(value)
    texts.fa.set_flow_style()
    return texts


def _pack_with_people(pack_file: Path, yaml: Any) -> str:
    document = yaml.load(pack_file.read_text("utf-8-sig"))
    document["people"] = PEOPLE_FILE
    buffer = io.StringIO()
    yaml.dump(document, buffer)
    return buffer.getvalue()


def _check(parts: Any, where: Any, people_file: str, text: str) -> list[Any]:
    """The errors `validate` would report with the new people file in the pack (its pictures the pack's own):
    in that file, or in another that the new one no longer agrees with (a story naming a person left out)."""
    from huzhou_viewer.content.checks import check_pack
    from huzhou_viewer.content.detailed import read_file
    from huzhou_viewer.content.model import PeopleFile

    problems: list[Any] = []
    with tempfile.TemporaryDirectory(prefix="huzhou-import-") as scratch:
        draft = Path(scratch) / PEOPLE_FILE
        draft.write_text(text, "utf-8")
        people = read_file(draft, people_file, PeopleFile, where, problems)[1]
    if people is not None:
        parts.people_file, parts.people = people_file, people
        problems.extend(check_pack(parts, where))
    return [p for p in problems if p.is_error]


def _write(path: Path, text: str) -> None:
    """All of it or nothing: written beside the file, then renamed over it, with the user's umask."""
    from huzhou_viewer.atomic import write_text

    write_text(path, text)
