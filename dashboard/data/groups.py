"""Named groups of municipalities for reference lines, from an optional `groups.csv` beside the data
files: one row per member, `group, municipality` (e.g. a Kolada "liknande kommuner" group).

A group's median and quartiles (dashboard/analysis/references.py) are drawn beside a municipality's
outcome; "alla" names every municipality, so no group may take that name.
"""

from __future__ import annotations

import pandas as pd

from dashboard.data.validation import each_row, header_problems
from dashboard.domain.problems import ERROR, WARNING, Problem, problem

GROUP_COLUMNS = ("group", "municipality")
GROUPS_FRAME_COLUMNS = GROUP_COLUMNS + ("file", "row")
ALL_PEERS = "alla"  # the URL's name for every municipality (peers=alla)


def is_groups_file(name: str) -> bool:
    return name.lower().startswith("groups")


def empty_groups() -> pd.DataFrame:
    return pd.DataFrame(
        {name: pd.Series(dtype="int64" if name == "row" else "string") for name in GROUPS_FRAME_COLUMNS}
    )


def validate_groups(raw: pd.DataFrame, file: str, row_numbers) -> tuple[pd.DataFrame | None, list[Problem]]:
    """Check a groups file; returns its members (None on any error) and every problem found."""
    problems = header_problems(list(raw.columns), file, GROUP_COLUMNS, GROUP_COLUMNS, values=())
    if any(p.severity == ERROR for p in problems):
        return None, problems
    cells = pd.DataFrame({name: raw[name].astype(str).str.strip() for name in GROUP_COLUMNS}, index=raw.index)
    rows = pd.Series(list(row_numbers), index=cells.index)
    for name in GROUP_COLUMNS:
        problems += each_row(file, rows[cells[name] == ""], name, "value_missing")
    reserved = cells["group"].str.casefold() == ALL_PEERS
    problems += [
        problem(file, row, "group", "group_name_reserved", name=name)
        for row, name in zip(rows[reserved], cells["group"][reserved])
    ]
    given = (cells["group"] != "") & (cells["municipality"] != "")
    keys = cells[["group", "municipality"]].apply(tuple, axis=1)
    first_rows = dict(zip(keys[given][::-1], rows[given][::-1]))  # the earliest row of each member
    repeated = given & keys.duplicated(keep="first")
    for row, key in zip(rows[repeated], keys[repeated]):
        problems.append(
            problem(
                file,
                row,
                "municipality",
                "group_member_repeated",
                group=key[0],
                name=key[1],
                first_row=int(first_rows[key]),
            )
        )
    problems.sort(key=lambda p: (p.row or 0, GROUP_COLUMNS.index(p.column) if p.column in GROUP_COLUMNS else -1))
    if any(p.severity == ERROR for p in problems):
        return None, problems
    groups = cells.assign(file=file, row=rows.astype("int64"))
    return groups.astype({name: "string" for name in ("group", "municipality", "file")}).reset_index(
        drop=True
    ), problems


def unknown_members(groups: pd.DataFrame, municipalities: set[str]) -> list[Problem]:
    """Members with no data at all: named in a warning, since the group's line would silently lack them."""
    missing = groups[~groups["municipality"].isin(municipalities)]
    return [
        problem(
            str(file), int(row), "municipality", "group_member_without_data", WARNING, name=str(name), group=str(group)
        )
        for file, row, name, group in zip(missing["file"], missing["row"], missing["municipality"], missing["group"])
    ]
