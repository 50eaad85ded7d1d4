"""Are we getting there? Progress toward the target, and the trend since the previous outcome.

Anchored in Open SDG's progress measure (sdg-build, after Statistics Canada), without its weak
spots. For follow-up year Y: base = the first outcome (or the first at or after a configured
base year, at t0); current = the latest outcome at or before Y (at t); target = the target for
Y, else the nearest later one (at T); dir = +1 for increase, −1 for decrease.

1. No outcome: `För lite data`. An outcome older than Y − stale years: `Kan inte beräknas`
   (the status says `Inaktuellt utfall`); progress is never computed from it.
2. A current outcome that meets the target: `Målet nått`. One outcome only: `För lite data`.
3. A target equal to the base, not met: `Försämring` (the outcome moved away from it).
4. R = dir · actual / |required| by one of two methods:
   - `cagr` when base, current and target are all positive (or all negative):
     actual = (current/base)^(1/(t−t0)) − 1, required = (target/base)^(1/(T−t0)) − 1, dir flipped
     once more for a negative base;
   - `linear` otherwise (a zero or a change of sign): actual = (current − base)/(t − t0),
     required = (target − base)/(T − t0). No value is ever replaced by a stand-in.
   R < 0 `Försämring`; 0 ≤ R < 0,1 `Står still`; < 0,6 `Små framsteg`; < 0,95 `Måttliga
   framsteg`; else `I fas`.
5. Without a target: a change within the trend tolerance is `Oförändrad`; otherwise dir · the
   yearly relative change (cagr, or linear pace / |base|) is classed as `Tydlig`, `Måttlig`,
   `Svag förbättring` (≥ 1,5 %, ≥ 0,5 %, > 0) or `Försämring`; from a zero base it cannot be
   computed.
The change still needed is measured from where the outcome is now: needed_per_year =
(target − current) / (T − t), in the indicator's unit (the whole rest when T = t).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from dashboard.domain.schema import DECREASE
from dashboard.domain.statuses import Progress, Trend

# (lowest R, label), checked from the top; below the last: Försämring
RATIO_CLASSES = (
    (0.95, Progress.ON_TRACK),
    (0.6, Progress.MODERATE_PROGRESS),
    (0.1, Progress.LIMITED_PROGRESS),
    (0.0, Progress.STANDING_STILL),
)
# (lowest dir · yearly relative change, label) for development without a target
GROWTH_CLASSES = (
    (0.015, Progress.CLEAR_IMPROVEMENT),
    (0.005, Progress.MODERATE_IMPROVEMENT),
    (0.0, Progress.WEAK_IMPROVEMENT),
)
CAGR, LINEAR = "cagr", "linear"


@dataclass(frozen=True)
class ProgressRules:
    """How progress is measured: from which year, what change counts as none, when an outcome is stale."""

    base_year: int | None = None
    tolerance: float = 0.0  # a yearly relative change this small counts as none (without a target)
    stale_years: int | None = None  # None: an outcome is never too old

    @classmethod
    def of(cls, settings) -> ProgressRules:
        return cls(settings.progress_base_year, settings.trend_tolerance, settings.stale_years)


@dataclass(frozen=True)
class ProgressMeasure:
    status: Progress
    ratio: float | None = None
    method: str | None = None  # cagr or linear: how the ratio (or the change without a target) was measured
    has_target: bool = False
    base_year: int | None = None
    base: float | None = None
    current_year: int | None = None
    current: float | None = None
    target_year: int | None = None
    target: float | None = None
    actual_growth: float | None = None  # yearly change base → current: a fraction (cagr) or units (linear)
    required_growth: float | None = None  # yearly change needed base → target, of the same kind
    needed_per_year: float | None = None  # yearly change needed from the current outcome, in units
    stale: bool = False  # the current outcome is too old to judge the follow-up year

    @property
    def since_year(self) -> int | None:
        """The year the progress is measured from, when there is a measure to speak of."""
        measured = self.status not in (Progress.TOO_LITTLE_DATA, Progress.NOT_COMPUTABLE, Progress.TARGET_MET)
        return self.base_year if measured else None


@dataclass(frozen=True)
class TrendChange:
    arrow: Trend
    previous_year: int
    previous: float
    current_year: int
    current: float


def growth(v1: float, v0: float, t1: int, t0: int) -> float | None:
    """Compound yearly growth from (t0, v0) to (t1, v1); None unless both are non-zero with the same sign."""
    if t1 == t0 or v0 == 0 or v1 == 0 or (v1 < 0) != (v0 < 0):
        return None
    return (v1 / v0) ** (1 / (t1 - t0)) - 1


def pace(v1: float, v0: float, t1: int, t0: int) -> float | None:
    """Linear yearly change from (t0, v0) to (t1, v1), in the values' unit."""
    return None if t1 == t0 else (v1 - v0) / (t1 - t0)


