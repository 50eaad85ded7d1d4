"""SCB's table exports (Statistikdatabasen): found past their title line, turned into observations,
or refused with one problem that names the line (tests/fixtures/scb_exports/README.md)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from dashboard.cli import importer
from dashboard.data.loading import load_path
from dashboard.data.readers import ImportOptions, read_bytes, read_path, read_text
from dashboard.data.scb_layout import in_sheet, in_text
from dashboard.data.scb_tables import to_long
from dashboard.data.workbooks import cells_from_xlsx
from dashboard.domain.problems import ERROR, WARNING
from dashboard.i18n import describe_problem

FIXTURES = Path(__file__).parents[2] / "fixtures" / "scb_exports"


def _converted(name: str, options: ImportOptions = ImportOptions(), encoding: str = "utf-8-sig"):
    """The converter's own frame (with `gender`), its file lines and problems, for a fixture."""
    found = in_text((FIXTURES / name).read_text(encoding=encoding), name, 1000, 200)
    assert found is not None and found.table is not None, found
    long, rows, problems = to_long(found.table, name, options)
    return long, list(rows), problems


def _read(name: str, options: ImportOptions = ImportOptions()):
    frame, problems = read_path(FIXTURES / name, name, options)
    return frame, problems


def _codes(problems) -> list[tuple]:
    return [(p.row, p.column, p.code, p.severity) for p in problems]


def _values(frame) -> list[tuple]:
    return [
        (row.municipality, row.municipality_code, row.indicator, int(row.year), row.outcome, int(row.row))
        for row in frame.itertuples()
    ]


# --- The issue's file ----------------------------------------------------------------------------


def test_the_issues_export_loads_instead_of_eight_delimiter_errors():
    """An unquoted title whose commas used to decide the delimiter: the semicolon rows after it
    were 'mixed delimiters', one error per line."""
    result = load_path(FIXTURES / "issue_unquoted_title_semicolon.csv")
    assert result.errors == ()
    assert [p.code for p in result.problems] == ["scb_file_goal_area_default"]
    assert len(result.observations) == 14  # 7 lines × 2 year columns
    first = result.observations.iloc[0]
    assert (first["municipality"], first["municipality_code"], int(first["year"]), first["outcome"]) == (
        "Borås",
        "1490",
        2022,
        57120.0,
    )
    assert int(first["row"]) == 4 and first["source"] == "SCB" and first["goal_area"] == "Folkmängd"
    koping = result.observations[result.observations["municipality"] == "Köping"]
    assert sorted(zip(koping["year"].astype(int), koping["outcome"])) == [(2022, 26300.0), (2023, 26400.0)]
    assert set(result.observations["indicator"]) == {"Folkmängd"}
    assert sorted(set(result.observations["gender"])) == ["K", "M", "T"]


def test_the_issues_export_has_genders_in_the_converters_frame():
    long, rows, problems = _converted("issue_unquoted_title_semicolon.csv")
    assert _codes(problems) == [(None, None, "scb_file_goal_area_default", WARNING)]
    assert list(zip(long["municipality"], long["gender"], long["year"], long["outcome"])) == [
        ("Borås", "M", "2022", "57120"),
        ("Borås", "M", "2023", "57430"),
        ("Borås", "K", "2022", "57310"),
        ("Borås", "K", "2023", "57650"),
        ("Borås", "T", "2022", "114430"),
        ("Borås", "T", "2023", "115080"),
        ("Borlänge", "M", "2022", "26700"),
        ("Borlänge", "M", "2023", "26800"),
        ("Borlänge", "K", "2022", "26100"),
        ("Borlänge", "K", "2023", "26200"),
        ("Borlänge", "T", "2022", "52800"),
        ("Borlänge", "T", "2023", "53000"),
        ("Köping", "T", "2022", "26300"),
        ("Köping", "T", "2023", "26400"),
    ]
    assert rows == [4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10]
    # "totalt ålder" is the same on every line, so the indicator is the title's measure alone
    assert set(long["indicator"]) == {"Folkmängd"} and set(long["source"]) == {"SCB"}


def test_the_path_the_bytes_and_the_text_read_an_export_alike():
    path = FIXTURES / "issue_unquoted_title_semicolon.csv"
    by_path = read_path(path, path.name)
    by_bytes = read_bytes(path.read_bytes(), path.name)
    by_text = read_text(path.read_text(encoding="utf-8"), path.name)
    assert by_path[1] == by_bytes[1] == by_text[1]
    assert _values(by_path[0]) == _values(by_bytes[0]) == _values(by_text[0])


