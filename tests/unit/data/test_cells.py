"""Two ways into the cells, one result: DuckDB's CSV reader for plain files, pandas' parser for the
rest, and a file reads the same (rows, values, problems and their rows) whichever way it took."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.data import cells, engine
from dashboard.data.readers import read_bytes, read_path
from dashboard.data.scratch import Scratch

HEADER = "municipality,area,goal_area,indicator,year,outcome,target,published,comment"
PLAIN = {
    "comma": HEADER + "\nA,,M,I,2020,1.5,,2021-01-01,\nA,Norr,M,I,2020,2,3,2021-01-01,en kommentar\n",
    "quoted_comma": HEADER + '\nA,,M,"Andel, %",2020,1,,,\nA,,M,"Andel, %",2021,2,,,"""Hej""!"\n',
    "crlf_no_last_newline": HEADER.replace(",", ";") + "\r\nA;;M;I;2020;1,5;;;\r\nA;;M;I;2021;2,5;;;",
    "bom_and_tabs": "\ufeff" + HEADER.replace(",", "\t") + "\nA\t\tM\tI\t2020\t1\t\t\t\n",
    "quoted_line_break": HEADER + '\nA,,M,I,2020,1,,,"två\nrader"\nA,,M,I,2021,x,,,\n',
    "bad_cells": HEADER + "\nA,,M,I,tjugo,1,,2021-02-30,\n,,M,I,2021,ca 4,,,\nA,,M,I,2021,,,,\n",
    "fewer_fields": HEADER + "\nA,,M,I,2020,1\nA,,M,I,2021,2,,,\n",
}
NOT_PLAIN = {
    "blank_line": HEADER + "\nA,,M,I,2020,1,,,\n\nA,,M,I,tjugo,2,,,\n",
    "quote_after_space": HEADER + '\nA,, "M",I,2020,1,,,\n',
    "lone_carriage_return": HEADER + "\rA,,M,I,2020,1,,,\r",
    "nul_byte": HEADER + "\nA,,M,I,2020,1,,,x\x00\n",
    "more_fields_than_header": HEADER + "\nA,,M,I,2020,1,,,,extra\n",
}


def _write(tmp_path, name: str, text: str, encoding: str = "utf-8"):
    path = tmp_path / f"{name}.csv"
    path.write_bytes(text.encode(encoding))
    return path


def _duckdb_reads(path) -> bool:
    with engine.session() as connection, Scratch(connection) as scratch:
        return cells.csv_into(scratch, path) is not None


def _same(first, second) -> None:
    (frame_a, problems_a), (frame_b, problems_b) = first, second
    assert problems_a == problems_b
    assert (frame_a is None) == (frame_b is None)
    if frame_a is not None:
        pd.testing.assert_frame_equal(frame_a, frame_b)


@pytest.mark.parametrize("name", sorted(PLAIN))
def test_a_plain_file_is_read_by_duckdb_and_gives_what_the_exact_reader_gives(tmp_path, name):
    path = _write(tmp_path, name, PLAIN[name])
    assert _duckdb_reads(path)
    _same(read_path(path, path.name), read_bytes(path.read_bytes(), path.name))


@pytest.mark.parametrize("name", sorted(NOT_PLAIN))
def test_a_file_duckdb_could_read_differently_goes_to_the_exact_reader(tmp_path, name):
    path = _write(tmp_path, name, NOT_PLAIN[name])
    assert not _duckdb_reads(path)
    _same(read_path(path, path.name), read_bytes(path.read_bytes(), path.name))


def test_a_windows_1252_file_goes_to_the_exact_reader_and_keeps_its_warning(tmp_path):
    path = _write(tmp_path, "latin", HEADER + "\nA,,Målområde,I,2020,1,,,\n", encoding="cp1252")
    assert not _duckdb_reads(path)
    frame, problems = read_path(path, path.name)
    assert [(p.code, p.row) for p in problems] == [("read_as_windows_1252", 2)]
    assert frame["goal_area"].tolist() == ["Målområde"]


def test_rows_after_a_blank_line_keep_their_spreadsheet_numbers(tmp_path):
    path = _write(tmp_path, "blank", NOT_PLAIN["blank_line"])
    _, problems = read_path(path, path.name)
    assert [(p.row, p.column, p.code) for p in problems] == [(4, "year", "not_a_year")]


def test_a_quoted_line_break_counts_as_one_record(tmp_path):
    path = _write(tmp_path, "break", PLAIN["quoted_line_break"])
    frame, problems = read_path(path, path.name)
    assert frame is None and [(p.row, p.column) for p in problems] == [(3, "outcome")]
