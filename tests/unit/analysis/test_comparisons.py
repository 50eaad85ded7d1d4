"""Comparisons: districts against the whole municipality, and municipalities ranked against each other."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from dashboard import settings
from dashboard.analysis.comparisons import (
    AREA_COLUMNS,
    MUNICIPALITY_COLUMNS,
    area_comparison,
    assess_difference,
    municipality_comparison,
    rank_and_quartile,
)
from dashboard.data.dataset import Dataset
from dashboard.data.vintages import resolve
from tests.conftest import HEADER, dataset_from, observations_from

# One fictional municipality, follow-up year 2022. Empty area = Hela kommunen.
AREAS = (
    HEADER
    + """
Testkommun,9999,,Trygghet,,Andel nöjda,%,increase,2021,60,70,Test,2022-01-01,
Testkommun,9999,,Trygghet,,Andel nöjda,%,increase,2022,80,75,Test,2023-01-01,
Testkommun,9999,Norrdelen,Trygghet,,Andel nöjda,%,increase,2022,90,,Test,2023-01-01,
Testkommun,9999,Söderdelen,Trygghet,,Andel nöjda,%,increase,2022,70,85,Test,2023-01-01,
Testkommun,9999,Västerdelen,Trygghet,,Andel nöjda,%,increase,2022,80,,Test,2023-01-01,
Testkommun,9999,Österdelen,Trygghet,,Andel nöjda,%,increase,2021,55,,Test,2022-01-01,
Testkommun,9999,Österdelen,Trygghet,,Andel nöjda,%,increase,2022,,65,Test,2023-01-01,
Testkommun,9999,,Trygghet,,Väntetid,dagar,decrease,2022,20,15,Test,2023-01-01,
Testkommun,9999,Norrdelen,Trygghet,,Väntetid,dagar,decrease,2022,16,,Test,2023-01-01,
Testkommun,9999,Söderdelen,Trygghet,,Väntetid,dagar,decrease,2022,25,30,Test,2023-01-01,
Testkommun,9999,Västerdelen,Trygghet,,Väntetid,dagar,decrease,2022,20,,Test,2023-01-01,
Testkommun,9999,,Trygghet,,Nettoinflyttning,antal,increase,2022,-50,,Test,2023-01-01,
Testkommun,9999,Norrdelen,Trygghet,,Nettoinflyttning,antal,increase,2022,-20,,Test,2023-01-01,
Testkommun,9999,,Trygghet,,Nya företag,antal,increase,2022,0,,Test,2023-01-01,
Testkommun,9999,Norrdelen,Trygghet,,Nya företag,antal,increase,2022,5,,Test,2023-01-01,
Testkommun,9999,,Trygghet,,Restid,minuter,increase,2021,40,,Test,2022-01-01,
Testkommun,9999,Norrdelen,Trygghet,,Restid,minuter,increase,2022,45,,Test,2023-01-01,
"""
)


def _areas(year: int = 2022, **kwargs) -> pd.DataFrame:
    return area_comparison(resolve(observations_from(AREAS)), year, **kwargs)


def _row(table: pd.DataFrame, indicator: str, area: str) -> pd.Series:
    found = table[(table["indicator"] == indicator) & (table["area"] == area)]
    assert len(found) == 1, (indicator, area, table[["indicator", "area"]])
    return found.iloc[0]


def _missing(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def test_export_columns_are_exactly_the_specified_ones():
    assert AREA_COLUMNS == [
        "municipality",
        "area",
        "indicator",
        "unit",
        "direction",
        "year",
        "outcome",
        "reference_outcome",
        "difference",
        "relative_difference",
        "assessment",
    ]
    assert MUNICIPALITY_COLUMNS == [
        "municipality",
        "indicator",
        "unit",
        "direction",
        "year",
        "outcome",
        "target",
        "rank",
        "quartile",
    ]
    assert list(_areas().columns[: len(AREA_COLUMNS)]) == AREA_COLUMNS


@pytest.mark.parametrize(
    "difference, direction, expected",
    [
        (3.0, "increase", "bättre"),
        (-3.0, "increase", "sämre"),
        (0.0, "increase", "lika"),
        (-3.0, "decrease", "bättre"),
        (3.0, "decrease", "sämre"),
        (0.0, "decrease", "lika"),
        (float("nan"), "increase", None),
        (None, "decrease", None),
        (3.0, "", None),  # the data does not say which way is better: only higher, never "bättre"
        (-3.0, "", None),
    ],
)
def test_assessment_takes_the_direction_into_account_and_missing_stays_missing(difference, direction, expected):
    assert assess_difference(difference, direction) == expected


@pytest.mark.parametrize(
    "area, outcome, difference, relative, assessment",
    [
        ("Norrdelen", 90, 10, 0.125, "bättre"),  # 90 − 80 = 10; 10 / 80 = 0.125
        ("Söderdelen", 70, -10, -0.125, "sämre"),  # 70 − 80 = −10; −10 / 80 = −0.125
        ("Västerdelen", 80, 0, 0.0, "lika"),  # 80 − 80 = 0
    ],
)
def test_area_beside_whole_municipality_for_an_increasing_indicator(area, outcome, difference, relative, assessment):
    row = _row(_areas(), "Andel nöjda", area)
    assert (row["municipality"], row["unit"], row["direction"], row["year"]) == ("Testkommun", "%", "increase", 2022)
    assert row["outcome"] == outcome and row["reference_outcome"] == 80
    assert row["difference"] == pytest.approx(difference)
    assert row["relative_difference"] == pytest.approx(relative)
    assert row["assessment"] == assessment


@pytest.mark.parametrize(
    "area, difference, relative, assessment",
    [
        ("Norrdelen", -4, -0.2, "bättre"),  # 16 − 20 = −4 (fewer days is better); −4 / 20 = −0.2
        ("Söderdelen", 5, 0.25, "sämre"),  # 25 − 20 = 5; 5 / 20 = 0.25
        ("Västerdelen", 0, 0.0, "lika"),  # 20 − 20 = 0
    ],
)
def test_lower_is_better_for_a_decreasing_indicator(area, difference, relative, assessment):
    row = _row(_areas(), "Väntetid", area)
    assert row["reference_outcome"] == 20
    assert row["difference"] == pytest.approx(difference)
    assert row["relative_difference"] == pytest.approx(relative)
    assert row["assessment"] == assessment


def test_relative_difference_divides_by_the_magnitude_of_a_negative_reference():
    row = _row(_areas(), "Nettoinflyttning", "Norrdelen")
    assert row["difference"] == pytest.approx(30)  # −20 − (−50) = 30
    assert row["relative_difference"] == pytest.approx(0.6)  # 30 / |−50| = 0.6, not −0.6
    assert row["assessment"] == "bättre"


def test_zero_reference_leaves_the_relative_difference_missing():
    row = _row(_areas(), "Nya företag", "Norrdelen")
    assert row["difference"] == pytest.approx(5)  # 5 − 0 = 5
    assert _missing(row["relative_difference"])  # 5 / 0 is undefined: missing, not 0 or inf
    assert row["assessment"] == "bättre"


def test_missing_outcome_for_the_year_leaves_difference_and_assessment_missing():
    # Österdelen has 55 for 2021 and only a target for 2022: the 2021 figure is not compared
    row = _row(_areas(), "Andel nöjda", "Österdelen")
    assert _missing(row["outcome"]) and row["reference_outcome"] == 80
    assert _missing(row["difference"]) and _missing(row["relative_difference"])
    assert _missing(row["assessment"]) and _missing(row["gap"])


def test_reference_from_a_different_year_is_not_used():
    # the whole municipality has Restid for 2021 only; Norrdelen has 45 for 2022
    row = _row(_areas(), "Restid", "Norrdelen")
    assert row["outcome"] == 45 and _missing(row["reference_outcome"])
    assert _missing(row["difference"]) and _missing(row["relative_difference"]) and _missing(row["assessment"])


def test_only_outcomes_of_exactly_the_chosen_year_are_compared():
    row = _row(_areas(2021), "Andel nöjda", "Österdelen")
    assert (row["outcome"], row["reference_outcome"]) == (55, 60)
    assert row["difference"] == pytest.approx(-5)  # 55 − 60 = −5
    assert row["assessment"] == "sämre"


@pytest.mark.parametrize(
    "indicator, area, target, own, gap",
    [
        ("Andel nöjda", "Norrdelen", 75, False, 15),  # municipality's 75; increase: 90 − 75 = 15
        ("Andel nöjda", "Söderdelen", 85, True, -15),  # own 85; increase: 70 − 85 = −15
        ("Väntetid", "Norrdelen", 15, False, -1),  # municipality's 15; decrease: 15 − 16 = −1
        ("Väntetid", "Söderdelen", 30, True, 5),  # own 30; decrease: 30 − 25 = 5
    ],
)
def test_own_target_is_used_and_otherwise_the_municipality_target_with_direction_aware_gap(
    indicator, area, target, own, gap
):
    row = _row(_areas(), indicator, area)
    assert row["compared_target"] == target
    assert bool(row["target_is_own"]) is own
    assert row["gap"] == pytest.approx(gap)


def test_rows_cover_every_district_in_swedish_alphabetical_order():
    table = _areas(indicator_keys=["Andel nöjda"])
    assert table["area"].tolist() == ["Norrdelen", "Söderdelen", "Västerdelen", "Österdelen"]
    assert "Hela kommunen" not in set(_areas()["area"])


def test_areas_filter_restricts_rows():
    table = _areas(areas=["Söderdelen", "Västerdelen"])
    assert set(table["area"]) == {"Söderdelen", "Västerdelen"}
    # Andel nöjda and Väntetid have both districts: 2 × 2 = 4 rows
    assert sorted(zip(table["indicator"], table["area"])) == [
        ("Andel nöjda", "Söderdelen"),
        ("Andel nöjda", "Västerdelen"),
        ("Väntetid", "Söderdelen"),
        ("Väntetid", "Västerdelen"),
    ]


def test_indicator_keys_filter_restricts_rows():
    table = _areas(indicator_keys=["Väntetid", "Restid"])
    assert set(table["indicator"]) == {"Väntetid", "Restid"}
    assert len(table) == 4  # Väntetid: 3 districts, Restid: 1


@pytest.mark.parametrize("direction, expected", [("increase", [3, 1, 2]), ("decrease", [1, 3, 2])])
def test_rank_one_is_the_best_for_either_direction(direction, expected):
    rank, _ = rank_and_quartile(pd.Series([10.0, 30.0, 20.0]), direction)
    assert rank.tolist() == expected


def test_nothing_is_ranked_where_the_data_declares_no_direction():
    rank, quartile = rank_and_quartile(pd.Series([10.0, 30.0, 20.0, 40.0]), "")
    assert rank.isna().all() and quartile.isna().all()


def test_municipalities_without_a_declared_direction_are_listed_unranked():
    undeclared = MUNICIPALITIES.replace(",%,increase,", ",%,,")
    everywhere = dataset_from(undeclared).indicator_everywhere()
    rows = municipality_comparison(everywhere[everywhere["indicator_key"] == "Andel i arbete"], 2022)
    assert rows["outcome"].notna().sum() == 4 and rows["rank"].isna().all() and rows["quartile"].isna().all()


def test_ties_share_the_better_rank():
    # 7, 7 share rank 1; 5 follows two municipalities: rank 3; 3 is rank 4
    rank, quartile = rank_and_quartile(pd.Series([5.0, 7.0, 7.0, 3.0]), "increase")
    assert rank.tolist() == [3, 1, 1, 4]
    assert quartile.tolist() == [3, 1, 1, 4]  # n = 4: (r − 1)·4 // 4 + 1 = r


def test_missing_outcomes_are_not_ranked():
    rank, quartile = rank_and_quartile(pd.Series([5.0, float("nan"), 7.0]), "increase")
    assert rank.tolist()[0] == 2 and rank.tolist()[2] == 1
    assert rank.isna().tolist() == [False, True, False]
    assert quartile.isna().all()  # 2 ranked < 4


@pytest.mark.parametrize(
    "count, expected",
    [
        (4, [1, 2, 3, 4]),  # (r−1)·4//4+1 = r
        (5, [1, 1, 2, 3, 4]),  # r=1..5: 0//5, 4//5=0, 8//5=1, 12//5=2, 16//5=3; +1
        (8, [1, 1, 2, 2, 3, 3, 4, 4]),  # (r−1)·4//8 = (r−1)//2: 0,0,1,1,2,2,3,3; +1
    ],
)
def test_quartile_by_rank_position_with_one_for_the_best_quarter(count, expected):
    outcomes = pd.Series([float(100 - 10 * i) for i in range(count)])  # descending: rank i+1
    rank, quartile = rank_and_quartile(outcomes, "increase")
    assert rank.tolist() == list(range(1, count + 1))
    assert quartile.tolist() == expected


def test_no_quartiles_with_fewer_than_four_outcomes():
    _, quartile = rank_and_quartile(pd.Series([1.0, 2.0, 3.0]), "decrease")
    assert quartile.isna().all()
    _, quartile = rank_and_quartile(pd.Series([1.0, 2.0, 3.0, float("nan")]), "decrease")
    assert quartile.isna().all()  # four municipalities, but only three with data


# Åsby, Ängeby, Östertuna: Swedish order puts Å before Ä (code points would put Ä first).
MUNICIPALITIES = (
    HEADER
    + """
