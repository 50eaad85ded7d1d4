"""Loading a file or a folder: a bad file is left out whole, the others still load, nothing raises."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from dashboard.data.loading import load_path
from dashboard.domain.problems import ERROR
from dashboard.domain.schema import FRAME_COLUMNS
from dashboard.i18n import problem_message
from tests.paths import FIXTURES

HEADER = "municipality,goal_area,indicator,year,outcome,published\n"
ROW_2020 = "Testkommun,Testområde,Testindikator,2020,1,2021-03-01\n"
ROW_2021 = "Testkommun,Testområde,Testindikator,2021,2,2021-03-01\n"


def _write(folder: Path, name: str, *rows: str) -> Path:
    path = folder / name
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def _errors(result) -> list[tuple]:
    return [(p.file, p.row, p.column) for p in result.problems if p.severity == ERROR]


def test_folder_loads_the_good_file_and_lists_the_bad_file_with_its_problems(tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(FIXTURES / "folder_mixed", folder)
    result = load_path(folder)
    assert result.loaded_files == ("a_good.csv",)
    assert result.failed_files == ("b_bad.csv",)
    assert _errors(result) == [("b_bad.csv", 3, "year")]
    assert "'tjugo' är inte ett årtal" in problem_message(result.errors[0])
    assert result.observations["file"].tolist() == ["a_good.csv", "a_good.csv"]
    assert result.observations["year"].tolist() == [2020, 2021]
    assert "Annan testkommun" not in set(result.observations["municipality"])


def test_folder_ignores_files_that_are_not_csv(tmp_path):
    _write(tmp_path, "a.csv", ROW_2020)
    (tmp_path / "notes.txt").write_text("not,a,csv\n", encoding="utf-8")
    result = load_path(tmp_path)
    assert result.loaded_files == ("a.csv",) and result.problems == ()


def test_folder_of_good_files_loads_all_rows_in_name_order(tmp_path):
    _write(tmp_path, "b.csv", ROW_2021)
    _write(tmp_path, "a.csv", ROW_2020)
    result = load_path(tmp_path)
    assert result.loaded_files == ("a.csv", "b.csv") and result.failed_files == ()
    assert result.observations["file"].tolist() == ["a.csv", "b.csv"]
    assert result.observations["year"].tolist() == [2020, 2021]


def test_later_file_repeating_a_key_is_a_duplicate_naming_the_earlier_file_and_row(tmp_path):
    _write(tmp_path, "a.csv", ROW_2021, ROW_2020)
    _write(tmp_path, "b.csv", ROW_2020.replace(",1,", ",7,"))
    result = load_path(tmp_path)
    assert result.loaded_files == ("a.csv",)
    assert result.failed_files == ("b.csv",)
    assert _errors(result) == [("b.csv", 2, "published")]
    assert "dubblett" in problem_message(result.errors[0]) and "a.csv rad 3" in problem_message(result.errors[0])
    assert 7.0 not in set(result.observations["outcome"])
    assert result.observations["file"].tolist() == ["a.csv", "a.csv"]


def test_duplicates_across_files_are_found_among_other_municipalities(tmp_path):
    """Files split by municipality share no key; a later file repeating one municipality's key of a
    file two steps back is still found, beside municipalities no earlier file holds."""
    other = ROW_2020.replace("Testkommun", "Annan kommun")
    _write(tmp_path, "a.csv", ROW_2020, ROW_2021)
    _write(tmp_path, "b.csv", other)
    _write(tmp_path, "c.csv", ROW_2020.replace("Testkommun", "Tredje kommun"), ROW_2021.replace(",2,", ",9,"))
    result = load_path(tmp_path)
    assert result.loaded_files == ("a.csv", "b.csv") and result.failed_files == ("c.csv",)
    assert _errors(result) == [("c.csv", 3, "published")]
    assert "a.csv rad 3" in problem_message(result.errors[0])


def test_later_file_with_same_key_but_other_published_date_is_not_a_duplicate(tmp_path):
    _write(tmp_path, "a.csv", ROW_2020)
    _write(tmp_path, "b.csv", ROW_2020.replace("2021-03-01", "2022-03-01"))
    result = load_path(tmp_path)
    assert result.loaded_files == ("a.csv", "b.csv") and result.problems == ()


def test_a_rejected_file_does_not_count_as_earlier_for_duplicates(tmp_path):
    _write(tmp_path, "a.csv", ROW_2020, "Testkommun,Testområde,Testindikator,tjugo,1,2021-03-01\n")
    _write(tmp_path, "b.csv", ROW_2020)
    result = load_path(tmp_path)
    assert result.failed_files == ("a.csv",) and result.loaded_files == ("b.csv",)
    assert _errors(result) == [("a.csv", 3, "year")]


def test_missing_path_gives_a_problem_and_an_empty_frame(tmp_path):
    result = load_path(tmp_path / "finns_inte")
    assert [(p.row, p.column, p.severity) for p in result.problems] == [(None, None, ERROR)]
    assert "finns inte" in problem_message(result.problems[0])
    assert result.observations.empty
    assert list(result.observations.columns) == list(FRAME_COLUMNS)
    assert result.loaded_files == () and result.failed_files == ()


def test_empty_folder_gives_a_problem_and_an_empty_frame(tmp_path):
    result = load_path(tmp_path)
    assert len(result.errors) == 1 and "inga datafiler (.csv eller .xlsx)" in problem_message(result.errors[0])
    assert result.observations.empty
    assert list(result.observations.columns) == list(FRAME_COLUMNS)


def test_empty_frame_has_the_validated_dtypes(tmp_path):
    frame = load_path(tmp_path).observations
    assert pd.api.types.is_integer_dtype(frame["year"])
    assert frame["outcome"].dtype == "float64" and frame["target"].dtype == "float64"
    assert pd.api.types.is_datetime64_dtype(frame["published"])


def test_single_file_path_loads_that_file():
    result = load_path(FIXTURES / "valid" / "minimal.csv")
    assert result.problems == ()
    assert result.loaded_files == ("minimal.csv",) and result.failed_files == ()
    assert result.observations["outcome"].tolist() == [1.0, 2.5]
    assert result.source.endswith("minimal.csv")


def test_single_bad_file_path_gives_its_problems_and_an_empty_frame():
    result = load_path(FIXTURES / "invalid" / "unknown_direction.csv")
    assert result.failed_files == ("unknown_direction.csv",)
    assert _errors(result) == [("unknown_direction.csv", 3, "direction")]
    assert result.observations.empty


@pytest.mark.parametrize("bad_line,expected_row", [(2, 2), (3, 3)])
def test_cp1252_file_loads_with_a_warning_at_the_row_of_the_first_non_utf8_byte(tmp_path, bad_line, expected_row):
    lines = [
        "municipality,goal_area,indicator,year,outcome",
        "Testkommun,Testomrade,Testindikator,2020,1",
        "Testkommun,Testomrade,Testindikator,2021,2",
    ]
    lines[bad_line - 1] = lines[bad_line - 1].replace("Testomrade", "Testområde")
    (tmp_path / "latin.csv").write_bytes(("\n".join(lines) + "\n").encode("cp1252"))
    _write(tmp_path, "ok.csv", ROW_2020)
    result = load_path(tmp_path)
    assert [(p.file, p.row, p.severity) for p in result.problems] == [("latin.csv", expected_row, "warning")]
    assert "Windows-1252" in problem_message(result.problems[0])
    assert result.loaded_files == ("latin.csv", "ok.csv")


def test_utf8_bom_file_loads_in_a_folder(tmp_path):
    (tmp_path / "bom.csv").write_bytes(b"\xef\xbb\xbf" + (HEADER + ROW_2020).encode("utf-8"))
    result = load_path(tmp_path)
    assert result.problems == () and result.loaded_files == ("bom.csv",)
    assert result.observations["municipality"].tolist() == ["Testkommun"]


def test_warnings_do_not_stop_a_file_from_loading(tmp_path):
    (tmp_path / "w.csv").write_text(HEADER.replace("\n", ",extra\n") + ROW_2020.replace("\n", ",x\n"), encoding="utf-8")
    result = load_path(tmp_path)
    assert result.errors == () and len(result.problems) == 1
    assert result.loaded_files == ("w.csv",) and len(result.observations) == 1
