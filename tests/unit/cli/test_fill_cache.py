"""`python -m dashboard.store`: what it says when there is no cache to fill or a setting is wrong."""

from dashboard.cli import fill_cache
from dashboard.settings import PROJECT_ROOT

DATA = PROJECT_ROOT / "tests" / "fixtures" / "valid" / "minimal.csv"


def test_a_cache_turned_off_is_a_usage_error_in_swedish(monkeypatch, capsys):
    monkeypatch.setenv("MALBILD_CACHE_DIR", "off")
    assert fill_cache.main([str(DATA)]) == 2
    assert capsys.readouterr().err == "MALBILD_CACHE_DIR=off: ingen cache att fylla.\n"


def test_a_wrong_setting_prints_its_sentence_not_a_traceback(monkeypatch, capsys):
    monkeypatch.setenv("MALBILD_REFRESH_SECONDS", "-1")
    assert fill_cache.main([str(DATA)]) == 1
    assert capsys.readouterr().err == "MALBILD_REFRESH_SECONDS kan inte vara negativt\n"


def test_a_mistyped_path_fails_and_stores_nothing(tmp_path, capsys):
    cache = tmp_path / "cache"
    missing = tmp_path / "no-such-folder"
    assert fill_cache.main([str(missing), "--cache-dir", str(cache)]) == 2
    assert capsys.readouterr().err == f"{missing}: här finns inga datafiler (.csv eller .xlsx); ingenting lagrades.\n"
    assert not cache.exists() or not any(cache.iterdir())


def test_a_filled_cache_prints_its_entry(tmp_path, capsys):
    assert fill_cache.main([str(DATA), "--cache-dir", str(tmp_path)]) == 0
    entry = capsys.readouterr().out.strip()
    assert (tmp_path / entry.rsplit("/", 1)[-1] / "complete").exists()
