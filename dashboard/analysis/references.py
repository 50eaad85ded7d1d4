"""Reference lines: where outcomes stand among all municipalities ("alla", Kolada's "Alla kommuner")
or among a named group of similar municipalities (groups.csv), as the median and the first and
third quartile of their outcomes for an indicator and a year.

Only whole-municipality outcomes of exactly that year count, as current on the selection's date;
a municipality without one is left out and `count` says how many were counted. Quartiles are by
linear interpolation between the closest ranks (numpy's default, Excel's KVARTIL.INC): with the
n outcomes sorted, the p-quantile lies at position p·(n − 1) counted from 0.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from dashboard.data.dataset import Dataset
from dashboard.data.groups import ALL_PEERS
from dashboard.domain.messages import Term
from dashboard.domain.schema import ALL_MUNICIPALITIES

PEER_COLUMNS = ["peer_group", "peer_median", "peer_q1", "peer_q3", "peer_n"]


@dataclass(frozen=True)
class Reference:
    """The reference of `peers` ("alla" or a group's name) for one indicator and year."""

    peers: str
    indicator_key: str
    year: int
    count: int  # municipalities with an outcome that year: the n to show beside the line
    median: float | None
    q1: float | None
    q3: float | None

    @property
    def name(self) -> str | Term:
        """What to call the line: a group by its name (data, not translated), all municipalities
        by the catalogue's words (`peers.all`)."""
        return Term("peers.all") if self.peers == ALL_PEERS else self.peers

    @property
    def export_name(self) -> str:
        """The name in exports, whose labels stay Swedish whatever the page's language."""
        return ALL_MUNICIPALITIES if self.peers == ALL_PEERS else self.peers


def quartiles(values) -> tuple[float | None, float | None, float | None]:
    """(first quartile, median, third quartile) of the values that are there; Nones without any."""
    present = np.asarray([value for value in values if value is not None and not pd.isna(value)], dtype="float64")
    if present.size == 0:
        return None, None, None
    q1, median, q3 = np.quantile(present, [0.25, 0.5, 0.75])
    return float(q1), float(median), float(q3)


def reference(
    dataset: Dataset, indicator_key: str, year: int, peers: str, as_of: pd.Timestamp | None = None
) -> Reference | None:
    """The median and quartiles of `peers`' outcomes of `indicator_key` in `year` (a count of 0
    when none has one); None when `peers` is neither "alla" nor a group."""
    rows = _peer_rows(dataset, (indicator_key,), peers, as_of)
    if rows is None:
        return None
    return _references(rows, peers).get((indicator_key, int(year))) or _none_counted(peers, indicator_key, year)


def reference_series(
    dataset: Dataset, indicator_key: str, peers: str, as_of: pd.Timestamp | None = None
) -> list[Reference]:
    """The reference for every year the indicator has outcomes among `peers`, oldest first: the
    dotted line (and band) of a chart over the years."""
    rows = _peer_rows(dataset, (indicator_key,), peers, as_of)
    return [] if rows is None else list(_references(rows, peers).values())


def with_peer_columns(
    table: pd.DataFrame, dataset: Dataset, peers: str | None, as_of=None, everywhere: pd.DataFrame | None = None
) -> pd.DataFrame:
    """`table` (rows with `indicator_key` and `year`) with the reference of `peers` beside each row:
    peer_group, peer_median, peer_q1, peer_q3, peer_n. Unchanged when no peers are chosen. Every
    indicator of the table is read in one query (an area view lists them all), unless `everywhere`
    holds them already (the table's one indicator in every municipality, as of `as_of`)."""
    if peers is None:
        return table
    keys = tuple(sorted({str(key) for key in table["indicator_key"].dropna()}))
    if everywhere is not None and keys:
        members = _members(dataset, peers)
        years = sorted({int(year) for year in table["year"].dropna()})
        found = None if members is _UNKNOWN else _by_year(_among(everywhere, members), keys[0], peers, years)
    else:
        rows = _peer_rows(dataset, keys, peers, as_of) if keys else None
        found = _references(rows, peers) if rows is not None else None
    picked = [
        None
        if found is None or pd.isna(year)
        else found.get((str(key), int(year))) or _none_counted(peers, str(key), year)
        for key, year in zip(table["indicator_key"], table["year"])
    ]
    return table.assign(
        peer_group=pd.array([ref.export_name if ref else None for ref in picked], dtype="string"),
        peer_median=[_number(ref.median if ref else None) for ref in picked],
        peer_q1=[_number(ref.q1 if ref else None) for ref in picked],
        peer_q3=[_number(ref.q3 if ref else None) for ref in picked],
        peer_n=pd.array([ref.count if ref else None for ref in picked], dtype="Int64"),
    )


def _number(value: float | None) -> float:
    return np.nan if value is None else value


def _none_counted(peers: str, indicator_key: str, year) -> Reference:
    """The reference of a year in which none of `peers` has an outcome."""
    return Reference(peers, indicator_key, int(year), 0, None, None, None)


_UNKNOWN = object()  # a group that does not exist


def _members(dataset: Dataset, peers: str):
    """The municipalities of `peers`: None for all of them, _UNKNOWN for a group that does not exist."""
    if peers == ALL_PEERS:
        return None
    return dataset.groups().get(peers, _UNKNOWN)


def _peer_rows(dataset: Dataset, keys: tuple[str, ...], peers: str, as_of) -> pd.DataFrame | None:
    """The whole-municipality outcomes of `keys` among `peers`; None for a group that does not exist."""
    members = _members(dataset, peers)
    if members is _UNKNOWN:
        return None
    if len(keys) == 1:
        rows = dataset.indicator_everywhere(as_of, keys[0])  # kept: charts ask for it again and again
    else:
        rows = dataset.indicators_everywhere(as_of, keys)
    return _among(rows, members)


def _among(rows: pd.DataFrame, members) -> pd.DataFrame:
    """The rows that count: those with an outcome, of a member (every municipality for None)."""
    rows = rows[rows["outcome"].notna()]
    return rows if members is None else rows[rows["municipality"].isin(members)]


def _references(rows: pd.DataFrame, peers: str) -> dict[tuple[str, int], Reference]:
    """Per (indicator, year) with outcomes among `rows` (those that count), its reference; in
    indicator and year order."""
    found = {}
    for key, of_indicator in rows.groupby("indicator_key", sort=True, observed=True):
        found.update(_by_year(of_indicator, str(key), peers))
    return found


def _by_year(rows: pd.DataFrame, key: str, peers: str, years=None) -> dict[tuple[str, int], Reference]:
    """The references of one indicator's rows that count, per year with outcomes (of `years`
    only, when given), oldest first; on the columns as arrays (a comparison's export asks for
    one year of 290 municipalities)."""
    outcomes = rows["outcome"].to_numpy(dtype="float64", na_value=np.nan)
    when = rows["year"].to_numpy(dtype="float64", na_value=np.nan)
    found = {}
    for year in sorted(set(when[~np.isnan(when)].astype(int).tolist()) if years is None else years):
        values = outcomes[when == year]
        if values.size:
            q1, median, q3 = quartiles(values)
            found[(key, int(year))] = Reference(peers, key, int(year), int(values.size), median, q1, q3)
    return found
