"""A binary cache of validated data, keyed by the content of the source files.

Reading and validating national CSV (millions of rows) takes minutes; opening the cache takes
well under a second. An entry is a folder named by a hash of the data files' names and content
and of the code that validates them, so any change to either gives a new entry and a stale one is
never used. Its columns stay on disk and are read a municipality at a time (dashboard/columnar.py),
so gunicorn workers share them through the page cache. Large data is validated in a separate
process: the serving process never
holds the millions of Python strings that validation needs.

The command that fills the cache before a start is `python -m dashboard.store PATH` (dashboard/cli/fill_cache.py).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

from dashboard.data.columnar import Columns
from dashboard.data.dataset import Dataset, LoadReport
from dashboard.data.loading import DATA_SUFFIXES, load_path
from dashboard.domain.problems import Problem

log = logging.getLogger("malbild")
PACKAGE_ROOT = Path(__file__).resolve().parents[1]  # dashboard/

FORMAT = "2"
# The code whose output the cache holds: every module of these layers found on disk, so a new,
# moved or changed module makes new entries (a list of names would silently miss a moved one).
VALIDATING_PACKAGES = ("dashboard.domain", "dashboard.data")
IN_PROCESS_BYTES = 32 * 1024 * 1024  # smaller data is validated in this process
KEEP_ENTRIES = 4


def data_files(path: Path) -> list[Path]:
    """The files load_path reads, in its order."""
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in DATA_SUFFIXES)
    return [path] if path.is_file() else []


def validating_sources() -> list[Path]:
    """The source files of the validating layers, in a fixed order."""
    folders = [PACKAGE_ROOT.joinpath(*name.split(".")[1:]) for name in VALIDATING_PACKAGES]
    return sorted(source for folder in folders for source in folder.rglob("*.py"))


def cache_key(path: Path) -> str:
    digest = hashlib.blake2b(digest_size=20)
    digest.update(f"{FORMAT} {pd.__version__} {np.__version__}".encode())
    for source in validating_sources():
        digest.update(source.relative_to(PACKAGE_ROOT).as_posix().encode("utf-8") + b"\0" + source.read_bytes())
    for file in data_files(path):
        digest.update(file.name.encode("utf-8") + b"\0")
        with open(file, "rb") as handle:
            digest.update(hashlib.file_digest(handle, "blake2b").digest())
    return digest.hexdigest()


def load_dataset(path: Path, cache_dir: Path | None = None) -> Dataset:
    """The data at `path`; with `cache_dir`, through the binary cache of validated data."""
    if cache_dir is None:
        return Dataset(load_path(path))
    return cached_dataset(Path(path), Path(cache_dir))


def cached_dataset(path: Path, cache_dir: Path) -> Dataset:
    """The data at `path` from the cache, validating and storing it first when it is not there.
    Without a usable cache (a folder that cannot be written) the data is loaded as usual."""
    files = data_files(path)
    if not files:
        return Dataset(load_path(path))  # reports the missing file or empty folder
    try:
        entry = cache_dir / cache_key(path)
        if not (entry / "complete").exists():
            _build(path, cache_dir, entry, sum(f.stat().st_size for f in files))
        if (entry / "complete").exists():
            return open_entry(entry, source=str(path))
    except OSError as error:
        log.warning("data cache %s unusable (%s); loading without it", cache_dir, error)
    return Dataset(load_path(path))


def _build(path: Path, cache_dir: Path, entry: Path, size: int) -> None:
    if size <= IN_PROCESS_BYTES:
        write_entry(Dataset(load_path(path)), cache_dir, entry)
        return
    log.info("validating %s (%d MB) in a separate process for the cache", path, size // (1024 * 1024))
    done = subprocess.run(
        [sys.executable, "-m", "dashboard.data.cache", str(path), str(cache_dir)], cwd=PACKAGE_ROOT.parent, check=False
    )
    if done.returncode != 0:
        log.warning("building the data cache failed (exit %s); loading in this process", done.returncode)


def write_entry(dataset: Dataset, cache_dir: Path, entry: Path) -> None:
    """Save atomically: a folder written aside, then renamed into place (a race keeps either)."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=".building-", dir=cache_dir))
    try:
        dataset.columns.save(scratch / "observations")
        dataset.current_columns.save(scratch / "current")
        Columns.encode(dataset.load.goals, group=False).save(scratch / "goals")
        report = {
            "problems": [p.as_dict() for p in dataset.load.problems],
            "loaded_files": list(dataset.load.loaded_files),
            "failed_files": list(dataset.load.failed_files),
        }
        (scratch / "report.json").write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
        (scratch / "complete").touch()
        try:
            scratch.rename(entry)
        except OSError:
            if not (entry / "complete").exists():
                raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    _prune(cache_dir, keep=entry)


def open_entry(entry: Path, source: str) -> Dataset:
    report = json.loads((entry / "report.json").read_text(encoding="utf-8"))
    goals = Columns.open(entry / "goals")
    load = LoadReport(
        tuple(Problem.from_dict(p) for p in report["problems"]),
        goals.rows(slice(0, goals.length)),
        tuple(report["loaded_files"]),
        tuple(report["failed_files"]),
        source,
    )
    os.utime(entry)  # newest use first when pruning
    return Dataset.from_columns(load, Columns.open(entry / "observations"), Columns.open(entry / "current"))


def _prune(cache_dir: Path, keep: Path) -> None:
    """Keep the entries used last; a worker still reading a removed one keeps its open files."""
    entries = sorted(
        (p for p in cache_dir.iterdir() if p.is_dir() and not p.name.startswith(".")),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for old in [p for p in entries if p != keep][KEEP_ENTRIES - 1 :]:
        shutil.rmtree(old, ignore_errors=True)


if __name__ == "__main__":  # the child process of _build: python -m dashboard.data.cache PATH CACHE_DIR
    _path, _cache_dir = Path(sys.argv[1]), Path(sys.argv[2])
    _entry = _cache_dir / cache_key(_path)
    if not (_entry / "complete").exists():
        write_entry(Dataset(load_path(_path)), _cache_dir, _entry)
