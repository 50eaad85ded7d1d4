"""Live refresh: changed files are loaded once settled, and only good data replaces what is served."""

import time

from dashboard.data.source import DataSource, fingerprint
from tests.conftest import HEADER

GOOD = HEADER + "\nTestkommun,,,Mål,,Ind,,,2020,5,6,Källa,2020-01-01,\n"
NEWER = GOOD + "Testkommun,,,Mål,,Ind,,,2021,7,,Källa,2021-01-01,\n"
BROKEN = HEADER + "\nTestkommun,,,Mål,,Ind,,,tjugo,5,6,Källa,2020-01-01,\n"


def _source(tmp_path, text=GOOD) -> DataSource:
    (tmp_path / "data.csv").write_text(text, encoding="utf-8")
    return DataSource(tmp_path, check_interval=0)


def _replace(tmp_path, text: str) -> None:
    """Write beside, then rename over, as the import command does."""
    (tmp_path / ".data.csv.tmp").write_text(text, encoding="utf-8")
    (tmp_path / ".data.csv.tmp").replace(tmp_path / "data.csv")
    time.sleep(0.01)


def test_a_change_is_loaded_once_it_has_settled(tmp_path):
    source = _source(tmp_path)
    _replace(tmp_path, NEWER)
    assert len(source.current().observations) == 1  # first look: the file may still be changing
    assert len(source.current().observations) == 2  # same fingerprint again: loaded
    assert not source.status.stale


def test_broken_data_is_refused_and_the_last_good_data_served(tmp_path):
    source = _source(tmp_path)
    good = source.current()
    _replace(tmp_path, BROKEN)
    source.current()
    assert source.current() is good
    status = source.status
    assert status.stale and [(p.row, p.column) for p in status.problems] == [(2, "year")]
    _replace(tmp_path, NEWER)
    source.current()
    assert len(source.current().observations) == 2 and not source.status.stale


def test_a_removed_folder_keeps_the_last_good_data(tmp_path):
    source = _source(tmp_path)
    good = source.current()
    (tmp_path / "data.csv").unlink()
    source.current()
    assert source.current() is good and source.status.stale


def test_nothing_is_reloaded_when_nothing_changed(tmp_path):
    source = _source(tmp_path)
    first = source.current()
    assert source.current() is first and source.current() is first


def test_fingerprint_sees_size_and_time_and_ignores_other_files(tmp_path):
    (tmp_path / "data.csv").write_text(GOOD, encoding="utf-8")
    before = fingerprint(tmp_path)
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    assert fingerprint(tmp_path) == before
    _replace(tmp_path, NEWER)
    assert fingerprint(tmp_path) != before


def test_a_fixed_source_never_looks_at_the_disk(tmp_path, monkeypatch):
    from dashboard.data.source import DataSource as Source
    from tests.conftest import dataset_from

    dataset = dataset_from(GOOD)
    monkeypatch.setattr("dashboard.data.source.fingerprint", lambda path: (_ for _ in ()).throw(AssertionError))
    source = Source.fixed(dataset)
    assert source.current() is dataset and not source.status.stale


def test_a_file_broken_from_the_start_does_not_hold_back_changes_to_the_others(tmp_path):
    (tmp_path / "trasig.csv").write_text(BROKEN, encoding="utf-8")
    source = _source(tmp_path)
    assert source.current().load.failed_files == ("trasig.csv",)
    _replace(tmp_path, NEWER)
    source.current()
    assert len(source.current().observations) == 2 and not source.status.stale
    (tmp_path / "trasig.csv").write_text(GOOD.replace("Ind", "Annan"), encoding="utf-8")  # fixed
    source.current()
    assert source.current().load.failed_files == () and len(source.current().observations) == 3


def test_a_new_broken_file_keeps_the_last_good_data(tmp_path):
    source = _source(tmp_path)
    good = source.current()
    (tmp_path / "ny.csv").write_text(BROKEN, encoding="utf-8")
    source.current()
    assert source.current() is good and [p.file for p in source.status.problems] == ["ny.csv"]
