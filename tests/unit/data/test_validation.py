"""The data contract: every problem in a file at once, located by file, row and column.

Rows are numbered as a spreadsheet shows them: header = row 1, first data row = row 2.
The invalid fixtures hold ONE defect each; the valid fixtures load without any problem.
"""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.data.loading import read_file, read_text
from dashboard.data.validation import validate_frame
from dashboard.domain.problems import ERROR, WARNING, Problem, problem
from dashboard.domain.schema import WHOLE_MUNICIPALITY
from dashboard.i18n import describe_problem, problem_line, problem_message
from tests.paths import FIXTURES

INVALID, VALID = FIXTURES / "invalid", FIXTURES / "valid"
HEADER = (
    "municipality",
    "area",
    "goal_area",
    "indicator_id",
    "indicator",
    "direction",
    "year",
    "outcome",
    "target",
    "published",
)


def _raw(*rows: tuple, header: tuple = HEADER) -> pd.DataFrame:
    """Cells as the reader hands them to the validator: all text, "" for an empty cell."""
    return pd.DataFrame([list(row) for row in rows], columns=list(header), dtype=object)


def _row(
    year="2020",
    outcome="1",
    target="",
    area="",
    direction="",
    indicator_id="",
    indicator="Testindikator",
    published="",
    municipality="Testkommun",
) -> tuple:
    return (municipality, area, "Testområde", indicator_id, indicator, direction, year, outcome, target, published)


def _errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == ERROR]


def _where(problems: list[Problem]) -> list[tuple]:
    return [(p.row, p.column) for p in problems]


# (fixture, row, column, fragment of the Swedish message)
INVALID_CASES = [
    ("missing_required_column.csv", 1, "goal_area", "obligatorisk kolumn saknas"),
    ("missing_outcome_and_target_columns.csv", 1, "outcome/target", "minst en av kolumnerna outcome och target"),
    ("non_numeric_outcome.csv", 3, "outcome", "'n/a' är inte ett tal"),
    ("year_not_integer.csv", 3, "year", "'2020.5' är inte ett årtal"),
    ("year_school_year.csv", 3, "year", "'2019/20' är inte ett årtal"),
    ("unknown_direction.csv", 3, "direction", "'up' är ingen känd riktning"),
    (
        "duplicate_key.csv",
        3,
        "published",
        "dubblett: samma kommun, område, indikator, år och publiceringsdatum som rad 2",
    ),
    ("duplicate_key_same_indicator_id_different_names.csv", 3, "published", "dubblett"),
    ("bad_published_date.csv", 3, "published", "'2021-13-01' är inget datum (ÅÅÅÅ-MM-DD)"),
    ("bad_municipality_code.csv", 3, "municipality_code", "'114' är ingen kommunkod"),
    ("empty_required_cell.csv", 3, "indicator", "värde saknas"),
    ("ragged_row.csv", 3, None, "raden har 16 fält men rubrikraden har 15"),
    ("duplicate_header.csv", 1, "year", "kolumnen finns flera gånger"),
    ("empty_file.csv", None, None, "filen är tom"),
]


@pytest.mark.parametrize("name,row,column,fragment", INVALID_CASES, ids=[c[0][:-4] for c in INVALID_CASES])
def test_invalid_file_is_rejected_with_exactly_its_one_located_problem(name, row, column, fragment):
    frame, problems = read_file(INVALID / name, name)
    assert frame is None
    errors = _errors(problems)
    assert len(errors) == 1, [str(p) for p in errors]
    assert (errors[0].file, errors[0].row, errors[0].column) == (name, row, column)
    assert fragment in problem_message(errors[0])


def test_every_invalid_fixture_has_an_expected_problem_listed():
    assert sorted(p.name for p in INVALID.glob("*.csv")) == sorted(c[0] for c in INVALID_CASES)


def test_cp1252_file_is_read_with_a_warning_naming_the_first_non_utf8_row():
    with pytest.raises(UnicodeDecodeError):
        (VALID / "cp1252.csv").read_bytes().decode("utf-8")
    frame, problems = read_file(VALID / "cp1252.csv", "cp1252.csv")
    assert frame is not None and "Testomräde" in set(frame["goal_area"])
    assert [(p.row, p.severity) for p in problems] == [(3, WARNING)]
    assert "Windows-1252" in problem_message(problems[0])


def test_decimal_comma_in_a_comma_separated_file_is_read_as_a_decimal():
    frame, problems = read_file(VALID / "decimal_comma_outcome.csv", "decimal_comma_outcome.csv")
    assert problems == [] and frame["outcome"].tolist() == [10.0, 12.5]


