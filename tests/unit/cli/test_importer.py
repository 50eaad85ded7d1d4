"""The import command: converts seed 000's published table, or lists every problem and writes nothing."""

import pandas as pd
import pytest

from dashboard.cli.importer import main
from dashboard.data import engine
from dashboard.data.loading import load_path
from dashboard.i18n import text
from dashboard.settings import DEFAULT_DATA_PATH, PROJECT_ROOT

SEED = PROJECT_ROOT / "tests" / "fixtures" / "seed000"
INVALID = PROJECT_ROOT / "tests" / "fixtures" / "invalid"
OPTIONS = [
    "--municipality",
    "Borås",
    "--municipality-code",
    "1490",
    "--goal-area",
    "Vård och omsorg",
    "--published",
    "2019-05-03",
    "--source",
    "Borås Stad, Mål och uppdrag, Budget 2019",
]


@pytest.mark.parametrize("name", ["boras_budget2019_excel.csv", "boras_budget2019.xlsx"])
def test_seed_table_converts_into_the_four_published_indicators(tmp_path, capsys, name):
    out = tmp_path / "boras.csv"
    assert main([str(SEED / name), "--out", str(out), *OPTIONS]) == 0
    summary = capsys.readouterr().out.splitlines()[-1]  # after the warnings
    assert summary == f"Skrev {out}: 12 rader, 4 indikatorer, år 2017–2019, kommuner: Borås."
    imported = load_path(out)
    assert [p for p in imported.problems if p.severity == "error"] == []
    # the same figures as the Budget 2019 rows of the default data
    published = load_path(DEFAULT_DATA_PATH / "boras_vard_och_omsorg.csv").observations
    budget_2019 = published[published["published"] == pd.Timestamp("2019-05-03")]
    key = ["indicator", "year"]
    expected = budget_2019[key + ["outcome", "target"]].sort_values(key).reset_index(drop=True)
    got = imported.observations[key + ["outcome", "target"]].sort_values(key).reset_index(drop=True)
    pd.testing.assert_frame_equal(got, expected, check_dtype=False)


def test_every_problem_is_listed_as_file_row_column_and_nothing_is_written(tmp_path, capsys):
    out = tmp_path / "out.csv"
    code = main([str(INVALID / "unknown_direction.csv"), str(INVALID / "bad_published_date.csv"), "--out", str(out)])
    errors = capsys.readouterr().err.splitlines()
    assert code == 2 and not out.exists()
    assert errors[-1] == "Inget skrevs: 2 fel att rätta."
    assert (
        f"{INVALID / 'unknown_direction.csv'}:3:direction: 'up' är ingen känd riktning (increase eller decrease)"
        in errors
    )
    assert any(line.startswith(f"{INVALID / 'bad_published_date.csv'}:3:published:") for line in errors)


def test_an_existing_output_file_is_left_as_it_was_on_failure(tmp_path):
    out = tmp_path / "out.csv"
    out.write_text("gammalt innehåll", encoding="utf-8")
    assert main([str(INVALID / "ragged_row.csv"), "--out", str(out)]) == 2
    assert out.read_text(encoding="utf-8") == "gammalt innehåll"


def test_duplicate_keys_across_input_files_are_reported(tmp_path):
    source = PROJECT_ROOT / "tests" / "fixtures" / "valid" / "minimal.csv"
    assert main([str(source), str(source), "--out", str(tmp_path / "out.csv")]) == 2


def test_a_missing_input_file_is_a_located_problem_not_a_traceback(tmp_path, capsys):
    assert main([str(tmp_path / "saknas.csv"), "--out", str(tmp_path / "out.csv")]) == 2
    errors = capsys.readouterr().err
    assert "kunde inte läsas" in errors and errors.endswith("\nInget skrevs: 1 fel att rätta.\n")


def test_counts_take_their_plural_forms(tmp_path, capsys):
    out = tmp_path / "out.csv"
    assert main([str(PROJECT_ROOT / "tests" / "fixtures" / "valid" / "minimal.csv"), "--out", str(out)]) == 0
    assert capsys.readouterr().out == f"Skrev {out}: 2 rader, 1 indikator, år 2020–2021, kommuner: Testkommun.\n"
    assert text("cli.importer.nothing_written", "en", count=1) == "Nothing was written: 1 error to fix."
    assert text("cli.importer.nothing_written", "en", count=2) == "Nothing was written: 2 errors to fix."
    assert text("cli.importer.rows", count=1) == "1 rad" and text("cli.importer.rows", "en", count=1) == "1 row"


def test_an_output_that_cannot_be_written_exits_1(tmp_path, capsys):
    blocker = tmp_path / "fil"
    blocker.write_text("", encoding="utf-8")
    out = blocker / "out.csv"  # a folder that is a file
    assert main([str(PROJECT_ROOT / "tests" / "fixtures" / "valid" / "minimal.csv"), "--out", str(out)]) == 1
    assert capsys.readouterr().err.startswith(f"{out}: kunde inte skrivas (")


def test_the_duckdb_limits_of_the_environment_apply_and_a_wrong_one_is_said(tmp_path, capsys, monkeypatch):
    before = engine.limits()
    try:
        monkeypatch.setenv("MALBILD_DUCKDB_LOAD_MEMORY", "2GB")
        assert main([str(SEED / "boras_budget2019.xlsx"), *OPTIONS, "--out", str(tmp_path / "ut.csv")]) == 0
        assert engine.limits().load_memory == "2GB"
        monkeypatch.setenv("MALBILD_DUCKDB_LOAD_MEMORY", "mycket")
        assert main([str(SEED / "boras_budget2019.xlsx"), *OPTIONS, "--out", str(tmp_path / "ut2.csv")]) == 1
        assert capsys.readouterr().err.endswith(
            "MALBILD_DUCKDB_LOAD_MEMORY måste vara en minnesstorlek över 0, som 512MB eller 2GB, fick 'mycket'\n"
        )
        assert not (tmp_path / "ut2.csv").exists()
    finally:
        engine.configure(before)