Östertuna,9901,,Arbete,,Andel i arbete,%,increase,2022,80,,Test,2023-01-01,
Ängeby,9902,,Arbete,,Andel i arbete,%,increase,2021,50,,Test,2022-01-01,
Ängeby,9902,,Arbete,,Andel i arbete,%,increase,2022,,55,Test,2023-01-01,
Åsby,9903,,Arbete,,Andel i arbete,%,increase,2022,60,65,Test,2023-01-01,
Zetaby,9904,,Arbete,,Andel i arbete,%,increase,2021,70,85,Test,2022-01-01,
Zetaby,9904,,Arbete,,Andel i arbete,%,increase,2022,80,,Test,2023-01-01,
Alfaby,9905,,Arbete,,Andel i arbete,%,increase,2022,70,75,Test,2023-01-01,
Alfaby,9905,Norrdelen,Arbete,,Andel i arbete,%,increase,2022,99,,Test,2023-01-01,
"""
)


def _municipalities(year: int = 2022) -> pd.DataFrame:
    everywhere = dataset_from(MUNICIPALITIES).indicator_everywhere()
    return municipality_comparison(everywhere[everywhere["indicator_key"] == "Andel i arbete"], year)


def test_municipalities_are_listed_in_swedish_alphabetical_order():
    table = _municipalities()
    assert list(table.columns) == MUNICIPALITY_COLUMNS
    assert table["municipality"].tolist() == ["Alfaby", "Zetaby", "Åsby", "Ängeby", "Östertuna"]
    assert set(table["year"]) == {2022} and set(table["unit"]) == {"%"}


def test_municipalities_are_ranked_with_quartiles_and_a_missing_outcome_is_listed_unranked():
    rows = _municipalities().set_index("municipality")
    # 2022 outcomes: Zetaby 80, Östertuna 80 (tie, rank 1), Alfaby 70 (rank 3), Åsby 60 (rank 4);
    # Alfaby's Norrdelen (99) is a district and not compared
    assert rows.loc["Alfaby", "outcome"] == 70
    assert [rows.loc[name, "rank"] for name in ["Zetaby", "Östertuna", "Alfaby", "Åsby"]] == [1, 1, 3, 4]
    # four with data: quartile = (r − 1)·4 // 4 + 1 = r
    assert [rows.loc[name, "quartile"] for name in ["Zetaby", "Östertuna", "Alfaby", "Åsby"]] == [1, 1, 3, 4]
    # Ängeby has 50 for 2021 only: listed, outcome missing, no rank or quartile
    assert _missing(rows.loc["Ängeby", "outcome"])
    assert _missing(rows.loc["Ängeby", "rank"]) and _missing(rows.loc["Ängeby", "quartile"])


def test_each_municipality_shows_its_own_target_for_the_year():
    rows = _municipalities().set_index("municipality")
    assert rows.loc["Alfaby", "target"] == 75 and rows.loc["Åsby", "target"] == 65
    assert rows.loc["Ängeby", "target"] == 55  # a target without an outcome is still shown
    assert _missing(rows.loc["Zetaby", "target"])  # its 85 was for 2021
    assert _missing(rows.loc["Östertuna", "target"])


def test_municipalities_with_a_decreasing_indicator_rank_lowest_first():
    everywhere = dataset_from(
        HEADER
        + """
