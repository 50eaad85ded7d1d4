"""The bad-input corpus (tests/fixtures/malformed/): every malformed file gives a clear, located
Swedish message and never a traceback, nothing already loaded is lost, and hostile but valid text
(formula strings, HTML, script) loads as plain text, kept exactly.

The files are committed; tests/fixtures/malformed/make_corpus.py wrote them and README.md lists
each file and its one defect. A case the code fails today is marked xfail(strict=True) with the
reason, so fixing the code turns it into a plain pass that must then lose its mark.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

from dashboard.data.dataset import Dataset
from dashboard.data.loading import DATA_SUFFIXES, load_path
from dashboard.data.readers import ImportOptions, read_path
from dashboard.domain.problems import ERROR
from dashboard.i18n import describe_problem, problem_message
from tests.paths import FIXTURES

CORPUS = FIXTURES / "malformed"
NOT_CORPUS = {"README.md", "make_corpus.py"}

OPTIONS = {
    "long": ImportOptions(),
    "wide": ImportOptions(municipality="Testkommun", goal_area="Testområde"),
    "wide_no_municipality": ImportOptions(goal_area="Testområde"),
}

# (file, options kind, expected row, expected column, fragment of the expected Swedish message)
MALFORMED = [
    # structure and delimiters
    ("pipe_delimited.csv", "long", 1, None, "hittade ingen avgränsare"),
    ("header_comma_rows_semicolon.csv", "long", 2, None, "annan avgränsare"),
    ("too_many_fields_semicolon.csv", "long", 3, None, "raden har 9 fält men rubrikraden har 8"),
    ("excel_sep_line.csv", "long", 2, None, "raden har 8 fält men rubrikraden har 2"),
    ("unclosed_quote.csv", "long", 3, None, "citattecken"),
    ("duplicate_header_column.csv", "long", 1, "outcome", "kolumnen finns flera gånger"),
    ("empty_header_with_data.csv", "long", 1, "#4", "har värden men ingen rubrik"),
    ("missing_indicator_column.csv", "long", 1, "indicator", "obligatorisk kolumn saknas"),
    ("no_value_columns_semicolon.csv", "long", 1, "outcome/target", "minst en av kolumnerna outcome och target"),
    ("too_many_columns.csv", "long", 1, None, "filen har 250 kolumner; gränsen är 200"),
    ("huge_cell.csv", "long", 3, "comment", "tecken lång; gränsen är 10000"),
    # numbers
    ("mixed_decimal_marks.csv", "long", 4, "outcome", "'12.5' har ett annat decimaltecken"),
    ("thousands_point_decimal_comma.csv", "long", 3, "outcome", "'1.234,5' är inte ett tal"),
    ("outcome_approximate.csv", "long", 3, "outcome", "'ca 4 000' är inte ett tal"),
    ("outcome_with_unit_word.csv", "long", 3, "outcome", "'17 st' är inte ett tal"),
    ("target_as_words.csv", "long", 3, "target", "'minst 90' är inte ett tal"),
    # years
    ("year_school_year_semicolon.csv", "long", 3, "year", "'2019/20' är inte ett årtal"),
    ("year_in_words.csv", "long", 3, "year", "'tjugotjugoett' är inte ett årtal"),
    ("year_negative.csv", "long", 3, "year", "'-2021' är inte ett årtal"),
    ("year_month.csv", "long", 3, "year", "'2020-05' är inte ett årtal"),
    ("year_as_date.xlsx", "long", 3, "year", "'2020-05-01' är inte ett årtal"),
    # other fields
    ("direction_upp.csv", "long", 3, "direction", "'upp' är ingen känd riktning"),
    ("published_feb30.csv", "long", 3, "published", "'2021-02-30' är inget datum"),
    ("municipality_code_number.xlsx", "long", 3, "municipality_code", "'114' är ingen kommunkod"),
    ("missing_goal_area_cell.xlsx", "long", 3, "goal_area", "värde saknas"),
    # duplicate keys
    ("duplicate_key_semicolon.csv", "long", 3, "published", "dubblett"),
    ("outcome_and_target_split_rows.csv", "long", 3, "published", "dubblett"),
    # bytes and encodings
    ("zero_bytes.csv", "long", None, None, "filen är tom"),
    ("only_bom.csv", "long", None, None, "filen är tom"),
    ("only_blank_lines.csv", "long", None, None, "filen är tom"),
    ("header_only.csv", "long", None, None, "bara en rubrikrad"),
    ("header_only.xlsx", "long", None, None, "bara en rubrikrad"),
    ("binary_garbage.csv", "long", 1, None, "ser inte ut som text"),
    ("zip_named.csv", "long", None, None, "ge den ändelsen .xlsx"),
    ("utf16_without_bom.csv", "long", None, None, "UTF-16 utan byte-ordningsmärke"),
    ("mac_roman.csv", "long", 2, None, "okänd teckenkodning"),
    ("nul_byte_late.csv", "long", 62, None, "ser inte ut som text"),
    # workbooks and file types
    ("bomb.xlsx", "long", None, None, "tas inte emot (gräns 100 MB)"),
    ("macros_inside.xlsx", "long", None, None, "innehåller makron"),
    ("macro_workbook.xlsm", "long", None, None, "makroaktiverade arbetsböcker tas inte emot"),
    ("truncated.xlsx", "long", None, None, "inte en läsbar .xlsx-arbetsbok"),
    ("old_format.xls", "long", None, None, "gamla Excel-formatet .xls"),
    ("data.json", "long", None, None, "filtypen .json läses inte"),
    ("empty_sheet.xlsx", "long", None, None, "bladet är tomt"),
    ("formula_without_cached_value.xlsx", "long", 3, "outcome", "formel"),
    # published wide tables
    ("wide_unknown_column.csv", "wide", 1, "Kommentar x", "okänd kolumnrubrik"),
    ("wide_target_without_year.csv", "wide", 1, "Målvärde", "kolumnen saknar år"),
    ("wide_value_without_name.csv", "wide", 3, "Indikator", "inget indikatornamn"),
    ("wide_no_municipality.csv", "wide_no_municipality", None, None, "ange kommun"),
    ("wide_approximate_value.xlsx", "wide", 3, "Utfall 2018", "'ca 4 000' är inte ett tal"),
    ("wide_mixed_decimals.csv", "wide", 3, "Utfall 2018", "'14.5' har ett annat decimaltecken"),
    ("wide_unknown_direction.csv", "wide", 3, "Riktning", "'upp' är ingen känd riktning"),
    ("wide_duplicate_indicator.csv", "wide", 3, "Indikator", "finns redan på en tidigare rad"),
]

# Cases the code fails today (reported; see the module docstring).
READ_XFAIL: dict[str, str] = {}
# Cases where a folder load does not leave the bad file out cleanly.
LOAD_XFAIL: dict[str, str] = {}

HOSTILE = (
    '=HYPERLINK("http://x","y")',
    "+SUM(1,2)",
    "-2+3",
    "@cmd",
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "javascript:alert(1)",
)
# Valid on purpose: hostile but valid text. (file, options kind)
VALID = [
    ("hostile_text.csv", "long"),
    ("hostile_text_semicolon.csv", "long"),
    ("hostile_text.xlsx", "long"),
    ("hostile_text_wide.csv", "wide"),
]

GOOD_CSV = (
    "municipality,municipality_code,area,goal_area,indicator_id,indicator,unit,direction,year,outcome,target,"
    "source,published,comment\n"
    "Testkommun,0114,,Kontrollområde,K001,Kontrollindikator,%,increase,2019,40.5,45,Kontrollkälla,2020-03-01,\n"
    "Testkommun,0114,,Kontrollområde,K001,Kontrollindikator,%,increase,2020,42,45,Kontrollkälla,2021-03-01,\n"
    "Testkommun,0114,Kontrolldelen,Kontrollområde,K001,Kontrollindikator,%,increase,2020,39,45,Kontrollkälla,"
    "2021-03-01,en kommentar\n"
    "Annan testkommun,9999,,Kontrollområde,,Kontrollindikator B,antal,decrease,2021,7,5,Kontrollkälla,,\n"
)

# A corrupt workbook may name the exception's type after a Swedish sentence: '… arbetsbok (BadZipFile)'.
TYPE_NAME_ALLOWED = {"truncated.xlsx"}
_TRAILING_TYPE_NAME = re.compile(r"\s\([A-Za-z_][A-Za-z0-9_.]*\)$")
_FOREIGN = re.compile(
    r"Traceback|Error|Exception|errno|tokeniz|C error|Expected \d|\bsaw\b|NoneType|"
    r"has no attribute|invalid literal|\bline \d",
    re.IGNORECASE,
)
_SWEDISH = re.compile(
    r"[åäöÅÄÖ]|\b(är|och|inte|ingen|inga|saknas|filen|raden|kolumnen|ange|har|tas|läses|"
    r"bladet|dubblett|som|eller|med)\b"
)


def _param(case: tuple, xfails: dict[str, str]):
    name = case[0]
    marks = [pytest.mark.xfail(strict=True, reason=xfails[name])] if name in xfails else []
    return pytest.param(*case, id=name, marks=marks)


def _assert_swedish(message: str, allow_type_name: bool = False) -> None:
    assert message.strip(), "empty message"
    sentence = _TRAILING_TYPE_NAME.sub("", message) if allow_type_name else message
    assert sentence.strip(), f"only a type name: {message!r}"
    assert not _FOREIGN.search(sentence), f"an exception or parser text leaks: {message!r}"
    assert _SWEDISH.search(sentence), f"not Swedish text: {message!r}"


def test_corpus_has_at_least_thirty_malformed_files():
    assert len(MALFORMED) >= 30
    assert len({case[0] for case in MALFORMED}) == len(MALFORMED)


def test_every_file_in_the_corpus_folder_has_an_entry_in_the_table():
    on_disk = {path.name for path in CORPUS.iterdir() if path.is_file() and path.name not in NOT_CORPUS}
    listed = {case[0] for case in MALFORMED} | {name for name, _ in VALID}
    assert on_disk == listed
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    assert [name for name in sorted(listed) if f"`{name}`" not in readme] == []
    assert set(READ_XFAIL) <= listed and set(LOAD_XFAIL) <= listed


def test_corpus_files_are_small_enough_to_commit():
    assert max(path.stat().st_size for path in CORPUS.iterdir()) < 1_000_000


@pytest.mark.parametrize(("name", "kind", "row", "column", "fragment"), [_param(c, READ_XFAIL) for c in MALFORMED])
def test_malformed_file_gives_a_clear_located_message_and_no_traceback(name, kind, row, column, fragment):
    try:
        frame, problems = read_path(CORPUS / name, name, OPTIONS[kind])
    except Exception as error:  # the requirement: never a traceback
        pytest.fail(f"read_path raised {error!r}")
    found = [(p.severity, p.row, p.column, problem_message(p)) for p in problems]
    assert frame is None, found
    errors = [p for p in problems if p.severity == ERROR]
    assert errors, found
    assert any(p.row == row and p.column == column and fragment in problem_message(p) for p in errors), found
    for problem in problems:
        assert problem.file == name
        _assert_swedish(problem_message(problem), allow_type_name=name in TYPE_NAME_ALLOWED)
        assert name in describe_problem(problem)
    assert len(set(problems)) == len(problems), f"a problem is reported twice: {found}"


def _load_cases():
    data = [c for c in MALFORMED if Path(c[0]).suffix.lower() in DATA_SUFFIXES]
    return [
        pytest.param(
            c[0],
            good,
            id=f"{c[0]}-{good}",
            marks=[pytest.mark.xfail(strict=True, reason=LOAD_XFAIL[c[0]])] if c[0] in LOAD_XFAIL else [],
        )
        for c in data
        for good in ("000_good.csv", "zzz_good.csv")
    ]


def _folder(path: Path, good_name: str, *bad: str) -> Path:
    path.mkdir()
    (path / good_name).write_text(GOOD_CSV, encoding="utf-8")
    for name in bad:
        shutil.copyfile(CORPUS / name, path / name)
    return path


@pytest.mark.parametrize(("name", "good_name"), _load_cases())
def test_a_malformed_file_loses_nothing_already_loaded(tmp_path, name, good_name):
    first = load_path(_folder(tmp_path / "before", good_name))
    assert first.loaded_files == (good_name,) and first.problems == ()
    dataset = Dataset(first)
    snapshot = dataset.observations.copy(deep=True)
    current = dataset.resolved("Testkommun").copy(deep=True)

    try:
        result = load_path(_folder(tmp_path / "after", good_name, name))
    except Exception as error:
        pytest.fail(f"load_path raised {error!r}")

    assert result.loaded_files == (good_name,)
    assert result.failed_files == (name,)
    assert result.errors and {p.file for p in result.problems} == {name}
    pd.testing.assert_frame_equal(result.observations, first.observations)  # every good row, nothing else
    pd.testing.assert_frame_equal(dataset.observations, snapshot)  # the data loaded before is unchanged
    pd.testing.assert_frame_equal(dataset.resolved("Testkommun"), current)


@pytest.mark.parametrize("name", [c[0] for c in MALFORMED if Path(c[0]).suffix.lower() not in DATA_SUFFIXES])
def test_a_folder_load_ignores_file_types_it_does_not_read(tmp_path, name):
    first = load_path(_folder(tmp_path / "before", "000_good.csv"))
    result = load_path(_folder(tmp_path / "after", "000_good.csv", name))
    assert result.loaded_files == ("000_good.csv",) and result.failed_files == () and result.problems == ()
    pd.testing.assert_frame_equal(result.observations, first.observations)


@pytest.mark.parametrize(("name", "kind"), VALID)
def test_hostile_but_valid_text_loads_as_plain_text_kept_exactly(name, kind):
    frame, problems = read_path(CORPUS / name, name, OPTIONS[kind])
    assert frame is not None and not [p for p in problems if p.severity == ERROR], problems
    assert sorted(set(frame["indicator"])) == sorted(HOSTILE)
    if kind == "wide":
        assert sorted(frame["indicator"]) == sorted(HOSTILE * 2)  # an outcome row and a target row each
        return
    rows = frame.sort_values("year")
    assert rows["indicator"].tolist() == list(HOSTILE)
    assert rows["comment"].tolist() == [HOSTILE[n - 1] for n in range(len(HOSTILE))]
    if name == "hostile_text.csv":
        assert rows["source"].tolist() == list(reversed(HOSTILE))


def test_hostile_but_valid_text_survives_a_folder_load_next_to_malformed_files(tmp_path):
    folder = _folder(tmp_path / "data", "000_good.csv", "hostile_text.csv", "hostile_text.xlsx", "year_month.csv")
    result = load_path(folder)
    assert result.loaded_files == ("000_good.csv", "hostile_text.csv", "hostile_text.xlsx")
    assert result.failed_files == ("year_month.csv",)
    hostile = result.observations[result.observations["file"] == "hostile_text.xlsx"]
    assert set(hostile["indicator"]) == set(HOSTILE) and set(hostile["comment"]) == set(HOSTILE)
