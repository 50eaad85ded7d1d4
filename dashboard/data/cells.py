"""A file's cells as text, in a DuckDB table: columns c0 … cN (VARCHAR; an empty cell is NULL or
''), one row per record in file order, so a cell's spreadsheet row is the table's rowid + 1.

A large CSV file is parsed by DuckDB's reader straight into the table, on every core and without a
Python string per cell. It takes that way only when its reading cannot differ from the exact reader
below: UTF-8 text without NUL bytes, blank lines, lone carriage returns or a quote next to a space or
tab, and a header line that fits on one line. Anything else, and anything DuckDB's reader refuses
(a row with more fields than the header, an open quote, another encoding), is read by the exact
reader: the bytes decoded (UTF-8, UTF-16 with a byte-order mark, else Windows-1252 with a warning)
and split by pandas' parser, whose located messages the malformed-file corpus pins. Workbooks are
read with openpyxl.
"""

from __future__ import annotations

import csv
import io
import re

import duckdb
import pandas as pd

from dashboard.data.scratch import Scratch
from dashboard.domain.problems import WARNING, Problem, problem

DELIMITERS = (";", ",", "\t")
_CHUNK = 16 * 1024 * 1024
_HEAD = 64 * 1024
# Where DuckDB's reader and pandas' parser could split a record differently: a quote beside a space
# or tab (blank lines are found by counting: DuckDB skips them, which shifts the row numbers).
_QUOTE_NEXT_TO_SPACE = (b' "', b'\t"', b'" ', b'"\t')
_BOM = b"\xef\xbb\xbf"


def delimiter_of(header_line: str) -> str:
    """The mark the header line uses most (a semicolon on a tie, as Swedish Excel writes)."""
    return max(DELIMITERS, key=lambda mark: (header_line.count(mark), mark == ";"))


def csv_into(scratch: Scratch, path) -> str | None:
    """The file's cells as a table read by DuckDB, or None when the exact reader must read it."""
    shape = _plain_shape(path)
    if shape is None:
        return None
    delimiter, width, lines = shape
    columns = "{" + ", ".join(f"'c{i}': 'VARCHAR'" for i in range(width)) + "}"
    for parallel in ("true", "false"):  # the parallel scanner refuses quoted line breaks with padding
        name = scratch.name("cells")
        try:
            scratch.connection.execute(
                f"CREATE TEMP TABLE {name} AS SELECT * FROM read_csv($path, header = false, delim = $delim, "
                f"quote = '\"', escape = '\"', null_padding = true, strict_mode = true, auto_detect = false, "
                f"parallel = {parallel}, columns = {columns})",
                {"path": str(path), "delim": delimiter},
            )
            break
        except duckdb.Error as error:
            if parallel == "false" or "parallel" not in str(error).lower():
                return None
    records = scratch.connection.execute(f"SELECT count(*) FROM {name}").fetchall()[0][0]
    if records != lines and _has_blank_line(path):  # DuckDB skips blank lines, which shifts row numbers
        scratch.connection.execute(f"DROP TABLE {name}")
        return None
    return name


def _plain_shape(path) -> tuple[str, int, int] | None:
    """(delimiter, fields in the header, lines) of a file DuckDB reads exactly as pandas would;
    None for any other file."""
    try:
        with open(path, "rb") as file:
            head = file.read(_HEAD)
            if head.startswith((b"PK\x03\x04", b"\xff\xfe", b"\xfe\xff")):
                return None
            body = head.removeprefix(_BOM)
            if body[:1] in (b"\n", b"\r") or b"\n" not in body:
                return None
            try:
                first = body[: body.index(b"\n")].decode("utf-8").splitlines()[0]
            except (UnicodeDecodeError, IndexError):
                return None
            lines = _plain_lines(file, head)
            if not first.strip() or lines is None:
                return None
    except OSError:
        return None
    delimiter = delimiter_of(first)
    fields = next(csv.reader([first], delimiter=delimiter, quotechar='"', strict=True), None)
    return (delimiter, len(fields), lines) if fields else None


def _plain_lines(file, head: bytes) -> int | None:
    """How many lines the file has, or None when a byte pattern could make the readers differ."""
    carry, chunk, lines, last = b"", head, 0, b""
    while chunk:
        if chunk.endswith(b"\r"):  # keep a CR LF pair in one chunk
            chunk += file.read(1)
        block = carry + chunk
        if b"\x00" in chunk or (b'"' in block and any(pattern in block for pattern in _QUOTE_NEXT_TO_SPACE)):
            return None
        if b"\r" in chunk and chunk.count(b"\r") != chunk.count(b"\r\n"):
            return None
        lines += chunk.count(b"\n")
        carry, last, chunk = chunk[-2:], chunk, file.read(_CHUNK)
    return lines + (0 if last.endswith(b"\n") else 1)


def _has_blank_line(path) -> bool:
    with open(path, "rb") as file:
        carry = b""
        while chunk := file.read(_CHUNK):
            block = carry + chunk
            if b"\n\n" in block or b"\n\r\n" in block:
                return True
            carry = chunk[-2:]
    return False


# --- The exact reader: bytes → text → pandas' parser, and workbooks -------------------------------


def decode(content: bytes, label: str) -> tuple[str | None, list[Problem]]:
    if content.startswith(b"PK\x03\x04"):
        return None, [problem(label, None, None, "zip_without_xlsx_suffix")]
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):
        return content.decode("utf-16"), []
    if b"\x00" in content:
        sample = content[:4096]
        if sample[1::2].count(0) > len(sample) // 4 or sample[0::2].count(0) > len(sample) // 4:
            return None, [problem(label, None, None, "utf16_without_bom")]
        line = content[: content.index(b"\x00")].count(b"\n") + 1
        return None, [problem(label, line, None, "binary_content")]
    try:
        return content.decode("utf-8-sig"), []
    except UnicodeDecodeError as error:
        line = content[: error.start].count(b"\n") + 1
        try:
            text = content.decode("cp1252")
        except UnicodeDecodeError:
            return None, [problem(label, line, None, "unknown_encoding")]
        return text, [problem(label, line, None, "read_as_windows_1252", WARNING)]


def from_text(text: str, label: str, problems: list[Problem]) -> pd.DataFrame | None:
    """All cells as text, header row first; the delimiter (; , or tab) is read off the header."""
    if not text.strip():
        problems.append(problem(label, None, None, "file_empty"))
        return None
    header_line = next(line for line in text.splitlines() if line.strip())
    try:
        return pd.read_csv(
            io.StringIO(text),
            sep=delimiter_of(header_line),
            header=None,
            dtype=str,
            keep_default_na=False,
            skip_blank_lines=False,
            index_col=False,
            engine="c",
        ).fillna("")
    except pd.errors.ParserError as error:
        problems.append(_parser_problem(label, str(error)))
    except (pd.errors.EmptyDataError, ValueError) as error:
        problems.append(problem(label, None, None, "csv_unreadable_because", reason=str(error)))
    return None


def _parser_problem(label: str, message: str) -> Problem:
    match = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", message)
    if match:
        expected, line, seen = (int(g) for g in match.groups())
        return problem(label, line, None, "field_count", seen=seen, expected=expected)
    match = re.search(r"EOF inside string starting at row (\d+)", message)
    if match:
        return problem(label, int(match.group(1)) + 1, None, "unclosed_quote")
    return problem(label, None, None, "csv_unreadable")
