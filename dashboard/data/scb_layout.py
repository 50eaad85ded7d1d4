"""Where the table is in an export from SCB's Statistikdatabasen (PxWeb), before any cell is read.

An export opens with the table's title ("Folkmängd efter region, ålder, kön och år"), a blank line
and the header, and may end with footnotes after another blank line; CSV with commas, semicolons
or tabs, or an .xlsx sheet with the title in A1 (PxWeb's own workbooks leave the stub columns'
headings empty and write a stub value only where it changes). Finding the table here, before the
file is split by its header's delimiter, keeps the title's commas from being taken for columns,
and anything that can't be read is one problem naming its line (1-based, as an editor shows it).
dashboard/data/scb_tables.py turns the table into observations.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field

import pandas as pd

from dashboard.data.cells import delimiter_of
from dashboard.data.numbers import clean
from dashboard.domain.problems import Problem, problem
from dashboard.domain.schema import GENDER_WORDS

REGION = "region"  # SCB's name of its regional variable, the column every export here has
YEAR_TOKEN = re.compile(r"(?<![\w/])(1[89]\d\d|2[01]\d\d)(?![\w/])")
# "1490 Borås", "00 Riket", "14 Västra Götalands län" (an age, "20 år", is not a region)
REGION_VALUE = re.compile(r"^(\d{2}|\d{4}|[A-Za-z]{1,4}\d{1,4}[A-Za-z]?)\s+(\S.*?)(?<!\sår)$")
# Stub columns of a workbook without headings, named by what they hold (scb_tables reads the names).
GENDER_NAME = "kön"
YEAR_NAME = "år"
_HEAD_LINES = 50
_HEAD_CHARS = 64 * 1024


@dataclass(frozen=True)
class Line:
    number: int  # 1-based, as an editor or a spreadsheet shows it
    cells: tuple[str, ...]

    @property
    def filled(self) -> list[str]:
        return [cell for cell in self.cells if cell.strip()]

    @property
    def blank(self) -> bool:
        return not self.filled


@dataclass
class Table:
    """An export's table: its title (None without one), header and data lines, all `width` wide."""

    title: str | None
    header_line: int
    header: list[str]
    rows: list[Line]
    notes: int = 0  # footnote lines after the data, left out


@dataclass
class Found:
    """What a file turned out to be: SCB's table, one problem that stops it, or (`header_line`) a
    file of another kind whose title line stands before its header on that line."""

    table: Table | None = None
    problems: list[Problem] = field(default_factory=list)
    header_line: int | None = None


def may_be_export(head: str) -> bool:
    """Whether the first lines of a file could be an export (then the file is read exactly, in Python)."""
    lines = text_lines(head[:_HEAD_CHARS])[:_HEAD_LINES]
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if not filled:
        return False
    first = filled[0]
    header = _fields(lines[first], delimiter_of(lines[first]))
    return (first + 1 < len(lines) and not lines[first + 1].strip()) or _is_scb_header(header)


def in_text(text: str, label: str, max_rows: int, max_columns: int) -> Found | None:
    """The table of a CSV export; None for a file without a title line whose header is not SCB's.
    Its first lines tell; the whole text is split into lines only for SCB's table."""
    head = text_lines(text[:_HEAD_CHARS])[:_HEAD_LINES]
    filled = [i for i, line in enumerate(head) if line.strip()]
    if not filled:
        return None
    first = filled[0]
    after = filled[1] if len(filled) > 1 else None
    if after is None and first + 1 < len(head) and _is_quoted_title(head[first]):
        return Found(problems=[problem(label, first + 1, None, "scb_file_no_header")])
    if after is None or after == first + 1:  # no title line: a plain file, or SCB's without its title
        delimiter = delimiter_of(head[first])
        if not _is_scb_header(_fields(head[first], delimiter)):
            return None
        return _text_table(None, text_lines(text), first, delimiter, label, max_rows, max_columns)
    delimiter = delimiter_of(head[after])
    title, header = _fields(head[first], delimiter), _fields(head[after], delimiter)
    if len(title) != 1 and len(title) == len(header):
        return None  # a header, a blank line and the rows: not a title
    name = title[0] if len(title) == 1 else head[first].strip()
    if len(header) < 2:
        return Found(problems=[problem(label, first + 1, None, "scb_file_no_header")])
    if _is_scb_header(header):
        return _text_table(name, text_lines(text), after, delimiter, label, max_rows, max_columns)
    if REGION_VALUE.match(header[0]):
        return Found(problems=[problem(label, after + 1, None, "scb_file_header_missing", title_row=first + 1)])
    return Found(header_line=after + 1)


