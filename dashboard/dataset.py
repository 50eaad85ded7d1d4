"""The loaded data of one process: observations, their current values, and what can be chosen.

Built once when the app starts and never changed afterwards. Vintages are resolved once for the
latest publication; views "as published on DATE" are resolved on demand for one municipality
and kept in a small cache.
"""
from __future__ import annotations

import uuid
from dataclasses import replace
from functools import cached_property, lru_cache
from pathlib import Path

import pandas as pd

from dashboard.formatting import swedish_sort_key
from dashboard.loading import LoadResult, load_path
from dashboard.schema import WHOLE_MUNICIPALITY, Problem
from dashboard.vintages import resolve


class Dataset:
    def __init__(self, load: LoadResult):
        self.token = uuid.uuid4().hex  # tells caches which data a result was built from
        self.load = load
        self.observations = load.observations
        self._by_municipality = {
            name: rows for name, rows in self.observations.groupby("municipality", sort=True, observed=True)}
        self._current = {name: resolve(rows) for name, rows in self._by_municipality.items()}
        self._resolved_as_of = lru_cache(maxsize=256)(self._resolve_as_of)

    @classmethod
    def from_path(cls, path: Path) -> "Dataset":
        return cls(load_path(path))

    def extended(self, extra: pd.DataFrame, files: tuple[str, ...]) -> "Dataset":
        """A new Dataset with `extra` observations added; only the municipalities they touch are
        resolved again, and this Dataset is left as it was."""
        combined = object.__new__(Dataset)
        combined.token = uuid.uuid4().hex
        combined.load = replace(self.load, observations=pd.concat([self.observations, extra], ignore_index=True),
                                loaded_files=self.load.loaded_files + files)
        combined.observations = combined.load.observations
        combined._by_municipality = dict(self._by_municipality)
        combined._current = dict(self._current)
        for name, rows in extra.groupby("municipality", observed=True):
            earlier = self._by_municipality.get(name)
            joined = rows if earlier is None else pd.concat([earlier, rows], ignore_index=True)
            combined._by_municipality[name] = joined
            combined._current[name] = resolve(joined)
        combined._resolved_as_of = lru_cache(maxsize=256)(combined._resolve_as_of)
        return combined

    @property
    def problems(self) -> tuple[Problem, ...]:
        return self.load.problems

    @property
    def is_empty(self) -> bool:
        return self.observations.empty

    def municipalities(self) -> list[str]:
        return sorted(self._by_municipality, key=swedish_sort_key)

    @cached_property
    def default_municipality(self) -> str | None:
        """The one with the most targets, so the first screen shows goals being followed up
        (ties in alphabetical order)."""
        targets = {name: int(rows["target"].notna().sum()) for name, rows in self._current.items()}
        return max(self.municipalities(), key=lambda name: targets[name], default=None)

    def resolved(self, municipality: str, as_of: pd.Timestamp | None = None) -> pd.DataFrame:
        """Current values for every area and indicator of a municipality."""
        if municipality not in self._by_municipality:
            return resolve(self.observations.iloc[0:0])
        if as_of is None:
            return self._current[municipality]
        return self._resolved_as_of(municipality, as_of)

    def _resolve_as_of(self, municipality: str, as_of: pd.Timestamp) -> pd.DataFrame:
        return resolve(self._by_municipality[municipality], as_of)

    def indicator_everywhere(self, as_of: pd.Timestamp | None = None) -> pd.DataFrame:
        """Whole-municipality rows of every municipality, for comparing municipalities (built once
        per publication date and kept; callers must not change the frame)."""
        cache = self.__dict__.setdefault("_everywhere", {})
        if as_of not in cache:
            frames = [rows[rows["area"] == WHOLE_MUNICIPALITY]
                      for rows in (self.resolved(name, as_of) for name in self._by_municipality)]
            if len(cache) > 32:
                cache.clear()
            cache[as_of] = pd.concat(frames, ignore_index=True) if frames else resolve(self.observations.iloc[0:0])
        return cache[as_of]

    def goals(self, municipality: str) -> pd.DataFrame:
        """The municipality's goal areas and goals from the goals files, in file order."""
        goals = self.load.goals
        return goals[goals["municipality"] == municipality]

    def areas(self, municipality: str) -> list[str]:
        """Whole municipality first, then districts in alphabetical order."""
        names = set(self.resolved(municipality)["area"].dropna())
        return sorted(names, key=lambda name: (name != WHOLE_MUNICIPALITY, swedish_sort_key(name)))

    def publication_dates(self, municipality: str) -> list[pd.Timestamp]:
        """Distinct publication dates of a municipality's figures, newest first."""
        dates = self._by_municipality.get(municipality, self.observations.iloc[0:0])["published"]
        return sorted(dates.dropna().unique(), reverse=True)
