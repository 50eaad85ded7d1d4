"""/export/compare.csv for view=municipalities reads the indicator once, without the chosen
municipality's own rows: its bytes must stay those of the page's own path (normalize, the page's
municipality comparison over `indicator_everywhere`, and the reference read per indicator), here
rebuilt from the functions the page still uses. Revised figures, dates, groups, ties, missing
outcomes and added data included; on data in memory and on the store's Parquet files."""

from __future__ import annotations

import textwrap
from dataclasses import replace

import pandas as pd
import pytest

from dashboard.analysis.comparisons import MUNICIPALITY_COLUMNS
from dashboard.analysis.references import PEER_COLUMNS, with_peer_columns
from dashboard.analysis.report import municipality_comparison_table
from dashboard.analysis.selection import Selection, normalize
from dashboard.app import create_app
from dashboard.data import cache
from dashboard.data.dataset import Dataset
from dashboard.data.groups import ALL_PEERS
from dashboard.data.loading import LoadResult
from dashboard.exports.names import file_stem
from dashboard.exports.tables import to_csv_bytes
from dashboard.settings import Settings
from tests.conftest import HEADER, groups_from, observations_from

# Six municipalities; "Andel" revised (a later publication changes a value, renames the indicator and
# leaves a cell empty, which must not hide the earlier value), with a tie, a municipality without
# the year, and one with a row but no outcome; "Kostnad" lower is better; "Ensam" in one only.
DATA = (
    HEADER
    + """
Alfaby,0181,,Mål,A1,Andel,%,increase,2019,50,60,SCB,2020-01-10,
Alfaby,0181,,Mål,A1,Andel,%,increase,2020,55,60,SCB,2021-01-10,
Alfaby,0181,,Mål,A1,Andel (ny),%,increase,2020,56,,SCB,2021-06-10,reviderad
Alfaby,0181,Norr,Mål,A1,Andel,%,increase,2020,40,,SCB,2021-01-10,
Betaby,0182,,Mål,A1,Andel,%,increase,2020,56,,SCB,2021-01-10,
Betaby,0182,,Mål,A1,Andel,%,increase,2020,,70,SCB,2021-06-10,
Cedby,0183,,Mål,A1,Andel,%,increase,2019,44,,SCB,2020-01-10,
Dalby,0184,,Mål,A1,Andel,%,increase,2020,61.25,,SCB,2021-01-10,
Eby,0185,,Mål,A1,Andel,%,increase,2020,,65,SCB,2021-01-10,
Fby,0186,,Mål,A1,Andel,%,increase,2020,30.5,,,,
Alfaby,0181,,Mål,K1,Kostnad,kr,decrease,2020,100,90,SCB,2021-01-10,
Betaby,0182,,Mål,K1,Kostnad,kr,decrease,2020,120,,SCB,2021-01-10,
Cedby,0183,,Mål,K1,Kostnad,kr,decrease,2020,100,,SCB,2021-01-10,
Dalby,0184,,Mål,K1,Kostnad,kr,decrease,2020,80,,SCB,2021-01-10,
Eby,0185,,Mål,K1,Kostnad,kr,decrease,2020,100,,SCB,2021-01-10,
Eby,0185,,Mål,K1,Kostnad,kr,decrease,2019,95,,SCB,2020-01-10,
Fby,0186,,Mål,K1,Kostnad,kr,,2020,70,,SCB,2021-01-10,
Alfaby,0181,,Mål,E1,Ensam,st,increase,2020,3,,SCB,2021-01-10,
"""
)
# The same without revisions (every row current: the stored spread describes each indicator), the
# indicator renamed and its unit changed in a later year, so its newest description is not the first.
UNREVISED = (
    DATA.replace("Alfaby,0181,,Mål,A1,Andel (ny),%,increase,2020,56,,SCB,2021-06-10,reviderad\n", "")
    .replace("Betaby,0182,,Mål,A1,Andel,%,increase,2020,,70,SCB,2021-06-10,\n", "")
    .replace(
        "Alfaby,0181,,Mål,A1,Andel,%,increase,2020,55,60", "Alfaby,0181,,Mål,A1,Andel (ny),procent,increase,2020,55,60"
    )
)
GROUPS = groups_from(
    """
    group,municipality
    Grupp A,Alfaby
    Grupp A,Betaby
    Grupp A,Dalby
    Grupp B,Cedby
    Grupp B,Eby
    """
)
QUERIES = [
    {"indicator": "A1", "year": "2020", "municipalities": "alla", "peers": "alla"},
    {"indicator": "A1", "year": "2020", "municipalities": "alla", "peers": "Grupp A"},
    {"indicator": "A1", "year": "2019", "municipalities": "alla", "peers": "grupp b"},
    {"indicator": "Andel (ny)", "year": "2020", "municipalities": "Alfaby,Cedby,Okänd", "peers": "alla"},
    {"indicator": "A1", "year": "2020", "municipalities": "alla", "peers": "Ingen sådan grupp"},
    {"indicator": "A1", "year": "2020", "municipalities": "alla"},
    {"indicator": "A1", "year": "1999", "municipalities": "alla", "peers": "alla"},
    {"indicator": "A1", "municipalities": "alla", "peers": "alla"},
    {"indicator": "A1", "year": "2020", "municipalities": "alla", "peers": "alla", "as_of": "2021-03-01"},
    {"indicator": "A1", "year": "2020", "municipalities": "alla", "peers": "alla", "as_of": "2020-06-01"},
    {"indicator": "K1", "year": "2020", "municipalities": "alla", "peers": "alla"},
    {"indicator": "K1", "year": "2020", "peers": "Grupp B"},
    {"indicator": "E1", "year": "2020", "municipalities": "alla", "peers": "alla"},
    {"indicator": "saknas", "year": "2020", "municipalities": "alla", "peers": "alla"},
    {"year": "2020", "municipalities": "alla", "peers": "alla", "municipality": "Cedby"},
    {"indicator": "A1", "year": "2020", "municipalities": "alla", "peers": "alla", "municipality": "Okänd"},
]


