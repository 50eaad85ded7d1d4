"""Figures a person uploads: checked, previewed, and kept in their own browser session only.

The browser keeps each added file as long-format CSV text; the server rebuilds the combined data
from it when needed (cached by content), so nothing uploaded is ever written to disk or shown to
another session. Rows identical to data already loaded are skipped; a different value for the
same key and publication date is a conflict and is reported.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import threading
from collections import OrderedDict
from dataclasses import dataclass

import pandas as pd

from dashboard.data.dataset import Dataset
from dashboard.data.readers import ImportOptions, read_bytes, read_text
from dashboard.data.writers import observations_to_csv_bytes
from dashboard.domain.problems import ERROR, WARNING, Problem, problem
from dashboard.domain.schema import KEY

_CACHE: OrderedDict[str, Dataset] = OrderedDict()
_CACHE_SIZE = 16
_CACHE_LOCK = threading.Lock()  # the development server and threaded workers share it


@dataclass(frozen=True)
class Upload:
    """The outcome of reading one uploaded file: observations, or every problem found."""

    name: str
    observations: pd.DataFrame | None
    problems: list[Problem]

    @property
    def ok(self) -> bool:
        return self.observations is not None and not any(p.severity == ERROR for p in self.problems)

    def stored(self) -> dict:
        """What the browser keeps: the file's name and its rows as long-format CSV."""
        return {"name": self.name, "csv": observations_to_csv_bytes(self.observations).decode("utf-8")}


def read_upload(contents: str, name: str, options: ImportOptions, base: Dataset, max_bytes: int) -> Upload:
    """Decode a dcc.Upload data URL, read it with the common reader and check it against `base`."""
    try:
        payload = base64.b64decode(contents.split(",", 1)[1], validate=True)
    except (IndexError, ValueError, binascii.Error):
        return Upload(name, None, [problem(name, None, None, "upload_not_received")])
    if len(payload) > max_bytes:
        return Upload(
            name,
            None,
            [problem(name, None, None, "upload_too_large", size=len(payload) // 1024, limit=max_bytes // 1024)],
        )
    frame, problems = read_bytes(payload, name, options)
    if frame is not None and not any(p.severity == ERROR for p in problems):
        frame, found = _against(base, frame, name)
        problems = problems + found
    return Upload(name, frame, problems)


def _against(base: Dataset, frame: pd.DataFrame, name: str) -> tuple[pd.DataFrame, list[Problem]]:
    """Drop rows the data already has; report rows that give another value for the same key."""
    key = list(KEY)
    existing = base.every_gender_of(frame["municipality"].dropna().unique())[key + ["outcome", "target", "file", "row"]]
    if existing.empty:
        return frame, []
    merged = frame.reset_index().merge(existing, on=key, how="left", suffixes=("", "_loaded"))
    seen = merged["file_loaded"].notna()
    same = (
        seen & _equal(merged["outcome"], merged["outcome_loaded"]) & _equal(merged["target"], merged["target_loaded"])
    )
    problems = [
        problem(
            name, row.row, "published", "conflicting_value", first_file=row.file_loaded, first_row=int(row.row_loaded)
        )
        for row in merged[seen & ~same].itertuples()
    ]
    if same.any():
        problems.append(problem(name, None, None, "rows_already_loaded", WARNING, count=int(same.sum())))
    return frame.drop(index=merged.loc[same, "index"]), problems


def _equal(left: pd.Series, right: pd.Series) -> pd.Series:
    return (left == right) | (left.isna() & right.isna())


def session_dataset(base: Dataset, uploads: list[dict] | None) -> Dataset:
    """The base data with this session's uploaded files added (the same uploads give the same object)."""
    if not uploads:
        return base
    digest = base.token + hashlib.sha256(json.dumps(uploads, sort_keys=True).encode("utf-8")).hexdigest()
    with _CACHE_LOCK:
        if digest in _CACHE:
            _CACHE.move_to_end(digest)
            return _CACHE[digest]
    frames = []
    for upload in uploads:
        frame, problems = read_text(upload["csv"], f"uppladdad: {upload['name']}")
        if frame is not None and not any(p.severity == ERROR for p in problems):
            frames.append(frame)
    names = tuple(f"uppladdad: {upload['name']}" for upload in uploads)
    combined = base.extended(pd.concat(frames, ignore_index=True), names) if frames else base
    with _CACHE_LOCK:
        _CACHE[digest] = combined
        if len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return combined