# --- Shapes that load ----------------------------------------------------------------------------


def test_a_comma_export_with_years_as_columns_and_kon():
    long, rows, _ = _converted("title_comma_wide.csv")
    assert list(zip(long["gender"], long["year"], long["outcome"])) == [
        ("M", "2018", "55900"),
        ("M", "2019", "56420"),
        ("K", "2018", "56278"),
        ("K", "2019", "56759"),
        ("T", "2018", "112178"),
        ("T", "2019", "113179"),
    ]
    assert rows == [4, 4, 5, 5, 6, 6]
    frame, problems = _read("title_comma_wide.csv", ImportOptions(goal_area="Befolkning"))
    assert problems == [] and len(frame) == 6 and set(frame["goal_area"]) == {"Befolkning"}
    totals = frame[frame["outcome"] > 100_000]
    assert sorted(zip(totals["year"].astype(int), totals["outcome"])) == [(2018, 112178.0), (2019, 113179.0)]


def test_a_semicolon_export_in_windows_1252_with_decimal_commas():
    frame, problems = _read("title_semicolon_cp1252.csv")
    assert _codes(problems) == [
        (1, None, "read_as_windows_1252", WARNING),
        (None, None, "scb_file_goal_area_default", WARNING),
    ]
    assert problems[1].params == {"goal_area": "Medelålder", "option": "--goal-area"}
    assert [(int(y), v, int(r)) for y, v, r in zip(frame["year"], frame["outcome"], frame["row"])] == [
        (2022, 40.8, 4),
        (2023, 40.9, 4),
        (2022, 42.6, 5),
        (2023, 42.7, 5),
    ]
    long, _, _ = _converted("title_semicolon_cp1252.csv", encoding="cp1252")
    assert list(long["gender"]) == ["M", "M", "K", "K"] and set(long["indicator"]) == {"Medelålder"}


def test_a_long_export_with_an_ar_column_and_a_byte_order_mark():
    frame, problems = _read("long_year_column.csv")
    assert [p.code for p in problems] == ["scb_file_goal_area_default"]
    assert _values(frame) == [
        ("Borås", "1490", "Folkmängd", 2018, 112178.0, 4),
        ("Borås", "1490", "Folkmängd", 2019, 113179.0, 5),
        ("Borlänge", "2081", "Folkmängd", 2019, 52590.0, 6),
        ("Köping", "1983", "Folkmängd", 2017, 26116.0, 7),
    ]


def test_footnotes_after_the_data_are_left_out_without_a_word():
    found = in_text((FIXTURES / "footnotes.csv").read_text(encoding="utf-8"), "footnotes.csv", 1000, 200)
    assert found.table.notes == 3 and [line.number for line in found.table.rows] == [4]
    frame, problems = _read("footnotes.csv", ImportOptions(goal_area="Befolkning"))
    assert problems == []
    assert _values(frame) == [
        ("Borås", "1490", "Folkmängd", 2018, 112178.0, 4),
        ("Borås", "1490", "Folkmängd", 2019, 113179.0, 4),
    ]


def test_a_footnote_with_a_stray_quote_is_still_a_footnote():
    text = '"Folkmängd efter region och år"\n\n"region","2019"\n"1490 Borås",113179\n\n"Fotnot: 5 cm snö, enligt SMHI\n'
    frame, problems = read_text(text, "q.csv", ImportOptions(goal_area="Befolkning"))
    assert problems == [] and _values(frame) == [("Borås", "1490", "Folkmängd", 2019, 113179.0, 4)]


def test_missing_figures_are_empty_outcomes_and_one_warning_when_loaded():
    long, rows, _ = _converted("missing_values.csv")
    assert list(zip(long["municipality"], long["year"], long["outcome"])) == [
        ("Borås", "2017", ""),  # ..
        ("Borås", "2018", "112178"),
        ("Borås", "2019", "113179"),
        ("Borlänge", "2017", ""),  # .
        ("Borlänge", "2018", ""),  # ..
        ("Borlänge", "2019", "52590"),
    ]
    frame, problems = _read("missing_values.csv", ImportOptions(goal_area="Befolkning"))
    assert _codes(problems) == [(4, None, "scb_file_missing_values", WARNING)]
    assert problems[0].params == {"count": 3}
    assert "3 värden saknas" in describe_problem(problems[0])
    assert _values(frame) == [
        ("Borås", "1490", "Folkmängd", 2018, 112178.0, 4),
        ("Borås", "1490", "Folkmängd", 2019, 113179.0, 4),
        ("Borlänge", "2081", "Folkmängd", 2019, 52590.0, 5),
    ]


