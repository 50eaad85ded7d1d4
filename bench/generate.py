"""A national-scale data set for benchmarks: SYNTHETIC figures, seeded, never written into data/.

    python -m bench.generate --municipalities 290 --goal-areas 10 --indicators 10 --years 25 \\
        --areas 5 --out /tmp/national.csv

Every row says it is synthetic (municipality "Syntetkommun 001", source "SYNTETISKA TESTDATA"),
so nobody mistakes it for published figures. Rows = municipalities × goal areas × indicators ×
years × areas; every fifth year also carries a target.

The national set has 3.6 million rows, so text columns are Categoricals built from codes and the
CSV is written by formatting each distinct value once (with the app's own cell formatter, so the
file is byte for byte what dashboard.data.writers.observations_to_csv_bytes writes) and joining rows
with numpy's vectorised string functions, in chunks.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from dashboard.data.writers import csv_cell, csv_line
from dashboard.domain.schema import COLUMN_NAMES
from dashboard.settings import DEFAULT_DATA_PATH

CHUNK_ROWS = 250_000


def generate(
    municipalities: int, goal_areas: int, indicators: int, years: int, areas: int, seed: int = 2026
) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    m, g, i, y, a = np.meshgrid(
        np.arange(municipalities),
        np.arange(goal_areas),
        np.arange(indicators),
        np.arange(years),
        np.arange(areas),
        indexing="ij",
    )
    m, g, i, y, a = (axis.ravel() for axis in (m, g, i, y, a))
    level = 40 + 40 * rng.random(municipalities * goal_areas * indicators * areas)
    trend = rng.normal(0.3, 0.5, level.size)
    series = m * goal_areas * indicators * areas + g * indicators * areas + i * areas + a
    outcome = np.round(level[series] + trend[series] * y + rng.normal(0, 1.5, y.size), 1)
    first_year = 2025 - years + 1
    indicator = g * indicators + i
    pairs = [(gi, ii) for gi in range(goal_areas) for ii in range(indicators)]
    rows = y.size

    def constant(text: str) -> pd.Categorical:
        return pd.Categorical.from_codes(np.zeros(rows, dtype=np.int8), [text])

    return pd.DataFrame(
        {
            "municipality": pd.Categorical.from_codes(m, [f"Syntetkommun {n + 1:03d}" for n in range(municipalities)]),
            "municipality_code": pd.Categorical.from_codes(m, [f"{9000 + n:04d}"[-4:] for n in range(municipalities)]),
            "area": pd.Categorical.from_codes(a, ["Hela kommunen"] + [f"Område {n}" for n in range(1, areas)]),
            "goal_area": pd.Categorical.from_codes(g, [f"Målområde {n + 1}" for n in range(goal_areas)]),
            "indicator_id": pd.Categorical.from_codes(indicator, [f"S{gi:02d}{ii:03d}" for gi, ii in pairs]),
            "indicator": pd.Categorical.from_codes(
                indicator, [f"Syntetisk indikator {gi + 1}.{ii + 1}" for gi, ii in pairs]
            ),
            "unit": constant("%"),
            # i % 3 == 0 → "decrease"; categories in that order so the codes are the test itself
            "direction": pd.Categorical.from_codes((i % 3 != 0).astype(np.int8), ["decrease", "increase"]),
            "year": first_year + y,
            "outcome": outcome,
            "target": np.where(y % 5 == 4, np.round(level[series] + 10, 1), np.nan),
            "source": constant("SYNTETISKA TESTDATA"),
            "published": constant("2026-01-01"),
            "comment": constant(""),
        }
    )


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    """The long CSV format, as observations_to_csv_bytes writes it, without a Python loop per row."""
    columns = [
        _distinct_cells(name, frame[name]) if name in frame else (np.array([""], dtype=np.str_), None)
        for name in COLUMN_NAMES
    ]
    with open(path, "wb") as out:
        out.write((csv_line(COLUMN_NAMES) + "\n").encode("utf-8"))
        for start in range(0, len(frame), CHUNK_ROWS):
            stop = min(start + CHUNK_ROWS, len(frame))
            line = None
            for index, (cells, codes) in enumerate(columns):
                part = cells[codes[start:stop]] if codes is not None else np.full(stop - start, cells[0])
                if index:
                    part = np.strings.add(",", part)
                line = part if line is None else np.strings.add(line, part)
            out.write(("\n".join(line.tolist()) + "\n").encode("utf-8"))


def _distinct_cells(name: str, column: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Each distinct value formatted once, and every row's index into them (a missing value → '')."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        values, codes = list(column.cat.categories), column.cat.codes.to_numpy()
    else:
        codes, uniques = pd.factorize(column, use_na_sentinel=True)
        values = list(uniques)
    cells = [csv_line([csv_cell(name, value, False)]) for value in values] + [""]  # code -1 → last
    return np.array(cells, dtype=np.dtypes.StringDType()), np.where(codes < 0, len(values), codes)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate a synthetic national-scale data set.")
    for name, default in (("municipalities", 290), ("goal-areas", 10), ("indicators", 10), ("years", 25), ("areas", 5)):
        parser.add_argument(f"--{name}", type=int, default=default)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    if args.out.resolve().is_relative_to(DEFAULT_DATA_PATH.resolve()):
        print("Syntetiska data skrivs aldrig i data/: välj en annan plats.", file=sys.stderr)
        return 2
    frame = generate(args.municipalities, args.goal_areas, args.indicators, args.years, args.areas, args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_csv(frame, args.out)
    print(f"{len(frame)} syntetiska rader → {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
