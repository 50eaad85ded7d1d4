"""Problems in data files and uploads are told in English on an English page: every message the
validators give for the malformed corpus and the invalid fixtures has an English entry."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from dashboard.i18n.problems import MESSAGES, describe_problem, translate_message
from dashboard.data.loading import load_path
from dashboard.data.readers import ImportOptions, read_path
from dashboard.domain.schema import WARNING, Problem
from dashboard.data.uploads import read_upload
from tests.conftest import HEADER, dataset_from
from tests.unit.data.test_malformed_corpus import CORPUS, MALFORMED, OPTIONS

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
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


def test_every_message_of_the_corpus_and_the_invalid_fixtures_has_an_english_entry():
    problems = _corpus_problems()
    assert len(problems) > 40
    untranslated = sorted({p.message for p in problems if not translate_message(p.message, "en")[1]})
    assert untranslated == []


def test_english_messages_keep_the_values_from_the_file_and_lose_the_swedish():
    for problem in _corpus_problems():
        english, translated = translate_message(problem.message, "en")
        quoted = re.findall(r"'[^']*'", problem.message)
        assert translated and all(value in english for value in quoted), (problem.message, english)
        assert not SWEDISH_WORDS.search(re.sub(r"'[^']*'", "", english)), english


def test_a_described_problem_says_where_in_english_and_as_it_did_in_swedish():
    problem = Problem("budget.csv", 4, "outcome", "'12,5' är inte ett tal (använd decimalpunkt: 12.5)")
    assert describe_problem(problem, "en") == (
        "budget.csv, row 4, column outcome: '12,5' is not a number (use a decimal point: 12.5)", True)
    assert describe_problem(problem, "sv") == (problem.describe(), True)
    warning = Problem("a.csv", None, None, "filen är inte UTF-8 och lästes som Windows-1252", WARNING)
    assert describe_problem(warning, "en")[0] == "Warning: a.csv: the file is not UTF-8 and was read as Windows-1252"


def test_a_message_without_an_entry_stays_swedish_and_says_so():
    problem = Problem("a.csv", 2, None, "ett helt nytt fel")
    assert describe_problem(problem, "en") == (problem.describe(), False)


def test_upload_problems_are_translated_too():
    base = dataset_from(HEADER + "\nAlfaby,,,M,,A,,,2020,1,,s,2020-01-01,\n")
    text = HEADER + "\nAlfaby,,,M,,A,,,2020,2,,s,2020-01-01,\nAlfaby,,,M,,B,,,2020,,,s,2020-01-01,\n"
    import base64
    upload = read_upload("data:text/csv;base64," + base64.b64encode(text.encode()).decode(), "ny.csv",
                         ImportOptions(), base, 1_000_000)
    assert upload.problems and all(translate_message(p.message, "en")[1] for p in upload.problems)


@pytest.mark.parametrize("pattern,template", MESSAGES)
def test_every_entry_names_the_same_parts_in_both_languages(pattern, template):
    assert set(re.findall(r"\?P<(\w+)>", pattern)) == set(re.findall(r"{(\w+)}", template))
