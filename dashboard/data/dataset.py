"""The loaded data of one process: observations, their current values, and what can be chosen.

Built once when the app starts and never changed afterwards. Observations and their current
values (vintages resolved for the latest publication) are kept as compact columns grouped by
municipality (dashboard/columnar.py), left on disk when they come from the cache, so national
data costs a worker only what its views are showing. A municipality's rows are decoded into a frame when
a view asks for them and the last few are kept; views "as published on DATE" are resolved on
demand for one municipality and kept in a small cache.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from dashboard.data.columnar import Columns
from dashboard.data.goals import empty_goals
from dashboard.data.loading import LoadResult, load_path
from dashboard.data.validation import empty_frame
from dashboard.data.vintages import resolve
from dashboard.domain.problems import Problem
from dashboard.domain.schema import WHOLE_MUNICIPALITY
from dashboard.domain.values import swedish_sort_key

DECODED_MUNICIPALITIES = 8  # frames kept per process: about 2 MB each at national scale


@dataclass(frozen=True)
class LoadReport:
    """What loading said, without the rows: problems, goals and which files made it."""

    problems: tuple[Problem, ...] = ()
    goals: pd.DataFrame = field(default_factory=empty_goals)
    loaded_files: tuple[str, ...] = ()
    failed_files: tuple[str, ...] = ()
    source: str = ""

    @classmethod
    def of(cls, load: LoadResult) -> LoadReport:
        return cls(load.problems, load.goals, load.loaded_files, load.failed_files, load.source)


class Dataset:
    def __init__(self, load: LoadResult):
        """In memory, from loaded observations (tests, uploads, data without a cache)."""
        observations = load.observations
        self._setup(LoadReport.of(load), Columns.encode(observations), Columns.encode(resolve(observations)))

    @classmethod
    def from_columns(cls, report: LoadReport, observations: Columns, current: Columns) -> Dataset:
        dataset = object.__new__(cls)
        dataset._setup(report, observations, current)
        return dataset

    @classmethod
    def from_path(cls, path: Path) -> Dataset:
        """The data at `path`, read and validated now (dashboard.data.cache.load_dataset keeps it)."""
        return cls(load_path(path))

    def _setup(self, report: LoadReport, observations: Columns, current: Columns) -> None:
        self.token = uuid.uuid4().hex  # tells caches which data a result was built from
        self.load = report
        self.columns = observations
        self.current_columns = current
        self._added_raw: dict[str, pd.DataFrame] = {}  # municipalities changed by `extended`
        self._added_current: dict[str, pd.DataFrame] = {}
        self._raw = lru_cache(maxsize=DECODED_MUNICIPALITIES)(self.columns.slice)
        self._current = lru_cache(maxsize=DECODED_MUNICIPALITIES)(self.current_columns.slice)
        self._resolved_as_of = lru_cache(maxsize=64)(self._resolve_as_of)
        self._everywhere = lru_cache(maxsize=64)(self._indicator_everywhere)
        self._spread = lru_cache(maxsize=8)(self._indicator_spread)
        self._rows_in = lru_cache(maxsize=16)(self._select_rows)

    def extended(self, extra: pd.DataFrame, files: tuple[str, ...]) -> Dataset:
        """A new Dataset with `extra` observations added; only the municipalities they touch are
        resolved again, and this Dataset is left as it was."""
        combined = Dataset.from_columns(
            LoadReport(
                self.load.problems,
                self.load.goals,
                self.load.loaded_files + files,
                self.load.failed_files,
                self.load.source,
            ),
            self.columns,
            self.current_columns,
        )
        combined._added_raw, combined._added_current = dict(self._added_raw), dict(self._added_current)
        for name, rows in extra.groupby("municipality", observed=True):
            joined = (
                pd.concat([self.raw(name), rows], ignore_index=True) if self.has(name) else rows.reset_index(drop=True)
            )
            combined._added_raw[name] = joined
            combined._added_current[name] = resolve(joined)
        return combined

    @property
    def problems(self) -> tuple[Problem, ...]:
        return self.load.problems

    @cached_property
    def row_count(self) -> int:
        changed = sum(end - start for name, (start, end) in self.columns.offsets.items() if name in self._added_raw)
        return len(self.columns) - changed + sum(len(rows) for rows in self._added_raw.values())

    @property
    def is_empty(self) -> bool:
        return self.row_count == 0

    @property
    def observations(self) -> pd.DataFrame:
        """Every observation as one frame. Decodes all rows: for tests and small data only."""
        frames = [self.raw(name) for name in self.municipalities()]
        return pd.concat(frames, ignore_index=True) if frames else empty_frame()

    def observations_of(self, municipalities) -> pd.DataFrame:
        """The observations of the given municipalities (those that exist)."""
        frames = [self.raw(name) for name in municipalities if self.has(name)]
        return pd.concat(frames, ignore_index=True) if frames else empty_frame()

    def has(self, municipality) -> bool:
        return municipality in self._added_raw or municipality in self.columns.offsets

    @cached_property
    def _municipalities(self) -> list[str]:
        return sorted(set(self.columns.offsets) | set(self._added_raw), key=swedish_sort_key)

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
        start, end = self.current_columns.offsets[municipality]
        return int(np.count_nonzero(~np.isnan(self.current_columns.arrays["target"][start:end])))

    def raw(self, municipality: str) -> pd.DataFrame:
        """Every observation of a municipality, as loaded (all vintages). Do not change it."""
        if municipality in self._added_raw:
            return self._added_raw[municipality]
        return self._raw(municipality)

    def resolved(self, municipality: str, as_of: pd.Timestamp | None = None) -> pd.DataFrame:
        """Current values for every area and indicator of a municipality. Do not change it."""
        if not self.has(municipality):
            return self._current(None)
        if as_of is not None:
            return self._resolved_as_of(municipality, as_of)
        if municipality in self._added_current:
            return self._added_current[municipality]
        return self._current(municipality)

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

    def _resolve_as_of(self, municipality: str, as_of: pd.Timestamp) -> pd.DataFrame:
        return resolve(self.raw(municipality), as_of)

    def indicator_everywhere(self, as_of: pd.Timestamp | None = None, indicator_key: str | None = None) -> pd.DataFrame:
        """Whole-municipality rows of every municipality (of one indicator, if given), for comparing
        municipalities. Kept per date and indicator; callers must not change the frame."""
        return self._everywhere(as_of, indicator_key)

    def _indicator_everywhere(self, as_of, indicator_key) -> pd.DataFrame:
        if as_of is None:
            frames = [self._stored_whole_rows(indicator_key)]
            frames += [self._whole(rows, indicator_key) for rows in self._added_current.values()]
        else:
            frames = [self._whole(self.resolved(name, as_of), indicator_key) for name in sorted(self._municipalities)]
        frames = [frame for frame in frames if not frame.empty]
        if len(frames) <= 1:
            return frames[0] if frames else self._current(None)
        rows = pd.concat(frames, ignore_index=True)
        return rows.sort_values("municipality", kind="stable").reset_index(drop=True)

    def indicator_spread(self, as_of: pd.Timestamp | None = None) -> pd.DataFrame:
        """Per municipality and indicator, the whole municipality's latest row (municipality,
        indicator_key, indicator, year): what the municipality comparison can offer. Kept."""
        return self._spread(as_of)

    def _indicator_spread(self, as_of) -> pd.DataFrame:
        names = ["municipality", "indicator_key", "indicator", "year"]
        if as_of is None:
            frames = [self._stored_latest_whole_rows(names)]
            frames += [self._whole(rows, None)[names] for rows in self._added_current.values()]
        else:
            frames = [self._whole(self.resolved(name, as_of), None)[names] for name in sorted(self._municipalities)]
        rows = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
        if len(frames) > 1:
            rows = rows.sort_values("municipality", kind="stable")
        latest = rows.sort_values("year", kind="stable").drop_duplicates(["municipality", "indicator_key"], keep="last")
        return latest.sort_values("municipality", kind="stable").reset_index(drop=True)

    def _stored_latest_whole_rows(self, names: list[str]) -> pd.DataFrame:
        """Per municipality and indicator, the stored whole-municipality row of the latest year
        (the last of equals), in municipality and then year order; only those rows are decoded."""
        columns = self.current_columns
        picked = self._whole_positions(None)
        if picked is None or len(picked) == 0:
            return self._current(None)[names]
        municipality, key = (columns.arrays[name][:][picked] for name in ("municipality", "indicator_key"))
        year = columns.arrays["year"][:][picked].astype("float64")
        year[columns.arrays["year.mask"][:][picked].astype(bool)] = np.inf  # no year sorts last, as in pandas
        order = np.lexsort((picked, year, key, municipality))
        last = np.ones(len(order), dtype=bool)
        last[:-1] = (municipality[order][1:] != municipality[order][:-1]) | (key[order][1:] != key[order][:-1])
        latest = order[last]
        latest = latest[np.lexsort((picked[latest], year[latest], municipality[latest]))]
        positions = picked[latest]
        ascending = np.sort(positions)
        rows = columns.rows(ascending, names)
        return rows.iloc[np.searchsorted(ascending, positions)].reset_index(drop=True)

    def _whole_positions(self, indicator_key: str | None) -> np.ndarray | None:
        """Row numbers of the stored whole-municipality rows (of one indicator, if given), leaving
        out municipalities changed since; None when there are none."""
        columns = self.current_columns
        areas, whole = columns.codes("area", WHOLE_MUNICIPALITY)
        if whole is None:
            return None
        wanted = np.asarray(areas) == whole
        if indicator_key is not None:
            keys, code = columns.codes("indicator_key", indicator_key)
            if code is None:
                return None
            wanted &= np.asarray(keys) == code
        for name in self._added_current:
            if name in columns.offsets:
                start, end = columns.offsets[name]
                wanted[start:end] = False
        return np.flatnonzero(wanted)

    def _stored_whole_rows(self, indicator_key: str | None, names: list[str] | None = None) -> pd.DataFrame:
        """Rows of the stored current values in the whole municipality, picked on their codes
        (rows that are not wanted are never decoded), leaving out municipalities changed since."""
        picked = self._whole_positions(indicator_key)
        if picked is None:
            return self._current(None) if names is None else self._current(None)[names]
        return self.current_columns.rows(picked, names)

    @staticmethod
    def _whole(rows: pd.DataFrame, indicator_key: str | None) -> pd.DataFrame:
        wanted = rows["area"] == WHOLE_MUNICIPALITY
        if indicator_key is not None:
            wanted &= rows["indicator_key"] == indicator_key
        return rows[wanted]

    def goals(self, municipality: str) -> pd.DataFrame:
        """The municipality's goal areas and goals from the goals files, in file order."""
        goals = self.load.goals
        return goals[goals["municipality"] == municipality]

    def areas(self, municipality: str) -> list[str]:
        """Whole municipality first, then districts in alphabetical order."""
        names = set(self.resolved(municipality)["area"].dropna().unique())
        return sorted(names, key=lambda name: (name != WHOLE_MUNICIPALITY, swedish_sort_key(name)))

    def publication_dates(self, municipality: str) -> list[pd.Timestamp]:
        """Distinct publication dates of a municipality's figures, newest first."""
        if not self.has(municipality):
            return []
        if municipality in self._added_raw:
            published = self._added_raw[municipality]["published"]
        else:  # one column is enough: the municipality's observations are not decoded for this
            published = self.columns.values("published", municipality)
        return sorted(published.dropna().unique(), reverse=True)
