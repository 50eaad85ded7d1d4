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
