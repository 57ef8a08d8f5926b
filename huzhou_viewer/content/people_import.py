"""`huzhou-viewer import-people SHEET --pack PACK [--merge]`: honourees from a spreadsheet into people.yaml.

The header row names one column per field of a person (content/model.py's Person) and, for a text, per
language: `id`, `name.zh-Hans`, `name.en`, `role.en`, `citation.en`, `category`, `photo`... A text column
without a language (`name`) is the same in every language. `photo` is a file name in the pack's pictures folder.
Every bad cell is reported as SHEET:ROW:COLUMN, as the spreadsheet shows them, and nothing is written unless
every row is good and the pack with the new people.yaml passes the same checks as `validate`.
"""

from __future__ import annotations

import io
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgspec

from huzhou_viewer.content.checks import PACK_FILE
from huzhou_viewer.content.files import picture_problem, resolve_in_pack
from huzhou_viewer.content.model import Person
from huzhou_viewer.content.problems import did_you_mean
from huzhou_viewer.content.sheets import Sheet, SheetError, column_letter, read_sheet

PEOPLE_FILE = "people.yaml"
PICTURES = "pictures"


def _person_fields() -> tuple[list[str], list[str], list[str]]:
    """(every field, the text fields, the required fields) of a Person, in the model's order."""
    info = msgspec.inspect.type_info(Person)
    assert isinstance(info, msgspec.inspect.StructType)
    names, texts, required = [], [], []
    for f in info.fields:
        names.append(f.name)
        kinds = f.type.types if isinstance(f.type, msgspec.inspect.UnionType) else (f.type,)
        if any(isinstance(kind, msgspec.inspect.DictType) for kind in kinds):
            texts.append(f.name)
        if f.required:
            required.append(f.name)
    return names, texts, required


FIELDS, TEXT_FIELDS, REQUIRED = _person_fields()
CATEGORY_NAME = "category name"  # not a Person field: `category.LANG` columns name the category in people.yaml


class PeopleImportError(Exception):
    """What stops the import: every problem, one line each."""

    def __init__(self, lines: list[str]):
        self.lines = lines
        super().__init__("\n".join(lines))


@dataclass
class _Column:
    index: int
    field: str
    language: str | None  # None: the same text in every language, or a plain field


@dataclass
class _Row:
    number: int  # as the spreadsheet shows it
    values: dict[str, Any] = field(default_factory=dict)  # field -> str, or {language: str} for a text


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
        raise PeopleImportError([f"{name}: {error}"]) from error
    result = read_detailed(pack)
    parts = result.parts
    if parts is None or parts.meta is None:  # no pack.yaml to read languages, scenes and stories from
        lines = [f"{pack}: the pack has errors; fix them first (huzhou-viewer validate {pack})"]
        raise PeopleImportError(lines + [str(p) for p in result.problems if p.is_error][:10])
    people_file = parts.people_file or PEOPLE_FILE
    target = parts.root / people_file
    if target.exists() and not merge:
        raise PeopleImportError([f"{target} exists: add --merge to merge the sheet into it by id, or move it away"])
    broken = [str(p) for p in result.problems if p.is_error and p.file == people_file]
    if broken:
        raise PeopleImportError([f"{people_file} has errors; fix them before merging into it", *broken])
    # The pack's other errors are not the sheet's to mend, but they are said: the result must pass validate.

    known = {person.id for person in parts.people.people} if merge and parts.people else set()
    reader = _SheetReader(name, sheet, parts, known)
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
        notes.insert(0, f"{name}: read as UTF-8")
    elif sheet.encoding:
        notes.insert(0, f"{name}: not UTF-8, read as {sheet.encoding} (Chinese Excel's CSV); saving it as "
                        "'CSV UTF-8' avoids the guess")
    buffer = io.StringIO()
    yaml.dump(document, buffer)
    text = buffer.getvalue()
    pack_text = None
    if parts.people_file is None:
        pack_text = _pack_with_people(parts.root / PACK_FILE, yaml)
        notes.append(f"{PACK_FILE}: now names {PEOPLE_FILE} (people: {PEOPLE_FILE})")
    problems = _check(parts, result.where, people_file, text)
    if problems:
        raise PeopleImportError([reader.where(p, text) for p in problems])
    _write(target, text)
    if pack_text is not None:  # after the file it names: a running show's pack watcher never sees it missing
        _write(parts.root / PACK_FILE, pack_text)
    written = [target] + ([parts.root / PACK_FILE] if pack_text is not None else [])
    return ImportResult(written, len(rows), added, updated, notes)


