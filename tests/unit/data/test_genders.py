"""Figures for women (K) and men (M) beside the total (T): read from the optional `gender` column,
kept apart in the store, and read one gender at a time, the total unless another is chosen."""

import pandas as pd
import pytest

from dashboard.data import cache
from dashboard.data.dataset import Dataset
from dashboard.data.loading import read_text

HEADER = "municipality,area,goal_area,indicator_id,indicator,unit,direction,year,outcome,target,published,gender"
# Made-up figures for the tests (not real data). Behöriga: a total with targets for 2021 and 2022,
# women and men for 2020 and 2021; men have their own 2021 target. Nöjdhet: the total only.
SPLIT = f"""{HEADER}
Alfaby,,Skola,B1,Behöriga,%,increase,2020,80,,2021-03-01,T
Alfaby,,Skola,B1,Behöriga,%,increase,2020,84,,2021-03-01,K
Alfaby,,Skola,B1,Behöriga,%,increase,2020,76,,2021-03-01,m
Alfaby,,Skola,B1,Behöriga,%,increase,2021,82,90,2021-03-01,T
Alfaby,,Skola,B1,Behöriga,%,increase,2021,85,,2021-03-01,K
Alfaby,,Skola,B1,Behöriga,%,increase,2021,79,88,2021-03-01,M
Alfaby,,Skola,B1,Behöriga,%,increase,2022,,92,2021-03-01,
Alfaby,,Skola,N1,Nöjdhet,%,increase,2021,70,75,2021-03-01,T
"""


def _frame(text=SPLIT):
    frame, problems = read_text(text, "kon.csv")
    assert [p.code for p in problems] == []
    return frame


def test_the_column_reads_t_k_m_in_any_case_and_an_empty_cell_as_the_total():
    frame = _frame()
    assert list(frame["gender"]) == ["T", "K", "M", "T", "K", "M", "T", "T"]


def test_a_file_without_the_column_is_the_total():
    text = "\n".join(
        line.rsplit(",", 1)[0] for line in SPLIT.strip().splitlines() if not line.endswith((",K", ",m", ",M"))
    )
    frame, problems = read_text(text + "\n", "utan.csv")
    assert problems == [] and set(frame["gender"]) == {"T"}


def test_an_unknown_gender_names_its_row_and_column():
    frame, problems = read_text(SPLIT + "Alfaby,,Skola,B1,Behöriga,%,increase,2023,1,,2021-03-01,kvinnor\n", "fel.csv")
    assert frame is None
    assert [(p.row, p.column, p.code, p.params["text"]) for p in problems] == [
        (10, "gender", "unknown_gender", "kvinnor")
    ]


def test_the_same_year_twice_for_one_gender_is_a_duplicate_but_not_across_genders():
    _, problems = read_text(SPLIT + "Alfaby,,Skola,B1,Behöriga,%,increase,2020,83,,2021-03-01,K\n", "dubbel.csv")
    assert [(p.code, p.row) for p in problems if p.severity == "error"] == [("duplicate_key", 10)]


@pytest.fixture(params=["frame", "store"])
def build(request, tmp_path):
    """Data from CSV text, read as a frame or through the store."""

    def read(text: str = SPLIT) -> Dataset:
        folder = tmp_path / f"data{len(list(tmp_path.iterdir()))}"
        folder.mkdir()
        (folder / "kon.csv").write_text(text, encoding="utf-8")
        if request.param == "frame":
            return Dataset.from_path(folder)
        return cache.load_dataset(folder, tmp_path / "cache")

    return read


@pytest.fixture
def dataset(build):
    return build()


def _series(rows: pd.DataFrame, key: str) -> list[tuple]:
    rows = rows[rows["indicator_key"] == key].sort_values("year")
    return [
        (int(year), None if pd.isna(outcome) else outcome, None if pd.isna(target) else target)
        for year, outcome, target in zip(rows["year"], rows["outcome"], rows["target"])
    ]


def test_every_view_reads_the_total_unless_another_gender_is_chosen(dataset):
    assert dataset.genders == ("T", "K", "M")
    rows = dataset.resolved("Alfaby")
    assert _series(rows, "B1") == [(2020, 80.0, None), (2021, 82.0, 90.0), (2022, None, 92.0)]
    assert _series(rows, "N1") == [(2021, 70.0, 75.0)]


def test_women_are_measured_against_the_councils_target_where_they_have_none_of_their_own(dataset):
    women = dataset.of_gender("K").resolved("Alfaby")
    # 2021 takes the total's 90, 2022's target row comes without an outcome, Nöjdhet has no split
    assert _series(women, "B1") == [(2020, 84.0, None), (2021, 85.0, 90.0), (2022, None, 92.0)]
    assert _series(women, "N1") == []
    assert set(women["indicator_key"]) == {"B1"}


def test_a_gender_with_its_own_target_keeps_it(dataset):
    men = dataset.of_gender("M")
    assert _series(men.resolved("Alfaby"), "B1") == [(2020, 76.0, None), (2021, 79.0, 88.0), (2022, None, 92.0)]
    assert _series(men.indicator_everywhere(None, "B1"), "B1") == [
        (2020, 76.0, None),
        (2021, 79.0, 88.0),
        (2022, None, 92.0),
    ]
    assert men.of_gender("T") is dataset.of_gender("T")


