"""Gap, relative gap and status, with every expected number worked out by hand."""

import pandas as pd
import pytest

from dashboard.analysis.gaps import follow_up_year, gap_table, status_counts
from dashboard.data.vintages import resolve
from dashboard.domain.statuses import Status
from tests.conftest import HEADER, observations_from


def _table(rows: str, year: int, tolerance: float = 0.05):
    return gap_table(resolve(observations_from(HEADER + "\n" + rows)), year, tolerance).set_index("indicator")


def test_increase_indicator_below_target():
    # 84 against 92: gap = 84 − 92 = −8; relative = −8 / 92 = −0.0869565…
    row = _table("T,,,M,,Respekt,%,increase,2020,84,92,s,2020-01-01,\n", 2020).loc["Respekt"]
    assert row["gap"] == -8
    assert row["relative_gap"] == pytest.approx(-0.0869565217, abs=1e-9)
    assert row["status"] == Status.NOT_MET


def test_an_undeclared_direction_is_judged_against_its_target_as_higher_is_better():
    # no direction: the documented default, 84 against 92 is 8 short (−8 / 92), 95 against 92 is met
    rows = _table("T,,,M,,A,%,,2020,84,92,s,2020-01-01,\nT,,,M,,B,%,,2020,95,92,s,2020-01-01,\n", 2020)
    assert rows.loc["A", "gap"] == -8 and rows.loc["A", "status"] == Status.NOT_MET
    assert rows.loc["B", "gap"] == 3 and rows.loc["B", "status"] == Status.MET
    assert rows.loc["A", "direction"] == ""  # and the export says it was not declared


def test_decrease_indicator_gap_is_target_minus_outcome():
    # staff continuity 17 against 15 (lower is better): gap = 15 − 17 = −2; relative = −2/15
    row = _table("T,,,M,,Personal,antal,decrease,2020,17,15,s,2020-01-01,\n", 2020).loc["Personal"]
    assert row["gap"] == -2
    assert row["relative_gap"] == pytest.approx(-2 / 15)
    assert row["status"] == Status.NOT_MET


def test_decrease_indicator_below_target_is_met():
    # 12 against 15, lower is better: gap = 15 − 12 = 3, relative = 0.2
    row = _table("T,,,M,,Personal,antal,decrease,2020,12,15,s,2020-01-01,\n", 2020).loc["Personal"]
    assert (row["gap"], row["relative_gap"], row["status"]) == (3, 0.2, Status.MET)


def test_exactly_on_target_is_met():
    row = _table("T,,,M,,Ind,,increase,2020,13,13,s,2020-01-01,\n", 2020).loc["Ind"]
    assert (row["gap"], row["status"]) == (0, Status.MET)


def test_shortfall_within_five_percent_is_near():
    # 221 against 230: gap −9, relative −9/230 = −0.0391 ≥ −0.05
    row = _table("T,,,M,,Bostäder,antal,increase,2020,221,230,s,2020-01-01,\n", 2020).loc["Bostäder"]
    assert row["relative_gap"] == pytest.approx(-0.0391304348, abs=1e-9)
    assert row["status"] == Status.NEAR


def test_shortfall_of_exactly_the_tolerance_is_near_despite_float_noise():
    # 85.5 against 90: gap −4.5, relative −4.5/90 = −0.05 exactly (float division gives −0.05000…1)
    row = _table("T,,,M,,Ind,,increase,2020,85.5,90,s,2020-01-01,\n", 2020).loc["Ind"]
    assert row["status"] == Status.NEAR


def test_tolerance_is_configurable():
    rows = "T,,,M,,Ind,,increase,2020,221,230,s,2020-01-01,\n"
    assert _table(rows, 2020, tolerance=0.03).loc["Ind", "status"] == Status.NOT_MET
    assert _table(rows, 2020, tolerance=0.04).loc["Ind", "status"] == Status.NEAR


def test_earlier_outcome_is_used_and_its_year_reported():
    rows = "T,,,M,,Ind,,increase,2018,221,,s,2019-01-01,\nT,,,M,,Ind,,increase,2019,,240,s,2019-01-01,\n"
    row = _table(rows, 2019).loc["Ind"]
    assert (row["outcome"], row["outcome_year"], row["target"]) == (221, 2018, 240)
    assert row["gap"] == -19


def test_later_outcomes_are_ignored():
    rows = "T,,,M,,Ind,,increase,2019,5,10,s,2019-01-01,\nT,,,M,,Ind,,increase,2021,50,,s,2021-01-01,\n"
    assert _table(rows, 2019).loc["Ind", "outcome"] == 5


def test_target_without_any_outcome_is_missing_outcome():
    row = _table("T,,,M,,Ind,,increase,2020,,10,s,2020-01-01,\n", 2020).loc["Ind"]
    assert row["status"] == Status.NO_OUTCOME
    assert row["gap"] != row["gap"]  # NaN


