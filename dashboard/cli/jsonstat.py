"""A JSON-stat 2.0 dataset (https://json-stat.org/full/) read as PxWebApi 2.0 sends one, for a
table's metadata and for its data.

The dimensions are those of `id`, in that order, with their sizes in `size`; a dimension's
categories are its `category.index` (an object {code: position} or a list of codes) with
`category.label`, and the content variable's `category.unit` ({code: {"base": …}}). `value` is in
row-major order: the last dimension of `id` varies fastest. `status` gives a value's symbol by its
position (SCB: ".." for a figure that is missing). JSON-stat allows `value` and `status` as lists
or as objects keyed by position, and `status` as one string for every value: all are read. A shape
that does not fit raises the caller's error class (a fetching.FetchError), naming the field.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Dimension:
    code: str
    label: str
    codes: tuple[str, ...]
    labels: dict[str, str] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)  # category.unit's `base` by code
    elimination: bool = False  # extension.elimination: may a request leave this variable out?

    def label_of(self, code: str) -> str:
        return self.labels.get(code, code)


@dataclass(frozen=True)
class Dataset:
    label: str
    updated: str
    dimensions: tuple[Dimension, ...]
    roles: dict[str, tuple[str, ...]]
    values: tuple = ()  # empty for metadata
    status: dict[int, str] = field(default_factory=dict)

    def dimension(self, code: str) -> Dimension | None:
        return next((d for d in self.dimensions if d.code == code), None)

    def codes_at(self, position: int) -> dict[str, str]:
        """The codes, by dimension code, of the value at `position` of `value` (row-major)."""
        codes = {}
        for dimension in reversed(self.dimensions):
            position, index = divmod(position, len(dimension.codes))
            codes[dimension.code] = dimension.codes[index]
        return {d.code: codes[d.code] for d in self.dimensions}

    def cells(self):
        """(codes by dimension code, value, status) for every value, in the order of `value`."""
        ranges = [range(len(d.codes)) for d in self.dimensions]
        for position, indices in enumerate(itertools.product(*ranges)):
            codes = {d.code: d.codes[i] for d, i in zip(self.dimensions, indices)}
            yield codes, self.values[position], self.status.get(position, "")


def parse(answer, url: str, error, *, with_values: bool = True) -> Dataset:
    """The dataset in `answer` (parsed JSON); `error` is the command's error class."""

    def wrong(name: str):
        return error("cli.fetch.unexpected_answer", url=url, field=name)

    if not isinstance(answer, dict):
        raise wrong("dataset")
    ids, sizes, dimensions = answer.get("id"), answer.get("size"), answer.get("dimension")
    if not isinstance(ids, list) or not ids or not all(isinstance(name, str) for name in ids):
        raise wrong("id")
    if not isinstance(sizes, list) or len(sizes) != len(ids) or not all(_count(size) for size in sizes):
        raise wrong("size")
    if not isinstance(dimensions, dict):
        raise wrong("dimension")
    parsed = tuple(_dimension(name, dimensions.get(name), size, wrong) for name, size in zip(ids, sizes))
    roles = answer.get("role") if isinstance(answer.get("role"), dict) else {}
    dataset = Dataset(
        label=answer.get("label") if isinstance(answer.get("label"), str) else "",
        updated=answer.get("updated") if isinstance(answer.get("updated"), str) else "",
        dimensions=parsed,
        roles={role: tuple(names) for role, names in roles.items() if isinstance(names, list)},
    )
    if not with_values:
        return dataset
    total = math.prod(sizes)
    values = _values(answer.get("value"), dataset, total, url, error, wrong)
    return replace(dataset, values=values, status=_status(answer.get("status"), total, wrong))


def _count(size) -> bool:
    return isinstance(size, int) and not isinstance(size, bool) and size >= 1


def _dimension(name: str, body, size: int, wrong) -> Dimension:
    where = f"dimension.{name}"
    category = body.get("category") if isinstance(body, dict) else None
    if not isinstance(category, dict):
        raise wrong(f"{where}.category")
    index, labels = category.get("index"), category.get("label")
    if labels is not None and not isinstance(labels, dict):
        raise wrong(f"{where}.category.label")
    labels = {str(code): str(text) for code, text in (labels or {}).items()}
    if index is None and len(labels) == 1:  # JSON-stat: a single category may go without an index
        codes = list(labels)
    elif isinstance(index, list) and all(isinstance(code, str) for code in index):
        codes = list(index)
    elif isinstance(index, dict) and sorted(index.values()) == list(range(len(index))):
        codes = sorted(index, key=index.get)
    else:
        raise wrong(f"{where}.category.index")
    if len(codes) != size or len(set(codes)) != size:
        raise wrong(f"{where}.category.index")
    units = category.get("unit") if isinstance(category.get("unit"), dict) else {}
    extension = body.get("extension") if isinstance(body.get("extension"), dict) else {}
    return Dimension(
        code=name,
        label=body.get("label") if isinstance(body.get("label"), str) else name,
        codes=tuple(codes),
        labels=labels,
        units={code: unit["base"] for code, unit in units.items() if isinstance(unit, dict) and unit.get("base")},
        elimination=extension.get("elimination") is True,
    )


def _values(raw, dataset: Dataset, total: int, url: str, error, wrong) -> tuple:
    if isinstance(raw, dict):  # sparse: {position: value}
        try:
            found = {int(position): value for position, value in raw.items()}
        except ValueError:
            raise wrong("value") from None
        if any(not 0 <= position < total for position in found):
            raise wrong("value")
        raw = [found.get(position) for position in range(total)]
    if not isinstance(raw, list):
        raise wrong("value")
    if len(raw) != total:
        raise error("cli.fetch.value_count", url=url, found=len(raw), expected=total)
    for position, value in enumerate(raw):
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
            cell = ", ".join(f"{name}={code}" for name, code in dataset.codes_at(position).items())
            raise error("cli.fetch.value_not_number", url=url, cell=cell, value=value)
    return tuple(raw)


def _status(raw, total: int, wrong) -> dict[int, str]:
    if raw is None:
        return {}
    if isinstance(raw, str):
        return dict.fromkeys(range(total), raw)
    if isinstance(raw, list) and len(raw) == total:
        return {position: str(symbol) for position, symbol in enumerate(raw) if symbol}
    if isinstance(raw, dict):
        try:
            return {int(position): str(symbol) for position, symbol in raw.items() if symbol}
        except ValueError:
            raise wrong("status") from None
    raise wrong("status")
