"""Gunicorn's processes as /proc shows them: the master's workers and their memory."""

from __future__ import annotations

from pathlib import Path


def worker_pids(master: int) -> list[int]:
    """Children of the gunicorn master (its workers), found by the parent pid in /proc/PID/stat."""
    children = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().split(")")[1].split()[1]) == master:
                    children.append(int(entry.name))
            except (OSError, IndexError, ValueError):
                continue
    return sorted(children)


def _kilobytes(path: str, field: str) -> int:
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def rss_mb(pid: int) -> float:
    """Resident memory (VmRSS); pages shared with the master after fork count in every worker."""
    return _kilobytes(f"/proc/{pid}/status", "VmRSS") / 1024


def pss_mb(pid: int) -> float:
    """Proportional set size: shared pages divided among the processes sharing them."""
    return _kilobytes(f"/proc/{pid}/smaps_rollup", "Pss") / 1024


def peak_rss_mb(pid: int) -> float:
    """The process's resident high-water mark (VmHWM): for a gunicorn master started with
    --preload, the peak of loading the data, before any worker was forked."""
    return _kilobytes(f"/proc/{pid}/status", "VmHWM") / 1024