def test_a_column_whose_value_varies_names_the_indicator():
    frame, problems = _read("dimension_varies.csv", ImportOptions(goal_area="Befolkning"))
    assert problems == []
    assert list(frame["indicator"]) == ["Folkmängd, 20-64 år", "Folkmängd, 65+ år"]


def test_the_country_and_a_county_are_left_out_with_a_warning_each():
    frame, problems = _read("regions_not_municipalities.csv", ImportOptions(goal_area="Befolkning"))
    assert _codes(problems) == [
        (4, "region", "scb_file_region_skipped", WARNING),
        (5, "region", "scb_file_region_skipped", WARNING),
    ]
    assert [p.params for p in problems] == [
        {"region": "00 Riket", "count": 1},
        {"region": "14 Västra Götalands län", "count": 1},
    ]
    assert _values(frame) == [("Borås", "1490", "Folkmängd", 2019, 113179.0, 6)]


def test_a_tab_export_without_title_takes_its_measure_from_the_values_column():
    frame, problems = _read("tab_no_title_long.csv", ImportOptions(goal_area="Befolkning", source="SCB BE0101"))
    assert problems == []
    assert _values(frame) == [
        ("Borås", "1490", "Folkmängd", 2018, 112178.0, 2),
        ("Borås", "1490", "Folkmängd", 2019, 113179.0, 3),
    ]
    assert set(frame["source"]) == {"SCB BE0101"}


@pytest.mark.parametrize(
    "kon, gender", [("män", "M"), ("kvinnor", "K"), ("totalt", "T"), ("1+2", "T"), ("båda könen", "T"), ("2", "K")]
)
def test_scbs_words_and_codes_for_kon(kon, gender):
    text = f'"Folkmängd efter region, kön och år"\n\n"region","kön","2019"\n"1490 Borås","{kon}",100\n'
    long, _, problems = to_long(in_text(text, "k.csv", 10, 10).table, "k.csv", ImportOptions(goal_area="B"))
    assert problems == [] and list(long["gender"]) == [gender]


@pytest.mark.parametrize(
    "title, measure",
    [
        ("Folkmängd efter region, ålder, kön och år", "Folkmängd"),
        ("Medelålder efter region och kön. År 1998 - 2023", "Medelålder"),
        ("Befolkningstäthet. År 2023", "Befolkningstäthet"),
    ],
)
def test_the_indicator_is_the_measure_before_efter(title, measure):
    text = f'"{title}"\n\n"region","2023"\n"1490 Borås",1\n'
    long, _, problems = to_long(in_text(text, "t.csv", 10, 10).table, "t.csv", ImportOptions())
    assert list(long["indicator"]) == [measure] and list(long["goal_area"]) == [measure]
    assert problems[0].params["goal_area"] == measure


# --- Workbooks -----------------------------------------------------------------------------------