def test_added_figures_are_read_by_their_own_gender(dataset):
    extra = _frame(
        f"{HEADER}\nBetaby,,Skola,B1,Behöriga,%,increase,2021,60,,2021-03-01,K\n"
        "Betaby,,Skola,B1,Behöriga,%,increase,2021,65,,2021-03-01,T\n"
    )
    combined = dataset.extended(extra, ("b.csv",))
    assert _series(combined.resolved("Betaby"), "B1") == [(2021, 65.0, None)]
    assert _series(combined.of_gender("K").resolved("Betaby"), "B1") == [(2021, 60.0, None)]
    assert _series(combined.of_gender("K").resolved("Alfaby"), "B1")[0] == (2020, 84.0, None)


def test_added_figures_of_a_gender_meet_the_total_s_target_as_loaded_ones_do(dataset):
    extra = _frame(f"{HEADER}\nAlfaby,,Skola,N1,Nöjdhet,%,increase,2021,72,,2021-03-01,K\n")
    women = dataset.extended(extra, ("b.csv",)).of_gender("K")
    assert _series(women.resolved("Alfaby"), "N1") == [(2021, 72.0, 75.0)]  # the total's 75, as from the folder


def test_extending_a_gender_s_view_keeps_the_added_rows_for_every_gender(dataset):
    extra = _frame(f"{HEADER}\nBetaby,,Skola,B1,Behöriga,%,increase,2021,65,,2021-03-01,T\n")
    women = dataset.of_gender("K").extended(extra, ("b.csv",))
    assert women.gender == "K" and not women.of_gender("K").resolved("Betaby").size
    assert _series(women.of_gender("T").resolved("Betaby"), "B1") == [(2021, 65.0, None)]


def test_a_later_publication_of_the_gender_s_figure_still_meets_the_total_s_target(build):
    """Women's 2021 figure published in June, the total's target in March: one 2021, 85 against 90."""
    data = build(
        f"{HEADER}\nAlfaby,,Skola,B1,Behöriga,%,increase,2021,82,90,2021-03-01,T\n"
        "Alfaby,,Skola,B1,Behöriga,%,increase,2021,85,,2021-06-01,K\n"
        "Alfaby,,Skola,B1,Behöriga,%,increase,2020,80,,,K\n"
    )
    women = data.of_gender("K")
    assert _series(women.resolved("Alfaby"), "B1") == [(2020, 80.0, None), (2021, 85.0, 90.0)]
    assert _series(women.indicator_everywhere(None, "B1"), "B1") == [(2020, 80.0, None), (2021, 85.0, 90.0)]


def test_a_revised_total_target_does_not_override_a_gender_s_own(build):
    """Men's own 88 for 2021 stands though the total's target was revised from 90 to 95 a year later;
    women, without one of their own, meet the newest: 95."""
    data = build(
        f"{HEADER}\nAlfaby,,Skola,B1,Behöriga,%,increase,2021,82,90,2021-03-01,T\n"
        "Alfaby,,Skola,B1,Behöriga,%,increase,2021,,95,2022-03-01,T\n"
        "Alfaby,,Skola,B1,Behöriga,%,increase,2021,79,88,2021-03-01,M\n"
        "Alfaby,,Skola,B1,Behöriga,%,increase,2021,85,,2021-03-01,K\n"
    )
    assert _series(data.of_gender("M").resolved("Alfaby"), "B1") == [(2021, 79.0, 88.0)]
    assert _series(data.of_gender("K").resolved("Alfaby"), "B1") == [(2021, 85.0, 95.0)]
    assert _series(data.resolved("Alfaby"), "B1") == [(2021, 82.0, 95.0)]


def test_a_published_table_with_a_kon_column_reads_each_gender():
    from dashboard.data.readers import ImportOptions
    from dashboard.data.readers import read_text as read_table

    table = (
        "Indikator,Kön,Utfall 2020,Utfall 2021\nBehöriga,Båda könen,80,82\nBehöriga,Kvinnor,84,85\nBehöriga,män,76,78\n"
    )
    frame, problems = read_table(table, "tabell.csv", ImportOptions(municipality="Alfaby", goal_area="Skola"))
    assert [p.code for p in problems if p.severity == "error"] == []
    got = sorted(zip(frame["gender"], frame["year"].astype(int), frame["outcome"]))
    assert got == [
        ("K", 2020, 84.0),
        ("K", 2021, 85.0),
        ("M", 2020, 76.0),
        ("M", 2021, 78.0),
        ("T", 2020, 80.0),
        ("T", 2021, 82.0),
    ]


def test_a_published_table_with_an_unknown_kon_names_its_row():
    from dashboard.data.readers import ImportOptions
    from dashboard.data.readers import read_text as read_table

    table = "Indikator,Kön,Utfall 2020\nBehöriga,Totalt,80\nBehöriga,flickor,84\n"
    frame, problems = read_table(table, "tabell.csv", ImportOptions(municipality="Alfaby", goal_area="Skola"))
    assert frame is None
    assert [(p.row, p.column, p.code, p.params.get("text")) for p in problems if p.severity == "error"] == [
        (3, "Kön", "unknown_gender", "flickor")
    ]
