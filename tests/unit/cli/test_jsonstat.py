"""The JSON-stat 2.0 reader: row-major values, both forms of index, value and status, and named shape errors."""

from __future__ import annotations

import pytest

from dashboard.cli import jsonstat
from dashboard.cli.scb import ScbError
from dashboard.i18n import render


def _dataset(**changes) -> dict:
    answer = {
        "version": "2.0",
        "class": "dataset",
        "updated": "2024-02-22T07:00:00Z",
        "role": {"time": ["Tid"], "metric": ["ContentsCode"]},
        "id": ["Region", "ContentsCode", "Tid"],
        "size": [2, 1, 3],
        "dimension": {
            "Region": {"label": "region", "category": {"index": {"2081": 1, "1490": 0}, "label": {"1490": "Borås"}}},
            "ContentsCode": {
                "label": "tabellinnehåll",
                "category": {"label": {"X1": "Andel"}, "unit": {"X1": {"base": "procent", "decimals": 1}}},
                "extension": {"elimination": False},
            },
            "Tid": {"label": "år", "category": {"index": ["2019", "2020", "2021"]}, "extension": {"elimination": True}},
        },
        "value": [1, 2, 3, 4, None, 6],
        "status": {"4": ".."},
    }
    return {**answer, **changes}


def _parse(answer):
    return jsonstat.parse(answer, "u", ScbError)


def test_values_are_row_major_the_last_dimension_fastest():
    dataset = _parse(_dataset())
    assert [(codes["Region"], codes["Tid"], value, status) for codes, value, status in dataset.cells()] == [
        ("1490", "2019", 1, ""),
        ("1490", "2020", 2, ""),
        ("1490", "2021", 3, ""),
        ("2081", "2019", 4, ""),
        ("2081", "2020", None, ".."),
        ("2081", "2021", 6, ""),
    ]


def test_dimensions_keep_order_labels_units_and_elimination():
    dataset = _parse(_dataset())
    region, content, period = dataset.dimensions
    assert region.codes == ("1490", "2081")  # ordered by index position, not by the object's order
    assert (region.label_of("1490"), region.label_of("2081")) == ("Borås", "2081")  # no label: the code
    assert content.codes == ("X1",) and content.units == {"X1": "procent"}  # one category may go without index
    assert (content.elimination, period.elimination, region.elimination) == (False, True, False)
    assert dataset.roles == {"time": ("Tid",), "metric": ("ContentsCode",)} and dataset.updated.startswith("2024")


def test_a_sparse_value_object_and_a_status_list_are_read():
    dataset = _parse(_dataset(value={"0": 1.5, "5": 6}, status=["", "", "..", "", "", ""]))
    assert [(value, status) for _, value, status in dataset.cells()] == [
        (1.5, ""),
        (None, ""),
        (None, ".."),
        (None, ""),
        (None, ""),
        (6, ""),
    ]


def test_a_status_string_applies_to_every_value():
    assert {status for _, _, status in _parse(_dataset(status="p")).cells()} == {"p"}


def test_metadata_is_read_without_values():
    dataset = jsonstat.parse(_dataset(value=None), "u", ScbError, with_values=False)
    assert dataset.values == () and [d.code for d in dataset.dimensions] == ["Region", "ContentsCode", "Tid"]


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"id": "Region"}, "Oväntat svar från SCB för u: id saknas eller har fel form"),
        ({"size": [2, 1]}, "Oväntat svar från SCB för u: size saknas eller har fel form"),
        ({"size": [2, 0, 3]}, "Oväntat svar från SCB för u: size saknas eller har fel form"),
        ({"size": [3, 1, 3]}, "Oväntat svar från SCB för u: dimension.Region.category.index saknas eller har fel form"),
        ({"dimension": {}}, "Oväntat svar från SCB för u: dimension.Region.category saknas eller har fel form"),
        ({"value": [1, 2, 3]}, "Oväntat svar från SCB för u: 3 värden där tabellens storlek säger 6"),
        (
            {"value": [1, 2, "3", 4, 5, 6]},
            "Oväntat svar från SCB för u: värdet för Region=1490, ContentsCode=X1, Tid=2021 är inte ett tal ('3')",
        ),
        (
            {"value": [1, 2, 3, 4, True, 6]},
            "Oväntat svar från SCB för u: värdet för Region=2081, ContentsCode=X1, Tid=2020 är inte ett tal (True)",
        ),
        ({"value": {"9": 1}}, "Oväntat svar från SCB för u: value saknas eller har fel form"),
        ({"status": 4}, "Oväntat svar från SCB för u: status saknas eller har fel form"),
    ],
)
def test_a_shape_that_does_not_fit_is_named(changes, message):
    with pytest.raises(ScbError) as raised:
        _parse(_dataset(**changes))
    assert render(raised.value.message) == message


def test_an_answer_that_is_not_an_object_is_named():
    with pytest.raises(ScbError) as raised:
        _parse([1, 2])
    assert render(raised.value.message) == "Oväntat svar från SCB för u: dataset saknas eller har fel form"
