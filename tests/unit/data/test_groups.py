"""groups.csv: named groups of municipalities for reference lines, read and checked like the other
files (every problem at once, with file, row and column), and kept through the cache."""

from __future__ import annotations

from dashboard.data import cache
from dashboard.data.loading import load_path
from dashboard.domain.problems import ERROR, WARNING
from dashboard.i18n import problem_message
from tests.conftest import HEADER

DATA = (
    HEADER
    + """
Alfaby,,,M,,A,,,2020,1,,s,2020-01-01,
Betaby,,,M,,A,,,2020,2,,s,2020-01-01,
Gammaby,,,M,,A,,,2020,3,,s,2020-01-01,
"""
)


def _folder(tmp_path, groups: str):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "data.csv").write_text(DATA.strip() + "\n", encoding="utf-8")
    (folder / "groups.csv").write_text(groups, encoding="utf-8")
    return folder


def _where(problems) -> list[tuple]:
    return [(p.file, p.row, p.column, p.code, p.severity) for p in problems]


def test_groups_load_beside_the_data_in_file_order(tmp_path):
    folder = _folder(tmp_path, "group,municipality\nLiknande,Betaby\nLiknande,Alfaby\nStora, Gammaby \n")
    result = load_path(folder)
    assert result.loaded_files == ("data.csv", "groups.csv") and result.problems == ()
    assert result.groups[["group", "municipality", "row"]].values.tolist() == [
        ["Liknande", "Betaby", 2],
        ["Liknande", "Alfaby", 3],
        ["Stora", "Gammaby", 4],
    ]
    assert len(result.observations) == 3  # a groups file holds no observations


def test_every_problem_of_a_groups_file_is_reported_with_row_and_column(tmp_path):
    text = "group,municipality,note\nLiknande,Betaby,x\n,Alfaby,\nAlla,Gammaby,\nLiknande,\nLiknande,Betaby,\n"
    result = load_path(_folder(tmp_path, text))
    assert result.failed_files == ("groups.csv",)
    assert _where(result.problems) == [
        ("groups.csv", 1, "note", "unknown_column", WARNING),
        ("groups.csv", 3, "group", "value_missing", ERROR),
        ("groups.csv", 4, "group", "group_name_reserved", ERROR),
        ("groups.csv", 5, "municipality", "value_missing", ERROR),
        ("groups.csv", 6, "municipality", "group_member_repeated", ERROR),
    ]
    messages = [problem_message(p) for p in result.problems]
    assert "'Alla'" in messages[2]
    assert messages[4] == "kommunen 'Betaby' finns redan i gruppen 'Liknande' på rad 2"
    assert (
        problem_message(result.problems[4], "en")
        == "the municipality 'Betaby' is already in the group 'Liknande' on row 2"
    )


def test_a_groups_file_without_its_columns_is_refused(tmp_path):
    result = load_path(_folder(tmp_path, "grupp,kommun\nLiknande,Betaby\n"))
    assert result.failed_files == ("groups.csv",)
    assert [(p.row, p.column, p.code) for p in result.errors] == [
        (1, "group", "required_column_missing"),
        (1, "municipality", "required_column_missing"),
    ]


def test_a_member_without_data_is_a_warning_and_the_group_still_loads(tmp_path):
    result = load_path(_folder(tmp_path, "group,municipality\nLiknande,Betaby\nLiknande,Deltaby\n"))
    assert result.loaded_files == ("data.csv", "groups.csv")
    assert _where(result.problems) == [("groups.csv", 3, "municipality", "group_member_without_data", WARNING)]
    assert "Deltaby" in problem_message(result.problems[0])


def test_groups_survive_the_cache(tmp_path):
    folder = _folder(tmp_path, "group,municipality\nLiknande,Betaby\nLiknande,Alfaby\n")
    cached = cache.load_dataset(folder, cache_dir=tmp_path / "cache")
    again = cache.load_dataset(folder, cache_dir=tmp_path / "cache")
    assert cached.groups() == again.groups() == {"Liknande": ("Betaby", "Alfaby")}
