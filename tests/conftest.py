"""Shared test helpers: datasets built from small CSV texts written in the tests themselves."""

from __future__ import annotations

import io
import textwrap

import pandas as pd
import pytest

from dashboard.data.dataset import Dataset
from dashboard.data.groups import validate_groups
from dashboard.data.loading import LoadResult, read_text
from dashboard.domain.problems import ERROR

HEADER = (
    "municipality,municipality_code,area,goal_area,indicator_id,indicator,unit,direction,"
    "year,outcome,target,source,published,comment"
)


def observations_from(csv_text: str):
    """Typed observations from CSV text; fails the test if the text does not validate."""
    frame, problems = read_text(textwrap.dedent(csv_text).strip() + "\n", "test.csv")
    errors = [str(p) for p in problems if p.severity == ERROR]
    assert frame is not None and not errors, errors
    return frame


def groups_from(csv_text: str) -> pd.DataFrame:
    """The members of a groups.csv text, validated as the file would be; fails the test if it does not."""
    raw = pd.read_csv(io.StringIO(textwrap.dedent(csv_text).strip() + "\n"), dtype=str, keep_default_na=False)
    groups, problems = validate_groups(raw, "groups.csv", range(2, len(raw) + 2))
    assert groups is not None and not [p for p in problems if p.severity == ERROR], problems
    return groups


def dataset_from(csv_text: str) -> Dataset:
    frame = observations_from(csv_text)
    return Dataset(LoadResult(frame, loaded_files=("test.csv",), source="test.csv"))


@pytest.fixture
def make_dataset():
    return dataset_from