def _page_export(dataset: Dataset, query: dict) -> tuple[bytes, str]:
    """The export as the page's own path builds it: the whole normalisation, the page's comparison
    table, the reference read per indicator."""
    asked = Selection.from_query({"view": "municipalities", **query})
    if [name.casefold() for name in asked.municipalities] == [ALL_PEERS]:
        asked = replace(asked, municipalities=tuple(dataset.municipalities()))
    selection, _, _ = normalize(asked, dataset)
    columns = MUNICIPALITY_COLUMNS + (PEER_COLUMNS if selection.peers else []) + ["gender"]  # last: the view's
    if selection.indicator is None or selection.year is None:
        table = pd.DataFrame(columns=columns)
    else:
        table = municipality_comparison_table(dataset, selection)[1].assign(
            indicator_key=selection.indicator, gender=selection.gender
        )
        table = with_peer_columns(table, dataset, selection.peers, selection.as_of_date)[columns]
    name = file_stem("malbild-jamforelse", "municipalities", str(selection.indicator), selection.year) + ".csv"
    return to_csv_bytes(table), name


def _in_memory() -> Dataset:
    return Dataset(LoadResult(observations_from(DATA), groups=GROUPS, loaded_files=("test.csv",)))


def _stored(tmp_path, text: str = DATA) -> Dataset:
    data = tmp_path / "data"
    data.mkdir()
    (data / "test.csv").write_text(textwrap.dedent(text).strip() + "\n", encoding="utf-8")
    (data / "groups.csv").write_text(
        "group,municipality\n" + "".join(f"{g},{m}\n" for g, m in zip(GROUPS["group"], GROUPS["municipality"])),
        encoding="utf-8",
    )
    return cache.load_dataset(data, cache_dir=tmp_path / "cache")


def _extended() -> Dataset:
    """Data added in a session over a stored municipality and as a new one."""
    extra = observations_from(
        HEADER
        + """
Betaby,0182,,Mål,A1,Andel,%,increase,2020,58,,Uppladdat,2021-09-01,
Gby,0187,,Mål,A1,Andel,%,increase,2020,56,,Uppladdat,2021-09-01,
"""
    )
    return _in_memory().extended(extra, ("extra.csv",))


@pytest.mark.parametrize("build", ["in_memory", "stored", "stored_unrevised", "extended"])
def test_the_municipality_comparison_export_is_the_pages_own(build, tmp_path):
    dataset = {
        "in_memory": _in_memory,
        "extended": _extended,
        "stored": lambda: _stored(tmp_path),
        "stored_unrevised": lambda: _stored(tmp_path, UNREVISED),
    }[build]()
    assert set(dataset.groups()) == {"Grupp A", "Grupp B"}
    if build == "stored":
        assert dataset.relations.summary.revised  # the general path of the resolution
    if build == "stored_unrevised":  # the rows read as they are, described by the stored spread
        assert not dataset.relations.summary.revised and dataset.relations.spread is not None
        described = dataset.indicator_compared(None, "A1").set_index("municipality")
        assert (described.loc["Alfaby", "indicator"] == "Andel (ny)").all()
        assert (described.loc["Alfaby", "unit"] == "procent").all()
    client = create_app(Settings(), dataset).server.test_client()
    for query in QUERIES:
        expected, name = _page_export(dataset, query)
        response = client.get("/export/compare.csv", query_string={"view": "municipalities", **query})
        assert response.status_code == 200, query
        assert response.data == expected, query
        assert response.headers["Content-Disposition"] == f'attachment; filename="{name}"', query
