"""A people sheet read against the pack: its header row mapped to the fields of a person (content/model.py's
Person) and the pack's languages, and each row to a person's values, every bad cell said as SHEET:ROW:COLUMN with
the row number and column letter the spreadsheet shows. people_import.py writes what this reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import msgspec

from huzhou_viewer.content.files import picture_problem, resolve_in_pack
from huzhou_viewer.content.messages import Said, said
from huzhou_viewer.content.model import Person
from huzhou_viewer.content.problems import did_you_mean
from huzhou_viewer.content.sheets import Sheet, column_letter

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


@dataclass
class _Column:
    index: int
    field: str
    language: str | None  # None: the same text in every language, or a plain field


@dataclass
class Row:
    number: int  # as the spreadsheet shows it
    values: dict[str, Any] = field(default_factory=dict)  # field -> str, or {language: str} for a text


class SheetReader:
    """The sheet's rows as people's values; `errors` holds every bad cell, as SHEET:ROW:COLUMN: message."""

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
        self.errors.append(_at_cell(self.name, row, column, message))

    def read(self) -> list[Row]:
        rows = self.sheet.rows
        header = next((i for i, row in enumerate(rows) if any(row)), None)
        if header is None:
            self.error(1, 0, said("the sheet is empty; its first row should name the columns: {columns}",
                                  columns=_example_header(self.languages)))
            return []
        self.header_row = header + 1
        self._header(rows[header])
        if self.errors:
            return []
        people = [self._row(i + 1, row) for i, row in enumerate(rows) if i > header and any(row)]
        if not people:
            self.error(self.header_row + 1, 0, said("no people below the header row"))
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
                # translators: {suggestion} is "; did you mean 'x'?" or nothing
                self.error(row, index, said("unknown column '{cell}'{suggestion}; the columns are {columns}", cell=cell,
                                            suggestion=did_you_mean(base, FIELDS),
                                            columns=_example_header(self.languages)))
                continue
            if language is not None and base == "category":
                base = CATEGORY_NAME  # category.en: the category's name, beside its id in `category`
            elif language is not None and base not in TEXT_FIELDS:
                self.error(row, index, said("'{field}' is the same in every language: name the column '{field}'",
                                            field=base))
                continue
            if language is not None and language not in self.languages:
                self.error(row, index, said("'{language}' is not a language of the pack ({languages}){suggestion}",
                                            language=language, languages=", ".join(self.languages),
                                            suggestion=did_you_mean(language, self.languages)))
                continue
            if (base, language) in seen:
                self.error(row, index, said("column '{cell}' repeats column {column}", cell=cell,
                                            column=column_letter(seen[(base, language)])))
                continue
            seen[(base, language)] = index
            self.field_columns.setdefault(base, index)
            self.columns.append(_Column(index, base, language))
        after = max((c.index for c in self.columns), default=-1) + 1
        for need in REQUIRED:
            if need not in self.field_columns:
                options = _either([f"'{need}'"] + [f"'{need}.{lang}'" for lang in self.languages])
                self.error(row, after, said("missing column {columns}", columns=options))

    def _row(self, number: int, cells: list[str]) -> Row:
        row = Row(number)
        named = {column.index for column in self.columns}
        for index, value in enumerate(cells):
            if value and index not in named:
                # translators: {row} is the header row's number, where this column's heading is empty
                self.error(number, index, said("'{value}' is in a column whose heading (in row {row}) is empty",
                                               value=_short(value), row=self.header_row))
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
                self.error(number, self.field_columns[need], said("empty '{field}': every person needs one",
                                                                  field=need))
        self._id(row)
        self._photo(row)
        self._references(row)
        self._category_name(row)
        return row

    def _category_name(self, row: Row) -> None:
        names = row.values.get(CATEGORY_NAME)
        if not isinstance(names, dict):
            return
        category = row.values.get("category")
        column = self.field_columns[CATEGORY_NAME]
        if not isinstance(category, str):
            if "category" in self.field_columns:
                self.error(row.number, column, said("a category's name needs the category's id (in {column})",
                                                    column=column_letter(self.field_columns["category"])))
            else:
                self.error(row.number, column, said("a category's name needs the category's id (in a 'category' "
                                                    "column)"))
            return
        first = self.category_names.setdefault(category, (row.number, names))
        for language, name in names.items():
            if first[1].get(language, name) != name:
                index = next(c.index for c in self.columns if c.field == CATEGORY_NAME and c.language == language)
                self.error(row.number, index, said("category '{category}' is named '{name}' in row {row}",
                                                   category=category, name=first[1][language], row=first[0]))

    def _id(self, row: Row) -> None:
        person = row.values.get("id")
        if not isinstance(person, str):
            return
        column = self.field_columns["id"]
        if any(ch.isspace() for ch in person):
            self.error(row.number, column, said("id '{id}' has a space; ids are written like 'li-ming'", id=person))
        elif person in self.row_of_id:
            self.error(row.number, column, said("id '{id}' is also in row {row}", id=person,
                                                row=self.row_of_id[person]))
        else:
            self.row_of_id[person] = row.number

    def _photo(self, row: Row) -> None:
        photo = row.values.get("photo")
        if not isinstance(photo, str):
            return
        column = self.field_columns["photo"]
        if "/" in photo or "\\" in photo:
            self.error(row.number, column, said("'{photo}': give the file name only, of a picture in the pack's "
                                                "'{folder}' folder", photo=photo, folder=PICTURES))
            return
        relative = f"{PICTURES}/{photo}"
        ref = resolve_in_pack(self.parts.root, relative)
        problem = ref.problem if ref.path is None else picture_problem(ref.path, relative)
        if problem:
            self.error(row.number, column, problem)
        else:
            row.values["photo"] = relative

    def _references(self, row: Row) -> None:
        scenes = [scene.id for _, scene in self.parts.scenes if scene is not None]
        stories = [block.id for _, scene in self.parts.scenes if scene is not None
                   for block in scene.blocks if getattr(block, "id", None)]
        for key, known in (("season", scenes), ("story", stories)):
            value = row.values.get(key)
            if isinstance(value, str) and value not in known:
                self.error(row.number, self.field_columns[key], _NOT_IN_PACK[key](value, did_you_mean(value, known)))

    def where(self, problem: Any, text: str) -> Said:
        """A problem found in the would-be people.yaml, said at the sheet's cell it came from when it can be."""
        if problem.file != self.parts.people_file:
            return said("{problem} (with the people of {sheet})", problem=problem_line(problem), sheet=self.name)
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
                return _at_cell(self.name, number, self.field_columns.get(key, 0), problem.message)
        return problem_line(problem)


