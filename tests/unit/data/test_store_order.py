"""The store's observations are in municipality, file and row order whatever order the files
come in; files already in that order are written without sorting them again."""

import duckdb
import pytest

from dashboard.data import cache, parquet_store
from tests.conftest import HEADER


def _line(municipality, year, outcome):
    return f"{municipality},,,Trygghet,,Känsla av trygghet,%,increase,{year},{outcome},,SCB,2020-03-01,"


def _write(folder, name, lines):
    folder.mkdir(exist_ok=True)
    (folder / name).write_text("\n".join([HEADER.strip(), *lines]) + "\n", encoding="utf-8")


def _stored(tmp_path, data, monkeypatch):
    """The stored rows in file order, and whether the store sorted them."""
    decided = []
    check = parquet_store.in_store_order

    def spy(connection, loaded):
        decided.append(check(connection, loaded))
        return decided[-1]

    monkeypatch.setattr(parquet_store, "in_store_order", spy)
    cache.load_dataset(data, cache_dir=tmp_path / "cache")
    (entry,) = [p for p in (tmp_path / "cache").iterdir() if p.is_dir() and not p.name.startswith(".")]
    rows = duckdb.connect().execute(f"SELECT municipality, file, row FROM '{entry}/observations-*.parquet'").fetchall()
    # the parts written while loading are gone: the entry holds the store's files only
    names = sorted(p.name for p in entry.iterdir() if not p.name.startswith("observations-"))
    assert names == sorted([*parquet_store.FILES[1:], "report.json", "complete"])
    parts = sorted(p.name for p in entry.glob("observations-*.parquet"))
    return rows, decided == [True], parts


ORDERED = [_line("Alfaby", 2019, 1), _line("Alfaby", 2020, 2), _line("Betaby", 2019, 3), _line("Öby", 2019, 4)]


@pytest.mark.parametrize(
    ("files", "already"),
    [
        ({"a.csv": ORDERED}, True),
        # one municipality's rows split in two runs
        ({"a.csv": [ORDERED[0], ORDERED[2], ORDERED[1], ORDERED[3]]}, False),
        # each municipality one run, but not in alphabetical order (e.g. by municipality code)
        ({"a.csv": [ORDERED[2], ORDERED[0], ORDERED[1], ORDERED[3]]}, False),
        # Ö after B in UTF-8 bytes (as DuckDB orders text), not where Swedish puts it
        ({"a.csv": [ORDERED[3], ORDERED[0]]}, False),
        # two files, the second after the first
        ({"a.csv": ORDERED[:2], "b.csv": ORDERED[2:]}, True),
        # the same municipality ending one file and starting the next: file order breaks the tie
        ({"a.csv": ORDERED[:1], "b.csv": ORDERED[1:]}, True),
        # two files whose municipalities interleave
        ({"a.csv": [ORDERED[0], ORDERED[3]], "b.csv": ORDERED[1:3]}, False),
    ],
)
def test_the_store_is_in_municipality_file_and_row_order(tmp_path, monkeypatch, files, already):
    for name, lines in files.items():
        _write(tmp_path / "data", name, lines)
    rows, unsorted_write, parts = _stored(tmp_path, tmp_path / "data", monkeypatch)
    expected = sorted(rows, key=lambda r: (r[0].encode("utf-8"), r[1].encode("utf-8"), r[2]))
    assert rows == expected
    assert len(rows) == sum(len(lines) for lines in files.values())
    assert unsorted_write is already
    # in order: one observation file per data file, as the load wrote them; else one sorted file
    assert parts == [f"observations-{n:05d}.parquet" for n in range(len(files) if already else 1)]