def in_sheet(frame: pd.DataFrame, label: str, max_rows: int, max_columns: int) -> Found | None:
    """The table of an .xlsx export (its cells as text, row i of the frame being sheet row i + 1)."""
    lines = [Line(i + 1, tuple(str(v).strip() for v in row)) for i, row in enumerate(frame.itertuples(index=False))]
    filled = [i for i, line in enumerate(lines) if not line.blank]
    if not filled:
        return None
    first = filled[0]
    after = filled[1] if len(filled) > 1 else None
    if len(lines[first].filled) != 1 or after is None or after == first + 1:
        header = list(lines[first].cells)
        if not _is_scb_header(header):
            return None
        return _table(None, first + 1, header, lines[first + 1 :], label, max_rows, max_columns)
    title = lines[first].filled[0]
    if lines[after].cells[0]:  # a header with the stub columns' names
        header = list(lines[after].cells)
        if _is_scb_header(header):
            return _table(title, after + 1, header, lines[after + 1 :], label, max_rows, max_columns)
        if REGION_VALUE.match(header[0]):
            return Found(problems=[problem(label, after + 1, None, "scb_file_header_missing", title_row=first + 1)])
        return Found(header_line=after + 1)
    heading = []  # PxWeb's own workbook: rows of heading values over the value columns only
    for line in lines[after:]:
        if line.blank or line.cells[0]:
            break
        heading.append(line)
    if not any(YEAR_TOKEN.search(cell) for line in heading for cell in line.cells):
        return Found(header_line=after + 1)
    start = after + len(heading)
    stubs = min(next(i for i, cell in enumerate(line.cells) if cell) for line in heading)
    header = _stub_names(lines[start:], stubs) + _heading_names(heading, stubs)
    return _table(title, start, header, lines[start:], label, max_rows, max_columns, fill_down=stubs)


def _is_scb_header(header: list[str]) -> bool:
    names = {name.strip().lower() for name in header}
    return REGION in names and "municipality" not in names


def _is_quoted_title(line: str) -> bool:
    return line.strip().startswith('"') and len(_fields(line, delimiter_of(line))) == 1