def test_outcome_without_target_is_listed_as_missing_target():
    row = _table("T,,,M,,Ind,,increase,2020,7,,s,2020-01-01,\n", 2020).loc["Ind"]
    assert row["status"] == Status.NO_TARGET


def test_indicator_with_only_later_data_is_left_out():
    rows = "T,,,M,,Tidig,,increase,2020,7,8,s,2020-01-01,\nT,,,M,,Sen,,increase,2022,7,8,s,2022-01-01,\n"
    assert list(_table(rows, 2020).index) == ["Tidig"]


def test_zero_target_has_no_relative_gap():
    # 3 against 0, lower is better: gap −3; relative undefined; not near
    row = _table("T,,,M,,Olyckor,antal,decrease,2020,3,0,s,2020-01-01,\n", 2020).loc["Olyckor"]
    assert row["gap"] == -3 and row["relative_gap"] != row["relative_gap"]
    assert row["status"] == Status.NOT_MET


def test_negative_target_uses_its_magnitude():
    # result −2 against target −4 (increase): gap = 2, relative = 2 / 4 = 0.5
    row = _table("T,,,M,,Resultat,mnkr,increase,2020,-2,-4,s,2020-01-01,\n", 2020).loc["Resultat"]
    assert (row["gap"], row["relative_gap"], row["status"]) == (2, 0.5, Status.MET)


def test_follow_up_year_is_the_latest_target_year():
    rows = "T,,,M,,Ind,,increase,2021,7,,s,2021-01-01,\nT,,,M,,Ind,,increase,2020,,9,s,2020-01-01,\n"
    assert follow_up_year(resolve(observations_from(HEADER + "\n" + rows))) == 2020


def test_follow_up_year_without_targets_is_the_latest_outcome_year():
    rows = "T,,,M,,Ind,,increase,2018,7,,s,2021-01-01,\nT,,,M,,Ind,,increase,2021,8,,s,2021-01-01,\n"
    assert follow_up_year(resolve(observations_from(HEADER + "\n" + rows))) == 2021


def test_status_counts_cover_every_status_in_order():
    rows = (
        "T,,,M,,A,,increase,2020,10,10,s,2020-01-01,\n"
        "T,,,M,,B,,increase,2020,1,10,s,2020-01-01,\n"
        "T,,,M,,C,,increase,2020,2,10,s,2020-01-01,\n"
    )
    counts = status_counts(_table(rows, 2020))
    assert list(counts) == [Status.MET, Status.NEAR, Status.NOT_MET, Status.STALE, Status.NO_OUTCOME, Status.NO_TARGET]
    assert counts == {
        Status.MET: 1,
        Status.NEAR: 0,
        Status.NOT_MET: 2,
        Status.STALE: 0,
        Status.NO_OUTCOME: 0,
        Status.NO_TARGET: 0,
    }


def _stale_table(stale_years):
    rows = (
        "T,,,M,,Gammal,,decrease,2012,2653,,s,2014-12-15,\n"  # no target, outcome 2012
        "T,,,M,,Gammal med mål,,decrease,2012,2653,,s,2014-12-15,\n"
        "T,,,M,,Gammal med mål,,decrease,2020,,2000,s,2020-01-01,\n"
        "T,,,M,,Färsk,,increase,2018,80,,s,2019-01-01,\n"
        "T,,,M,,Färsk,,increase,2020,,90,s,2020-01-01,\n"
    )
    table = gap_table(resolve(observations_from(HEADER + "\n" + rows)), 2020, 0.05, stale_years)
    return table.set_index("indicator")


def test_an_outcome_older_than_the_stale_years_is_not_judged_and_has_no_gap():
    # Y = 2020, 2 stale years: 2012 < 2018 is stale, with or without a target; 2018 is not
    table = _stale_table(2)
    assert table.loc["Gammal", "status"] == Status.STALE
    assert table.loc["Gammal med mål", "status"] == Status.STALE
    assert pd.isna(table.loc["Gammal med mål", "gap"]) and pd.isna(table.loc["Gammal med mål", "relative_gap"])
    # Färsk: 80 (2018) against 90: gap 80 − 90 = −10, −11,1 % → Ej uppnått as usual
    assert (table.loc["Färsk", "status"], table.loc["Färsk", "gap"]) == (Status.NOT_MET, -10)


def test_without_stale_years_every_outcome_is_judged():
    # 2653 against 2000 (decrease): gap 2000 − 2653 = −653
    table = _stale_table(None)
    assert (table.loc["Gammal med mål", "status"], table.loc["Gammal med mål", "gap"]) == (Status.NOT_MET, -653)