def _workbook(rows: list[list]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for number, row in enumerate(rows, start=1):
        for column, value in enumerate(row, start=1):
            if value is not None:
                sheet.cell(number, column, value)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# PxWeb's own workbook: title in A1, two heading rows over the value columns only, a stub value
# written where it changes, the footnotes below (made-up figures in SCB's shape)
PXWEB_BOOK = [
    ["Folkmängd efter region, kön och år"],
    [],
    [None, None, "Folkmängd", None],
    [None, None, "2018", "2019"],
    ["1490 Borås", "män", 55900, 56420],
    [None, "kvinnor", 56278, 56759],
    ["2081 Borlänge", "män", 26300, ".."],
    [None, "kvinnor", 26000, 26290],
    [],
    ["Senast uppdaterad:"],
    ["Folkmängd: 2024-02-21 08:00"],
    ["Källa:"],
    ["SCB"],
]


def test_pxwebs_workbook_with_stub_values_written_once_and_footnotes():
    content = _workbook(PXWEB_BOOK)
    frame, _ = cells_from_xlsx(content, "f.xlsx", 1000, 200, None)
    found = in_sheet(frame, "f.xlsx", 1000, 200)
    assert found.table.header == ["region", "kön", "Folkmängd 2018", "Folkmängd 2019"]
    assert found.table.header_line == 4 and found.table.notes == 4
    long, rows, _ = to_long(found.table, "f.xlsx", ImportOptions(goal_area="Befolkning"))
    assert list(zip(long["municipality"], long["gender"], long["year"], long["outcome"], rows)) == [
        ("Borås", "M", "2018", "55900", 5),
        ("Borås", "M", "2019", "56420", 5),
        ("Borås", "K", "2018", "56278", 6),
        ("Borås", "K", "2019", "56759", 6),
        ("Borlänge", "M", "2018", "26300", 7),
        ("Borlänge", "M", "2019", "", 7),
        ("Borlänge", "K", "2018", "26000", 8),
        ("Borlänge", "K", "2019", "26290", 8),
    ]
    observations, problems = read_bytes(content, "f.xlsx", ImportOptions(goal_area="Befolkning"))
    assert _codes(problems) == [(7, None, "scb_file_missing_values", WARNING)]
    assert len(observations) == 7 and list(observations["municipality_code"].unique()) == ["1490", "2081"]


def test_a_workbook_with_the_stub_columns_named_in_its_header():
    content = _workbook(
        [["Folkmängd efter region och år"], [], ["region", "2018", "2019"], ["1490 Borås", 112178, 113179]]
    )
    frame, problems = read_bytes(content, "s.xlsx", ImportOptions(goal_area="Befolkning"))
    assert problems == []
    assert _values(frame) == [
        ("Borås", "1490", "Folkmängd", 2018, 112178.0, 4),
        ("Borås", "1490", "Folkmängd", 2019, 113179.0, 4),
    ]


def test_a_workbook_with_a_ragged_region_names_the_row():
    rows = [
        ["Folkmängd efter region och år"],
        [],
        ["region", "2018", "2019"],
        ["1490 Borås", 1, 2],
        ["00"],
        ["x", 3, 4],
    ]
    frame, problems = read_bytes(_workbook(rows), "r.xlsx")
    assert frame is None and _codes(problems) == [(5, None, "scb_file_table_broken", ERROR)]
    assert problems[0].params == {"next_row": 6}


# --- Files that can't be read: one problem, naming the line ---------------------------------------


@pytest.mark.parametrize(
    "name, row, column, code, params, words",
    [
        (
            "ragged_line.csv",
            6,
            None,
            "scb_file_field_count",
            {"seen": 3, "expected": 5, "header_row": 3},
            "rad 6: raden har 3 fält, men tabellens rubrikrad (rad 3) har 5",
        ),
        ("title_without_header.csv", 1, None, "scb_file_no_header", {}, "rad 1: raden ser ut som en tabelltitel"),
        ("data_without_header.csv", 3, None, "scb_file_header_missing", {"title_row": 1}, "efter titeln på rad 1"),
        ("blank_line_inside_table.csv", 5, None, "scb_file_table_broken", {"next_row": 6}, "men rad 6 efter den"),
        ("unclosed_quote.csv", 5, None, "unclosed_quote", {}, "rad 5: ett citattecken"),
        ("monthly.csv", 3, None, "scb_file_no_year", {}, "bara tabeller per år kan läsas"),
        ("no_title_no_measure.csv", 1, None, "scb_file_no_measure", {}, "spara tabellen med rubrik"),
        ("unknown_gender.csv", 5, "kön", "scb_file_unknown_gender", {"text": "okänt"}, "'okänt' är inget kön"),
    ],
)
def test_an_export_that_cannot_be_read_gives_one_problem_naming_its_line(name, row, column, code, params, words):
    frame, problems = _read(name)
    assert frame is None
    assert _codes(problems) == [(row, column, code, ERROR)]
    assert problems[0].params == params
    assert words in describe_problem(problems[0])


def test_a_failed_export_in_a_folder_leaves_the_others_loaded(tmp_path):
    for name in ("long_year_column.csv", "ragged_line.csv"):
        (tmp_path / name).write_bytes((FIXTURES / name).read_bytes())
    result = load_path(tmp_path)
    assert result.loaded_files == ("long_year_column.csv",) and result.failed_files == ("ragged_line.csv",)
    assert [(p.file, p.row, p.code) for p in result.errors] == [("ragged_line.csv", 6, "scb_file_field_count")]


# --- Other files keep their reading ---------------------------------------------------------------


def test_an_ordinary_file_that_mixes_delimiters_is_still_reported():
    name = "header_comma_rows_semicolon.csv"
    frame, problems = read_path(FIXTURES.parent / "malformed" / name, name)
    assert frame is None and [(p.row, p.code) for p in problems] == [(2, "mixed_delimiters")]


def test_a_title_line_above_the_contracts_header_is_read_from_the_header():
    text = (
        "Budgetuppföljning 2021\n\n"
        "municipality;goal_area;indicator;year;outcome\n"
        "Borås;Vård;Andel;2020;12,5\n"
        "Borås;Vård;Andel;2021;tolv\n"
    )
    frame, problems = read_text(text, "b.csv")
    assert frame is None and [(p.row, p.column, p.code) for p in problems] == [(5, "outcome", "not_a_number")]
    frame, problems = read_text(text.replace("tolv", "13"), "b.csv")
    assert problems == [] and list(frame["row"]) == [4, 5] and list(frame["outcome"]) == [12.5, 13.0]


def test_a_blank_line_after_an_ordinary_header_is_not_a_title():
    text = "municipality,goal_area,indicator,year,outcome\n\nBorås,Vård,Andel,2020,1\n"
    frame, problems = read_text(text, "c.csv")
    assert problems == [] and list(frame["row"]) == [3]


def test_a_workbook_with_a_title_above_the_contracts_header_is_read_from_the_header():
    header = ["municipality", "goal_area", "indicator", "year", "outcome"]
    content = _workbook([["Budgetuppföljning 2021"], [], header, ["Borås", "Vård", "Andel", 2020, 12.5]])
    frame, problems = read_bytes(content, "b.xlsx")
    assert problems == [] and list(frame["row"]) == [4] and list(frame["outcome"]) == [12.5]


def test_a_table_of_the_country_alone_has_no_municipality():
    text = '"Folkmängd efter region och år"\n\n"region","2019"\n"00 Riket",10300000\n'
    frame, problems = read_text(text, "r.csv", ImportOptions(goal_area="Befolkning"))
    assert frame is None
    assert _codes(problems) == [
        (4, "region", "scb_file_region_skipped", WARNING),
        (None, None, "scb_file_no_municipalities", ERROR),
    ]
    assert describe_problem(problems[0]).endswith("'00 Riket' är ingen kommun; dess rad lästes inte in")


def test_the_import_command_converts_an_export(tmp_path, capsys):
    out = tmp_path / "folkmangd.csv"
    code = importer.main([str(FIXTURES / "long_year_column.csv"), "--out", str(out), "--goal-area", "Befolkning"])
    assert code == 0, capsys.readouterr()
    written = out.read_text(encoding="utf-8").splitlines()
    assert len(written) == 5 and "Borås" in written[1] and "112178" in written[1] and "SCB" in written[1]


def test_the_example_in_data_readme_reads_as_it_says():
    readme = (Path(__file__).parents[3] / "data" / "README.md").read_text(encoding="utf-8")
    section = readme.split("## SCB-tabeller", 1)[1]
    example = section.split("```\n", 2)[1]
    frame, problems = read_text(example, "folkmangd.csv", ImportOptions(goal_area="Befolkning"))
    assert problems == []
    assert _values(frame) == [
        ("Borås", "1490", "Folkmängd", 2018, 112178.0, 4),
        ("Borås", "1490", "Folkmängd", 2019, 113179.0, 4),
    ]
    assert set(frame["source"]) == {"SCB"}


def test_a_dash_is_scbs_zero_and_two_dots_no_figure():
    export = (
        '"Nyinflyttade efter region och år"\n\n"region","2022","2023"\n"1490 Borås","-",".."\n"1983 Köping",".","12"\n'
    )
    frame, problems = read_text(export, "inflyttade.csv", ImportOptions(goal_area="Befolkning"))
    assert [p.code for p in problems if p.severity == ERROR] == []
    rows = sorted(zip(frame["municipality"], frame["year"].astype(int), frame["outcome"]))
    assert rows == [("Borås", 2022, 0.0), ("Köping", 2023, 12.0)]
