"""Revised figures: outcome and target each resolve to their latest non-empty publication."""

import pandas as pd

from dashboard.data.vintages import resolve
from tests.conftest import HEADER, dataset_from, observations_from

# Borås's staff continuity (Kolada U21401) as its budgets published it: the 2019 budget says
# 2018 = 13 and target 2019 = 13; the 2020 budget revises 2018 to 17 and has no 2019 target.
STAFF = (
    HEADER
    + """
Borås,1490,,Vård och omsorg,U21401,Personal,antal,decrease,2018,13,,Budget 2019,2019-05-03,
Borås,1490,,Vård och omsorg,U21401,Personal,antal,decrease,2019,,13,Budget 2019,2019-05-03,
Borås,1490,,Vård och omsorg,U21401,Personal,antal,decrease,2018,17,,Budget 2020,2020-11-12,
Borås,1490,,Vård och omsorg,U21401,Personal,antal,decrease,2019,17,,Budget 2020,2020-11-12,
Borås,1490,,Vård och omsorg,U21401,Personal,antal,decrease,2020,,15,Budget 2020,2020-11-12,
"""
)


def _year(resolved: pd.DataFrame, year: int) -> pd.Series:
    return resolved[resolved["year"] == year].iloc[0]


def test_latest_publication_wins_for_a_revised_outcome():
    row = _year(resolve(observations_from(STAFF)), 2018)
    assert row["outcome"] == 17
    assert row["outcome_published"] == pd.Timestamp("2020-11-12")
    assert row["outcome_source"] == "Budget 2020"


def test_empty_target_in_later_publication_keeps_the_earlier_target():
    row = _year(resolve(observations_from(STAFF)), 2019)
    assert row["target"] == 13
    assert row["target_published"] == pd.Timestamp("2019-05-03")
    assert row["outcome"] == 17
    assert row["outcome_published"] == pd.Timestamp("2020-11-12")


def test_as_of_date_uses_only_rows_published_by_then():
    resolved = resolve(observations_from(STAFF), as_of=pd.Timestamp("2019-12-31"))
    assert _year(resolved, 2018)["outcome"] == 13
    assert 2020 not in set(resolved["year"])


def test_as_of_date_includes_rows_published_that_day():
    resolved = resolve(observations_from(STAFF), as_of=pd.Timestamp("2020-11-12"))
    assert _year(resolved, 2018)["outcome"] == 17


def test_undated_rows_are_older_than_dated_rows():
    text = (
        HEADER
        + """
Testkommun,,,Mål,,Ind,,,2020,5,,odaterad,,
Testkommun,,,Mål,,Ind,,,2020,7,,daterad,2001-01-01,
"""
    )
    row = resolve(observations_from(text)).iloc[0]
    assert row["outcome"] == 7 and row["outcome_source"] == "daterad"


def test_undated_rows_count_in_every_as_of_view():
    text = (
        HEADER
        + """
Testkommun,,,Mål,,Ind,,,2020,5,,odaterad,,
Testkommun,,,Mål,,Ind,,,2020,7,,daterad,2030-01-01,
"""
    )
    row = resolve(observations_from(text), as_of=pd.Timestamp("2020-06-01")).iloc[0]
    assert row["outcome"] == 5


def test_indicator_id_joins_rows_whose_names_differ_and_takes_the_latest_name():
    text = (
        HEADER
        + """
Testkommun,,,Mål,K1,Gammalt namn,,,2019,1,,a,2019-01-01,
Testkommun,,,Mål,K1,Nytt namn,,,2020,2,,b,2020-01-01,
"""
    )
    resolved = resolve(observations_from(text))
    assert list(resolved["indicator"]) == ["Nytt namn", "Nytt namn"]
    assert set(resolved["indicator_key"]) == {"K1"}


def test_areas_resolve_separately():
    text = (
        HEADER
        + """
Testkommun,,,Mål,,Ind,,,2020,10,,a,2020-01-01,
Testkommun,,Norr,Mål,,Ind,,,2020,4,,a,2020-01-01,
"""
    )
    resolved = resolve(observations_from(text)).set_index("area")
    assert resolved.loc["Hela kommunen", "outcome"] == 10
    assert resolved.loc["Norr", "outcome"] == 4


def test_nothing_published_yet_gives_an_empty_table():
    resolved = resolve(observations_from(STAFF), as_of=pd.Timestamp("2000-01-01"))
    assert resolved.empty and "outcome" in resolved.columns


def test_a_municipality_never_revised_resolves_without_grouping_to_the_same_values():
    text = (
        STAFF
        + """
Alfaby,0001,,Mål,K1,Gammalt namn,%,increase,2019,1,3,a,2019-01-01,
Alfaby,0001,,Mål,K1,Nytt namn,procent,increase,2020,,4,b,2020-01-01,gammal kommentar
Alfaby,0001,Norr,Mål,K1,Nytt namn,procent,increase,2020,5,,,,
"""
    )
    dataset = dataset_from(text)
    assert dataset.relations.summary.revised == {"Borås"}
    for name in ("Alfaby", "Borås"):
        pd.testing.assert_frame_equal(dataset.resolved(name), resolve(dataset.raw(name)))
    names = dataset.resolved("Alfaby").set_index(["area", "year"])
    assert names.loc[("Hela kommunen", 2019), ["indicator", "unit"]].tolist() == ["Nytt namn", "procent"]
    assert pd.isna(names.loc[("Hela kommunen", 2020), "outcome_published"])
    assert names.loc[("Hela kommunen", 2020), "target_comment"] == "gammal kommentar"
