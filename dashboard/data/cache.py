"""The cache of validated data: a store (dashboard/data/parquet_store.py) per content of the files.

Reading and validating national CSV (millions of rows) takes seconds to minutes; opening a store
takes milliseconds. An entry is a folder named by a hash of the data files' names and content and
of the code that validates them (every module of dashboard/domain and dashboard/data), so any
change to either gives a new entry and a stale one is never used. It is written beside and renamed
into place, so a reader never sees half an entry; the entries used last are kept.

Validation runs in the serving process: DuckDB reads the files with a memory limit of its own and
spills beyond it, and gives its memory back when the load is done. A file's content hash is
remembered by its size, times and inode (`.digests-sha256.json`), so a start on unchanged files does not
read them again. Without a cache folder (MALBILD_CACHE_DIR=off) the store goes to a temporary
folder that is removed when the process ends.

The command that fills the cache before a start is `python -m dashboard.store PATH` (dashboard/cli/fill_cache.py).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
import weakref
from pathlib import Path

try:
    import fcntl
except ImportError:  # not POSIX: entries in use are not marked, and pruning may remove one
    fcntl = None

import duckdb
import pandas as pd

from dashboard.data import engine
from dashboard.data.dataset import Dataset
from dashboard.data.loading import data_files, load_into
from dashboard.data.parquet_store import open_store, write_store
from dashboard.data.scratch import Scratch

log = logging.getLogger("malbild")
PACKAGE_ROOT = Path(__file__).resolve().parents[1]  # dashboard/

FORMAT = "3"  # Parquet store
# The code whose output the cache holds: every module of these layers found on disk, so a new,
# moved or changed module makes new entries (a list of names would silently miss a moved one).
VALIDATING_PACKAGES = ("dashboard.domain", "dashboard.data")
KEEP_ENTRIES = 4
DIGESTS = ".digests-sha256.json"  # a new name when the hash changes: old digests are never mixed in
FILE_HASH = "sha256"  # the CPU computes it (SHA extensions): about twice blake2b's speed here
__all__ = ["KEEP_ENTRIES", "build_entry", "cache_key", "data_files", "load_dataset", "open_entry"]


def validating_sources() -> list[Path]:
    """The source files of the validating layers, in a fixed order."""
    folders = [PACKAGE_ROOT.joinpath(*name.split(".")[1:]) for name in VALIDATING_PACKAGES]
    return sorted(source for folder in folders for source in folder.rglob("*.py"))


def cache_key(path: Path, cache_dir: Path | None = None) -> str:
    digest = hashlib.blake2b(digest_size=20)
    digest.update(f"{FORMAT} {pd.__version__} {duckdb.__version__}".encode())
    for source in validating_sources():
        digest.update(source.relative_to(PACKAGE_ROOT).as_posix().encode("utf-8") + b"\0" + source.read_bytes())
    known = _digests(cache_dir)
    for file in data_files(path):
        digest.update(file.name.encode("utf-8") + b"\0")
        digest.update(_file_digest(file, known))
    if cache_dir is not None:
        _remember(cache_dir, known)
    return digest.hexdigest()


def _file_digest(file: Path, known: dict) -> bytes:
    """The file's content hash; read again only when its size, times or inode changed."""
    status = file.stat()
    stamp = [status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino, status.st_dev]
    name = str(file.resolve())
    if name in known and known[name][0] == stamp:
        return bytes.fromhex(known[name][1])
    with open(file, "rb") as handle:
        found = hashlib.file_digest(handle, FILE_HASH).digest()
    known[name] = [stamp, found.hex()]
    return found


def _digests(cache_dir: Path | None) -> dict:
    try:
        return json.loads((cache_dir / DIGESTS).read_text(encoding="utf-8")) if cache_dir else {}
    except (OSError, ValueError):
        return {}


def _remember(cache_dir: Path, known: dict) -> None:
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        handle, scratch = tempfile.mkstemp(prefix=".digests-", dir=cache_dir)
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            json.dump(known, file)
        os.replace(scratch, cache_dir / DIGESTS)
    except OSError as error:
        log.warning("could not remember file digests in %s (%s)", cache_dir, error)


