"""The commands' texts come from the catalogues: --help is fully rendered and every key they name exists."""

import ast
import re

import pytest

from dashboard.cli import fill_cache, importer, kolada
from dashboard.i18n import CATALOGUES, text
from dashboard.settings import PROJECT_ROOT

COMMANDS = {"kolada": kolada.main, "importer": importer.main, "fill_cache": fill_cache.main}
MODULES = [
    *PROJECT_ROOT.glob("dashboard/cli/*.py"),
    PROJECT_ROOT / "dashboard" / "settings.py",
    PROJECT_ROOT / "dashboard" / "web" / "security.py",
]
KEY = re.compile(r"(cli|settings)\.\w+(\.\w+)*")


def _flat(value: str) -> str:
    return " ".join(value.split())  # argparse wraps lines


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_help_shows_the_catalogues_swedish_texts_and_no_placeholder(name, capsys):
    try:
        code = COMMANDS[name](["--help"])
    except SystemExit as done:  # importer and fill_cache leave --help to argparse
        code = done.code
    shown = _flat(capsys.readouterr().out)
    assert code in (0, None)
    assert "{" not in shown and "}" not in shown and not re.search(r"\bcli\.\w|\bsettings\.\w", shown)
    prefix = f"cli.{name}."
    own = [key for key in CATALOGUES["sv"] if key.startswith(prefix + "help_") or key == prefix + "description"]
    shared = [key for key in CATALOGUES["sv"] if key.startswith("cli.fetch.help_")] if name == "kolada" else []
    for key in own + shared:
        assert _flat(text(key, url=kolada.DEFAULT_BASE_URL)) in shown, key


@pytest.mark.parametrize("lang", sorted(CATALOGUES))
def test_help_texts_survive_argparse_percent_formatting(lang):
    """argparse fills help texts with `%`, so a bare % would break --help."""
    assert [key for key, entry in CATALOGUES[lang].items() if key.startswith("cli.") and "%" in str(entry)] == []


def _named_keys() -> set[str]:
    return {
        node.value
        for path in MODULES
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and KEY.fullmatch(node.value)
    }


def test_every_key_the_commands_and_settings_name_exists_and_every_command_key_is_used():
    named = _named_keys()
    assert len(named) > 50
    for catalogue in CATALOGUES.values():
        assert sorted(named - set(catalogue)) == []
        assert sorted(key for key in catalogue if key.startswith("cli.") and key not in named) == []
