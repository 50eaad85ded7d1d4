"""Are we getting there? Progress toward the target, and the trend since the previous outcome.

Follows Open SDG's progress measure (sdg-build, after Statistics Canada), adapted to municipal
series:
  growth(v1, v0, t1, t0) = (v1 / v0) ^ (1 / (t1 − t0)) − 1, with a 0 value taken as 0.001.
base = the first outcome (or the first at or after a configured base year); current = the
latest outcome at or before the follow-up year Y; target = the target for Y, else the nearest
later one. A current outcome that meets the target is `Målet nått`, checked first. Otherwise
R = dir · growth(current, base) / |growth(target, base)|, dir = +1 for increase, −1 for
decrease, flipped once more when the base is negative. Without a target, dir · growth itself is
classed with Open SDG's thresholds.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from dashboard.domain.schema import DECREASE
from dashboard.domain.statuses import Progress, Trend

# (lowest R, label), checked from the top
RATIO_CLASSES = ((0.95, Progress.ON_TRACK), (0.6, Progress.MODERATE_PROGRESS), (0.0, Progress.LIMITED_PROGRESS))
# (lowest dir · yearly growth, label) for development without a target
GROWTH_CLASSES = (
    (0.015, Progress.CLEAR_IMPROVEMENT),
    (0.005, Progress.MODERATE_IMPROVEMENT),
    (0.0, Progress.WEAK_IMPROVEMENT),
)
ZERO_STAND_IN = 0.001


@dataclass(frozen=True)
class ProgressMeasure:
    status: Progress
    ratio: float | None = None
    has_target: bool = False
    base_year: int | None = None
    base: float | None = None
    current_year: int | None = None
    current: float | None = None
    target_year: int | None = None
    target: float | None = None
    actual_growth: float | None = None  # yearly change of the outcome, base → current
    required_growth: float | None = None  # yearly change needed, base → target


@dataclass(frozen=True)
class TrendChange:
    arrow: Trend
    previous_year: int
    previous: float
    current_year: int
    current: float


def growth(v1: float, v0: float, t1: int, t0: int) -> float | None:
    """Compound yearly growth from (t0, v0) to (t1, v1); None when it has no meaning."""
    v1, v0 = (ZERO_STAND_IN if v == 0 else v for v in (v1, v0))
    if t1 == t0 or (v1 < 0) != (v0 < 0):
        return None
    return (v1 / v0) ** (1 / (t1 - t0)) - 1


def measure_progress(
    outcomes: Iterable[tuple[int, float]],
    targets: Iterable[tuple[int, float]],
    direction: str,
    year: int,
    base_year: int | None = None,
) -> ProgressMeasure:
    """Progress of one series at follow-up year `year` (pairs of (year, value), any order)."""
    seen = sorted((int(y), float(v)) for y, v in outcomes if int(y) <= year)
    usable = [pair for pair in seen if base_year is None or pair[0] >= base_year]
    later_targets = sorted((int(y), float(v)) for y, v in targets if int(y) >= year)
    target_year, target = later_targets[0] if later_targets else (None, None)
    if not usable:
        return ProgressMeasure(
            Progress.TOO_LITTLE_DATA, has_target=target is not None, target_year=target_year, target=target
        )
    (base_year_used, base), (current_year, current) = usable[0], usable[-1]
    known = dict(
        has_target=target is not None,
        base_year=base_year_used,
        base=base,
        current_year=current_year,
        current=current,
        target_year=target_year,
        target=target,
    )
    sign = -1.0 if direction == DECREASE else 1.0
    if target is not None and sign * (current - target) >= 0:
        return ProgressMeasure(Progress.TARGET_MET, **known)
    if len(usable) < 2:
        return ProgressMeasure(Progress.TOO_LITTLE_DATA, **known)
    if base < 0:
        sign = -sign
    actual = growth(current, base, current_year, base_year_used)
    if actual is None:
        return ProgressMeasure(Progress.NOT_COMPUTABLE, **known)
    if target is None:
        return ProgressMeasure(_classify(sign * actual, GROWTH_CLASSES), actual_growth=actual, **known)
    required = growth(target, base, target_year, base_year_used)
    if required is None or required == 0:
        return ProgressMeasure(Progress.NOT_COMPUTABLE, actual_growth=actual, required_growth=required, **known)
    ratio = sign * actual / abs(required) + 0.0  # no "−0" when nothing changed
    return ProgressMeasure(
        _classify(ratio, RATIO_CLASSES), ratio=ratio, actual_growth=actual, required_growth=required, **known
    )


def _classify(value: float, classes: tuple[tuple[float, str], ...]) -> str:
    for lowest, label in classes:
        if value >= lowest - 1e-12:
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


def progress_columns(
    resolved, keys, year: int, base_year: int | None = None, tolerance: float = 0.0, series_of: dict | None = None
):
    """progress, progress_ratio, trend and trend_from_year (the previous outcome's year) for each
    indicator key, from its resolved rows
    (or their `yearly_series`, when already at hand)."""
    series_of = yearly_series(resolved) if series_of is None else series_of
    found = {}
    for key in dict.fromkeys(keys):
        if key not in series_of:
            continue
        outcomes, targets, direction = series_of[key]
        result = measure_progress(outcomes, targets, direction, year, base_year)
        change = trend(outcomes, direction, year, tolerance)
        found[key] = (
            result.status.value,
            result.ratio,
            result.has_target,
            change.arrow.value if change else None,
            change.previous_year if change else None,
        )
    columns = ["progress", "progress_ratio", "progress_has_target", "trend", "trend_from_year"]
    empty = (Progress.TOO_LITTLE_DATA.value, None, False, None, None)
    frame = pd.DataFrame([found.get(key, empty) for key in keys], columns=columns)
    frame["progress_ratio"] = frame["progress_ratio"].astype("float64")
    frame["trend_from_year"] = frame["trend_from_year"].astype("Int64")
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
