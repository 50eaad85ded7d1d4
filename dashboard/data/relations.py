"""Where a dataset's observations are, as relations a DuckDB query can name: the store's Parquet
files (dashboard/data/parquet_store.py), or a frame held in memory (tests, uploads).

`observations` holds every observation, `whole` the whole-municipality ones (laid out for one
indicator across municipalities when it is a file of its own), `spread` each municipality's latest
year per indicator (of the total, T) when it was computed ahead. GenderRelations narrows them to one
gender's figures, which is what every view reads: the total unless women or men are chosen.
A frame is registered with each process's own connection the first time that process asks
(gunicorn forks after loading).
"""

from __future__ import annotations

import os
import uuid
import weakref
from dataclasses import dataclass
from functools import cached_property

import duckdb
import pandas as pd

from dashboard.data import engine
from dashboard.data.frames import fetch
from dashboard.domain.schema import FRAME_COLUMNS, TEXT_COLUMNS, TOTAL, WHOLE_MUNICIPALITY

WHOLE = f"area = '{WHOLE_MUNICIPALITY}'"


@dataclass(frozen=True)
class Summary:
    """Per municipality: its observations, its current targets, and whether it has no revised
    figures (`revised`: some (area, indicator, year) was published more than once)."""

    rows: dict[str, int]
    targets: dict[str, int]
    revised: frozenset[str] = frozenset()

    @classmethod
    def of(cls, connection: duckdb.DuckDBPyConnection, observations: str) -> Summary:
        counted = connection.execute(summary_sql(observations)).fetchall()
        return cls(
            {name: int(rows) for name, rows, _, _ in counted},
            {name: int(targets) for name, _, targets, _ in counted},
            frozenset(name for name, _, _, most in counted if most > 1),
        )

    @classmethod
    def from_dict(cls, values: dict) -> Summary:
        return cls(values["rows"], values["targets"], frozenset(values["revised"]))

    def as_dict(self) -> dict:
        return {"rows": self.rows, "targets": self.targets, "revised": sorted(self.revised)}


def summary_sql(observations: str) -> str:
    """SQL: per municipality, its rows, its (area, indicator, year) series with a target, and the
    most rows of any series. Series are grouped by a hash of their key (integers group fast): two
    series that collide would count as one revised series, which only sends that municipality
    down the general path of dashboard/data/vintages.py."""
    return (
        "WITH series AS (SELECT municipality, hash(area, indicator_key, year, gender) AS series, count(*) AS n, "
        f"bool_or(target IS NOT NULL) AS has_target FROM {observations} GROUP BY municipality, series) "
        "SELECT municipality, sum(n), count_if(has_target), max(n) FROM series GROUP BY municipality"
    )


# The text columns of a query's answer, and the stored column whose values each one takes.
TEXT_SOURCES = {
    **{name: name for name in TEXT_COLUMNS + ("indicator_key", "file")},
    "outcome_source": "source",
    "target_source": "source",
    "outcome_comment": "comment",
    "target_comment": "comment",
}


class Relations:
    observations: str
    whole: str
    spread: str | None = None
    genders: frozenset[str] = frozenset({TOTAL})  # the genders the observations hold

    @property
    def summary(self) -> Summary:
        raise NotImplementedError

    def attach(self, connection: duckdb.DuckDBPyConnection) -> None:
        """Make the relations nameable on `connection` (this process's)."""

    def select(self, columns) -> str:
        """SQL select list of `columns`, as the answer should come back."""
        return ", ".join(columns)