def load_dataset(path: Path, cache_dir: Path | None = None) -> Dataset:
    """The data at `path`, through the cache in `cache_dir` (or a store of this process's own)."""
    path = Path(path)
    if cache_dir is not None:
        try:
            return cached_dataset(path, Path(cache_dir))
        except OSError as error:
            log.warning("data cache %s unusable (%s); loading without it", cache_dir, error)
    return _temporary_dataset(path)


def cached_dataset(path: Path, cache_dir: Path) -> Dataset:
    """The data at `path` from the cache, validating and storing it first when it is not there."""
    entry = filled_entry(path, cache_dir)
    if entry is None:
        return _temporary_dataset(path)  # reports the missing file or empty folder, caching nothing
    return open_entry(entry, source=str(path))


def filled_entry(path: Path, cache_dir: Path) -> Path | None:
    """The cache entry of the data at `path`, built first when it is not there; None when there
    are no data files (a mistyped path is never stored as an empty entry)."""
    if not data_files(path):
        return None
    entry = cache_dir / cache_key(path, cache_dir)
    if not (entry / "complete").exists():
        build_entry(path, cache_dir, entry)
    return entry


def build_entry(path: Path, cache_dir: Path, entry: Path) -> None:
    """Validate the files and write the store aside, then rename it into place (a race keeps either)."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=".building-", dir=cache_dir))
    try:
        _build(path, folder, spill_dir=cache_dir)
        (folder / "complete").touch()
        try:
            folder.rename(entry)
        except OSError:
            if not (entry / "complete").exists():
                raise
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    _prune(cache_dir, keep=entry)


def open_entry(entry: Path, source: str) -> Dataset:
    os.utime(entry)  # newest use first when pruning
    dataset = open_store(entry, source)
    _hold(entry, dataset)
    return dataset


def _hold(entry: Path, dataset: Dataset) -> None:
    """Mark the entry as in use for as long as its files are (forked workers share the mark), so
    pruning by another process never removes files a worker still reads."""
    if fcntl is None:
        return
    handle = os.open(entry / "complete", os.O_RDONLY)
    fcntl.flock(handle, fcntl.LOCK_SH)
    weakref.finalize(dataset.relations, os.close, handle)


def _in_use(entry: Path) -> bool:
    if fcntl is None:
        return False
    try:
        handle = os.open(entry / "complete", os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return False
    except OSError:
        return True
    finally:
        os.close(handle)


def _build(path: Path, folder: Path, spill_dir: Path | None) -> None:
    parts = folder / ".parts"  # each accepted file's rows, written while loading
    try:
        with engine.loading(spill_dir) as connection, Scratch(connection) as scratch:
            write_store(scratch, load_into(scratch, path, parts), folder)
    finally:
        shutil.rmtree(parts, ignore_errors=True)


def _temporary_dataset(path: Path) -> Dataset:
    """A store in a temporary folder, removed when the dataset is let go or the process ends."""
    folder = Path(tempfile.mkdtemp(prefix="malbild-store-"))
    _build(path, folder, spill_dir=None)
    dataset = open_store(folder, source=str(path))
    weakref.finalize(dataset.relations, _remove, folder, os.getpid())  # also run at exit
    return dataset


def _remove(folder: Path, pid: int) -> None:
    if os.getpid() == pid:  # a forked worker leaves its parent's store alone
        shutil.rmtree(folder, ignore_errors=True)


def _prune(cache_dir: Path, keep: Path) -> None:
    """Keep the entries used last, and every entry a process still reads."""
    entries = sorted(
        (p for p in cache_dir.iterdir() if p.is_dir() and not p.name.startswith(".")),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for old in [p for p in entries if p != keep][KEEP_ENTRIES - 1 :]:
        if not _in_use(old):
            shutil.rmtree(old, ignore_errors=True)
