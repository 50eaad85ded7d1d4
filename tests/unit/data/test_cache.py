"""The cache of validated data: plain Parquet opened instead of validating again, never stale,
and never in the way."""

import os

import duckdb
import pandas as pd

from dashboard.cli import fill_cache
from dashboard.data import cache
from dashboard.data.dataset import Dataset
from dashboard.i18n import problem_message
from tests.conftest import HEADER

GOOD = (
    HEADER
    + """
Alfaby,0001,,Trygghet,,Känsla av trygghet,%,increase,2019,61.5,65,SCB,2020-03-01,
Alfaby,0001,Norr,Trygghet,,Känsla av trygghet,%,increase,2019,55,65,SCB,2020-03-01,
Betaby,0002,,Trygghet,,Känsla av trygghet,%,increase,2019,70,65,SCB,2020-03-01,
"""
)
BROKEN = HEADER + "\nAlfaby,0001,,Trygghet,,X,%,sideways,2019,1,,s,2020-01-01,\n"


def _folder(tmp_path, broken=False):
    data = tmp_path / "data"
    data.mkdir(exist_ok=True)
    (data / "a.csv").write_text(GOOD.strip() + "\n", encoding="utf-8")
    if broken:
        (data / "b.csv").write_text(BROKEN.strip() + "\n", encoding="utf-8")
    return data


def test_the_cached_data_is_the_data_loaded_from_the_files(tmp_path):
    data = _folder(tmp_path, broken=True)
    direct = Dataset.from_path(data)
    cached = cache.load_dataset(data, cache_dir=tmp_path / "cache")
    again = cache.load_dataset(data, cache_dir=tmp_path / "cache")
    for dataset in (cached, again):
        assert dataset.municipalities() == direct.municipalities()
        pd.testing.assert_frame_equal(dataset.observations, direct.observations)
        for name in direct.municipalities():
            pd.testing.assert_frame_equal(dataset.resolved(name), direct.resolved(name))
        assert dataset.problems == direct.problems and dataset.load.failed_files == ("b.csv",)
        assert dataset.load.loaded_files == direct.load.loaded_files
    assert len(_entries(tmp_path / "cache")) == 1


def _entries(cache_dir):
    return [p for p in cache_dir.iterdir() if not p.name.startswith(".")]


def test_a_second_start_opens_the_cache_without_reading_the_files_again(tmp_path, monkeypatch):
    data = _folder(tmp_path)
    cache.load_dataset(data, cache_dir=tmp_path / "cache")
    monkeypatch.setattr(cache, "build_entry", lambda *args: (_ for _ in ()).throw(AssertionError("validated again")))
    assert cache.load_dataset(data, cache_dir=tmp_path / "cache").row_count == 3


def test_an_edited_file_gets_a_new_entry_and_never_the_old_figures(tmp_path):
    data = _folder(tmp_path)
    first = cache.load_dataset(data, cache_dir=tmp_path / "cache")
    (data / "a.csv").write_text(GOOD.replace("61.5", "62.5").strip() + "\n", encoding="utf-8")
    second = cache.load_dataset(data, cache_dir=tmp_path / "cache")
    assert first.resolved("Alfaby")["outcome"].max() == 61.5
    assert second.resolved("Alfaby")["outcome"].max() == 62.5


def test_an_unwritable_cache_folder_still_serves_the_data(tmp_path):
    data = _folder(tmp_path)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    dataset = cache.load_dataset(data, cache_dir=blocker / "cache")
    assert dataset.municipalities() == ["Alfaby", "Betaby"]


def test_a_missing_path_is_reported_not_cached(tmp_path):
    dataset = cache.load_dataset(tmp_path / "saknas.csv", cache_dir=tmp_path / "cache")
    assert dataset.is_empty and "finns inte" in problem_message(dataset.problems[0])
    assert not (tmp_path / "cache").exists()


def test_old_entries_are_pruned(tmp_path):
    data = _folder(tmp_path)
    for outcome in range(cache.KEEP_ENTRIES + 2):
        (data / "a.csv").write_text(GOOD.replace("61.5", str(outcome)).strip() + "\n", encoding="utf-8")
        cache.load_dataset(data, cache_dir=tmp_path / "cache")
    assert len(_entries(tmp_path / "cache")) == cache.KEEP_ENTRIES


def test_the_store_is_plain_parquet_that_duckdb_opens_directly(tmp_path):
    data = _folder(tmp_path)
    cache.load_dataset(data, cache_dir=tmp_path / "cache")
    (entry,) = _entries(tmp_path / "cache")
    connection = duckdb.connect()
    rows = connection.execute(
        f"SELECT municipality, area, outcome, target, published, file, row FROM '{entry}/observations-*.parquet'"
    ).fetchall()
    assert [row[:4] for row in rows] == [
        ("Alfaby", "Hela kommunen", 61.5, 65.0),
        ("Alfaby", "Norr", 55.0, 65.0),
        ("Betaby", "Hela kommunen", 70.0, 65.0),
    ]
    assert {(str(row[4]), row[5]) for row in rows} == {("2020-03-01", "a.csv")}
    assert [row[6] for row in rows] == [2, 3, 4]
    whole = connection.execute(f"SELECT municipality FROM '{entry}/whole.parquet' ORDER BY ALL").fetchall()
    assert whole == [("Alfaby",), ("Betaby",)]


def test_an_unchanged_file_is_not_read_again_to_find_its_entry(tmp_path, monkeypatch):
    data = _folder(tmp_path)
    first = cache.cache_key(data, tmp_path / "cache")
    monkeypatch.setattr(cache.hashlib, "file_digest", lambda *args: (_ for _ in ()).throw(AssertionError("read")))
    assert cache.cache_key(data, tmp_path / "cache") == first
    (data / "a.csv").write_text(GOOD.replace("61.5", "62.5").strip() + "\n", encoding="utf-8")
    monkeypatch.undo()
    assert cache.cache_key(data, tmp_path / "cache") != first


def test_an_entry_in_use_is_never_pruned(tmp_path):
    data = _folder(tmp_path)
    serving = cache.load_dataset(data, cache_dir=tmp_path / "cache")
    for outcome in range(cache.KEEP_ENTRIES + 1):
        (data / "a.csv").write_text(GOOD.replace("61.5", str(outcome)).strip() + "\n", encoding="utf-8")
        cache.load_dataset(data, cache_dir=tmp_path / "cache")
    assert serving.resolved("Alfaby")["outcome"].max() == 61.5  # its files are still there
    assert len(_entries(tmp_path / "cache")) == cache.KEEP_ENTRIES + 1


def test_the_command_fills_the_cache_and_prints_the_entry(tmp_path, capsys):
    data = _folder(tmp_path)
    assert fill_cache.main([str(data), "--cache-dir", str(tmp_path / "cache")]) == 0
    entry = capsys.readouterr().out.strip()
    assert os.path.exists(os.path.join(entry, "complete"))
