"""Settings from the environment: defaults, parsing, and a clear message for a wrong value."""

import os
import subprocess
import sys

import pytest

from dashboard.domain.messages import Message
from dashboard.i18n import render
from dashboard.settings import DEFAULT_DATA_PATH, PROJECT_ROOT, Settings, SettingsError


def test_defaults_serve_the_project_data_on_loopback():
    settings = Settings.from_env({})
    assert settings.data_path == DEFAULT_DATA_PATH and (settings.host, settings.port) == ("127.0.0.1", 8050)
    assert settings.near_tolerance == 0.05 and settings.refresh_seconds == 2.0
    assert settings.frame_ancestors == ("'self'",) and settings.auth is None
    assert settings.max_content_length == 10 * 1024 * 1024


def test_relative_data_path_is_found_from_the_project_root():
    assert Settings.from_env({"MALBILD_DATA": "data"}).data_path == PROJECT_ROOT / "data"


def test_decimal_comma_is_accepted_in_fractions():
    assert Settings.from_env({"MALBILD_NEAR_TOLERANCE": "0,1"}).near_tolerance == 0.1


@pytest.mark.parametrize(
    "name,value,sentence",
    [
        ("PORT", "åttiofemtio", "PORT måste vara ett heltal, fick 'åttiofemtio'"),
        ("MALBILD_NEAR_TOLERANCE", "1.5", "MALBILD_NEAR_TOLERANCE måste ligga mellan 0 och 1 (t.ex. 0.05 för 5 %)"),
        ("MALBILD_NEAR_TOLERANCE", "nära", "MALBILD_NEAR_TOLERANCE måste vara ett tal, fick 'nära'"),
        ("MALBILD_REFRESH_SECONDS", "-1", "MALBILD_REFRESH_SECONDS kan inte vara negativt"),
        ("MALBILD_REFRESH_SECONDS", "ofta", "MALBILD_REFRESH_SECONDS måste vara ett tal, fick 'ofta'"),
        ("MALBILD_AUTH", "ldap", "MALBILD_AUTH kan vara 'basic' eller tomt, fick 'ldap'"),
        (
            "MALBILD_FRAME_ANCESTORS",
            "intranat.example.se",
            "MALBILD_FRAME_ANCESTORS: 'intranat.example.se' är ingen webbplats (t.ex. https://intranat.example.se)",
        ),
        ("MALBILD_DUCKDB_THREADS", "0", "MALBILD_DUCKDB_THREADS måste vara ett heltal större än 0"),
        ("MALBILD_DUCKDB_THREADS", "många", "MALBILD_DUCKDB_THREADS måste vara ett heltal, fick 'många'"),
        (
            "MALBILD_DUCKDB_MEMORY",
            "mycket",
            "MALBILD_DUCKDB_MEMORY måste vara en minnesstorlek över 0, som 512MB eller 2GB, fick 'mycket'",
        ),
        (
            "MALBILD_DUCKDB_LOAD_MEMORY",
            "0GB",
            "MALBILD_DUCKDB_LOAD_MEMORY måste vara en minnesstorlek över 0, som 512MB eller 2GB, fick '0GB'",
        ),
    ],
)
def test_a_wrong_value_names_the_variable_in_swedish(name, value, sentence):
    with pytest.raises(SettingsError) as raised:
        Settings.from_env({name: value})
    assert render(raised.value.message) == sentence


def test_a_settings_error_is_a_message_rendered_in_either_language():
    with pytest.raises(ValueError) as raised:  # still a ValueError for callers that catch those
        Settings.from_env({"PORT": "åttio"})
    message = raised.value.message
    assert isinstance(message, Message) and message.key == "settings.not_an_integer"
    assert render(message, "sv") == "PORT måste vara ett heltal, fick 'åttio'"
    assert render(message, "en") == "PORT must be a whole number, got 'åttio'"


@pytest.mark.parametrize(
    "command, code",
    [
        (["-c", "import dashboard.wsgi"], 4),  # gunicorn: the app failed to load
        (["-m", "dashboard"], 1),
    ],
)
def test_starting_with_a_wrong_setting_exits_with_its_sentence_not_a_traceback(command, code):
    environ = {**os.environ, "PORT": "åttio", "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, *command],
        cwd=PROJECT_ROOT,
        env=environ,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert (done.returncode, done.stderr) == (code, "PORT måste vara ett heltal, fick 'åttio'\n")


def test_the_data_cache_lives_in_the_project_unless_moved_or_turned_off(tmp_path):
    assert Settings.from_env({}).cache_dir == PROJECT_ROOT / ".cache" / "data"
    assert Settings.from_env({"MALBILD_CACHE_DIR": str(tmp_path)}).cache_dir == tmp_path
    assert Settings.from_env({"MALBILD_CACHE_DIR": "off"}).cache_dir is None
    assert Settings().cache_dir is None  # an app built in code (tests) reads the files directly


def test_duckdb_gets_one_thread_and_a_modest_memory_limit_per_worker_by_default():
    settings = Settings.from_env({})
    assert (settings.duckdb_threads, settings.duckdb_memory, settings.duckdb_load_memory) == (1, "256MB", "1GB")


def test_duckdb_limits_are_read_in_duckdbs_own_units():
    settings = Settings.from_env(
        {"MALBILD_DUCKDB_THREADS": "2", "MALBILD_DUCKDB_MEMORY": "512 mb", "MALBILD_DUCKDB_LOAD_MEMORY": "1.5GiB"}
    )
    assert (settings.duckdb_threads, settings.duckdb_memory, settings.duckdb_load_memory) == (2, "512MB", "1.5GiB")
