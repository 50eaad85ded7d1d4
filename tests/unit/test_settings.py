"""Settings from the environment: defaults, parsing, and a clear message for a wrong value."""
import pytest

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


@pytest.mark.parametrize("name,value,fragment", [
    ("PORT", "åttiofemtio", "PORT måste vara ett heltal"),
    ("MALBILD_NEAR_TOLERANCE", "1.5", "mellan 0 och 1"),
    ("MALBILD_REFRESH_SECONDS", "-1", "negativt"),
    ("MALBILD_AUTH", "ldap", "basic"),
    ("MALBILD_FRAME_ANCESTORS", "intranat.example.se", "ingen webbplats"),
])
def test_a_wrong_value_names_the_variable_in_swedish(name, value, fragment):
    with pytest.raises(SettingsError, match=fragment):
        Settings.from_env({name: value})


def test_the_data_cache_lives_in_the_project_unless_moved_or_turned_off(tmp_path):
    assert Settings.from_env({}).cache_dir == PROJECT_ROOT / ".cache" / "data"
    assert Settings.from_env({"MALBILD_CACHE_DIR": str(tmp_path)}).cache_dir == tmp_path
    assert Settings.from_env({"MALBILD_CACHE_DIR": "off"}).cache_dir is None
    assert Settings().cache_dir is None  # an app built in code (tests) reads the files directly
