"""`make loadtest`: 50 clients replaying real interactions against gunicorn on loopback, with faults.

During the run one gunicorn worker is killed (SIGKILL), the data file is replaced by a corrupt one,
then by a valid new one. Reports requests, errors outside the fault windows, latency percentiles,
RSS growth, failed requests around the kill, recovery time, and whether corrupt data was ever
served. Writes bench/loadtest.json. Bounded in time and loopback only.

    python -m bench.loadtest [--seconds 60] [--clients 50]      (SOAK=600 make loadtest: ten minutes)
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import statistics
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

from bench.interactions import requests_for, selections
from bench.procinfo import rss_mb, worker_pids
from dashboard.data.dataset import Dataset
from dashboard.settings import PROJECT_ROOT
from tests.server import start_server

RESULTS = Path(__file__).with_name("loadtest.json")
FAULT_FILE = "boras_vard_och_omsorg.csv"
KILL_WINDOW_S = 3.0


class Recorder:
    def __init__(self):
        self.lock = threading.Lock()
        self.samples: list[tuple[float, float, bool]] = []  # (start, ms, ok)
        self.failures: list[str] = []

    def add(self, started: float, ms: float, ok: bool, why: str = "") -> None:
        with self.lock:
            self.samples.append((started, ms, ok))
            if not ok:
                self.failures.append(why)


def _client(url: str, plan: list, stop: threading.Event, recorder: Recorder, seed: int) -> None:
    rng = random.Random(seed)
    while not stop.is_set():
        for method, path, body in rng.choice(plan):
            started = time.monotonic()
            request = urllib.request.Request(
                url + path, data=body, method=method, headers={"Content-Type": "application/json"} if body else {}
            )
            why = ""
            try:
                with urllib.request.urlopen(request, timeout=30) as response:
                    response.read()
                    ok = response.status in (200, 204)  # 204: a part of the page not on screen, left as it was
            except urllib.error.HTTPError as error:
                ok, why = False, f"HTTP {error.code} {path}"
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as error:
                ok, why = False, f"{type(error).__name__} {path}"
            recorder.add(started, (time.monotonic() - started) * 1000, ok, why)


def _rss_mb(pids: list[int]) -> float:
    return sum(rss_mb(pid) for pid in pids)


def _health(url: str) -> dict | None:
    try:
        with urllib.request.urlopen(url + "/healthz", timeout=5) as response:
            return json.load(response)
    except (urllib.error.URLError, OSError, ValueError):
        return None


def _replace(folder: Path, text: str) -> None:
    temporary = folder / f".{FAULT_FILE}.tmp"
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(folder / FAULT_FILE)


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


def run(seconds: float, clients: int) -> dict:
    folder = Path(tempfile.mkdtemp(prefix="malbild-loadtest-"))
    shutil.copytree(PROJECT_ROOT / "data", folder / "data")
    data = folder / "data"
    original = (data / FAULT_FILE).read_text(encoding="utf-8")
    process, url = start_server(
        data, folder / "gunicorn.log", {"MALBILD_REFRESH_SECONDS": "0.5"}, workers=2, preload=True
    )  # as `make run` serves
    try:
        dataset = Dataset.from_path(data)
        plan = [requests_for(s) + [("GET", "/healthz", None)] for s in selections(dataset)]
        plan += [[("GET", "/", None), ("GET", "/_dash-layout", None)]] * 10
        rows_before = _health(url)["rows"]
        stop, recorder = threading.Event(), Recorder()
        threads = [
            threading.Thread(target=_client, args=(url, plan, stop, recorder, i), daemon=True) for i in range(clients)
        ]
        begin = time.monotonic()
        for thread in threads:
            thread.start()

        time.sleep(seconds * 0.1)
        rss_start = _rss_mb(worker_pids(process.pid))  # warmed up: figures drawn, caches filled
        time.sleep(seconds * 0.15)
        victim = worker_pids(process.pid)[0]
        killed_at = time.monotonic()
        os.kill(victim, signal.SIGKILL)
        while len([p for p in worker_pids(process.pid) if p != victim]) < 2 or _health(url) is None:
            time.sleep(0.05)
        recovery_s = time.monotonic() - killed_at

        time.sleep(max(0.0, begin + seconds * 0.5 - time.monotonic()))
        corrupt_at = time.monotonic()
        _replace(data, original.replace(",2019,", ",tjugo,", 1))
        time.sleep(3)
        answers = [_health(url) for _ in range(20)]
        served_stale = all(a and a["stale"] and a["rows"] == rows_before for a in answers)

        time.sleep(max(0.0, begin + seconds * 0.75 - time.monotonic()))
        shorter = "\n".join(original.rstrip("\n").split("\n")[:-1]) + "\n"  # a valid new version: one row fewer
        _replace(data, shorter)
        fixed_at = time.monotonic()
        while not all((a := _health(url)) and a["rows"] == rows_before - 1 and not a["stale"] for _ in range(6)):
            time.sleep(0.1)
        data_recovery_s = time.monotonic() - fixed_at

        time.sleep(max(0.0, begin + seconds - time.monotonic()))
        stop.set()
        for thread in threads:
            thread.join(timeout=35)
        rss_end = _rss_mb(worker_pids(process.pid))
    finally:
        process.terminate()
        process.wait(timeout=15)
        shutil.rmtree(folder, ignore_errors=True)

    def around_kill(sample) -> bool:  # in flight at the kill, or sent while the worker was being replaced
        started, ms, _ = sample
        return started <= killed_at + KILL_WINDOW_S and started + ms / 1000 >= killed_at

    in_kill_window = [s for s in recorder.samples if around_kill(s)]
    outside = [s for s in recorder.samples if not around_kill(s)]
    latencies = [ms for _, ms, ok in recorder.samples if ok]
    return {
        "seconds": seconds,
        "clients": clients,
        "requests": len(recorder.samples),
        "errors": sum(1 for _, _, ok in outside if not ok),
        "p50_ms": round(statistics.median(latencies), 1) if latencies else None,
        "p95_ms": round(_percentile(latencies, 0.95), 1),
        "p99_ms": round(_percentile(latencies, 0.99), 1),
        "rss_mb_start": round(rss_start, 1),
        "rss_mb_end": round(rss_end, 1),
        "rss_growth_pct": round(100 * (rss_end - rss_start) / rss_start, 1) if rss_start else None,
        "worker_kill_requests": len(in_kill_window),
        "worker_kill_failed_requests": sum(1 for _, _, ok in in_kill_window if not ok),
        "recovery_s": round(recovery_s, 2),
        "served_stale_on_corrupt": served_stale,
        "corrupt_replaced_at_s": round(corrupt_at - begin, 1),
        "data_recovery_s": round(data_recovery_s, 2),
        "failures": sorted(set(recorder.failures))[:10],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=float(os.environ.get("SOAK", 60)))
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    results = run(args.seconds, args.clients)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    width = max(map(len, results))
    for key, value in results.items():
        print(f"{key.ljust(width)}  {value}")
    share = results["worker_kill_failed_requests"] / max(1, results["worker_kill_requests"])
    met = results["errors"] == 0 and share < 0.01 and results["recovery_s"] < 2 and results["served_stale_on_corrupt"]
    print("targets met" if met else "TARGETS NOT MET")
    return 0


if __name__ == "__main__":
    sys.exit(main())
