"""Writing and naming Parquet files the way the store keeps them (zstd, small row groups whose
min/max statistics let a query skip what it does not ask for)."""

from __future__ import annotations

from pathlib import Path

ROW_GROUP_ROWS = 16_384  # a municipality's view reads one or two row groups at national scale


def parquet(path: Path | list[Path]) -> str:
    """SQL naming the file (or the files, one after the other) as a relation."""
    paths = path if isinstance(path, list) else [path]
    quoted = ", ".join("'" + str(one).replace("'", "''") + "'" for one in paths)
    return f"read_parquet([{quoted}])" if isinstance(path, list) else f"read_parquet({quoted})"


def copy_to_parquet(connection, sql: str, path: Path) -> None:
    """Write the rows of `sql`, in the order it gives them, to `path`."""
    target = str(path).replace("'", "''")
    options = f"FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE {ROW_GROUP_ROWS}"
    connection.execute(f"COPY ({sql}) TO '{target}' ({options})")
