"""The loaded data of one process: observations, their current values, and what can be chosen.

Built once when the app starts and never changed afterwards. The observations stay where they are
(the store's Parquet files, or a frame for data built in memory) and each view asks DuckDB for
what it shows: one municipality's rows, or one indicator across every municipality, with the
vintages resolved by the query (dashboard/data/vintages.py). So national data costs a worker only
what its views are showing. The last few answers are kept per process; data added in a session
(`extended`) lies over the stored rows per municipality. A Dataset reads one gender's figures
(the total unless `of_gender` asks for women or men: dashboard/data/relations.py).
"""

from __future__ import annotations

import threading
import uuid
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import pandas as pd
from cachetools import LRUCache, cached

from dashboard.data import engine
from dashboard.data.definitions import Definition
from dashboard.data.frames import empty_observations, fetch
from dashboard.data.goals import empty_goals
from dashboard.data.groups import empty_groups
from dashboard.data.loading import LoadResult, definitions_at, load_path
from dashboard.data.relations import FrameRelations, GenderRelations, Relations, gender_frame
from dashboard.data.vintages import NEWEST, RESOLVED_COLUMNS, projection_sql, published_by, resolution_sql, resolve
from dashboard.domain.problems import Problem
from dashboard.domain.schema import FRAME_COLUMNS, GENDERS, TOTAL, WHOLE_MUNICIPALITY
from dashboard.domain.values import swedish_sort_key

DECODED_MUNICIPALITIES = 8  # small answers (dates, spreads) kept per process and kind
# The frames kept per process (a municipality's current values, an area's rows, an indicator across
# every municipality) share one budget in bytes: about 2 MB each at national scale, but a
# municipality of the Kolada-scale data holds 100 000 rows (about 15 MB), and a count of them
# grew a worker by hundreds of MB. 24 MB is what eight of each kind took at national scale
# (48 MB kept more of them there and grew a worker from 199 to 228 MB).
KEPT_FRAMES_BYTES = 24 * 1024 * 1024
SPREAD_COLUMNS = ["municipality", "indicator_key", "year", "indicator"]
# what comparing municipalities and their reference read of an indicator's resolved rows
COMPARED_DESCRIPTIVE = ("indicator", "unit", "direction")
COMPARED_VALUES = {"outcome": ["outcome"], "target": ["target"]}
COMPARED_COLUMNS = ["municipality", "year", *COMPARED_DESCRIPTIVE, "outcome", "target"]


@dataclass(frozen=True)
class LoadReport:
    """What loading said, without the rows: problems, goals, groups and which files made it."""

    problems: tuple[Problem, ...] = ()
    goals: pd.DataFrame = field(default_factory=empty_goals)
    loaded_files: tuple[str, ...] = ()
    failed_files: tuple[str, ...] = ()
    source: str = ""
    groups: pd.DataFrame = field(default_factory=empty_groups)

    @classmethod
    def of(cls, load: LoadResult) -> LoadReport:
        return cls(load.problems, load.goals, load.loaded_files, load.failed_files, load.source, load.groups)