def is_stale(outcome_year, year: int, stale_years: int | None) -> bool:
    """An outcome older than `year` − `stale_years` is too old to judge `year`."""
    return stale_years is not None and outcome_year is not None and int(outcome_year) < year - stale_years


def measure_progress(
    outcomes: Iterable[tuple[int, float]],
    targets: Iterable[tuple[int, float]],
    direction: str,
    year: int,
    rules: ProgressRules = ProgressRules(),
) -> ProgressMeasure:
    """Progress of one series at follow-up year `year` (pairs of (year, value), any order)."""
    seen = sorted((int(y), float(v)) for y, v in outcomes if int(y) <= year)
    usable = [pair for pair in seen if rules.base_year is None or pair[0] >= rules.base_year]
    later_targets = sorted((int(y), float(v)) for y, v in targets if int(y) >= year)
    target_year, target = later_targets[0] if later_targets else (None, None)
    if not usable:
        return ProgressMeasure(
            Progress.TOO_LITTLE_DATA, has_target=target is not None, target_year=target_year, target=target
        )
    (t0, base), (t, current) = usable[0], usable[-1]
    known = dict(
        has_target=target is not None,
        base_year=t0,
        base=base,
        current_year=t,
        current=current,
        target_year=target_year,
        target=target,
    )
    if is_stale(t, year, rules.stale_years):
        return ProgressMeasure(Progress.NOT_COMPUTABLE, stale=True, **known)
    sign = -1.0 if direction == DECREASE else 1.0
    if target is not None:
        known["needed_per_year"] = (target - current) / max(target_year - t, 1) + 0.0
        if sign * (current - target) >= 0:
            return ProgressMeasure(Progress.TARGET_MET, **known)
    if len(usable) < 2:
        return ProgressMeasure(Progress.TOO_LITTLE_DATA, **known)
    if target is None:
        return _without_target(sign, base, current, t0, t, rules.tolerance, known)
    if target == base:
        return ProgressMeasure(Progress.DETERIORATION, **known)
    if _same_sign(base, current, target):
        method, actual, required = CAGR, growth(current, base, t, t0), growth(target, base, target_year, t0)
        sign = -sign if base < 0 else sign
    else:
        method, actual, required = LINEAR, pace(current, base, t, t0), pace(target, base, target_year, t0)
    ratio = sign * actual / abs(required) + 0.0  # no "−0" when nothing changed
    return ProgressMeasure(
        _classify(ratio, RATIO_CLASSES),
        ratio=ratio,
        method=method,
        actual_growth=actual,
        required_growth=required,
        **known,
    )


def _without_target(
    sign: float, base: float, current: float, t0: int, t: int, tolerance: float, known: dict
) -> ProgressMeasure:
    """Development without a target: unchanged, better (clearly, moderately, weakly) or worse."""
    if _same_sign(base, current):
        method, actual = CAGR, growth(current, base, t, t0)
        relative = (-sign if base < 0 else sign) * actual
    else:
        method, actual = LINEAR, pace(current, base, t, t0)
        relative = sign * actual / abs(base) if base != 0 else None
    if math.isclose(current, base, abs_tol=1e-9) or (relative is not None and abs(relative) <= tolerance):
        return ProgressMeasure(Progress.UNCHANGED, method=method, actual_growth=actual, **known)
    if relative is None:  # from a zero base a relative change has no meaning
        return ProgressMeasure(Progress.NOT_COMPUTABLE, method=method, actual_growth=actual, **known)
    return ProgressMeasure(
        _classify(relative, GROWTH_CLASSES, floor=1e-12), method=method, actual_growth=actual, **known
    )


def _same_sign(*values: float) -> bool:
    return all(value > 0 for value in values) or all(value < 0 for value in values)


