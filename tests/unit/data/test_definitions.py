"""The indicators' definitions (indicators.csv): matched to the data as the data identifies
indicators, filling only what the data leaves empty, and a defect costing only its cell or row."""

from __future__ import annotations

import shutil

import pytest

from dashboard.data import cache
from dashboard.data.dataset import Dataset
from dashboard.data.definitions import Definition, is_definitions_file
from dashboard.data.loading import load_path
from dashboard.domain.problems import ERROR, WARNING
from dashboard.i18n import describe_problem
from tests.conftest import dataset_from
from tests.paths import FIXTURES

DEFINITIONS = FIXTURES / "definitions"
U21401 = Definition(
    "U21401",
    "Antal personal som en hemtjänsttagare möter under 14 dagar.",
    "antal",
    "decrease",
    "https://api.kolada.se/v3/kpi/U21401",
    "Ordinärt boende",
    True,
)
HOUSING = Definition(
    "Trygghetsbostäder", "Lägenheter som är trygghetsbostäder.", "antal", "decrease", None, None, False
)


def _folder(tmp_path, fixture: str | None = "valid.csv"):
    """observations.csv, and the fixture as indicators.csv."""
    shutil.copy(DEFINITIONS / "observations.csv", tmp_path / "observations.csv")
    if fixture is not None:
        shutil.copy(DEFINITIONS / fixture, tmp_path / "indicators.csv")
    return tmp_path


def _where(problems) -> list[tuple]:
    return [(p.file, p.row, p.column, p.code, p.severity) for p in problems]


def test_the_file_is_recognised_by_its_name():
    assert is_definitions_file("indicators.csv") and is_definitions_file("Indicators.CSV")
    assert is_definitions_file("indicators.xlsx")
    assert not is_definitions_file("indicators_2020.csv") and not is_definitions_file("boras_indicators.csv")


def test_a_valid_file_loads_by_id_and_by_name(tmp_path):
    dataset = Dataset.from_path(_folder(tmp_path))
    assert dataset.problems == ()
    assert dataset.load.loaded_files == ("indicators.csv", "observations.csv")
    assert dataset.definitions == {"U21401": U21401, "Trygghetsbostäder": HOUSING}


def test_the_definition_fills_only_what_the_data_leaves_empty(tmp_path):
    rows = load_path(_folder(tmp_path)).observations
    described = {(key, unit, direction) for key, unit, direction in rows[["indicator_key", "unit", "direction"]].values}
    # U21401's rows had neither: indicators.csv's; Trygghetsbostäder gives its own: kept
    assert described == {("U21401", "antal", "decrease"), ("Trygghetsbostäder", "lägenheter", "increase")}


def test_the_stored_data_is_filled_and_finds_its_definitions(tmp_path):
    """The app opens the data through the cache's store: the filled units and directions are stored,
    and the definitions are read beside the data files."""
    (tmp_path / "data").mkdir()
    data = _folder(tmp_path / "data")
    dataset = cache.load_dataset(data, cache_dir=tmp_path / "cache")
    assert dataset.definitions == {"U21401": U21401, "Trygghetsbostäder": HOUSING}
    whole = dataset.resolved("Testkommun")
    assert set(whole.loc[whole["indicator_key"] == "U21401", "direction"]) == {"decrease"}


def test_swedish_excel_csv_reads_the_same(tmp_path):
    dataset = Dataset.from_path(_folder(tmp_path, "excel_semicolon.csv"))
    assert _where(dataset.problems) == [("indicators.csv", 2, None, "read_as_windows_1252", WARNING)]
    assert dataset.definitions == {"U21401": U21401, "Trygghetsbostäder": HOUSING}


