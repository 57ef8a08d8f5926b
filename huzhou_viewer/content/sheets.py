"""Spreadsheets read as rows of text cells, with the row numbers and column letters the spreadsheet shows.

.xlsx, .xls and .ods are read by python-calamine (imported by the first sheet read, never at start-up); .csv by
the csv module, as UTF-8 (with or without the BOM Excel writes) or, failing that, as GB18030: what Excel on a
Chinese Windows saves as "CSV" is GBK, of which GB18030 is a superset.
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from huzhou_viewer.content.messages import Said, said

SHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
CSV_SUFFIXES = (".csv", ".tsv", ".txt")
MAX_SHEET_BYTES = 64 << 20  # a people list is a few hundred rows; anything this big is the wrong file
CSV_ENCODINGS = ("utf-8-sig", "gb18030")


class SheetError(Exception):
    """The file cannot be read as a sheet at all (missing, unknown format, damaged). `message` says why."""

    def __init__(self, message: Said):
        self.message = message
        super().__init__(message)


@dataclass(frozen=True)
class Sheet:
    """`rows[i]` is the spreadsheet's row i + 1; `rows[i][j]` the text of its column j (A = 0), "" when empty."""

    rows: list[list[str]]
    encoding: str | None = None  # for a CSV: the encoding it was read in


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: the column's name as a spreadsheet shows it."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def read_sheet(path: Path) -> Sheet:
    suffix = path.suffix.lower()
    if suffix not in SHEET_SUFFIXES + CSV_SUFFIXES:
        known = ", ".join(SHEET_SUFFIXES + CSV_SUFFIXES)
        raise SheetError(said("cannot read '{suffix}' files; save the sheet as one of {suffixes}", suffix=path.suffix,
                              suffixes=known))
    try:
        size = path.stat().st_size
    except OSError as error:
        raise SheetError(_unreadable(error)) from error
    if size > MAX_SHEET_BYTES:
        raise SheetError(said("the file is {size} MiB; a sheet may be at most {limit} MiB", size=size >> 20,
                              limit=MAX_SHEET_BYTES >> 20))
    return _read_csv(path) if suffix in CSV_SUFFIXES else _read_workbook(path)


def _read_csv(path: Path) -> Sheet:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SheetError(_unreadable(error)) from error
    for encoding in CSV_ENCODINGS:
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise SheetError(said("neither UTF-8 nor GBK/GB18030 text; save the sheet as 'CSV UTF-8'"))
    first_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=first_line.count) if first_line else ","
    rows = [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    return Sheet(rows, "UTF-8" if encoding == "utf-8-sig" else "GB18030")


def _read_workbook(path: Path) -> Sheet:
    import python_calamine  # a Rust reader for xlsx, xls and ods; only paid for by an import

    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
        if not book.sheet_names:
            return Sheet([])
        # skip_empty_area=False: rows and columns keep their places, so errors name the cells the organiser sees.
        cells = book.get_sheet_by_index(0).to_python(skip_empty_area=False)
    except Exception as error:  # noqa: BLE001 - calamine raises its own kinds for damaged or foreign files
        # translators: {error} is the reader's own (English) account of what is wrong with the file
        raise SheetError(said("not a spreadsheet calamine can read ({error})", error=str(error))) from error
    return Sheet([[_text(cell) for cell in row] for row in cells])


def _unreadable(error: OSError) -> Said:
    # translators: {reason} is the system's own words, such as "Permission denied"
    return said("cannot read: {reason}", reason=error.strerror or str(error))


def _text(cell: object) -> str:
    if cell is None or cell == "":
        return ""
    if isinstance(cell, bool):
        return "true" if cell else "false"
    if isinstance(cell, float):
        # Spreadsheets keep every number as a float: an id typed as 2023 must not become "2023.0".
        return str(int(cell)) if math.isfinite(cell) and cell.is_integer() else repr(cell)
    if isinstance(cell, datetime | date | time):
        return cell.isoformat()
    return str(cell).strip()
