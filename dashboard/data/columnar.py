"""A frame as plain numpy columns, grouped by municipality, that can stay on disk until read.

National data (millions of rows) would cost every gunicorn worker hundreds of MB as pandas
frames of Python strings. Stored as small integer codes, numbers and day counts in `.npy` files,
a worker reads (with `pread`, through the operating system's page cache, which all workers
share) only the slice of the municipality a view shows, and decodes it back into exactly the
frame it was: same columns, dtypes and values. Reads, not memory maps: a mapped page once read
stays in the worker's resident memory, so a long-running worker would grow to the whole file.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

GROUP = "municipality"
_SECONDS_A_DAY = 86_400
_NO_DAY = np.iinfo(np.int32).min


@dataclass(frozen=True)
class Column:
    """How one column is stored: `kind` is text, int (nullable), day (dates at midnight), date or
    plain (numpy as is); `dtype` is the pandas dtype it decodes to."""

    name: str
    kind: str
    dtype: str
    categories: tuple | None = None


class StoredArray:
    """A one-dimensional `.npy` array on disk, read piece by piece: `array[start:stop]`,
    `array[indices]`, `array[:]`."""

    def __init__(self, path: Path):
        with open(path, "rb") as handle:
            version = np.lib.format.read_magic(handle)
            header = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
            shape, _, dtype = header(handle)
            self._offset = handle.tell()
        self.dtype, self._length = np.dtype(dtype), int(shape[0]) if shape else 0
        self._fd = os.open(path, os.O_RDONLY)

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, which) -> np.ndarray:
        if isinstance(which, slice):
            start, stop, _ = which.indices(self._length)
            return self._read(start, max(start, stop))
        picked = np.asarray(which, dtype=np.int64)
        if picked.size == 0:
            return np.empty(0, self.dtype)
        breaks = np.flatnonzero(np.diff(picked) != 1) + 1  # runs of consecutive rows, one read each
        if len(breaks) > 64:  # scattered rows: one read of the span is cheaper than a read per row
            first = int(picked.min())
            return self._read(first, int(picked.max()) + 1)[picked - first]
        return np.concatenate([self._read(int(run[0]), int(run[-1]) + 1) for run in np.split(picked, breaks)])

    def _read(self, start: int, stop: int) -> np.ndarray:
        size = self.dtype.itemsize
        data = os.pread(self._fd, (stop - start) * size, self._offset + start * size)
        return np.frombuffer(data, dtype=self.dtype)

    def __del__(self):
        try:
            os.close(self._fd)
        except (AttributeError, OSError):
            pass


class Columns:
    """Rows grouped by municipality: `slice(name)` gives one municipality's rows as a frame."""

    def __init__(self, columns: list[Column], arrays: dict, offsets: dict[str, tuple[int, int]], length: int):
        self.columns = columns
        self.arrays = arrays  # numpy arrays in memory, or StoredArray on disk
        self.offsets = offsets
        self.length = length
        self._lookups = {c.name: _lookup(c) for c in columns if c.kind == "text"}

    @classmethod
    def encode(cls, frame: pd.DataFrame, group: bool = True) -> Columns:
        """Encode every column; with `group`, rows are grouped by municipality first (keeping
        their order within it)."""
        if group:
            order = np.argsort(frame[GROUP].to_numpy(dtype=object, na_value=""), kind="stable")
            frame = frame.iloc[order].reset_index(drop=True)
        offsets = _spans(frame[GROUP].to_numpy(dtype=object, na_value="")) if group else {}
        columns, arrays = [], {}
        for name in frame.columns:
            column, encoded = _encode(name, frame[name])
            columns.append(column)
            arrays.update(encoded)
        return cls(columns, arrays, offsets, len(frame))

    def __len__(self) -> int:
        return int(sum(end - start for start, end in self.offsets.values()))

    def slice(self, municipality: str | None) -> pd.DataFrame:
        start, end = self.offsets.get(municipality, (0, 0))
        return self.rows(slice(start, end))

    def rows(self, which, names: list[str] | None = None) -> pd.DataFrame:
        """Decode the rows picked by `which` (a slice, or sorted row numbers) into the original
        frame (only the columns `names`, if given)."""
        return pd.DataFrame({c.name: self._decode(c, which) for c in self.columns if names is None or c.name in names})

    def values(self, name: str, municipality: str) -> pd.Series:
        """One column of a municipality's rows, decoded."""
        start, end = self.offsets.get(municipality, (0, 0))
        column = next(c for c in self.columns if c.name == name)
        return pd.Series(self._decode(column, slice(start, end)), name=name)

    def codes(self, name: str, value) -> tuple[np.ndarray, int | None]:
        """Every stored code of text column `name`, and the code of `value` (None if never seen)."""
        return self.arrays[name][:], self._lookups[name][1].get(value)

    def _decode(self, column: Column, which):
        data = self.arrays[column.name][which]
        if column.kind == "text":
            return pd.array(self._lookups[column.name][0].take(data.astype(np.intp)), dtype=column.dtype)
        if column.kind == "int":
            mask = self.arrays[column.name + ".mask"][which]
            return pd.arrays.IntegerArray(data.astype(column.dtype.lower()), mask.astype(bool))
        if column.kind == "day":
            seconds = np.where(data == _NO_DAY, np.iinfo(np.int64).min, data.astype(np.int64) * _SECONDS_A_DAY)
            return pd.array(seconds.view("datetime64[s]").astype(column.dtype), dtype=column.dtype)
        if column.kind == "date":
            return pd.array(np.array(data).view(column.dtype), dtype=column.dtype)
        return np.array(data, dtype=column.dtype)

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        for name, array in self.arrays.items():
            np.save(directory / f"{name}.npy", np.ascontiguousarray(array[:]), allow_pickle=False)
        meta = {
            "columns": [
                [c.name, c.kind, c.dtype, list(c.categories) if c.categories is not None else None]
                for c in self.columns
            ],
            "offsets": self.offsets,
            "length": self.length,
        }
        (directory / "columns.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def open(cls, directory: Path) -> Columns:
        """The saved columns, left on disk until a view reads them."""
        meta = json.loads((directory / "columns.json").read_text(encoding="utf-8"))
        columns = [
            Column(name, kind, dtype, tuple(categories) if categories is not None else None)
            for name, kind, dtype, categories in meta["columns"]
        ]
        arrays = {}
        for column in columns:
            for name in (column.name, column.name + ".mask") if column.kind == "int" else (column.name,):
                arrays[name] = StoredArray(directory / f"{name}.npy")
        return cls(columns, arrays, {name: tuple(span) for name, span in meta["offsets"].items()}, meta["length"])


def _spans(groups: np.ndarray) -> dict[str, tuple[int, int]]:
    names, starts = np.unique(groups, return_index=True)
    ends = list(starts[1:]) + [len(groups)]
    return {str(name): (int(start), int(end)) for name, start, end in zip(names, starts, ends) if name != ""}


def _encode(name: str, values: pd.Series) -> tuple[Column, dict[str, np.ndarray]]:
    dtype = str(values.dtype)
    if dtype in ("string", "str", "object"):
        codes, uniques = pd.factorize(values.astype("object"), use_na_sentinel=True)
        uniques = [str(value) for value in uniques]
        order = sorted(range(len(uniques)), key=uniques.__getitem__)  # categories in code-point order
        rank = np.empty(len(uniques) + 1, dtype=np.int64)
        rank[order], rank[-1] = np.arange(len(uniques)), -1  # code −1 (missing) stays −1
        categories = tuple(uniques[i] for i in order)
        codes = rank[codes].astype(_smallest_int(-1, len(categories)))
        return Column(name, "text", dtype, categories), {name: codes}
    if dtype in ("Int64", "Int32", "Int16"):
        mask = values.isna().to_numpy()
        data = values.fillna(0).to_numpy(dtype="int64")
        low, high = (int(data.min()), int(data.max())) if len(data) else (0, 0)
        return Column(name, "int", dtype), {name: data.astype(_smallest_int(low, high)), name + ".mask": mask}
    if dtype.startswith("datetime64"):
        seconds = values.to_numpy().astype("datetime64[s]").view(np.int64)
        present = ~values.isna().to_numpy()
        if (seconds[present] % _SECONDS_A_DAY == 0).all():  # published dates: whole days fit in 4 bytes
            days = np.where(present, seconds // _SECONDS_A_DAY, _NO_DAY).astype(np.int32)
            return Column(name, "day", dtype), {name: days}
        return Column(name, "date", dtype), {name: values.to_numpy().view(np.int64)}
    return Column(name, "plain", dtype), {name: values.to_numpy()}


def _smallest_int(low: int, high: int):
    for kind in (np.int8, np.int16, np.int32):
        if np.iinfo(kind).min <= low and high < np.iinfo(kind).max:
            return kind
    return np.int64


def _lookup(column: Column) -> tuple[np.ndarray, dict]:
    """Categories as an object array with NA last (code −1 picks it), and value → code."""
    table = np.empty(len(column.categories) + 1, dtype=object)
    table[:-1] = column.categories
    table[-1] = pd.NA if column.dtype == "string" else None
    return table, {value: code for code, value in enumerate(column.categories)}
