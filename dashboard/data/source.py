"""The data a process serves, refreshed when the files under MALBILD_DATA change.

Each request asks for `current()`. At most every `check_interval` seconds that looks at a cheap
fingerprint of the data files (names, sizes, modification times). A change is loaded once it has
settled (the same fingerprint seen twice, so a file still being written is not read half-way),
then validated: it replaces what is served unless a file that loaded now fails (or a new file
fails). Then the last good data stays, and `stale` with the problems says why. A file that was
already broken stays out, as at start-up, and does not hold back changes to the others. Every
gunicorn worker checks on its own, so all of
them converge on the same files within a few seconds.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from dashboard.data.dataset import Dataset
from dashboard.data.loading import DATA_SUFFIXES
from dashboard.domain.problems import ERROR, Problem, problem

log = logging.getLogger("malbild")


def fingerprint(path: Path) -> tuple:
    """What changes when a data file is added, removed, replaced or edited."""
    path = Path(path)
    try:
        files = sorted(p for p in path.iterdir() if p.suffix.lower() in DATA_SUFFIXES) if path.is_dir() else [path]
        return tuple((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in files if p.exists())
    except OSError:
        return ()


@dataclass(frozen=True)
class Status:
    stale: bool
    problems: tuple[Problem, ...]
    loaded_at: float


class DataSource:
    def __init__(
        self,
        path: Path,
        check_interval: float = 2.0,
        loader: Callable[[Path], Dataset] = Dataset.from_path,
        dataset: Dataset | None = None,
    ):
        self.path = Path(path)
        self.check_interval = check_interval
        self._loader = loader
        self._fingerprint = fingerprint(self.path) if check_interval != float("inf") else ()
        self._dataset = dataset if dataset is not None else loader(self.path)
        self._rejected: tuple[Problem, ...] = ()
        self._loaded_at = time.time()
        self._checked_at = time.monotonic()
        self._pending: tuple | None = None
        self._lock = threading.Lock()

    @classmethod
    def fixed(cls, dataset: Dataset) -> DataSource:
        """A source that never reloads, for tests and for data built in memory."""
        return cls(Path("."), check_interval=float("inf"), dataset=dataset)

    def current(self) -> Dataset:
        if time.monotonic() - self._checked_at >= self.check_interval:
            self.refresh()
        return self._dataset

    @property
    def status(self) -> Status:
        return Status(bool(self._rejected), self._rejected, self._loaded_at)

    def refresh(self) -> None:
        """Load changed files once they have settled; swap them in only when they validate."""
        if not self._lock.acquire(blocking=False):
            return  # another thread of this worker is already looking
        try:
            self._checked_at = time.monotonic()
            seen = fingerprint(self.path)
            if seen == self._fingerprint:
                self._pending = None
                return
            if seen != self._pending:
                self._pending = seen  # changed since the last look: wait until it stops changing
                return
            candidate = self._loader(self.path)
            self._fingerprint, self._pending = seen, None
            newly_broken = set(candidate.load.failed_files) - set(self._dataset.load.failed_files)
            errors = tuple(p for p in candidate.problems if p.severity == ERROR and p.file in newly_broken)
            if errors or candidate.is_empty:
                self._rejected = errors or (problem(self.path.name, None, None, "no_data_loaded"),)
                log.warning(
                    "new data rejected, still serving the last good data: %s", "; ".join(map(str, self._rejected[:5]))
                )
                return
            self._dataset, self._rejected, self._loaded_at = candidate, (), time.time()
            log.info("data reloaded: %d rows", candidate.row_count)
        finally:
            self._lock.release()
