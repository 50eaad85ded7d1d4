"""DuckDB results as the pandas frames the layers above read: the same columns and dtypes whether
the rows come from a file just validated, from the store's Parquet files or from an upload.

Text is pandas' "string" dtype (missing is pd.NA), years Int64, numbers float64 and publication
dates datetime64[s]; DuckDB hands back its own (str, Int16, datetime64[us]), so every fetch is
passed through here.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from dashboard.domain.schema import FRAME_COLUMNS, TEXT_COLUMNS

TEXT = "string"
DTYPES = {
    **{name: TEXT for name in TEXT_COLUMNS + ("indicator_key", "file")},
    "year": "Int64",
    "row": "int64",
    "outcome": "float64",
    "target": "float64",
    "published": "datetime64[s]",
    "outcome_published": "datetime64[s]",
    "target_published": "datetime64[s]",
    "outcome_source": TEXT,
    "target_source": TEXT,
    "outcome_comment": TEXT,
    "target_comment": TEXT,
}


def typed(frame: pd.DataFrame, columns=None) -> pd.DataFrame:
    """`frame` with the layers' dtypes (every column named in DTYPES; others as they are)."""
    frame = frame if columns is None else frame[list(columns)]
    converted = {}
    for name in frame.columns:
        dtype = DTYPES.get(name)
        if dtype is None or str(frame[name].dtype) == dtype:
            converted[name] = frame[name]
        elif dtype == TEXT and isinstance(frame[name].dtype, pd.CategoricalDtype):
            converted[name] = frame[name].astype(TEXT)  # the dictionary's strings, none made anew
        elif dtype == TEXT:
            values = frame[name].astype(object)
            converted[name] = pd.array(values.where(values.notna(), None), dtype=TEXT)
        else:
            converted[name] = frame[name].astype(dtype)
    return pd.DataFrame(converted, index=pd.RangeIndex(len(frame)))


def fetch(connection: duckdb.DuckDBPyConnection, sql: str, params=None) -> pd.DataFrame:
    return typed(connection.execute(sql, params).df())


def empty_observations() -> pd.DataFrame:
    """An observations frame with no rows and the validated dtypes."""
    return pd.DataFrame({name: pd.Series(dtype=DTYPES[name]) for name in FRAME_COLUMNS})
