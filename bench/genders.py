"""What reading women's or men's figures costs against the total: SYNTHETIC data with every series
three times (T, and K and M a few points either side), through the store, the way a view reads it.

    python -m bench.genders [--municipalities 290 --indicators 10 --years 10 --areas 3] [--out FILE]

Times, per gender, the median of each read over the first municipalities: a municipality's current
values (the overview), one indicator across every municipality (the comparison and its reference),
and the district split (women beside men). The first read of a gender is timed apart: it opens
the gender's relations. Also the load with and without the split. Prints JSON; --out writes it.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

import numpy as np
import pandas as pd

from bench.generate import generate, write_csv
from bench.report import machine
from dashboard.analysis.gender_split import area_gender_split
from dashboard.analysis.selection import Selection
from dashboard.data import cache

READS = 20  # municipalities each read is timed over


def with_genders(frame: pd.DataFrame, seed: int = 2026) -> pd.DataFrame:
    """Every row three times: the total, women a little above and men a little below it (targets on
    the total only, as councils set them)."""
    rng = np.random.default_rng(seed)
    shift = np.round(rng.normal(3, 1, len(frame)), 1)
    women = frame.assign(outcome=frame["outcome"] + shift, target=np.nan, gender="K")
    men = frame.assign(outcome=frame["outcome"] - shift, target=np.nan, gender="M")
    return pd.concat([frame.assign(gender="T"), women, men], ignore_index=True)


def _median_ms(read, names) -> float:
    times = []
    for name in names:
        start = time.perf_counter()
        read(name)
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 2)


def measure(frame: pd.DataFrame, folder: Path) -> dict:
    data = folder / "data"
    data.mkdir()
    write_csv(frame, data / "synthetic.csv")
    start = time.perf_counter()
    dataset = cache.load_dataset(data, folder / "cache")
    results = {"rows": len(frame), "load_s": round(time.perf_counter() - start, 2), "genders": {}}
    names = dataset.municipalities()[:READS]
    key = str(frame["indicator_id"].iloc[0])
    for gender in dataset.genders:
        start = time.perf_counter()
        viewed = dataset.of_gender(gender)
        viewed.resolved(names[0])
        first = round((time.perf_counter() - start) * 1000, 2)
        results["genders"][gender] = {
            "first_read_ms": first,
            "municipality_ms": _median_ms(viewed.resolved, names[1:]),
            "indicator_everywhere_ms": _median_ms(partial(viewed._indicator_everywhere, None), [key] * 5),
        }
    areas = sorted(set(frame["area"].astype(str)))
    split = [Selection(municipality=name, indicator=key, year=2025) for name in names]
    results["split_ms"] = _median_ms(lambda s: area_gender_split(dataset, s, areas), split)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for name, default in (("municipalities", 290), ("goal-areas", 5), ("indicators", 10), ("years", 10), ("areas", 3)):
        parser.add_argument(f"--{name}", type=int, default=default)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    total = generate(args.municipalities, args.goal_areas, args.indicators, args.years, args.areas)
    with tempfile.TemporaryDirectory() as plain, tempfile.TemporaryDirectory() as split:
        results = {
            "machine": machine(),
            "total_only": measure(total, Path(plain)),
            "with_genders": measure(with_genders(total), Path(split)),
        }
    text = json.dumps(results, ensure_ascii=False, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
