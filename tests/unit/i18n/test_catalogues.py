"""The catalogues: the same keys in every language, every key used exists, no Swedish text in layouts."""
import ast
import re
import string
from pathlib import Path

import pytest

from dashboard.domain.statuses import Status
from dashboard.i18n import CATALOGUES, language, progress_label, status_label, text
from dashboard.domain.statuses import Progress
from dashboard.settings import PROJECT_ROOT

PLACEHOLDER = re.compile(r"{(\w+)}")
SOURCES = [*PROJECT_ROOT.glob("layouts/*.py"), *PROJECT_ROOT.glob("callbacks/*.py"), *PROJECT_ROOT.glob("dashboard/**/*.py")]


@pytest.mark.parametrize("lang", sorted(CATALOGUES))
def test_every_key_is_in_every_language(lang):
    others = set().union(*(set(c) for name, c in CATALOGUES.items() if name != lang))
    assert sorted(others - set(CATALOGUES[lang])) == []


def _forms(entry) -> list[str]:
    return list(entry.values()) if isinstance(entry, dict) else [entry]


def _placeholders(entry) -> set[str]:
    return {name for form in _forms(entry) for _, name, _, _ in string.Formatter().parse(form) if name}


def test_translations_take_the_same_placeholders():
    sv, en = CATALOGUES["sv"], CATALOGUES["en"]
    differing = [key for key in sv if _placeholders(sv[key]) != _placeholders(en[key])]
    assert differing == []


def test_plural_entries_have_both_forms_and_are_counted():
    for lang, catalogue in CATALOGUES.items():
        for key, entry in catalogue.items():
            if isinstance(entry, dict):
                assert sorted(entry) == ["one", "other"] and entry["one"] != entry["other"], (lang, key)


def _used_keys() -> set[str]:
    """Literal keys passed to text(...) anywhere in the app."""
    keys = set()
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "text" and node.args \
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                keys.add(node.args[0].value)
    return keys


def test_every_key_the_code_asks_for_exists():
    used = _used_keys()
    assert len(used) > 100
    assert sorted(used - set(CATALOGUES["sv"])) == []


# Swedish letters or words, or anything that reads as a sentence ("Ladda ner tabellen"); class names and ids don't
SWEDISH = re.compile(r"[åäöÅÄÖ]|\b(och|eller|för|inga|visa|utfall|mål|välj|kommun)\b", re.IGNORECASE)
SENTENCE = re.compile(r"^[A-Z][a-z]+ [a-z]")
ALLOWED = {"Målbild"}  # the product's name


def test_layouts_hold_no_swedish_text_of_their_own():
    """Every user-facing string in layouts/ comes from the catalogue (docstrings and comments aside)."""
    found = []
    for path in PROJECT_ROOT.glob("layouts/*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body
                      and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                if (SWEDISH.search(node.value) or SENTENCE.search(node.value)) and node.value not in ALLOWED:
                    found.append(f"{path.name}: {node.value!r}")
    assert found == []


def test_status_and_progress_labels_are_translated_and_swedish_stays_as_the_data_says():
    for status in tuple(Status):
        assert status_label(status, "sv") == status
        assert status_label(status, "en") not in tuple(Status)
    assert status_label("Ej uppnått", "en") == "Not met"
    for label in tuple(Progress):
        assert progress_label(label, "sv") == label and progress_label(label, "en") != label


def test_language_codes_fall_back_to_swedish():
    assert language("EN") == "en" and language("de") == "sv" and language(None) == "sv"
    assert text("view.live", "en", count=4, goal_area="Vård och omsorg", year=2020) == \
        "Showing 4 indicators for Vård och omsorg, 2020"
    assert text("view.live", "sv", count=4, goal_area="Vård och omsorg", year=2020) == \
        "Visar 4 indikatorer för Vård och omsorg, 2020"


def test_the_chart_toolbar_gets_its_texts_from_the_catalogue():
    from layouts.graph_config import graph_config
    swedish, english = graph_config("x", "sv"), graph_config("x", "en")
    assert swedish["locale"] == "sv" and swedish["locales"]["sv"]["dictionary"]["Zoom in"] == "Zooma in"
    assert english["locales"]["en"]["dictionary"]["Zoom in"] == "Zoom in"
    assert swedish["toImageButtonOptions"]["filename"] == "x"
