"""The common reader: Swedish Excel CSV, published wide tables and .xlsx all become the long format."""

import io

import pytest
from openpyxl import Workbook

from dashboard.data.readers import ImportOptions, read_bytes, read_text
from dashboard.data.wide import direction_from_name, looks_wide
from dashboard.domain.problems import ERROR, WARNING
from dashboard.i18n import problem_message

TABLE = ImportOptions(municipality="Testkommun", goal_area="Testområde", published="2020-01-01", source="Test")
LONG_HEADER = "municipality;goal_area;indicator;year;outcome;target"


def _errors(problems):
    return [(p.row, p.column) for p in problems if p.severity == ERROR]


def test_semicolon_file_with_decimal_comma_thousands_space_and_percent():
    text = LONG_HEADER + "\nT;M;Ind;2020;1\u00a0234,5;\nT;M;Ind;2021;12,5 %;\nT;M;Ind;2022;−3;\n"
    frame, problems = read_text(text, "t.csv")
    assert problems == [] and frame["outcome"].tolist() == [1234.5, 12.5, -3.0]


def test_tab_separated_file_is_sniffed():
    frame, problems = read_text(LONG_HEADER.replace(";", "\t") + "\nT\tM\tInd\t2020\t5\t\n", "t.tsv")
    assert problems == [] and frame["outcome"].tolist() == [5.0]


@pytest.mark.parametrize("mark", ["-", "–", ""])
def test_dash_marks_mean_missing(mark):
    frame, problems = read_text(LONG_HEADER + f"\nT;M;Ind;2020;{mark};7\n", "t.csv")
    assert problems == [] and frame["outcome"].isna().all() and frame["target"].tolist() == [7.0]


def test_mixed_decimal_marks_are_reported_at_the_minority_cell():
    text = LONG_HEADER + "\nT;M;A;2020;1,5;\nT;M;B;2020;2,5;\nT;M;C;2020;3.5;\n"
    frame, problems = read_text(text, "t.csv")
    assert frame is None and _errors(problems) == [(4, "outcome")]
    assert "annat decimaltecken" in problem_message(problems[0])


def test_cp1252_and_utf8_bom_both_read():
    text = LONG_HEADER + "\nTestkommun;Målområde;Ind;2020;1;\n"
    for payload in (text.encode("cp1252"), b"\xef\xbb\xbf" + text.encode("utf-8")):
        frame, _ = read_bytes(payload, "t.csv")
        assert frame["goal_area"].tolist() == ["Målområde"]


def test_wide_table_with_every_header_kind():
    text = "Indikator;Utfall 2017;Senaste utfall 2018;Mål 2019;Målvärde 2020;2016\nAndel nöjda, %;80;81;85;90;79\n"
    frame, problems = read_text(text, "t.csv", TABLE)
    assert [p for p in problems if p.severity == ERROR] == []
    pairs = sorted(zip(frame["year"], frame["outcome"].fillna(-1), frame["target"].fillna(-1)))
    assert pairs == [(2016, 79, -1), (2017, 80, -1), (2018, 81, -1), (2019, -1, 85), (2020, -1, 90)]
    assert set(frame["unit"]) == {"%"} and set(frame["source"]) == {"Test"}


def test_wide_table_target_without_year_needs_the_target_year():
    text = "Indikator;Utfall 2019;Målvärde\nA;1;2\n"
    frame, problems = read_text(text, "t.csv", TABLE)
    assert frame is None and _errors(problems) == [(1, "Målvärde")]
    frame, problems = read_text(text, "t.csv", ImportOptions(**{**TABLE.__dict__, "target_year": 2021}))
    assert frame.loc[frame["target"].notna(), "year"].tolist() == [2021]


def test_wide_table_values_are_located_by_original_row_and_column():
    frame, problems = read_text("Indikator;Utfall 2019;Mål 2020\nA;1;2\nB;ca 4 000;5\n", "t.csv", TABLE)
    assert frame is None and _errors(problems) == [(3, "Utfall 2019")]


def test_wide_table_without_municipality_or_goal_area_says_which_option_is_missing():
    frame, problems = read_text("Indikator;2019\nA;1\n", "t.csv", ImportOptions())
    messages = " ".join(problem_message(p) for p in problems)
    assert frame is None and "--municipality" in messages and "--goal-area" in messages


def test_direction_from_phrases_in_the_name_or_a_column():
    assert direction_from_name("Andel rökare ska minska") == "decrease"
    assert direction_from_name("Antal bostäder ska öka") == "increase"
    assert direction_from_name("Antal bostäder") is None
    text = "Indikator;Riktning;Utfall 2019\nVäntetid;minskar;5\nRökare ska minska;;3\nNöjdhet;;80\n"
    frame, problems = read_text(text, "t.csv", TABLE)
    directions = dict(zip(frame["indicator"], frame["direction"]))
    # Nöjdhet declares none: it stays undeclared (ranked by nobody), and the importer says so
    assert directions == {"Väntetid": "decrease", "Rökare ska minska": "decrease", "Nöjdhet": ""}
    assert [p.severity for p in problems] == [WARNING]


def test_long_header_is_never_mistaken_for_a_wide_table():
    assert not looks_wide(["municipality", "goal_area", "indicator", "year", "outcome"])
    assert looks_wide(["", "Utfall 2018", "Mål 2019"])


def _xlsx(rows, title="Blad1", extra_sheet=None) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    if extra_sheet:
        other = workbook.create_sheet(extra_sheet[0])
        for row in extra_sheet[1]:
            other.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_xlsx_first_sheet_with_real_numbers():
    payload = _xlsx([["municipality", "goal_area", "indicator", "year", "outcome"], ["T", "M", "Ind", 2020, 95.4]])
    frame, problems = read_bytes(payload, "t.xlsx")
    assert problems == [] and frame["outcome"].tolist() == [95.4] and frame["year"].tolist() == [2020]


def test_xlsx_named_sheet_and_a_missing_sheet():
    payload = _xlsx([["x"]], extra_sheet=("Tabell", [["Indikator", "Utfall 2019"], ["A", 3]]))
    frame, _ = read_bytes(payload, "t.xlsx", ImportOptions(**{**TABLE.__dict__, "sheet": "Tabell"}))
    assert frame["outcome"].tolist() == [3.0]
    frame, problems = read_bytes(payload, "t.xlsx", ImportOptions(sheet="Saknas"))
    assert frame is None and "bladen är Blad1, Tabell" in problem_message(problems[0])


def test_macro_workbooks_and_old_excel_are_refused():
    for name in ("t.xlsm", "t.xls"):
        frame, problems = read_bytes(b"anything", name)
        assert frame is None and ".xlsx" in problem_message(problems[0])


def test_row_and_column_caps_give_clear_messages():
    text = LONG_HEADER + "".join(f"\nT;M;Ind;{2000 + i};1;" for i in range(5))
    frame, problems = read_text(text, "t.csv", ImportOptions(max_rows=3))
    assert frame is None and "fler än 3 rader" in problem_message(problems[0])
    frame, problems = read_text(text, "t.csv", ImportOptions(max_columns=4))
    assert frame is None and "6 kolumner; gränsen är 4" in problem_message(problems[0])
