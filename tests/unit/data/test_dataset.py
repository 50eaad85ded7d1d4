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


def test_the_frames_kept_stay_within_their_budget_in_bytes(monkeypatch):
    """Answers are kept newest first until their arrays fill KEPT_FRAMES_BYTES; an older one is
    read again when asked (the same values, a new frame)."""
    from dashboard.data import dataset as dataset_module

    rows = "".join(f"\nKommun {n},,,M,,A,,,{year},{n},,s,2020-01-01," for n in range(6) for year in range(2000, 2020))
    probe = dataset_from(HEADER + rows)
    one = dataset_module._frame_bytes(probe.resolved("Kommun 0"))  # 20 rows of 19 columns
    monkeypatch.setattr(dataset_module, "KEPT_FRAMES_BYTES", 3 * one)  # room for three of them
    dataset = dataset_from(HEADER + rows)
    first = {n: dataset.resolved(f"Kommun {n}") for n in range(6)}
    assert dataset._kept.currsize <= 3 * one and len(dataset._kept) == 3
    assert dataset.resolved("Kommun 5") is first[5]  # the newest are kept
    again = dataset.resolved("Kommun 0")
    assert again is not first[0]  # the oldest was let go and is read again …
    pd.testing.assert_frame_equal(again, first[0])  # … with the same values
