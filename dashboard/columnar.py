"""A frame as plain numpy columns, grouped by municipality, that can live in memory-mapped files.

National data (millions of rows) would cost every gunicorn worker hundreds of MB as pandas
frames of Python strings. Stored as small integer codes, numbers and dates in `.npy` files and
opened with `mmap_mode="r"`, it costs a worker only the pages it reads, shared with the other
workers through the page cache. A municipality's rows are one contiguous slice, decoded back into
exactly the frame it was (same columns, dtypes and values) when a view needs it.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

GROUP = "municipality"
_NAT = np.iinfo(np.int64).min


@dataclass(frozen=True)
class Column:
    """How one column is stored: `kind` is text, int (nullable), date, or plain (numpy as is)."""

    name: str
    kind: str
    dtype: str  # the pandas dtype to decode to
    categories: tuple | None = None


class Columns:
    """Rows grouped by municipality: `slice(name)` gives one municipality's rows as a frame."""

    def __init__(self, columns: list[Column], arrays: dict[str, np.ndarray], offsets: dict[str, tuple[int, int]]):
        self.columns = columns
        self.arrays = arrays
        self.offsets = offsets
        self._lookups = {c.name: _lookup(c) for c in columns if c.kind == "text"}

    @classmethod
    def encode(cls, frame: pd.DataFrame) -> "Columns":
        """Group `frame` by municipality (rows keep their order within it) and encode every column."""
        order = np.argsort(frame[GROUP].to_numpy(dtype=object, na_value=""), kind="stable")
        ordered = frame.iloc[order].reset_index(drop=True)
        groups = ordered[GROUP].to_numpy(dtype=object, na_value="")
        names, starts = np.unique(groups, return_index=True)
        ends = list(starts[1:]) + [len(ordered)]
        offsets = {str(name): (int(start), int(end)) for name, start, end in zip(names, starts, ends) if name != ""}
        columns, arrays = [], {}
        for name in ordered.columns:
            column, encoded = _encode(name, ordered[name])
            columns.append(column)
            arrays.update(encoded)
        return cls(columns, arrays, offsets)

    def __len__(self) -> int:
        return int(sum(end - start for start, end in self.offsets.values()))

    def slice(self, municipality: str) -> pd.DataFrame:
        start, end = self.offsets.get(municipality, (0, 0))
        return self.rows(slice(start, end))

    def rows(self, which, names: list[str] | None = None) -> pd.DataFrame:
        """Decode the rows picked by `which` (a slice or an index array) into the original frame
        (only the columns `names`, if given)."""
        return pd.DataFrame({c.name: self._decode(c, which) for c in self.columns if names is None or c.name in names})

    def codes(self, name: str, value) -> tuple[np.ndarray, int | None]:
        """The stored codes of text column `name` and the code of `value` (None if never seen)."""
        return self.arrays[name], self._lookups[name][1].get(value)

    def _decode(self, column: Column, which):
        data = self.arrays[column.name][which]
        if column.kind == "text":
            values = self._lookups[column.name][0].take(data.astype(np.intp))
            return pd.array(values, dtype=column.dtype)
        if column.kind == "int":
            mask = self.arrays[column.name + ".mask"][which]
            return pd.arrays.IntegerArray(np.asarray(data, dtype=column.dtype.lower()), np.asarray(mask, dtype=bool))
        if column.kind == "date":
            return pd.array(np.asarray(data).view(column.dtype), dtype=column.dtype)
        return np.array(data, dtype=column.dtype)

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        for name, array in self.arrays.items():
            np.save(directory / f"{name}.npy", np.ascontiguousarray(array), allow_pickle=False)
        meta = {"columns": [[c.name, c.kind, c.dtype, list(c.categories) if c.categories is not None else None]
                            for c in self.columns],
                "offsets": self.offsets}
        (directory / "columns.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def open(cls, directory: Path) -> "Columns":
        """The saved columns, memory-mapped (read-only: pages are read only when a view needs them)."""
        meta = json.loads((directory / "columns.json").read_text(encoding="utf-8"))
        columns = [Column(name, kind, dtype, tuple(categories) if categories is not None else None)
                   for name, kind, dtype, categories in meta["columns"]]
        arrays = {}
        for column in columns:
            for name in (column.name, column.name + ".mask") if column.kind == "int" else (column.name,):
                arrays[name] = np.load(directory / f"{name}.npy", mmap_mode="r", allow_pickle=False)
        return cls(columns, arrays, {name: tuple(span) for name, span in meta["offsets"].items()})


def _encode(name: str, values: pd.Series) -> tuple[Column, dict[str, np.ndarray]]:
    dtype = str(values.dtype)
    if dtype in ("string", "str", "object"):
        present = values.dropna()
        categories = tuple(sorted(set(present.astype(str))))
        codes = pd.Categorical(values.astype("object"), categories=list(categories)).codes
        return Column(name, "text", dtype, categories), {name: codes.astype(_code_type(len(categories)))}
    if dtype in ("Int64", "Int32", "Int16"):
        mask = values.isna().to_numpy()
        data = values.fillna(0).to_numpy(dtype=dtype.lower())
        return Column(name, "int", dtype), {name: data, name + ".mask": mask}
    if dtype.startswith("datetime64"):
        data = values.to_numpy().view(np.int64)
        return Column(name, "date", dtype), {name: data}
    return Column(name, "plain", dtype), {name: values.to_numpy()}


def _code_type(count: int):
    return np.int8 if count < 127 else np.int16 if count < 32_767 else np.int32


def _lookup(column: Column) -> tuple[np.ndarray, dict]:
    """Categories as an object array with NA last (code −1 picks it), and value → code."""
    table = np.empty(len(column.categories) + 1, dtype=object)
    table[:-1] = column.categories
    table[-1] = pd.NA if column.dtype == "string" else None
    return table, {value: code for code, value in enumerate(column.categories)}