class FrameRelations(Relations):
    def __init__(self, observations: pd.DataFrame):
        self.frame = observations
        self.genders = frozenset(observations["gender"].dropna().unique()) or frozenset({TOTAL})
        self.observations = f"_observations_{uuid.uuid4().hex}"
        self.whole = f"(SELECT * FROM {self.observations} WHERE {WHOLE})"
        self._attached: tuple[int, int] | None = None
        weakref.finalize(self, _forget, self.observations, os.getpid())

    def attach(self, connection: duckdb.DuckDBPyConnection) -> None:
        where = (os.getpid(), id(connection))
        if self._attached != where:
            connection.register(self.observations, self.frame)
            self._attached = where

    @cached_property
    def summary(self) -> Summary:
        with engine.session() as connection:
            self.attach(connection)
            return Summary.of(connection, self.observations)


def _forget(name: str, pid: int) -> None:
    """Unregister a frame nobody refers to any more, in the process that registered it, before its
    connection's next query (dashboard/data/engine.py `defer`)."""
    if os.getpid() == pid:
        engine.defer(lambda connection: connection.unregister(name))


class GenderRelations(Relations):
    """One gender's rows of `base`. Women's and men's figures are measured against the council's
    target: for a place and year where the gender has no target of its own, the total's target rows
    come along as rows without an outcome, and the vintages' resolution (dashboard/data/vintages.py)
    takes the newest target among them, as it does for any revised figure. A total is read as it is."""

    def __init__(self, base: Relations, gender: str):
        self.base, self.gender = base, gender
        self.genders = frozenset({gender})
        self.observations = gender_rows(base.observations, gender)
        self.whole = gender_rows(base.whole, gender)
        self.spread = base.spread if gender == TOTAL else None

    @cached_property
    def summary(self) -> Summary:
        """The base's; a woman's or man's series may hold the total's target rows beside its own,
        so every municipality is read by the general path of the resolution (`revised`)."""
        base = self.base.summary
        return base if self.gender == TOTAL else Summary(base.rows, base.targets, frozenset(base.rows))

    def attach(self, connection: duckdb.DuckDBPyConnection) -> None:
        self.base.attach(connection)

    def select(self, columns) -> str:
        return self.base.select(columns)


_PLACE = ("municipality", "area", "indicator_key")


def gender_rows(source: str, gender: str) -> str:
    """SQL relation: the rows of `source` of one gender, with the total's target rows for its places
    and years without a target of its own (see GenderRelations). Plain joins, no CTE, IN or ANTI JOIN:
    DuckDB ran those over every municipality before a view's filter reached them (42 ms against 5 ms
    a read); a `LEFT JOIN … IS NULL` lets `municipality = …` reach both sides."""
    columns = ", ".join(FRAME_COLUMNS)
    rows = f"(SELECT {columns} FROM {source} WHERE gender = '{gender}')"
    if gender == TOTAL:
        return rows
    place = ", ".join(_PLACE)
    borrowed = ", ".join(
        {"outcome": "NULL::DOUBLE AS outcome", "gender": f"'{gender}' AS gender"}.get(c, f"t.{c}")
        for c in FRAME_COLUMNS
    )
    same_year = " AND ".join(f"t.{name} = own.{name}" for name in (*_PLACE, "year"))
    return (
        f"({rows} UNION ALL SELECT {borrowed} "
        f"FROM (SELECT * FROM {source} WHERE gender = '{TOTAL}' AND target IS NOT NULL) AS t "
        f"JOIN (SELECT DISTINCT {place} FROM {rows}) USING ({place}) "
        f"LEFT JOIN (SELECT DISTINCT {place}, year FROM {rows} WHERE target IS NOT NULL) AS own ON {same_year} "
        "WHERE own.municipality IS NULL)"
    )


def gender_frame(observations: pd.DataFrame, gender: str) -> pd.DataFrame:
    """`gender_rows` of observations held in a frame (data added in a session)."""
    if set(observations["gender"]) == {gender}:
        return observations
    with engine.session() as connection:
        view = f"_gendered_{uuid.uuid4().hex}"
        connection.register(view, observations)
        try:
            return fetch(connection, f"SELECT * FROM {gender_rows(view, gender)}")
        finally:
            connection.unregister(view)