@pytest.mark.parametrize(
    "fixture, column, code, text",
    [
        ("bad_link.csv", "source_url", "definition_not_a_link", "javascript:alert(1)"),
        ("bad_direction.csv", "direction", "definition_not_a_direction", "upp"),
        ("bad_gender_flag.csv", "divided_by_gender", "definition_not_yes_or_no", "kanske"),
    ],
)
def test_a_bad_cell_is_an_error_for_that_cell_and_the_rest_loads(tmp_path, fixture, column, code, text):
    dataset = Dataset.from_path(_folder(tmp_path, fixture))
    assert _where(dataset.problems) == [("indicators.csv", 2, column, code, ERROR)]
    assert dataset.problems[0].params == {"text": text}
    attribute = {"source_url": "source_url", "direction": "direction", "divided_by_gender": "divided_by_gender"}
    expected = Definition(**{**U21401.__dict__, attribute[column]: None})
    assert dataset.definitions == {"U21401": expected, "Trygghetsbostäder": HOUSING}
    assert "indicators.csv" in dataset.load.loaded_files and dataset.load.failed_files == ()


def test_a_bad_direction_fills_nothing(tmp_path):
    rows = load_path(_folder(tmp_path, "bad_direction.csv")).observations
    assert set(rows.loc[rows["indicator_key"] == "U21401", "direction"]) == {""}  # undeclared, as in the data
    assert set(rows.loc[rows["indicator_key"] == "U21401", "unit"]) == {"antal"}


def test_a_repeated_indicator_is_an_error_naming_both_rows_and_the_first_is_kept(tmp_path):
    dataset = Dataset.from_path(_folder(tmp_path, "duplicate_key.csv"))
    assert _where(dataset.problems) == [("indicators.csv", 4, "indicator_id", "definition_repeated", ERROR)]
    assert describe_problem(dataset.problems[0]) == (
        "indicators.csv, rad 4, kolumn indicator_id: indikatorn 'U21401' beskrivs redan i indicators.csv, rad 2; "
        "den här raden hoppas över"
    )
    assert dataset.definitions["U21401"] == U21401


def test_a_definition_of_an_indicator_without_data_is_a_warning(tmp_path):
    dataset = Dataset.from_path(_folder(tmp_path, "unknown_indicator.csv"))
    assert _where(dataset.problems) == [("indicators.csv", 4, "indicator_id", "definition_unknown_indicator", WARNING)]
    assert describe_problem(dataset.problems[0], "en") == (
        "Warning: indicators.csv, row 4, column indicator_id: no indicator in the data has the key 'X99999'; "
        "the definition is not shown"
    )


def test_a_row_without_a_key_is_left_out(tmp_path):
    dataset = Dataset.from_path(_folder(tmp_path, "keyless_row.csv"))
    assert _where(dataset.problems) == [("indicators.csv", 4, "indicator_id", "definition_key_missing", ERROR)]
    assert set(dataset.definitions) == {"U21401", "Trygghetsbostäder"}


def test_a_header_without_a_key_column_refuses_the_file_and_the_data_still_loads(tmp_path):
    dataset = Dataset.from_path(_folder(tmp_path, "no_key_column.csv"))
    assert _where(dataset.problems) == [
        ("indicators.csv", 1, "name", "unknown_column", WARNING),
        ("indicators.csv", 1, "indicator_id/indicator", "definition_key_column_missing", ERROR),
    ]
    assert dataset.load.failed_files == ("indicators.csv",) and dataset.row_count == 3
    assert dataset.definitions == {}


def test_text_is_kept_as_written(tmp_path):
    """Markup is text: the views escape it (tests/unit/layouts/test_definition_part.py)."""
    dataset = Dataset.from_path(_folder(tmp_path, "markup.csv"))
    assert dataset.problems == ()
    definition = dataset.definitions["U21401"]
    assert definition.text == "<script>alert(1)</script> <b>fet</b> & mer"
    assert definition.source_url == "https://example.org/kpi?id=U21401&x=<1>"


def test_without_the_file_there_are_no_definitions(tmp_path):
    dataset = Dataset.from_path(_folder(tmp_path, None))
    assert dataset.problems == () and dataset.definitions == {}
    assert dataset_from(open(DEFINITIONS / "observations.csv", encoding="utf-8").read()).definitions == {}
