"""The loaded data of a process: extended without being changed, and what it offers to choose."""

import pandas as pd

from tests.conftest import HEADER, dataset_from, observations_from

DATA = (
    HEADER
    + """
Alfaby,,,M,,A,,,2020,1,,s,2020-01-01,
Alfaby,,Norr,M,,A,,,2020,2,,s,2021-05-01,
Östby,,,M,,A,,,2020,1,5,s,2019-01-01,
"""
)


def test_extending_adds_rows_and_leaves_the_original_as_it_was():
    base = dataset_from(DATA)
    extra = observations_from(HEADER + "\nNyby,,,M,,A,,,2020,3,,s,2020-01-01,\n")
    combined = base.extended(extra, ("uppladdad.csv",))
    assert combined.municipalities() == ["Alfaby", "Nyby", "Östby"]
    assert base.municipalities() == ["Alfaby", "Östby"] and len(base.observations) == 3
    assert combined.token != base.token
    assert combined.load.loaded_files[-1] == "uppladdad.csv"


def test_areas_put_the_whole_municipality_first_and_dates_newest_first():
    dataset = dataset_from(DATA)
    assert dataset.areas("Alfaby") == ["Hela kommunen", "Norr"]
    assert dataset.publication_dates("Alfaby") == [pd.Timestamp("2021-05-01"), pd.Timestamp("2020-01-01")]


def test_cross_municipality_frame_has_whole_municipality_rows_only_and_is_reused():
    dataset = dataset_from(DATA)
    everywhere = dataset.indicator_everywhere()
    assert set(everywhere["area"]) == {"Hela kommunen"} and len(everywhere) == 2
    assert dataset.indicator_everywhere() is everywhere


def test_unknown_municipality_gives_an_empty_table_not_an_error():
    assert dataset_from(DATA).resolved("Gotham").empty


def test_row_count_counts_stored_and_added_rows_once():
    base = dataset_from(DATA)
    extra = observations_from(HEADER + "\nAlfaby,,,M,,B,,,2020,3,,s,2020-01-01,\nNyby,,,M,,A,,,2020,3,,s,2020-01-01,\n")
    combined = base.extended(extra, ("uppladdad.csv",))
    assert base.row_count == 3 and combined.row_count == 5 == len(combined.observations)