@pytest.mark.parametrize("name", sorted(p.name for p in VALID.glob("*.csv") if p.name != "cp1252.csv"))
def test_valid_fixture_loads_without_any_problem(name):
    frame, problems = read_file(VALID / name, name)
    assert problems == []
    assert frame is not None and len(frame) > 0
    assert set(frame["file"]) == {name}


def test_all_problems_in_a_file_are_reported_at_once():
    raw = _raw(
        _row(year="2020"), _row(year="20x0"), _row(year="2021", outcome="abc"), _row(year="2022", direction="up")
    )
    frame, problems = validate_frame(raw, "t.csv")
    assert frame is None
    assert _where(_errors(problems)) == [(3, "year"), (4, "outcome"), (5, "direction")]
    assert all(p.file == "t.csv" for p in problems)


def test_problems_on_the_same_row_are_all_reported():
    frame, problems = validate_frame(_raw(_row(year="x", outcome="y", direction="z")), "t.csv")
    assert frame is None
    assert sorted(_where(problems)) == [(2, "direction"), (2, "outcome"), (2, "year")]


def test_missing_columns_are_all_reported_in_the_header_row():
    frame, problems = validate_frame(_raw(("Testkommun",), header=("municipality",)), "t.csv")
    assert frame is None
    assert sorted(_where(problems)) == [(1, "goal_area"), (1, "indicator"), (1, "outcome/target"), (1, "year")]


def test_target_without_outcome_column_is_enough():
    raw = _raw(
        ("Testkommun", "Testområde", "Testindikator", "2020", "5"),
        header=("municipality", "goal_area", "indicator", "year", "target"),
    )
    frame, problems = validate_frame(raw, "t.csv")
    assert problems == []
    assert frame["target"].tolist() == [5.0] and frame["outcome"].isna().all()


def test_municipality_code_keeps_its_leading_zero():
    frame, _ = read_file(VALID / "all_columns.csv", "all_columns.csv")
    assert frame["municipality_code"].tolist() == ["0114"] * 3


def test_empty_area_becomes_whole_municipality():
    frame, problems = validate_frame(_raw(_row(area=""), _row(year="2021", area="Testdelen")), "t.csv")
    assert problems == []
    assert frame["area"].tolist() == [WHOLE_MUNICIPALITY, "Testdelen"]


def test_empty_direction_stays_undeclared():
    frame, problems = validate_frame(_raw(_row(direction=""), _row(year="2021", direction="decrease")), "t.csv")
    assert frame["direction"].tolist() == ["", "decrease"] and problems == []


def test_direction_is_typed_text_in_lower_case():
    frame, problems = validate_frame(
        _raw(_row(direction="Decrease"), _row(year="2021", direction=" INCREASE ")), "t.csv"
    )
    assert problems == []
    assert pd.api.types.is_string_dtype(frame["direction"])
    assert frame["direction"].tolist() == ["decrease", "increase"]


def test_year_is_an_integer_column():
    frame, _ = read_file(VALID / "all_columns.csv", "all_columns.csv")
    assert pd.api.types.is_integer_dtype(frame["year"])
    assert frame["year"].tolist() == [2020, 2021, 2020]


def test_outcome_and_target_are_floats_with_missing_as_nan():
    frame, _ = read_file(VALID / "all_columns.csv", "all_columns.csv")
    assert frame["outcome"].dtype == "float64" and frame["target"].dtype == "float64"
    assert frame["outcome"].tolist()[0] == 12.5 and pd.isna(frame["outcome"].tolist()[1])
    assert frame["target"].tolist()[1:] == [10.0, 4.0]


def test_published_is_a_date_and_empty_published_is_missing():
    frame, _ = read_file(VALID / "all_columns.csv", "all_columns.csv")
    assert pd.api.types.is_datetime64_dtype(frame["published"])
    assert frame["published"].iloc[0] == pd.Timestamp("2021-03-01") and pd.isna(frame["published"].iloc[2])


def test_indicator_key_is_indicator_id_when_given_else_name():
    frame, _ = read_file(VALID / "all_columns.csv", "all_columns.csv")
    assert frame["indicator_key"].tolist() == ["T001", "T001", "Testindikator B"]


def test_rows_remember_their_file_and_spreadsheet_row():
    frame, _ = validate_frame(_raw(_row(year="2020"), _row(year="2021")), "t.csv")
    assert frame["file"].tolist() == ["t.csv", "t.csv"] and frame["row"].tolist() == [2, 3]


