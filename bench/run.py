"""`make bench`: the app under gunicorn, measured against the targets of issues 7 and 16.

    python -m bench.run [--quick] [--scale national|kolada] [--municipalities 290] [--out FILE]

Generates the SYNTHETIC data set (or reuses the cached one under .tmp/bench/), starts the app
twice on a fresh copy (cold, then warm; the cold start's peak memory is the gunicorn master's
high-water mark, since it loads before forking), replays a person's filter changes, runs 8
concurrent clients and a burst of 50, weighs the first page and a figure, asks for one indicator
across every municipality with its reference line (/export/compare.csv with peers), then measures
the naive app on the same data and changes (under a memory ceiling, so a data set it cannot hold
ends its run instead of the machine's). Prints a table and writes JSON. Exits 0 whether targets
are met or not; non-zero only when the harness itself fails. Loopback only; every server is ended
in `finally`.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import itertools
import json
import math
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

from bench import measure
from bench.generate import generate, write_csv
from bench.interactions import Catalog, requests_for_change, walk
from bench.naive_app import request_body
from bench.procinfo import peak_rss_mb, pss_mb, rss_mb, worker_pids
from bench.report import machine, print_table, targets_met
from dashboard.data.readers import ImportOptions
from dashboard.domain.schema import COLUMN_NAMES
from dashboard.settings import PROJECT_ROOT
from tests.server import start_server

RESULTS = {
    "national": Path(__file__).with_name("results.json"),
    "kolada": Path(__file__).with_name("results-kolada.json"),
}
CACHE = PROJECT_ROOT / ".tmp" / "bench"
# municipalities × goal areas × indicators × years × areas: 3.6 M rows, and Kolada's 29 M
SCALES = {
    "national": {"municipalities": 290, "goal_areas": 10, "indicators": 10, "years": 25, "areas": 5},
    "kolada": {"municipalities": 290, "goal_areas": 20, "indicators": 50, "years": 20, "areas": 5},
}
FULL = {"changes": 500, "seconds": 20.0, "phase_budget_s": 300.0}
QUICK = {"changes": 30, "seconds": 3.0, "phase_budget_s": 15.0}
GROUP_COUNT = 10  # synthetic groups of municipalities (groups.csv) for the reference lines
COMPARE_REQUESTS = 100
BASELINE_MEMORY_GB = 14  # the naive app's address-space ceiling: past it, it fails instead of the machine
APP, NAIVE_APP = "dashboard.wsgi:server", "bench.naive_app:create_server()"
WARM_UP = 5  # changes replayed before timing, on each app alike
START_TIMEOUT_S = 600


def data_file(dims: dict, seed: int) -> Path:
    """The synthetic CSV for these dimensions, generated once and reused (keyed by the generator's
    own source too, so a changed generator never serves an old file)."""
    # keyed by the generator's source and the contract's columns (a new column changes every row)
    version = hashlib.sha256(
        Path(__file__).with_name("generate.py").read_bytes() + ",".join(COLUMN_NAMES).encode()
    ).hexdigest()[:8]
    name = "synthetic_" + "_".join(f"{k[0]}{v}" for k, v in dims.items()) + f"_s{seed}_{version}.csv"
    path = CACHE / name
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        started = time.monotonic()
        partial = path.with_suffix(".partial")
        write_csv(generate(**dims, seed=seed), partial)
        partial.replace(path)
        print(f"genererade {path.name} på {time.monotonic() - started:.1f} s")
    return path


def fresh_copy(source: Path, folder: Path, rows_per_municipality: int) -> Path:
    """The data as a folder the app has never seen. The app refuses files over max_rows rows
    ("dela upp den"), so the set is split into files of whole municipalities; the last row's
    (empty) comment names this run, so a cache keyed by content cannot make the first start warm."""
    data = folder / "data"
    data.mkdir()
    per_file = max(1, ImportOptions().max_rows // rows_per_municipality) * rows_per_municipality
    with open(source, "rb") as lines:
        header = lines.readline()
        for part in itertools.count(1):
            chunk = list(itertools.islice(lines, per_file))
            if not chunk:
                break
            last = data / f"syntetisk_{part:03d}.csv"
            last.write_bytes(header + b"".join(chunk))
    _mark_last_row(last, header, f"benchkörning {uuid.uuid4().hex[:8]}")
    return data


def _mark_last_row(path: Path, header: bytes, mark: str) -> None:
    """Write `mark` into the last row's (empty) comment cell, wherever the contract puts the column
    (the synthetic rows hold no quoted commas)."""
    column = header.decode("utf-8").rstrip("\n").split(",").index("comment")
    with open(path, "r+b") as file:
        file.seek(0, os.SEEK_END)
        end = file.tell()
        file.seek(max(0, end - 4096))
        tail = file.read()
        start = tail.rstrip(b"\n").rfind(b"\n") + 1
        cells = tail[start:].decode("utf-8").rstrip("\n").split(",")
        if cells[column]:
            return
        cells[column] = mark
        file.seek(end - len(tail) + start)
        file.write((",".join(cells) + "\n").encode("utf-8"))
        file.truncate()


def write_groups(data: Path, municipalities: list[str]) -> dict[str, list[str]]:
    """A SYNTHETIC groups.csv beside the data: the municipalities dealt into GROUP_COUNT groups."""
    groups = {f"Syntetgrupp {n + 1:02d}": municipalities[n::GROUP_COUNT] for n in range(GROUP_COUNT)}
    lines = ["group,municipality"] + [f"{name},{member}" for name, members in groups.items() for member in members]
    (data / "groups.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {name: members for name, members in groups.items() if members}


class Server:
    """One gunicorn (2 workers, --preload) in its own process group, ended with the group."""

    def __init__(self, app: str, data: Path, logs: Path, memory_limit_gb: float | None = None):
        started = time.monotonic()
        self.process, self.url = start_server(
            data,
            logs / f"{app.split('.')[1].split(':')[0]}.log",
            workers=2,
            preload=True,
            app=app,
            timeout=START_TIMEOUT_S,
            own_group=True,
            extra_env={"MALBILD_CACHE_DIR": str(logs / "cache")},
            memory_limit_bytes=int(memory_limit_gb * 1024**3) if memory_limit_gb else None,
        )
        self.startup_s = time.monotonic() - started
        self.load_peak_rss_mb = round(peak_rss_mb(self.process.pid), 1)  # the master loaded before forking
        deadline = time.monotonic() + 30  # /healthz answers from the first worker; wait for the second
        while len(worker_pids(self.process.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)

    def memory(self) -> dict:
        pids = worker_pids(self.process.pid)
        return {"rss_mb": [round(rss_mb(p), 1) for p in pids], "pss_mb": [round(pss_mb(p), 1) for p in pids]}

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)


def measure_app(server: Server, changes, settings: dict, results: dict) -> None:
    plans = [requests_for_change(c) for c in changes]
    measure.replay(server.url, plans[:WARM_UP], settings["phase_budget_s"])
    mismatches, sizes, drawn = [0], [], {}

    def inspect(index: int, position: int, reply: measure.Reply) -> None:
        if position == 0 and reply.status == 200:  # the state sync: did the server keep our selection?
            store = json.loads(reply.decoded())["response"].get("selection-store", {}).get("data")
            mismatches[0] += store != json.loads(json.dumps(asdict(changes[WARM_UP + index].after)))
        elif reply.status == 200:  # a part of the page redrawn: what it weighs, raw and on the wire
            total = drawn.setdefault(index, [0, 0])
            total[0] += len(reply.decoded())
            total[1] += len(reply.body)
            sizes.append(measure.figure_sizes(reply))

    latency = measure.replay(server.url, plans[WARM_UP:], settings["phase_budget_s"], inspect)
    ok, throughput_errors, seconds = measure.throughput(server.url, plans, 8, settings["seconds"])
    # Fifty requests at once: ten people changing a filter at the same moment (each change is a
    # state sync and the page's parts), and, heavier, fifty overview redraws (the largest part).
    mixed = [request for plan in plans[WARM_UP:] for request in plan][:50]
    burst_ms, burst_errors = measure.burst(server.url, mixed)
    overviews = [plan[1] for plan in plans[WARM_UP:]]
    heavy_ms, heavy_errors = measure.burst(server.url, [overviews[n % len(overviews)] for n in range(50)])
    burst_errors += heavy_errors
    page_bytes, page_files, page_errors = measure.page_weight(server.url)
    sizes = [s for s in sizes if s is not None]
    sizes = [s for s in sizes if s[3]] or sizes  # drawn charts; blank ones only if nothing was drawn
    results.update(
        {
            "callback_p50_ms": statistics.median(latency.request_ms),
            "callback_p95_ms": measure.percentile(latency.request_ms, 0.95),
            "callback_requests": len(latency.request_ms),
            "change_p50_ms": statistics.median(latency.change_ms),
            "change_p95_ms": measure.percentile(latency.change_ms, 0.95),
            "replay_mismatches": mismatches[0],
            "throughput_rps": ok / seconds,
            "throughput_requests": ok,
            "throughput_errors": throughput_errors,
            "burst50_p95_ms": measure.percentile(burst_ms, 0.95),
            "burst50_max_ms": max(burst_ms, default=0.0),
            "burst50_errors": burst_errors,
            "burst50_overviews_p95_ms": measure.percentile(heavy_ms, 0.95),
            "page_bytes_compressed": page_bytes,
            "page_files": page_files,
            "page_errors": page_errors,
            "figure_bytes": statistics.median(s[0] for s in sizes) if sizes else float("nan"),
            "figure_bytes_max": max((s[0] for s in sizes), default=float("nan")),
            "draw_response_bytes": statistics.median(t[0] for t in drawn.values()) if drawn else float("nan"),
            "draw_response_bytes_compressed": statistics.median(t[1] for t in drawn.values())
            if drawn
            else float("nan"),
            "errors": latency.errors + throughput_errors + burst_errors + page_errors,
        }
    )


def measure_compare(server: Server, catalog: Catalog, groups: dict[str, list[str]], results: dict) -> None:
    """One indicator across every municipality with its reference line: the comparison export with
    every municipality and `peers` (all municipalities, or a group, in turn), a new indicator each
    time so every answer is read from the store."""
    keys = sorted(
        {key for areas in catalog.tree.values() for goal_areas in areas.values() for key in goal_areas[None][0]}
    )
    year = max(year for areas in catalog.tree.values() for goal_areas in areas.values() for year in goal_areas[None][1])
    peers = ["alla", *groups]
    paths = [
        "/export/compare.csv?"
        + urlencode(
            {
                "view": "municipalities",
                "indicator": keys[n % len(keys)],
                "year": year,
                "municipalities": "alla",
                "peers": peers[n % len(peers)],
            }
        )
        for n in range(COMPARE_REQUESTS + WARM_UP)
    ]
    for path in paths[:WARM_UP]:
        measure.fetch(server.url, "GET", path)
    replies = [measure.fetch(server.url, "GET", path) for path in paths[WARM_UP:]]
    timings = [reply.ms for reply in replies]
    results.update(
        {
            "compare_p50_ms": statistics.median(timings),
            "compare_p95_ms": measure.percentile(timings, 0.95),
            "compare_requests": len(replies),
            "compare_errors": sum(reply.status != 200 or not _has_reference(reply.decoded()) for reply in replies),
        }
    )


def _has_reference(body: bytes) -> bool:
    """Every row of a comparison export counts the municipalities of its reference (peer_n > 0)."""
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    return bool(rows) and all((row.get("peer_n") or "0") not in ("", "0") for row in rows)


def measure_naive(server: Server, changes, settings: dict, results: dict) -> None:
    plans = [
        [
            (
                "POST",
                "/_dash-update-component",
                request_body(c.after.municipality, c.after.goal_area, c.after.year, c.after.area, c.after.indicator),
            )
        ]
        for c in changes
    ]
    measure.replay(server.url, plans[:WARM_UP], settings["phase_budget_s"])
    latency = measure.replay(server.url, plans[WARM_UP:], settings["phase_budget_s"])
    results.update(
        {
            "baseline_p50_ms": statistics.median(latency.request_ms),
            "baseline_p95_ms": measure.percentile(latency.request_ms, 0.95),
            "baseline_requests": len(latency.request_ms),
            "baseline_errors": latency.errors,
        }
    )


def run(dims: dict, seed: int, settings: dict, scale: str = "national") -> dict:
    source = data_file(dims, seed)
    catalog = Catalog.from_csv(source)
    changes = walk(catalog, settings["changes"] + WARM_UP, seed=seed)
    results: dict = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "scale": scale,
        "dimensions": dims,
        "seed": seed,
        "data_bytes": source.stat().st_size,
        **settings,
    }
    folder = Path(tempfile.mkdtemp(prefix="malbild-bench-"))
    servers: list[Server] = []
    try:
        per_municipality = math.prod(dims.values()) // dims["municipalities"]
        data = fresh_copy(source, folder, per_municipality)
        groups = write_groups(data, sorted(catalog.tree))
        servers.append(cold := Server(APP, data, folder))
        results["startup_cold_s"], results["memory_cold_start"] = cold.startup_s, cold.memory()
        results["load_peak_rss_mb"] = cold.load_peak_rss_mb
        servers.pop().stop()
        servers.append(warm := Server(APP, data, folder))
        results["startup_s"], results["memory_after_start"] = warm.startup_s, warm.memory()
        results["rows"] = json.loads(measure.fetch(warm.url, "GET", "/healthz").decoded())["rows"]
        measure_app(warm, changes, settings, results)
        measure_compare(warm, catalog, groups, results)
        results["memory_after_runs"] = memory = warm.memory()
        results["rss_mb_per_worker"] = max(memory["rss_mb"], default=float("nan"))
        results["pss_mb_per_worker"] = max(memory["pss_mb"], default=float("nan"))
        servers.pop().stop()
        try:
            servers.append(naive := Server(NAIVE_APP, data, folder, settings["baseline_memory_gb"]))
        except RuntimeError as error:  # it could not hold the data under its ceiling: say so, measure the rest
            results["baseline_failed"] = str(error)[-500:]
        else:
            results["baseline_startup_s"], results["baseline_memory"] = naive.startup_s, naive.memory()
            results["baseline_load_peak_rss_mb"] = naive.load_peak_rss_mb
            measure_naive(naive, changes, settings, results)
            servers.pop().stop()
    finally:
        for server in servers:
            server.stop()
        if os.environ.get("MALBILD_BENCH_KEEP"):
            print(f"logs kept in {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    derive(results)
    results["loadavg_at_end"] = Path("/proc/loadavg").read_text().split()[:3]
    results["targets_met"] = targets_met(results, scale)
    return {k: round(v, 3) if isinstance(v, float) and math.isfinite(v) else v for k, v in results.items()}


def derive(results: dict) -> None:
    """The ratios the targets are set on (a missing part gives NaN, which meets no target).
    Per filter change: the naive app answers a change with one POST, this app with a state sync and
    a POST per part of the page, summed here as if sent one after another (the browser sends the
    parts together, so a person waits less than this). Per POST is kept for reference."""
    nan = float("nan")
    baseline = results.get("baseline_p50_ms", nan)
    results["speedup_p50"] = baseline / results["change_p50_ms"]
    results["speedup_request_p50"] = baseline / results["callback_p50_ms"]
    results["startup_cold_ratio"] = results["startup_cold_s"] / results.get("baseline_startup_s", nan)
    results["startup_warm_ratio"] = results["startup_s"] / results["startup_cold_s"]
    results["compare_ratio"] = results["compare_p95_ms"] / results["callback_p50_ms"]


def _exit_once(*_) -> None:
    """SIGTERM (`timeout`, kill) exits through the `finally` that ends the servers; a second
    SIGTERM (to the whole process group) must not interrupt that clean-up."""
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    sys.exit(143)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a small data set and short phases (< 1 min)")
    parser.add_argument("--scale", choices=sorted(SCALES), default="national", help="the data set's dimensions")
    for name in ("municipalities", "goal-areas", "indicators", "years", "areas"):
        parser.add_argument(f"--{name}", type=int, help="instead of the scale's")
    parser.add_argument("--baseline-memory-gb", type=float, default=BASELINE_MEMORY_GB, dest="baseline_memory_gb")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--changes", type=int, help="filter changes replayed (two POSTs each)")
    parser.add_argument("--seconds", type=float, help="length of the throughput run")
    parser.add_argument(
        "--phase-budget",
        type=float,
        dest="phase_budget_s",
        help="most seconds each sequential replay may take (fewer changes if slower)",
    )
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, _exit_once)
    settings = dict(QUICK if args.quick else FULL, quick=args.quick, baseline_memory_gb=args.baseline_memory_gb)
    for name in ("changes", "seconds", "phase_budget_s"):
        if getattr(args, name) is not None:
            settings[name] = getattr(args, name)
    dims = dict(SCALES[args.scale], **({"municipalities": 10} if args.quick else {}))
    for name in dims:
        if getattr(args, name) is not None:
            dims[name] = getattr(args, name)
    args.out = args.out or RESULTS[args.scale]
    results = run(dims, args.seed, settings, args.scale)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print_table(results)
    print(f"resultat → {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
