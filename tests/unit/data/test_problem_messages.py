"""Problems in data files and uploads are told in the page's language: every problem the validators
give for the malformed corpus and the invalid fixtures renders in Swedish and English, and every
code the code base can produce has an entry in both catalogues."""

from __future__ import annotations

import ast
import base64
import re

from dashboard.data.loading import load_path
from dashboard.data.readers import ImportOptions, read_path
from dashboard.data.uploads import read_upload
from dashboard.domain.problems import WARNING, Problem, problem
from dashboard.i18n import CATALOGUES, describe_problem, problem_message
from dashboard.settings import PROJECT_ROOT
from tests.conftest import HEADER, dataset_from
from tests.paths import FIXTURES
from tests.unit.data.test_malformed_corpus import CORPUS, MALFORMED, OPTIONS

SWEDISH_WORDS = re.compile(r"\b(och|eller|inte|filen|raden|kolumnen|saknas|finns|värde|rader)\b")


def _corpus_problems() -> list[Problem]:
    found = []
    for name, kind, *_ in MALFORMED:
        _, problems = read_path(CORPUS / name, name, OPTIONS[kind])
        found += problems
    for path in sorted((FIXTURES / "invalid").iterdir()):
        found += list(load_path(path).problems)
    found += list(load_path(FIXTURES / "folder_mixed").problems)
    found += list(load_path(FIXTURES / "saknas").problems)
    return found


def _codes_in_the_code() -> set[str]:
    """Every literal code given to problem(…) or Problem(…) in dashboard/."""
    codes = set()
    for path in (PROJECT_ROOT / "dashboard").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) in ("problem", "Problem")
                and len(node.args) >= 4
                and isinstance(node.args[3], ast.Constant)
            ):
                codes.add(node.args[3].value)
    return codes


def test_every_code_the_code_base_can_produce_is_in_both_catalogues():
    codes = _codes_in_the_code()
    assert len(codes) > 50
    for lang, catalogue in CATALOGUES.items():
        assert sorted(code for code in codes if f"problem.{code}" not in catalogue) == [], lang


def test_every_problem_of_the_corpus_renders_in_both_languages():
    problems = _corpus_problems()
    assert len(problems) > 40
    for found in problems:
        assert problem_message(found, "sv") and problem_message(found, "en")


def test_english_messages_keep_the_values_from_the_file_and_lose_the_swedish():
    for found in _corpus_problems():
        swedish, english = problem_message(found, "sv"), problem_message(found, "en")
        quoted = re.findall(r"'[^']*'", swedish)
        assert all(value in english for value in quoted), (swedish, english)
        assert not SWEDISH_WORDS.search(re.sub(r"'[^']*'", "", english)), english


def test_a_described_problem_says_where_in_english_and_in_swedish():
    found = problem("budget.csv", 4, "outcome", "not_a_number_decimal_comma", text="12,5", fixed="12.5")
    assert (
        describe_problem(found, "en")
        == "budget.csv, row 4, column outcome: '12,5' is not a number (use a decimal point: 12.5)"
    )
    assert (
        describe_problem(found, "sv")
        == "budget.csv, rad 4, kolumn outcome: '12,5' är inte ett tal (använd decimalpunkt: 12.5)"
    )
    warning = problem("a.csv", None, None, "read_as_windows_1252", WARNING)
    assert describe_problem(warning, "en") == "Warning: a.csv: the file is not UTF-8 and was read as Windows-1252"


def test_counted_problems_take_the_right_plural_in_both_languages():
    one, many = (problem("a.csv", None, None, "rows_already_loaded", WARNING, count=n) for n in (1, 1234))
    assert problem_message(one, "sv") == "1 rad finns redan i data och hoppas över"
    assert problem_message(many, "sv") == "1\u00a0234 rader finns redan i data och hoppas över"
    assert problem_message(one, "en") == "1 row is already in the data and is skipped"
    assert problem_message(many, "en") == "1,234 rows are already in the data and are skipped"


def test_upload_problems_are_in_the_catalogues_too():
    base = dataset_from(HEADER + "\nAlfaby,,,M,,A,,,2020,1,,s,2020-01-01,\n")
    text = HEADER + "\nAlfaby,,,M,,A,,,2020,2,,s,2020-01-01,\nAlfaby,,,M,,B,,,2020,,,s,2020-01-01,\n"
    upload = read_upload(
        "data:text/csv;base64," + base64.b64encode(text.encode()).decode(), "ny.csv", ImportOptions(), base, 1_000_000
    )
    assert {found.code for found in upload.problems} == {"conflicting_value", "row_without_values"}
    assert "ny.csv, row 3" in describe_problem(upload.problems[0], "en") or "ny.csv, row 3" in describe_problem(
        upload.problems[1], "en"
    )