class _SheetReader:
    def __init__(self, name: str, sheet: Sheet, parts: Any, known: set[str]) -> None:
        self.name, self.sheet, self.parts = name, sheet, parts
        self.known = known  # ids already in the people file (merging): their rows may leave cells empty
        self.languages: list[str] = parts.meta.languages
        self.errors: list[str] = []
        self.columns: list[_Column] = []
        self.header_row = 0
        self.field_columns: dict[str, int] = {}  # the first column of each field, for errors found afterwards
        self.row_of_id: dict[str, int] = {}
        self.category_names: dict[str, tuple[int, dict[str, str]]] = {}  # id -> (first row naming it, names)

    def error(self, row: int, column: int, message: str) -> None:
        self.errors.append(f"{self.name}:{row}:{column_letter(column)}: {message}")

    def read(self) -> list[_Row]:
        rows = self.sheet.rows
        header = next((i for i, row in enumerate(rows) if any(row)), None)
        if header is None:
            self.error(1, 0, "the sheet is empty; its first row names the columns: " + _example_header(self.languages))
            return []
        self.header_row = header + 1
        self._header(rows[header])
        if self.errors:
            return []
        people = [self._row(i + 1, row) for i, row in enumerate(rows) if i > header and any(row)]
        if not people:
            self.error(self.header_row + 1, 0, "no people below the header row")
        return people

    def _header(self, cells: list[str]) -> None:
        seen: dict[tuple[str, str | None], int] = {}
        row = self.header_row
        for index, cell in enumerate(cells):
            if not cell:
                continue
            base, _, tag = cell.partition(".")
            base = base.strip()
            language = tag.strip() or None
            if base not in FIELDS:
                self.error(row, index, f"unknown column '{cell}'{did_you_mean(base, FIELDS)}; the columns are "
                                       + _example_header(self.languages))
                continue
            if language is not None and base == "category":
                base = CATEGORY_NAME  # category.en: the category's name, beside its id in `category`
            elif language is not None and base not in TEXT_FIELDS:
                self.error(row, index, f"'{base}' is the same in every language: name the column '{base}'")
                continue
            if language is not None and language not in self.languages:
                known = ", ".join(self.languages)
                self.error(row, index, f"'{language}' is not a language of the pack ({known})"
                                       f"{did_you_mean(language, self.languages)}")
                continue
            if (base, language) in seen:
                self.error(row, index, f"column '{cell}' is also column {column_letter(seen[(base, language)])}")
                continue
            seen[(base, language)] = index
            self.field_columns.setdefault(base, index)
            self.columns.append(_Column(index, base, language))
        after = max((c.index for c in self.columns), default=-1) + 1
        for need in REQUIRED:
            if need not in self.field_columns:
                options = " or ".join([f"'{need}'"] + [f"'{need}.{lang}'" for lang in self.languages])
                self.error(row, after, f"missing column {options}")

    def _row(self, number: int, cells: list[str]) -> _Row:
        row = _Row(number)
        named = {column.index for column in self.columns}
        for index, value in enumerate(cells):
            if value and index not in named:
                self.error(number, index, f"'{_short(value)}' is in a column without a name in row {self.header_row}")
        for column in self.columns:
            value = cells[column.index] if column.index < len(cells) else ""
            if column.language is None:
                if value:
                    row.values[column.field] = value
            elif value:
                texts = row.values.setdefault(column.field, {})
                if isinstance(texts, dict):
                    texts[column.language] = value
        for key, value in row.values.items():  # each text in the pack's order of languages
            if isinstance(value, dict):
                row.values[key] = {lang: value[lang] for lang in self.languages if lang in value}
        for need in REQUIRED:
            if need not in row.values and (need == "id" or row.values.get("id") not in self.known):
                self.error(number, self.field_columns[need], f"empty '{need}': every person needs one")
        self._id(row)
        self._photo(row)
        self._references(row)
        self._category_name(row)
        return row

    def _category_name(self, row: _Row) -> None:
        names = row.values.get(CATEGORY_NAME)
        if not isinstance(names, dict):
            return
        category = row.values.get("category")
        column = self.field_columns[CATEGORY_NAME]
        if not isinstance(category, str):
            where = column_letter(self.field_columns["category"]) if "category" in self.field_columns else "a " \
                "'category' column"
            self.error(row.number, column, f"a category's name needs the category's id (in {where})")
            return
        first = self.category_names.setdefault(category, (row.number, names))
        for language, name in names.items():
            if first[1].get(language, name) != name:
                index = next(c.index for c in self.columns if c.field == CATEGORY_NAME and c.language == language)
                self.error(row.number, index, f"category '{category}' is named '{first[1][language]}' in row "
                                              f"{first[0]}")

    def _id(self, row: _Row) -> None:
        person = row.values.get("id")
        if not isinstance(person, str):
            return
        column = self.field_columns["id"]
        if any(ch.isspace() for ch in person):
            self.error(row.number, column, f"id '{person}' has a space; ids are written like 'li-ming'")
        elif person in self.row_of_id:
            self.error(row.number, column, f"id '{person}' is also in row {self.row_of_id[person]}")
        else:
            self.row_of_id[person] = row.number

    def _photo(self, row: _Row) -> None:
        photo = row.values.get("photo")
        if not isinstance(photo, str):
            return
        column = self.field_columns["photo"]
        if "/" in photo or "\\" in photo:
            self.error(row.number, column, f"'{photo}': give the file name only, of a picture in the pack's "
                                           f"'{PICTURES}' folder")
            return
        relative = f"{PICTURES}/{photo}"
        ref = resolve_in_pack(self.parts.root, relative)
        problem = ref.problem if ref.path is None else picture_problem(ref.path, relative)
        if problem:
            self.error(row.number, column, problem)
        else:
            row.values["photo"] = relative

    def _references(self, row: _Row) -> None:
        scenes = [scene.id for _, scene in self.parts.scenes if scene is not None]
        stories = [block.id for _, scene in self.parts.scenes if scene is not None
                   for block in scene.blocks if getattr(block, "id", None)]
        for key, known, what in (("season", scenes, "scene"), ("story", stories, "story")):
            value = row.values.get(key)
            if isinstance(value, str) and value not in known:
                self.error(row.number, self.field_columns[key],
                           f"no {what} with id '{value}' in the pack{did_you_mean(value, known)}")

    def where(self, problem: Any, text: str) -> str:
        """A problem found in the would-be people.yaml, said at the sheet's cell it came from when it can be."""
        if problem.file != self.parts.people_file:
            return f"{problem} (with the people of {self.name})"
        from ruamel.yaml import YAML

        tree = YAML(typ="rt").load(text)
        people: Any = tree.get("people") or []
        for index in reversed(range(len(people))):
            start = people.lc.data[index][0] + 1
            if start <= problem.line:
                entry = people[index]
                number = self.row_of_id.get(entry.get("id"))
                if number is None:
                    break
                key = next((k for k in reversed(list(entry)) if entry.lc.data[k][0] + 1 <= problem.line), "id")
                return f"{self.name}:{number}:{column_letter(self.field_columns.get(key, 0))}: {problem.message}"
        return str(problem)


def _merge(document: Any, rows: list[_Row]) -> tuple[int, int, list[str]]:
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
    notes = []
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
                notes.append(f"{PEOPLE_FILE}: added category '{category}' under its id; name it there, or in "
                             "category.LANG columns")
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
    """All of it or nothing: written beside the file, then renamed over it."""
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _short(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _example_header(languages: list[str]) -> str:
    first = languages[0] if languages else "en"
    columns = ["id"] + [f"{name}.{first}" for name in REQUIRED if name != "id"] + ["category", "photo"]
    return ", ".join(columns) + f" (one column per language for a text: name.{first}, ...)"
