"""A national-scale data set for benchmarks: SYNTHETIC figures, seeded, never written into data/.

    python -m bench.generate --municipalities 290 --goal-areas 10 --indicators 10 --years 25 \\
        --areas 5 --out /tmp/national.csv

Every row says it is synthetic (municipality "Syntetkommun 001", source "SYNTETISKA TESTDATA"),
so nobody mistakes it for published figures. Rows = municipalities × goal areas × indicators ×
years × areas; every fifth year also carries a target.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import pandas as pd

from dashboard.exports import observations_to_csv_bytes
from dashboard.settings import DEFAULT_DATA_PATH


def generate(municipalities: int, goal_areas: int, indicators: int, years: int, areas: int,
             seed: int = 2026) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    m, g, i, y, a = np.meshgrid(np.arange(municipalities), np.arange(goal_areas), np.arange(indicators),
                                np.arange(years), np.arange(areas), indexing="ij")
    m, g, i, y, a = (axis.ravel() for axis in (m, g, i, y, a))
    level = 40 + 40 * rng.random(municipalities * goal_areas * indicators * areas)
    trend = rng.normal(0.3, 0.5, level.size)
    series = (m * goal_areas * indicators * areas + g * indicators * areas + i * areas + a)
    outcome = np.round(level[series] + trend[series] * y + rng.normal(0, 1.5, y.size), 1)
    first_year = 2025 - years + 1
    frame = pd.DataFrame({
        "municipality": pd.Categorical.from_codes(m, [f"Syntetkommun {n + 1:03d}" for n in range(municipalities)]),
        "municipality_code": pd.Categorical.from_codes(m, [f"{9000 + n:04d}"[-4:] for n in range(municipalities)]),
        "area": pd.Categorical.from_codes(a, ["Hela kommunen"] + [f"Område {n}" for n in range(1, areas)]),
        "goal_area": pd.Categorical.from_codes(g, [f"Målområde {n + 1}" for n in range(goal_areas)]),
        "indicator_id": [f"S{gi:02d}{ii:03d}" for gi, ii in zip(g, i)],
        "indicator": [f"Syntetisk indikator {gi + 1}.{ii + 1}" for gi, ii in zip(g, i)],
        "unit": "%",
        "direction": np.where(i % 3 == 0, "decrease", "increase"),
        "year": first_year + y,
        "outcome": outcome,
        "target": np.where(y % 5 == 4, np.round(level[series] + 10, 1), np.nan),
        "source": "SYNTETISKA TESTDATA",
        "published": "2026-01-01",
        "comment": "",
    })
    return frame


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate a synthetic national-scale data set.")
    for name, default in (("municipalities", 290), ("goal-areas", 10), ("indicators", 10), ("years", 25),
                          ("areas", 5)):
        parser.add_argument(f"--{name}", type=int, default=default)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    if args.out.resolve().is_relative_to(DEFAULT_DATA_PATH.resolve()):
        print("Syntetiska data skrivs aldrig i data/: välj en annan plats.", file=sys.stderr)
        return 2
    frame = generate(args.municipalities, args.goal_areas, args.indicators, args.years, args.areas, args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(observations_to_csv_bytes(frame))
    print(f"{len(frame)} syntetiska rader → {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