def _classify(value: float, classes: tuple[tuple[float, Progress], ...], floor: float = 0.0) -> Progress:
    """The first class whose lowest value `value` reaches: a hair's breadth of float noise is allowed
    at the thresholds above zero; the class from zero starts at `floor`."""
    for lowest, label in classes:
        if value >= (floor if lowest == 0 else lowest - 1e-12):
            return label
    return Progress.DETERIORATION


def trend(
    outcomes: Iterable[tuple[int, float]], direction: str, year: int, tolerance: float = 0.0
) -> TrendChange | None:
    """Better, unchanged or worse than the previous outcome, judged by the indicator's direction.

    `tolerance` is a fraction of the previous outcome: a change that small counts as unchanged.
    """
    seen = sorted((int(y), float(v)) for y, v in outcomes if int(y) <= year)
    if len(seen) < 2:
        return None
    (previous_year, previous), (current_year, current) = seen[-2], seen[-1]
    change = current - previous
    if abs(change) <= tolerance * abs(previous) or math.isclose(current, previous, abs_tol=1e-9):
        arrow = Trend.UNCHANGED
    elif (change > 0) == (direction != DECREASE):
        arrow = Trend.BETTER
    else:
        arrow = Trend.WORSE
    return TrendChange(arrow, previous_year, previous, current_year, current)


PROGRESS_COLUMNS = [
    "progress",
    "progress_ratio",
    "progress_method",
    "progress_base_year",
    "needed_per_year",
    "progress_has_target",
    "trend",
    "trend_from_year",
    "trend_previous",
]


def progress_columns(
    resolved, keys, year: int, rules: ProgressRules = ProgressRules(), series_of: dict | None = None
) -> pd.DataFrame:
    """Per indicator key (in order): progress, its ratio, method and base year (the year it is
    measured since), the change still needed per year, and the trend with the previous outcome's
    year and value; from its resolved rows (or their `yearly_series`, when already at hand)."""
    series_of = yearly_series(resolved) if series_of is None else series_of
    found = {}
    for key in dict.fromkeys(keys):
        if key not in series_of:
            continue
        outcomes, targets, direction = series_of[key]
        result = measure_progress(outcomes, targets, direction, year, rules)
        change = trend(outcomes, direction, year, rules.tolerance)
        found[key] = (
            result.status.value,
            result.ratio,
            result.method,
            result.since_year,
            result.needed_per_year,
            result.has_target,
            change.arrow.value if change else None,
            change.previous_year if change else None,
            change.previous if change else None,
        )
    empty = (Progress.TOO_LITTLE_DATA.value, None, None, None, None, False, None, None, None)
    frame = pd.DataFrame([found.get(key, empty) for key in keys], columns=PROGRESS_COLUMNS)
    for name in ("progress_ratio", "needed_per_year", "trend_previous"):
        frame[name] = frame[name].astype("float64")
    for name in ("progress_base_year", "trend_from_year"):
        frame[name] = frame[name].astype("Int64")
    return frame


def yearly_series(rows) -> dict[str, tuple[list[tuple[int, float]], list[tuple[int, float]], str]]:
    """Per indicator key: its (year, outcome) and (year, target) pairs, oldest first, and the
    direction of its first row. Sliced per indicator from plain arrays: a view has up to hundreds
    of indicators, and pandas per indicator would cost a millisecond each."""
    ordered = rows.sort_values(["indicator_key", "year"], kind="stable")
    keys = ordered["indicator_key"].to_numpy(dtype=object, na_value=None)
    years = ordered["year"].to_numpy(dtype="float64", na_value=np.nan)
    outcomes = ordered["outcome"].to_numpy(dtype="float64")
    targets = ordered["target"].to_numpy(dtype="float64")
    directions = ordered["direction"].to_numpy(dtype=object, na_value=None)
    starts = [0, *(np.flatnonzero(keys[1:] != keys[:-1]) + 1)]
    found = {}
    for start, end in zip(starts, [*starts[1:], len(keys)]):
        if end <= start or keys[start] is None:
            continue
        dated = ~np.isnan(years[start:end])  # no year: not a point in time
        year, outcome, target = years[start:end], outcomes[start:end], targets[start:end]
        with_outcome, with_target = dated & ~np.isnan(outcome), dated & ~np.isnan(target)
        found[keys[start]] = (
            list(zip(year[with_outcome].astype(int).tolist(), outcome[with_outcome].tolist())),
            list(zip(year[with_target].astype(int).tolist(), target[with_target].tolist())),
            directions[start],
        )
    return found
