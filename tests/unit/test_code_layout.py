"""The house rules a newcomer relies on: where modules live, how small the callbacks stay, and that
a module's name says which one it is."""

from __future__ import annotations

import ast
from collections import Counter

from dashboard.settings import PROJECT_ROOT

TOP_LEVEL = {"__init__", "__main__", "app", "wsgi", "settings"}
SHIMS = {"importer": "dashboard.cli.importer", "kolada": "dashboard.cli.kolada", "store": "dashboard.cli.fill_cache"}
LAYERS = {"domain", "data", "followup", "analysis", "i18n", "figures", "exports", "web", "cli"}


def _lines(path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def test_every_module_of_the_core_sits_in_a_layer_folder():
    modules = {path.stem for path in (PROJECT_ROOT / "dashboard").glob("*.py")}
    assert modules == TOP_LEVEL | set(SHIMS)
    folders = {
        path.name
        for path in (PROJECT_ROOT / "dashboard").iterdir()
        if path.is_dir() and (path / "__init__.py").exists()
    }
    assert folders == LAYERS


def test_the_command_shims_only_hand_over_to_cli():
    for name, target in SHIMS.items():
        path = PROJECT_ROOT / "dashboard" / f"{name}.py"
        imported = [
            node.module
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.ImportFrom)
        ]
        assert target in imported and _lines(path) <= 10, name


def test_callbacks_are_thin_wiring():
    """No module over 80 lines, and nothing that formats, translates or draws."""
    for path in (PROJECT_ROOT / "callbacks").glob("*.py"):
        assert _lines(path) <= 80, path.name
        imported = {
            node.module or ""
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.ImportFrom)
        }
        imported |= {
            alias.name
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Import)
            for alias in node.names
        }
        assert not {
            name
            for name in imported
            if name.startswith(("plotly", "dashboard.figures", "dashboard.i18n", "dashboard.exports", "dash_bootstrap"))
        }, path.name


def test_no_two_modules_share_a_name():
    """A module's name finds it: no overview.py both in dashboard/ and layouts/."""
    stems = Counter(
        path.stem
        for folder in ("dashboard", "layouts", "callbacks")
        for path in (PROJECT_ROOT / folder).rglob("*.py")
        if path.stem not in ("__init__", "__main__") and path.parent.name != "dashboard"
    )
    assert [stem for stem, count in stems.items() if count > 1] == []