class Dataset:
    def __init__(self, load: LoadResult):
        """In memory, from loaded observations (tests, uploads, data without a store)."""
        self._setup(LoadReport.of(load), FrameRelations(load.observations))

    @classmethod
    def from_relations(cls, report: LoadReport, relations: Relations, gender: str = TOTAL) -> Dataset:
        dataset = object.__new__(cls)
        dataset._setup(report, relations, gender)
        return dataset

    @classmethod
    def from_path(cls, path: Path) -> Dataset:
        """The data at `path`, read and validated now (dashboard.data.cache.load_dataset keeps it)."""
        return cls(load_path(path))

    def _setup(self, report: LoadReport, relations: Relations, gender: str = TOTAL) -> None:
        self.token = uuid.uuid4().hex  # tells caches which data a result was built from
        self.load = report
        self.gender = gender
        self._all_genders = relations  # every gender's rows, for `of_gender` and checking uploads
        self._genders: dict[str, Dataset] = {gender: self}
        if relations.genders != frozenset({gender}):
            relations = GenderRelations(relations, gender)
        self.relations = relations
        # municipalities changed by `extended`: every gender's rows, and this gender's view of them
        self._added_all: dict[str, pd.DataFrame] = {}
        self._added_raw: dict[str, pd.DataFrame] = {}
        self._added_current: dict[str, pd.DataFrame] = {}
        self._kept = kept = LRUCache(maxsize=KEPT_FRAMES_BYTES, getsizeof=_frame_bytes)  # larger frames: not kept
        lock = threading.RLock()  # the development server answers in threads

        def keep(kind: str, function):
            return cached(kept, key=lambda *args: (kind, *args), lock=lock)(function)

        self._raw = keep("raw", self._stored_raw)
        self._every_gender = keep("every_gender", self._stored_every_gender)
        self._current = keep("current", self._stored_current)
        self._everywhere = keep("everywhere", self._indicator_everywhere)
        self._compared = keep("compared", self._indicator_compared)
        self._rows_in = keep("rows_in", self._select_rows)
        self._spread = lru_cache(maxsize=8)(self._indicator_spread)
        self._dates = lru_cache(maxsize=DECODED_MUNICIPALITIES)(self._publication_dates)

    def extended(self, extra: pd.DataFrame, files: tuple[str, ...]) -> Dataset:
        """A new Dataset with `extra` observations (any gender) added; only the municipalities they
        touch are read again, and this Dataset is left as it was."""
        load = self.load
        report = LoadReport(
            load.problems, load.goals, load.loaded_files + files, load.failed_files, load.source, load.groups
        )
        combined = Dataset.from_relations(report, self._all_genders, self.gender)
        combined._added_all = dict(self._added_all)
        for name, rows in extra.groupby("municipality", observed=True):
            earlier = self.every_gender_of([name])
            combined._added_all[name] = pd.concat([earlier, rows], ignore_index=True) if len(earlier) else rows
        combined._read_added()
        return combined

    def _read_added(self) -> None:
        """This gender's rows of the changed municipalities, by the same rule as the stored ones
        (gender_frame: the total's targets where the gender has none of its own), resolved."""
        self._added_raw = {name: gender_frame(rows, self.gender) for name, rows in self._added_all.items()}
        self._added_current = {name: resolve(rows) for name, rows in self._added_raw.items()}

    def of_gender(self, gender: str) -> Dataset:
        """The same data read for one gender (T, K or M): its figures, measured against the total's
        targets where it has none of its own. Kept: one per gender."""
        if gender not in self._genders:
            chosen = Dataset.from_relations(self.load, self._all_genders, gender)
            chosen._added_all = self._added_all
            chosen._read_added()
            chosen._genders = self._genders
            self._genders[gender] = chosen
        return self._genders[gender]

    @cached_property
    def genders(self) -> tuple[str, ...]:
        """The genders the data holds figures for, total first (T, K, M)."""
        held = set(self._all_genders.genders).union(*(set(rows["gender"]) for rows in self._added_all.values()))
        return tuple(gender for gender in GENDERS if gender in held)

    def every_gender_of(self, municipalities) -> pd.DataFrame:
        """Every observation of the given municipalities, of every gender (an upload is checked
        against all of them)."""
        frames = [
            self._added_all[name] if name in self._added_all else self._every_gender(name)
            for name in municipalities
            if self.has(name)
        ]
        return pd.concat(frames, ignore_index=True) if frames else empty_observations()

    # --- What there is ---------------------------------------------------------------------------

    @property
    def problems(self) -> tuple[Problem, ...]:
        return self.load.problems

    @cached_property
    def row_count(self) -> int:
        stored = self.relations.summary.rows
        changed = sum(stored.get(name, 0) for name in self._added_all)
        return sum(stored.values()) - changed + sum(len(rows) for rows in self._added_all.values())

    @property
    def is_empty(self) -> bool:
        return self.row_count == 0

    @property
    def observations(self) -> pd.DataFrame:
        """Every observation as one frame. Reads all rows: for tests and small data only."""
        frames = [self.raw(name) for name in self.municipalities()]
        return pd.concat(frames, ignore_index=True) if frames else empty_observations()

    def has(self, municipality) -> bool:
        return municipality in self._added_raw or municipality in self.relations.summary.rows

    @cached_property
    def _municipalities(self) -> list[str]:
        return sorted(set(self.relations.summary.rows) | set(self._added_raw), key=swedish_sort_key)

    def municipalities(self) -> list[str]:
        return list(self._municipalities)

    @cached_property
    def default_municipality(self) -> str | None:
        """The one with the most targets, so the first screen shows goals being followed up
        (ties in alphabetical order)."""
        return max(self.municipalities(), key=self._target_count, default=None)

    def _target_count(self, municipality: str) -> int:
        if municipality in self._added_current:
            return int(self._added_current[municipality]["target"].notna().sum())
        return self.relations.summary.targets.get(municipality, 0)

    def goals(self, municipality: str) -> pd.DataFrame:
        """The municipality's goal areas and goals from the goals files, in file order."""
        goals = self.load.goals
        return goals[goals["municipality"] == municipality]

    def groups(self) -> dict[str, tuple[str, ...]]:
        """Named groups of municipalities (groups.csv): name → members, in file order."""
        return dict(self._groups)

    @cached_property
    def definitions(self) -> dict[str, Definition]:
        """The indicators' definitions (indicators.csv beside the data files) by indicator key."""
        return definitions_at(self.load.source)

    @cached_property
    def _groups(self) -> dict[str, tuple[str, ...]]:
        groups = self.load.groups
        return {str(name): tuple(map(str, rows["municipality"])) for name, rows in groups.groupby("group", sort=False)}

    # --- One municipality -----------------------------------------------------------------------

    def raw(self, municipality: str) -> pd.DataFrame:
        """Every observation of a municipality, as loaded (all vintages). Do not change it."""
        if municipality in self._added_raw:
            return self._added_raw[municipality]
        return self._raw(municipality)

    def resolved(self, municipality: str, as_of: pd.Timestamp | None = None) -> pd.DataFrame:
        """Current values for every area and indicator of a municipality. Do not change it."""
        if as_of is None and municipality in self._added_current:
            return self._added_current[municipality]
        if as_of is not None and municipality in self._added_raw:
            return resolve(self._added_raw[municipality], as_of)
        return self._current(municipality if self.has(municipality) else None, as_of)

    def rows_in(
        self, municipality: str, area: str | None, goal_area: str | None, as_of: pd.Timestamp | None = None
    ) -> pd.DataFrame:
        """Current values of a municipality in one area (every area if None) and goal area (every
        one if None). Kept for the last few choices; do not change it."""
        return self._rows_in(municipality, area, goal_area, as_of)

    def _select_rows(self, municipality, area, goal_area, as_of) -> pd.DataFrame:
        rows = self.resolved(municipality, as_of)
        if area is not None:
            rows = rows[rows["area"] == area]
        if goal_area is not None:
            rows = rows[rows["goal_area"] == goal_area]
        return rows

    def _stored_raw(self, municipality: str) -> pd.DataFrame:
        columns = self.relations.select(FRAME_COLUMNS)
        return self._query(
            f"SELECT {columns} FROM {self.relations.observations} WHERE municipality = $m", {"m": municipality}
        )

    def _stored_every_gender(self, municipality: str) -> pd.DataFrame:
        columns = self._all_genders.select(FRAME_COLUMNS)
        return self._query(
            f"SELECT {columns} FROM {self._all_genders.observations} WHERE municipality = $m", {"m": municipality}
        )

    def _stored_current(self, municipality: str | None, as_of: pd.Timestamp | None) -> pd.DataFrame:
        where, params = published_by(as_of)
        revised = municipality in self.relations.summary.revised
        return self._current_of(
            self.relations.observations, f"municipality = $m AND {where}", {**params, "m": municipality}, revised
        )

    def _current_of(
        self, source: str, where: str, params: dict | None, revised: bool, columns=RESOLVED_COLUMNS, **narrowed
    ) -> pd.DataFrame:
        """Current values of the observations of `source` passing `where`; without revised figures
        among them every row is current, and the query needs no grouping. `columns` and `narrowed`
        (the SQL's order, descriptive and values) ask for less than every resolved column."""
        resolved = (resolution_sql if revised else projection_sql)(source, where, **narrowed)
        sql = f"SELECT {self.relations.select(columns)} FROM ({resolved})"
        return self._query(sql, params or None)

    def areas(self, municipality: str) -> list[str]:
        """Whole municipality first, then districts in alphabetical order."""
        names = set(self.resolved(municipality)["area"].dropna().unique())
        return sorted(names, key=lambda name: (name != WHOLE_MUNICIPALITY, swedish_sort_key(name)))

    def publication_dates(self, municipality: str) -> list[pd.Timestamp]:
        """Distinct publication dates of a municipality's figures, newest first (every request asks:
        kept, like the municipality's rows)."""
        return list(self._dates(municipality))

    def _publication_dates(self, municipality: str) -> tuple[pd.Timestamp, ...]:
        if not self.has(municipality):
            return []
        if municipality in self._added_raw:
            return tuple(sorted(self._added_raw[municipality]["published"].dropna().unique(), reverse=True))
        with engine.session() as connection:
            dates = connection.execute(
                f"SELECT DISTINCT published FROM {self.relations.observations} "
                "WHERE municipality = $m AND published IS NOT NULL ORDER BY published DESC",
                {"m": municipality},
            ).fetchall()
        return tuple(pd.Timestamp(day) for (day,) in dates)

    # --- One indicator across municipalities ------------------------------------------------------

    def indicator_everywhere(self, as_of: pd.Timestamp | None = None, indicator_key: str | None = None) -> pd.DataFrame:
        """Whole-municipality rows of every municipality (of one indicator, if given), for comparing
        municipalities and for their reference lines. Kept per date and indicator; callers must not
        change the frame."""
        return self._everywhere(as_of, indicator_key)

    def indicators_everywhere(self, as_of: pd.Timestamp | None, indicator_keys: tuple[str, ...]) -> pd.DataFrame:
        """`indicator_everywhere` of several indicators in one query (not kept: an export's list)."""
        return self._indicator_everywhere(as_of, tuple(indicator_keys))

    def _indicator_everywhere(self, as_of, indicator_keys: str | tuple[str, ...] | None) -> pd.DataFrame:
        where, params = published_by(as_of)
        keys = (indicator_keys,) if isinstance(indicator_keys, str) else indicator_keys
        if keys is not None and len(keys) == 1:  # an equality reaches the files and a join's other side
            where, params = f"indicator_key = $key AND {where}", {**params, "key": keys[0]}
        elif keys is not None:
            where, params = f"list_contains($keys, indicator_key) AND {where}", {**params, "keys": list(keys)}
        revised = bool(self.relations.summary.revised - set(self._added_raw))
        stored = self._current_of(self.relations.whole, self._unchanged(where), params, revised)
        added = [self._whole(self.resolved(name, as_of), keys) for name in sorted(self._added_raw)]
        return _by_municipality([stored, *added])

    def indicator_compared(self, as_of: pd.Timestamp | None, indicator_key: str) -> pd.DataFrame:
        """`indicator_everywhere` of one indicator with only COMPARED_COLUMNS (municipality, year,
        indicator, unit, direction, outcome, target): the same rows and values, resolved by the same
        rules, without the columns a comparison's export never shows (publication, source, comment,
        goal …), which are most of the cost of reading them. The rows come in no particular order.
        Kept per date and indicator; callers must not change the frame."""
        return self._compared(as_of, indicator_key)

    def _indicator_compared(self, as_of, indicator_key: str) -> pd.DataFrame:
        where, params = published_by(as_of)
        where, params = f"indicator_key = $key AND {where}", {**params, "key": indicator_key}
        revised = bool(self.relations.summary.revised - set(self._added_raw))
        if as_of is None and not revised and self.relations.spread is not None:
            # every row current, and each municipality's newest description stored ahead in the
            # spread (by the same rule): the rows are read as they are, without grouping them
            described = f"SELECT municipality, {', '.join(COMPARED_DESCRIPTIVE)} FROM {self.relations.spread}"
            resolved = (
                f"SELECT * FROM (SELECT municipality, year, outcome, target FROM {self.relations.whole} "
                f"WHERE {self._unchanged(where)}) JOIN ({described} WHERE indicator_key = $key) USING (municipality)"
            )
            stored = self._query(f"SELECT {self.relations.select(COMPARED_COLUMNS)} FROM ({resolved})", params)
        else:
            stored = self._current_of(
                self.relations.whole,
                self._unchanged(where),
                params,
                revised,
                COMPARED_COLUMNS,
                order=None,  # a comparison sorts its municipalities itself
                descriptive=COMPARED_DESCRIPTIVE,
                values=COMPARED_VALUES,
            )
        added = [
            self._whole(self.resolved(name, as_of), (indicator_key,))[COMPARED_COLUMNS]
            for name in sorted(self._added_raw)
        ]
        return _by_municipality([stored, *added])

    def indicator_spread(self, as_of: pd.Timestamp | None = None) -> pd.DataFrame:
        """Per municipality and indicator, the whole municipality's latest row (municipality,
        indicator_key, indicator, year): what the municipality comparison can offer. Kept."""
        return self._spread(as_of)

    def _indicator_spread(self, as_of) -> pd.DataFrame:
        if as_of is None and self.relations.spread is not None:
            columns = self.relations.select(SPREAD_COLUMNS)
            stored = self._query(f"SELECT {columns} FROM {self.relations.spread} WHERE {self._unchanged('TRUE')}")
        else:
            where, params = published_by(as_of)
            stored = self._query(spread_sql(self.relations.whole, self._unchanged(where)), params or None)
        added = []
        for name in self._added_raw:
            rows = self._whole(self.resolved(name, as_of), None)[SPREAD_COLUMNS]
            added.append(rows.sort_values("year", kind="stable").drop_duplicates(["indicator_key"], keep="last"))
        frames = [frame for frame in (stored[SPREAD_COLUMNS], *added) if not frame.empty]
        if len(frames) <= 1:
            return frames[0].reset_index(drop=True) if frames else stored[SPREAD_COLUMNS]
        rows = pd.concat(frames, ignore_index=True)
        return rows.sort_values(["municipality", "year", "indicator_key"], kind="stable").reset_index(drop=True)

    def _unchanged(self, where: str) -> str:
        """`where`, leaving out the municipalities that added data lies over."""
        if not self._added_raw:
            return where
        names = ", ".join("'" + name.replace("'", "''") + "'" for name in self._added_raw)
        return f"({where}) AND municipality NOT IN ({names})"

    @staticmethod
    def _whole(rows: pd.DataFrame, indicator_keys: tuple[str, ...] | None) -> pd.DataFrame:
        wanted = rows["area"] == WHOLE_MUNICIPALITY
        if indicator_keys is not None:
            wanted &= rows["indicator_key"].isin(indicator_keys)
        return rows[wanted]

    def _query(self, sql: str, params: dict | None = None) -> pd.DataFrame:
        with engine.session() as connection:
            self.relations.attach(connection)
            return fetch(connection, sql, params)


def _frame_bytes(frame: pd.DataFrame) -> int:
    """What a kept frame holds: its arrays (text cells point at strings its dictionary shares)."""
    return int(frame.memory_usage(index=True, deep=False).sum())


def spread_sql(whole: str, where: str) -> str:
    """SQL: per municipality and indicator, its latest year and the name, unit and direction of its
    newest publication (the current values' description), in municipality, year and indicator
    order."""
    described = ", ".join(f"max_by({name}, {NEWEST}) AS {name}" for name in COMPARED_DESCRIPTIVE)
    return (
        f"SELECT municipality, indicator_key, {described}, max(year) AS year FROM {whole} WHERE {where} "
        "GROUP BY municipality, indicator_key ORDER BY municipality, year, indicator_key"
    )


def _by_municipality(frames: list[pd.DataFrame]) -> pd.DataFrame:
    frames = [frame for frame in frames if not frame.empty] or frames[:1]
    if len(frames) == 1:
        return frames[0].reset_index(drop=True)
    rows = pd.concat(frames, ignore_index=True)
    return rows.sort_values("municipality", kind="stable").reset_index(drop=True)
