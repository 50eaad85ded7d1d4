"""The catalogues: the same keys in every language, every key used exists, no Swedish text in layouts."""

import ast
import re
import string
from pathlib import Path

import pytest

from dashboard.domain.statuses import Progress, Status
from dashboard.i18n import CATALOGUES, language, progress_label, status_label, text
from dashboard.settings import PROJECT_ROOT

PLACEHOLDER = re.compile(r"{(\w+)}")
SOURCES = [
    *PROJECT_ROOT.glob("layouts/*.py"),
    *PROJECT_ROOT.glob("callbacks/*.py"),
    *PROJECT_ROOT.glob("dashboard/**/*.py"),
]


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
    """Literal keys passed to text(...) or Message.of(...) anywhere in the app."""
    keys = set()
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            called = getattr(node.func, "id", None) if isinstance(node, ast.Call) else None
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "of"
                and getattr(node.func.value, "id", None) == "Message"
            ):
                called = "text"
            if (
                called in ("text", "Term")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                keys.add(node.args[0].value)
    return keys


def test_every_key_the_code_asks_for_exists():
    used = _used_keys()
    assert len(used) > 100
    assert sorted(used - set(CATALOGUES["sv"])) == []


# Swedish letters or words, or anything that reads as a sentence ("Ladda ner tabellen"); class names and ids don't
SWEDISH = re.compile(
    r"[åäöÅÄÖ]|\b(och|eller|för|inga|visa|utfall|mål|välj|kommun|finns|saknas|inte|fel|rader|filen)\b", re.IGNORECASE
)
SENTENCE = re.compile(r"^[A-Z][a-z]+ [a-z]+ [a-z]")
PRODUCT = "Målbild"  # the product's name is the same in every language
CATALOGUES_ON_DISK = {
    "dashboard/i18n/sv.py",
    "dashboard/i18n/en.py",
    "dashboard/i18n/followup_sv.py",
    "dashboard/i18n/followup_en.py",
    "dashboard/i18n/reports_sv.py",
    "dashboard/i18n/reports_en.py",
    "dashboard/i18n/scb_sv.py",
    "dashboard/i18n/scb_en.py",
    "dashboard/i18n/formats_sv.py",
    "dashboard/i18n/formats_en.py",
    "dashboard/i18n/definitions_sv.py",
    "dashboard/i18n/definitions_en.py",
}
# Words Målbild reads in files or writes into them: data, not text it shows a person. A module
# (None: all of it) or its module-level constants by name.
VOCABULARY = {
    "dashboard/domain/statuses.py": None,  # the export labels: the CSV contract's values
    "dashboard/domain/followup.py": None,  # roles and states: the values the database and the API keep
    "dashboard/data/wide.py": {
        "_OUTCOME",
        "_TARGET",
        "_TARGET_WITHOUT_YEAR",
        "_DIRECTION_IN_NAME",
        "_RISING_IN_NAME",
        "_DIRECTION_WORDS",
        "_EXTRA",
    },  # the headings and words of published tables
    "dashboard/data/readers.py": {"_GENDER_HEADINGS"},
    "dashboard/domain/values.py": {"_SWEDISH_ORDER"},  # the alphabet's order
    "dashboard/cli/kolada.py": {"KNOWN_MUNICIPALITIES", "SOURCE", "GROUP_NAME", "STATUS_COMMENT", "GROUP_COMMENT"},
    "dashboard/cli/scb.py": {"SOURCE", "STATUS_COMMENT", "UNITS"},
    "dashboard/cli/scb_plan.py": {"SEX_VARIABLES", "SEX_LABELS"},  # SCB's words for the sexes
    # the words of SCB's table exports: variable names, genders, regions and titles as SCB writes them
    "dashboard/data/scb_layout.py": {"REGION_VALUE", "GENDER_NAME", "YEAR_NAME"},
    "dashboard/domain/schema.py": {"GENDER_WORDS"},  # the words tables write for the genders
    "dashboard/data/scb_tables.py": {"CONTENTS_NAME", "NOT_MUNICIPALITIES", "TITLE_MEASURE"},
}
LOGGING = {"debug", "info", "warning", "error", "exception", "critical"}


def _text_of_people(path: Path, rel: str | None = None) -> list[str]:
    """The string literals of a module that read as text for people: docstrings, log messages
    (for developers, in English) and declared vocabulary aside."""
    rel = rel or path.relative_to(PROJECT_ROOT).as_posix()
    allowed = VOCABULARY.get(rel, set())
    if rel in CATALOGUES_ON_DISK or (rel in VOCABULARY and allowed is None):
        return []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        ):
            skipped.add(id(node.body[0].value))
        logged = isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in LOGGING
        declared = (
            isinstance(node, ast.Assign)
            and node in tree.body
            and any(getattr(target, "id", None) in allowed for target in node.targets)
        )
        if logged or declared:
            skipped.update(id(inner) for inner in ast.walk(node))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skipped:
            value = node.value.replace(PRODUCT, "")
            if SWEDISH.search(value) or SENTENCE.search(value):
                found.append(f"{rel}:{node.lineno}: {node.value[:80]!r}")
    return found


def test_no_module_outside_the_catalogues_holds_text_for_people():
    """Every user-facing string in dashboard/, layouts/ and callbacks/ comes from the catalogues."""
    sources = [
        *PROJECT_ROOT.glob("layouts/*.py"),
        *PROJECT_ROOT.glob("callbacks/*.py"),
        *PROJECT_ROOT.glob("dashboard/**/*.py"),
    ]
    assert len(sources) > 60
    assert [line for path in sorted(sources) for line in _text_of_people(path)] == []


def test_the_guard_finds_a_sentence_written_in_code(tmp_path):
    module = tmp_path / "probe.py"
    module.write_text(
        '"""Docstrings are fine."""\nimport logging\nlogging.getLogger().warning("Logs are for developers")\n'
        'LABEL = "Visa alla mål"\nOTHER = "Show every goal now"\nCLASS = "status-met"\n',
        encoding="utf-8",
    )
    assert [line.split(": ", 1)[1] for line in _text_of_people(module, "layouts/probe.py")] == [
        "'Visa alla mål'",
        "'Show every goal now'",
    ]


def test_status_and_progress_labels_are_translated_and_swedish_stays_as_the_data_says():
    for status in tuple(Status):
        assert status_label(status, "sv") == status
        assert status_label(status, "en") not in tuple(Status)
    assert status_label("Ej uppnått", "en") == "Not met"
    for label in tuple(Progress):
        assert progress_label(label, "sv") == label and progress_label(label, "en") != label


def test_language_codes_fall_back_to_swedish():
    assert language("EN") == "en" and language("de") == "sv" and language(None) == "sv"
    assert (
        text("view.live", "en", count=4, goal_area="Vård och omsorg", year=2020)
        == "Showing 4 indicators for Vård och omsorg, 2020"
    )
    assert (
        text("view.live", "sv", count=4, goal_area="Vård och omsorg", year=2020)
        == "Visar 4 indikatorer för Vård och omsorg, 2020"
    )


def test_the_chart_toolbar_gets_its_texts_from_the_catalogue():
    from layouts.graph_config import graph_config

    swedish, english = graph_config("x", "sv"), graph_config("x", "en")
    assert swedish["locale"] == "sv" and swedish["locales"]["sv"]["dictionary"]["Zoom in"] == "Zooma in"
    assert english["locales"]["en"]["dictionary"]["Zoom in"] == "Zoom in"
    assert swedish["toImageButtonOptions"]["filename"] == "x"
