"""Markdown tables for docs/performance.md from one or more results files, so a re-run replaces
the numbers without copying them by hand.

    python -m bench.tables bench/results.json                 (the results against the targets)
    python -m bench.tables --scaling m29.json m145.json m290.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bench.report import INFORMATION, format_number, targets

SCALING = (
    ("rows", "rader"),
    ("startup_cold_s", "start kall (s)"),
    ("baseline_startup_s", "naiv start (s)"),
    ("load_peak_rss_mb", "RSS under inläsning (MB)"),
    ("startup_s", "start varm (s)"),
    ("compare_p95_ms", "jämförelse p95 (ms)"),
    ("callback_p50_ms", "callback p50 (ms)"),
    ("callback_p95_ms", "callback p95 (ms)"),
    ("change_p50_ms", "filterbyte p50 (ms)"),
    ("baseline_p50_ms", "naiv p50 (ms)"),
    ("speedup_p50", "speedup p50"),
    ("throughput_rps", "anrop/s"),
    ("burst50_p95_ms", "skur p95 (ms)"),
    ("rss_mb_per_worker", "RSS/arbetare (MB)"),
    ("pss_mb_per_worker", "PSS/arbetare (MB)"),
    ("baseline_rss_mb", "naiv RSS (MB)"),
    ("figure_bytes", "figur (byte)"),
)


def results_table(results: dict) -> str:
    lines = ["| mått | värde | mål | status |", "|---|---:|---|---|"]
    for key, (label, unit, target, lower) in targets(results.get("scale", "national")).items():
        sign = "<" if key == "burst50_p95_ms" else "≤" if lower else "≥"
        met = "uppfyllt" if results["targets_met"][key] else "**ej uppfyllt**"
        value, goal = f"{format_number(results.get(key))} {unit}", f"{sign} {format_number(target)} {unit}"
        lines.append(f"| {label} (`{key}`) | {value} | {goal} | {met} |")
    for key, (label, unit) in INFORMATION.items():
        lines.append(f"| {label} (`{key}`) | {format_number(results.get(key))} {unit} | | |")
    return "\n".join(lines)


def scaling_table(runs: list[dict]) -> str:
    for results in runs:
        results["baseline_rss_mb"] = max(results.get("baseline_memory", {}).get("rss_mb") or [float("nan")])
    lines = [
        "| " + " | ".join(["kommuner"] + [label for _, label in SCALING]) + " |",
        "|" + "---:|" * (len(SCALING) + 1),
    ]
    for results in runs:
        cells = [str(results["dimensions"]["municipalities"])] + [format_number(results.get(k)) for k, _ in SCALING]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scaling", action="store_true")
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args(argv)
    runs = [json.loads(path.read_text(encoding="utf-8")) for path in args.files]
    print(scaling_table(runs) if args.scaling else results_table(runs[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