# A row's season names a scene, its story a story block: one whole sentence each.
_NOT_IN_PACK = {
    "season": lambda value, suggestion: said("no scene with id '{id}' in the pack{suggestion}", id=value,
                                             suggestion=suggestion),
    "story": lambda value, suggestion: said("no story with id '{id}' in the pack{suggestion}", id=value,
                                            suggestion=suggestion),
}


def _at_cell(sheet: str, row: int, column: int, message: str) -> Said:
    # translators: SHEET:ROW:COLUMN: MESSAGE, as an editor reads it; {column} is a letter such as B
    return said("{sheet}:{row}:{column}: {message}", sheet=sheet, row=row, column=column_letter(column),
                message=message)


def problem_line(problem: Any) -> Said:
    """A Problem as its line (`str(problem)`), said so its message can be told in another language. 'error' and
    'warning' stay English, as in Problem.said_in: editors' problem matchers read them."""
    fields = {"file": problem.file, "line": problem.line, "column": problem.column, "message": problem.message}
    if problem.is_error:
        return said("{file}:{line}:{column}: error: {message}", **fields)
    return said("{file}:{line}:{column}: warning: {message}", **fields)


def _either(options: list[str]) -> Said | str:
    """'a' or 'b' or 'c': each "or" one message, so a translator sees no list to join."""
    either: Said | str = options[0]
    for other in options[1:]:
        # translators: column names a column may have, such as 'name' and 'name.en'; {either} may itself be two or
        # more joined this way ('name' or 'name.en')
        either = said("{either} or {other}", either=either, other=other)
    return either


def _short(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _example_header(languages: list[str]) -> Said:
    first = languages[0] if languages else "en"
    columns = ["id"] + [f"{name}.{first}" for name in REQUIRED if name != "id"] + ["category", "photo"]
    # translators: {columns} are column names, such as id, name.en; {language} a language tag, such as en
    return said("{columns} (one column per language for a text: name.{language}, ...)", columns=", ".join(columns),
                language=first)
