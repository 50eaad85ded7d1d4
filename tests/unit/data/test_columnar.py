"""Stored columns decode back into exactly the frame they came from, in memory and from disk."""

import numpy as np
import pandas as pd
import pytest

from dashboard.data.columnar import Columns, StoredArray
from tests.conftest import HEADER, observations_from

ROWS = (
    HEADER
    + """
Östby,0001,,Trygghet,,Känsla av trygghet,%,increase,2019,61.5,,SCB,2020-03-01,
Alfaby,0002,Norr,Trygghet,,Känsla av trygghet,%,increase,2020,,70,SCB,2021-05-01,ny metod
Alfaby,0002,,Trygghet,,Känsla av trygghet,%,increase,2020,64.25,70,,,
Alfaby,0002,,Miljö,U01,Utsläpp,ton,decrease,2018,1200000,900000,RUS,2019-01-10,
"""
)


def _frame():
    return observations_from(ROWS)


@pytest.mark.parametrize("on_disk", [False, True])
def test_every_municipality_decodes_to_its_rows_with_the_original_dtypes(tmp_path, on_disk):
    frame = _frame()
    columns = Columns.encode(frame)
    if on_disk:
        columns.save(tmp_path)
        columns = Columns.open(tmp_path)
    for name in ("Alfaby", "Östby"):
        expected = frame[frame["municipality"] == name].reset_index(drop=True)
        pd.testing.assert_frame_equal(columns.slice(name), expected)
    assert len(columns) == len(frame)


def test_an_unknown_municipality_gives_no_rows_but_every_column():
    columns = Columns.encode(_frame())
    empty = columns.slice("Gotham")
    assert empty.empty and list(empty.columns) == list(_frame().columns)
    assert dict(empty.dtypes) == dict(_frame().dtypes)


def test_picked_rows_and_chosen_columns_decode_without_the_rest(tmp_path):
    frame = _frame()
    Columns.encode(frame).save(tmp_path)
    columns = Columns.open(tmp_path)
    ordered = pd.concat(
        [frame[frame["municipality"] == "Alfaby"], frame[frame["municipality"] == "Östby"]], ignore_index=True
    )
    picked = columns.rows(np.array([0, 2, 3]), ["indicator", "outcome"])
    pd.testing.assert_frame_equal(picked, ordered.loc[[0, 2, 3], ["indicator", "outcome"]].reset_index(drop=True))


def test_codes_find_a_value_and_say_when_it_was_never_seen():
    columns = Columns.encode(_frame())
    codes, code = columns.codes("area", "Norr")
    assert list(codes == code).count(True) == 1
    assert columns.codes("area", "Söder")[1] is None


def test_a_stored_array_reads_slices_and_runs_of_rows(tmp_path):
    np.save(tmp_path / "a.npy", np.arange(100, dtype=np.int16))
    stored = StoredArray(tmp_path / "a.npy")
    assert len(stored) == 100 and stored.dtype == np.int16
    assert list(stored[10:13]) == [10, 11, 12] and len(stored[90:200]) == 10
    assert list(stored[np.array([1, 2, 3, 50, 99])]) == [1, 2, 3, 50, 99]
    assert len(stored[np.array([], dtype=int)]) == 0


def test_dates_that_are_not_whole_days_keep_their_seconds(tmp_path):
    frame = pd.DataFrame(
        {
            "municipality": pd.array(["A", "A"], dtype="string"),
            "stamp": pd.to_datetime(["2020-01-01 12:30:05", None]).astype("datetime64[s]"),
        }
    )
    Columns.encode(frame).save(tmp_path)
    pd.testing.assert_frame_equal(Columns.open(tmp_path).slice("A"), frame)