Alfaby,9905,,Vård,,Väntetid,dagar,decrease,2022,30,,Test,2023-01-01,
Zetaby,9904,,Vård,,Väntetid,dagar,decrease,2022,10,,Test,2023-01-01,
Åsby,9903,,Vård,,Väntetid,dagar,decrease,2022,20,,Test,2023-01-01,
"""
    ).indicator_everywhere()
    table = municipality_comparison(everywhere, 2022)
    assert table["rank"].tolist() == [3, 1, 2]  # Alfaby 30, Zetaby 10, Åsby 20: fewest days best
    assert table["quartile"].isna().all()  # three municipalities: no quartiles


def test_real_boras_case_hassleholmen_turnout_2018():
    resolved = Dataset.from_path(settings.DEFAULT_DATA_PATH).resolved("Borås")
    table = area_comparison(resolved, 2018, areas=["Hässleholmen"], indicator_keys=["Valdeltagande riksdagsval"])
    row = _row(table, "Valdeltagande riksdagsval", "Hässleholmen")
    # the final 86.4 (published 2022) replaces the preliminary 84.6
    assert (row["outcome"], row["reference_outcome"]) == (56.5, 86.4)
    assert row["difference"] == pytest.approx(-29.9)  # 56.5 − 86.4
    assert row["relative_difference"] == pytest.approx(-0.34606, abs=5e-6)  # −29.9 / 86.4 ≈ −0.346065
    assert row["assessment"] == "sämre"


def test_a_municipality_comparison_without_an_indicator_decodes_nothing(monkeypatch):
    from dashboard.analysis.report import municipality_comparison_table
    from dashboard.analysis.selection import Selection

    dataset = dataset_from(MUNICIPALITIES)
    monkeypatch.setattr(dataset, "indicator_everywhere", lambda *_: (_ for _ in ()).throw(AssertionError("decoded")))
    series, table = municipality_comparison_table(
        dataset, Selection(view="municipalities", year=2022, municipalities=("Alfaby",))
    )
    assert series.empty and table.empty