def text_lines(text: str) -> list[str]:
    """The text's lines, ended as pandas' parser ends them (LF, CR LF or a lone CR)."""
    lines = re.split(r"\r\n|\r|\n", text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def _fields(line: str, delimiter: str) -> list[str]:
    """A line's fields, read leniently (for telling a title from a header); trailing empty ones dropped."""
    try:
        fields = next(csv.reader([line], delimiter=delimiter, quotechar='"'), [])
    except csv.Error:  # a NUL byte: not a table this module reads
        fields = line.split(delimiter)
    while fields and not fields[-1].strip():
        fields.pop()
    return [f.strip() for f in fields]


def _text_table(title, lines, at, delimiter, label, max_rows, max_columns) -> Found:
    header = _fields(lines[at], delimiter)
    parsed = []
    for number, line in enumerate(lines[at + 1 :], start=at + 2):
        try:
            cells = next(csv.reader([line], delimiter=delimiter, quotechar='"', strict=True), [])
        except csv.Error as error:
            if any(earlier.blank for earlier in parsed):  # a footnote's quote: read it as it comes
                cells = _fields(line, delimiter)
            else:
                code = "unclosed_quote" if "end of data" in str(error) else "scb_file_bad_quotes"
                return Found(problems=[problem(label, number, None, code)])
        parsed.append(Line(number, tuple(cells)))
    return _table(title, at + 1, header, parsed, label, max_rows, max_columns)


def _table(title, header_line, header, lines, label, max_rows, max_columns, fill_down: int = 0) -> Found:
    """The data lines under the header, up to a blank line or a line of one field (the footnotes
    begin there); a line of another width, or data after the end, is the one problem."""
    header = [name.strip() for name in header]
    while header and not header[-1]:
        header.pop()
    width = len(header)
    if width > max_columns:
        return Found(problems=[problem(label, header_line, None, "too_many_columns", count=width, limit=max_columns)])
    rows, end, previous = [], len(lines), [""] * width
    for index, line in enumerate(lines):
        if line.blank or _is_note(line):
            end = index
            break
        cells = _fitted(line.cells, width)
        if cells is None:
            seen = len(line.cells) - _trailing_empty(line.cells)
            return Found(
                problems=[
                    problem(
                        label,
                        line.number,
                        None,
                        "scb_file_field_count",
                        seen=seen,
                        expected=width,
                        header_row=header_line,
                    )
                ]
            )
        cells = [cell or (previous[i] if i < fill_down else "") for i, cell in enumerate(cells)]
        previous = cells
        rows.append(Line(line.number, tuple(cells)))
        if len(rows) > max_rows:
            return Found(problems=[problem(label, None, None, "too_many_rows", limit=max_rows)])
    for later in lines[end + 1 :]:
        if _looks_like_data(later, width):
            return Found(
                problems=[problem(label, lines[end].number, None, "scb_file_table_broken", next_row=later.number)]
            )
    if not rows:
        return Found(problems=[problem(label, header_line, None, "header_only")])
    notes = sum(not line.blank for line in lines[end:])
    return Found(table=Table(title, header_line, header, rows, notes))


def _is_note(line: Line) -> bool:
    """A footnote ("Källa: SCB", "Senast uppdaterad: …"): one field, in the first column."""
    return len(line.filled) == 1 and bool(line.cells[0].strip())


def _trailing_empty(cells) -> int:
    count = 0
    for cell in reversed(cells):
        if cell.strip():
            break
        count += 1
    return count


def _fitted(cells, width: int) -> list[str] | None:
    """The line's cells, `width` of them (empty ones past the header dropped); None for another width."""
    cells = [cell.strip() for cell in cells]
    if len(cells) > width and not any(cells[width:]):
        cells = cells[:width]
    return cells if len(cells) == width else None


def _looks_like_data(line: Line, width: int) -> bool:
    cells = _fitted(line.cells, width)
    return cells is not None and len(line.filled) >= 2 and any(_is_number(cell) for cell in cells)


def _is_number(text: str) -> bool:
    try:
        float(clean(text).replace(",", "."))
    except ValueError:
        return False
    return bool(clean(text))


def _heading_names(heading: list[Line], stubs: int) -> list[str]:
    """Each value column's heading, its rows' values joined ("Folkmängd 2023"); a value stands over
    the columns to its right until the next one, as PxWeb writes a heading spanning them."""
    width = max(len(line.cells) for line in heading)
    names = [[] for _ in range(width - stubs)]
    for line in heading:
        current = ""
        for i in range(stubs, width):
            cell = line.cells[i] if i < len(line.cells) else ""
            current = cell or current
            if current:
                names[i - stubs].append(current)
    return [" ".join(parts) for parts in names]


def _stub_names(lines: list[Line], stubs: int) -> list[str]:
    """Names for stub columns without headings, from what they hold: region, kön, år or nothing."""
    block = []
    for line in lines:
        if line.blank or _is_note(line):
            break
        block.append(line)
    names = []
    for i in range(stubs):
        values = {line.cells[i].lower() for line in block if i < len(line.cells) and line.cells[i]}
        if values and all(REGION_VALUE.match(value) for value in values):
            names.append(REGION)
        elif values and values <= set(GENDER_WORDS):
            names.append(GENDER_NAME)
        elif values and all(re.fullmatch(r"\d{4}", value) for value in values):
            names.append(YEAR_NAME)
        else:
            names.append("")
    return names