def test_unknown_extra_column_is_a_warning_and_the_file_still_loads():
    raw = _raw(_row() + ("extra",), header=HEADER + ("kommentar2",))
    frame, problems = validate_frame(raw, "t.csv")
    assert [(p.row, p.column, p.severity) for p in problems] == [(1, "kommentar2", WARNING)]
    assert "okänd kolumn" in problem_message(problems[0])
    assert frame is not None and len(frame) == 1 and "kommentar2" not in frame.columns


def test_row_without_outcome_and_target_is_a_warning_and_is_dropped():
    raw = _raw(_row(year="2020", outcome="1"), _row(year="2021", outcome="", target=""))
    frame, problems = validate_frame(raw, "t.csv")
    assert [(p.row, p.severity) for p in problems] == [(3, WARNING)]
    assert "saknar både utfall och mål" in problem_message(problems[0])
    assert frame["year"].tolist() == [2020]


def test_same_name_with_different_indicator_ids_is_not_a_duplicate():
    raw = _raw(_row(indicator_id="T001"), _row(indicator_id="T002"))
    frame, problems = validate_frame(raw, "t.csv")
    assert problems == [] and len(frame) == 2


def test_same_key_with_different_published_dates_is_not_a_duplicate():
    raw = _raw(_row(published="2020-01-01"), _row(published="2021-01-01"))
    frame, problems = validate_frame(raw, "t.csv")
    assert problems == [] and len(frame) == 2


def test_empty_area_and_whole_municipality_are_the_same_key():
    frame, problems = validate_frame(_raw(_row(area=""), _row(area=WHOLE_MUNICIPALITY)), "t.csv")
    assert frame is None
    assert _where(problems) == [(3, "published")]


def test_whitespace_only_required_cell_counts_as_empty():
    frame, problems = validate_frame(_raw(_row(municipality="   ")), "t.csv")
    assert frame is None and _where(problems) == [(2, "municipality")]


def test_utf8_bom_is_accepted(tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes(b"\xef\xbb\xbf" + (VALID / "minimal.csv").read_bytes())
    frame, problems = read_file(path, "bom.csv")
    assert problems == []
    assert frame["municipality"].tolist() == ["Testkommun", "Testkommun"]


def test_a_problem_line_is_file_row_column_message():
    assert (
        problem_line(problem("t.csv", 3, "year", "not_a_year", text="x"))
        == "t.csv:3:year: 'x' är inte ett årtal (heltal, t.ex. 2020)"
    )
    assert problem_line(problem("t.csv", None, None, "file_empty")) == "t.csv::: filen är tom"


def test_a_described_problem_is_a_swedish_sentence_with_row_and_column():
    assert (
        describe_problem(problem("t.csv", 3, "year", "not_a_year", text="x"))
        == "t.csv, rad 3, kolumn year: 'x' är inte ett årtal (heltal, t.ex. 2020)"
    )
    assert describe_problem(problem("t.csv", None, None, "file_empty")) == "t.csv: filen är tom"
    assert (
        describe_problem(problem("t.csv", 1, "x", "unknown_column", WARNING))
        == "Varning: t.csv, rad 1, kolumn x: okänd kolumn, ignoreras"
    )


@pytest.mark.parametrize(
    "column,first,second", [("year", "2019/20", "2020/21"), ("published", "2021-13-01", "2022-13-01")]
)
def test_rows_with_different_unparseable_key_cells_are_not_reported_as_duplicates(column, first, second):
    frame, problems = validate_frame(_raw(_row(**{column: first}), _row(**{column: second})), "t.csv")
    assert frame is None
    assert _where(problems) == [(2, column), (3, column)]


# --- Spreadsheet row numbers and field counts ---


def test_too_many_fields_on_the_first_data_row_is_reported_as_a_ragged_row():
    text = "municipality,goal_area,indicator,year,outcome\nT,M,I,2020,1,extra\nT,M,I,2021,2\n"
    frame, problems = read_text(text, "t.csv")
    assert frame is None
    assert _where(_errors(problems)) == [(2, None)]


def test_rows_after_a_blank_line_keep_their_spreadsheet_row_number():
    text = "municipality,goal_area,indicator,year,outcome\nT,M,I,2020,1\n\nT,M,I,x,2\n"
    _, problems = read_text(text, "t.csv")
    assert _where(_errors(problems)) == [(4, "year")]
