"""The benchmark's targets (issues 7 and 16, per scale), the machine it ran on, and the printed table.

Time targets of issue 16 are ratios to a reference measured in the same run (the naive app's
start, this app's cold start, its callback p50): these shared machines differ up to 2,4× in speed
from day to day. Memory targets are absolute."""

from __future__ import annotations

import math
import os
import platform
import subprocess
from pathlib import Path

# key: (what, unit, target, True when lower is better)
TARGETS = {
    "callback_p50_ms": ("callback p50", "ms", 15, True),
    "callback_p95_ms": ("callback p95", "ms", 50, True),
    "speedup_p50": ("snabbare än naiva appen (p50, per filterbyte)", "×", 5, False),
    "throughput_rps": ("genomströmning, 8 klienter", "anrop/s", 150, False),
    "burst50_p95_ms": ("skur om 50, p95", "ms", 500, True),
    "errors": ("fel", "st", 0, True),
    "startup_s": ("start till /healthz (varm)", "s", 5, True),
    "rss_mb_per_worker": ("RSS per arbetare", "MB", 150, True),
    "page_bytes_compressed": ("första sidan, komprimerad", "byte", 2 * 1024 * 1024, True),
    "figure_bytes": ("typisk figur", "byte", 50 * 1024, True),
    # issue 16
    "startup_cold_ratio": ("kall start ÷ naiva appens start", "×", 1, True),
    "load_peak_rss_mb": ("högsta RSS under inläsning", "MB", 1500, True),
    "startup_warm_ratio": ("varm start ÷ kall start", "×", 0.1, True),
    "compare_ratio": ("en indikator i alla kommuner med referens, p95 ÷ callback p50", "×", 5, True),
}
# Kolada scale (29 M rows): more memory while loading and per worker, the rest as at national scale.
KOLADA = {"load_peak_rss_mb": 4000, "rss_mb_per_worker": 250}
INFORMATION = {
    "rows": ("rader", ""),
    "startup_cold_s": ("start till /healthz (kall)", "s"),
    "baseline_startup_s": ("naiva appens start", "s"),
    "compare_p50_ms": ("en indikator i alla kommuner med referens, p50", "ms"),
    "compare_p95_ms": ("en indikator i alla kommuner med referens, p95", "ms"),
    "baseline_load_peak_rss_mb": ("naiva appen, högsta RSS under inläsning", "MB"),
    "change_p50_ms": ("filterbyte (synk + ritning) p50", "ms"),
    "change_p95_ms": ("filterbyte p95", "ms"),
    "baseline_p50_ms": ("naiva appen p50", "ms"),
    "baseline_p95_ms": ("naiva appen p95", "ms"),
    "speedup_request_p50": ("snabbare än naiva appen (p50, per anrop)", "×"),
    "burst50_overviews_p95_ms": ("skur om 50 översikter, p95", "ms"),
    "figure_bytes_max": ("största figur", "byte"),
    "pss_mb_per_worker": ("PSS per arbetare", "MB"),
    "draw_response_bytes": ("ritsvar okomprimerat", "byte"),
    "draw_response_bytes_compressed": ("ritsvar komprimerat", "byte"),
    "replay_mismatches": ("avvikande urval", "st"),
}


def targets(scale: str = "national") -> dict:
    """key → (what, unit, target, lower is better) for `scale`."""
    if scale != "kolada":
        return dict(TARGETS)
    return {key: (*spec[:2], KOLADA.get(key, spec[2]), spec[3]) for key, spec in TARGETS.items()}


def _met(key: str, value, scale: str) -> bool:
    _, _, target, lower = targets(scale)[key]
    if not isinstance(value, (int, float)) or not math.isfinite(value):
        return False
    if key == "errors":
        return value == 0
    if key == "burst50_p95_ms":
        return value < target
    return value <= target if lower else value >= target


def targets_met(results: dict, scale: str = "national") -> dict:
    return {key: _met(key, results.get(key), scale) for key in TARGETS}


def machine() -> dict:
    """nproc, CPU model, RAM and Python: enough to compare runs across machines."""
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    memory_kb = next(
        int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal:")
    )
    try:
        load = Path("/proc/loadavg").read_text().split()[:3]
    except OSError:
        load = []
    return {
        "nproc": os.cpu_count(),
        "cpu": model,
        "ram_gb": round(memory_kb / 1024 / 1024, 1),
        "python": platform.python_version(),
        "kernel": platform.release(),
        "loadavg_at_start": load,
        "commit": _commit(),
    }


def _commit() -> str:
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            cwd=Path(__file__).parent,
            timeout=5,
        ).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return ""


def format_number(value) -> str:
    if isinstance(value, float):
        return f"{value:,.1f}".replace(",", " ") if math.isfinite(value) else "–"
    return f"{value:,}".replace(",", " ") if isinstance(value, int) else str(value)


def print_table(results: dict) -> None:
    rows = [
        (
            label,
            f"{format_number(results.get(key))} {unit}",
            f"{'<' if key == 'burst50_p95_ms' else '≤' if lower else '≥'} {format_number(target)} {unit}",
            "uppfyllt" if results["targets_met"][key] else "EJ UPPFYLLT",
        )
        for key, (label, unit, target, lower) in targets(results.get("scale", "national")).items()
    ]
    rows += [(label, f"{format_number(results.get(key))} {unit}", "", "") for key, (label, unit) in INFORMATION.items()]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    print(f"{'mått'.ljust(widths[0])}  {'värde'.rjust(widths[1])}  {'mål'.ljust(widths[2])}  status")
    for label, value, target, status in rows:
        print(f"{label.ljust(widths[0])}  {value.rjust(widths[1])}  {target.ljust(widths[2])}  {status}".rstrip())
    if results.get("baseline_failed"):
        print(f"naiva appen kunde inte startas under sitt minnestak: {results['baseline_failed'][-200:]}")
    missed = [key for key, met in results["targets_met"].items() if not met]
    print("alla mål uppfyllda" if not missed else f"{len(missed)} av {len(TARGETS)} mål EJ uppfyllda")
