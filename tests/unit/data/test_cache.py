"""The binary cache: opened instead of validating again, never stale, and never in the way."""

import os

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
    assert len(list((tmp_path / "cache").iterdir())) == 1


def test_a_second_start_opens_the_cache_without_reading_the_files_again(tmp_path, monkeypatch):
    data = _folder(tmp_path)
    cache.load_dataset(data, cache_dir=tmp_path / "cache")
    monkeypatch.setattr(cache, "load_path", lambda path: (_ for _ in ()).throw(AssertionError("validated again")))
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
    assert len([p for p in (tmp_path / "cache").iterdir() if not p.name.startswith(".")]) == cache.KEEP_ENTRIES


def test_large_data_is_validated_in_a_separate_process(tmp_path, monkeypatch):
    data = _folder(tmp_path)
    monkeypatch.setattr(cache, "IN_PROCESS_BYTES", 0)
    monkeypatch.setattr(cache, "load_path", lambda path: (_ for _ in ()).throw(AssertionError("in this process")))
    dataset = cache.load_dataset(data, cache_dir=tmp_path / "cache")
    assert dataset.row_count == 3 and os.listdir(tmp_path / "cache")


def test_the_command_fills_the_cache_and_prints_the_entry(tmp_path, capsys):
    data = _folder(tmp_path)
    assert fill_cache.main([str(data), "--cache-dir", str(tmp_path / "cache")]) == 0
    entry = capsys.readouterr().out.strip()
    assert os.path.exists(os.path.join(entry, "complete"))
