"""Reference lines: median and quartiles of all municipalities or of a group, counted by hand.

Quartiles interpolate linearly between the closest ranks: with n sorted outcomes the p-quantile
lies at position p·(n − 1), counted from 0.
"""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.analysis.references import quartiles, reference, reference_series, with_peer_columns
from dashboard.data.dataset import Dataset
from dashboard.data.loading import LoadResult
from dashboard.domain.messages import Term
from dashboard.i18n import text
from tests.conftest import HEADER, groups_from, observations_from

# Whole-municipality outcomes of A1 in 2020: 10, 20, 30, 40 and Epsilonby's 55 (revised from 5
# in 2021); Zetaby has only a target in 2020 and Norr is a district, so neither counts.
DATA = (
    HEADER
    + """
Alfaby,,,M,A1,Andel,%,increase,2020,10,,s,2021-03-01,
Alfaby,,Norr,M,A1,Andel,%,increase,2020,99,,s,2021-03-01,
Betaby,,,M,A1,Andel,%,increase,2020,20,,s,2021-03-01,
Gammaby,,,M,A1,Andel,%,increase,2020,30,,s,2021-03-01,
Deltaby,,,M,A1,Andel,%,increase,2020,40,,s,2021-03-01,
Epsilonby,,,M,A1,Andel,%,increase,2020,5,,s,2020-03-01,
Epsilonby,,,M,A1,Andel,%,increase,2020,55,,s,2021-03-01,
Zetaby,,,M,A1,Andel,%,increase,2020,,60,s,2021-03-01,
Alfaby,,,M,A1,Andel,%,increase,2021,12,,s,2022-03-01,
Betaby,,,M,A1,Andel,%,increase,2021,18,,s,2022-03-01,
"""
)
GROUPS = groups_from(
    """
    group,municipality
    Liknande,Alfaby
    Liknande,Betaby
    Liknande,Gammaby
    Liknande,Deltaby
    Ensam,Zetaby
    """
)


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return Dataset(LoadResult(observations_from(DATA), groups=GROUPS))


def test_odd_count_median_and_quartiles_of_all_municipalities(dataset):
    found = reference(dataset, "A1", 2020, "alla")
    assert (found.count, found.q1, found.median, found.q3) == (5, 20.0, 30.0, 40.0)  # 10 20 [30] 40 55


def test_even_count_interpolates_between_the_middle_outcomes(dataset):
    found = reference(dataset, "A1", 2020, "Liknande")
    # 10 20 30 40: median at position 1.5 → 25; Q1 at 0.75 → 17.5; Q3 at 2.25 → 32.5
    assert (found.count, found.q1, found.median, found.q3) == (4, 17.5, 25.0, 32.5)


def test_a_group_without_outcomes_that_year_has_none(dataset):
    found = reference(dataset, "A1", 2020, "Ensam")
    assert (found.count, found.median, found.q1, found.q3) == (0, None, None, None)


def test_the_reference_uses_the_figures_as_published_on_the_date(dataset):
    found = reference(dataset, "A1", 2020, "alla", as_of=pd.Timestamp("2020-12-31"))
    assert (found.count, found.q1, found.median, found.q3) == (1, 5.0, 5.0, 5.0)  # only Epsilonby's first figure


def test_an_unknown_group_has_no_reference(dataset):
    assert reference(dataset, "A1", 2020, "Okänd") is None


def test_the_name_is_a_catalogue_term_for_all_and_the_data_for_a_group(dataset):
    everyone, group = reference(dataset, "A1", 2020, "alla"), reference(dataset, "A1", 2020, "Liknande")
    assert everyone.name == Term("peers.all") and group.name == "Liknande"
    assert text(everyone.name.key, "sv") == "Alla kommuner" and text(everyone.name.key, "en") == "All municipalities"
    assert everyone.export_name == "Alla kommuner" and group.export_name == "Liknande"


def test_one_reference_per_year_for_a_line_over_time(dataset):
    series = reference_series(dataset, "A1", "Liknande")
    assert [(r.year, r.count, r.median) for r in series] == [(2020, 4, 25.0), (2021, 2, 15.0)]


def test_quartiles_leave_missing_values_out():
    assert quartiles([3.0, None, 1.0, float("nan"), 2.0]) == (1.5, 2.0, 2.5)
    assert quartiles([7.0]) == (7.0, 7.0, 7.0) and quartiles([]) == (None, None, None)


def test_peer_columns_beside_every_row_of_a_comparison(dataset):
    table = pd.DataFrame({"indicator_key": ["A1", "A1", "A1"], "year": [2020, 2021, 2019], "outcome": [1, 2, 3]})
    found = with_peer_columns(table, dataset, "Liknande")
    assert found["peer_group"].tolist() == ["Liknande"] * 3
    assert found["peer_median"].tolist()[:2] == [25.0, 15.0] and pd.isna(found["peer_median"].iloc[2])
    assert found["peer_n"].tolist() == [4, 2, 0]
    assert with_peer_columns(table, dataset, None) is table


def test_peer_columns_of_several_indicators_at_once(dataset):
    """An area view's export lists every indicator: each row gets its own indicator's reference."""
    two = Dataset(
        LoadResult(
            observations_from(
                DATA
                + """Alfaby,,,M,B2,Antal,st,increase,2020,1,,s,2021-03-01,
Betaby,,,M,B2,Antal,st,increase,2020,3,,s,2021-03-01,
"""
            ),
            groups=GROUPS,
        )
    )
    table = pd.DataFrame({"indicator_key": ["B2", "A1", "B2"], "year": [2020, 2020, 2021]})
    found = with_peer_columns(table, two, "alla")
    # B2 2020: 1 and 3 → median 2 (Q1 1,5 at position 0,25, Q3 2,5); A1 2020: 10 20 30 40 55 → 30
    assert found["peer_median"].tolist()[:2] == [2.0, 30.0]
    assert (found["peer_q1"].iloc[0], found["peer_q3"].iloc[0]) == (1.5, 2.5)
    assert found["peer_n"].tolist() == [2, 5, 0]  # nobody has B2 in 2021
