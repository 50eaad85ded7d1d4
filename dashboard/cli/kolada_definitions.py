"""The Kolada import's indicator definitions: each fetched KPI's metadata (GET {base}/kpi/{id}) as a
row of indicators.csv (dashboard/data/definitions.py), merged into the file that is there.

Merged by indicator_id: the fetched KPIs' rows are replaced where they stood (a second row of the
same KPI goes), every other row is kept as it was, cell for cell and with any column of its own,
and KPIs new to the file come last in the order fetched. The file is written as Målbild writes
CSV (comma, UTF-8), whatever dialect it was read in.

`source_url` is the API's metadata address of the KPI, `{base}/kpi/{id}`: the documented, stable
address the definition was read from. Kolada's own pages link a KPI by an internal number
(fri-sokning/?kpis=167067), which the API does not give. The direction is left empty: Kolada does
not say which way is better (the import's `--direction` writes it into the data rows).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from dashboard.data.cells import decode, from_text
from dashboard.data.definitions import DEFINITION_COLUMNS, NO, YES
from dashboard.data.writers import to_csv_bytes
from dashboard.domain.problems import ERROR, Problem, problem

SOURCE_URL = "{base}/kpi/{kpi}"


def definition_row(item: dict, base_url: str, unit: str) -> dict[str, str]:
    """A KPI's metadata as a row of indicators.csv; what Kolada leaves out stays empty."""
    kpi = str(item["id"])
    divided = item.get("is_divided_by_gender")
    return {
        "indicator_id": kpi,
        "indicator": str(item.get("title") or "").strip(),
        "definition": _text(item.get("description")),
        "unit": unit,
        "direction": "",
        "source_url": SOURCE_URL.format(base=base_url.rstrip("/"), kpi=kpi),
        "operating_area": _text(item.get("operating_area")),
        # Kolada writes 1/0 (v2, v3) or true/false (some clients' copies)
        "divided_by_gender": "" if divided is None or divided == "" else YES if divided in (1, True, "1") else NO,
    }


def _text(value) -> str:
    if isinstance(value, list):  # several operating areas
        return ", ".join(str(part).strip() for part in value if str(part).strip())
    return "" if value is None else str(value).strip()


def merged_definitions(path: Path, rows: list[dict[str, str]]) -> tuple[bytes | None, list[Problem]]:
    """The file at `path` with `rows` merged in, as bytes to write; None (and why) when the file
    there cannot be read as a table of named columns."""
    header, records, problems = list(DEFINITION_COLUMNS), [], []
    if path.exists():
        header, records, problems = _existing(path)
        if header is None:
            return None, problems
    columns = header + [name for name in DEFINITION_COLUMNS if name not in header]
    fetched = {row["indicator_id"]: row for row in rows}
    merged, placed = [], set()
    for record in records:
        kpi = record.get("indicator_id", "").strip()
        if kpi not in fetched:
            merged.append(record)
        elif kpi not in placed:
            merged.append(fetched[kpi])
            placed.add(kpi)
    merged += [row for kpi, row in fetched.items() if kpi not in placed]
    table = pd.DataFrame([[row.get(name, "") for name in columns] for row in merged], columns=columns, dtype=object)
    return to_csv_bytes(table, spreadsheet_safe=False), problems


def _existing(path: Path) -> tuple[list[str] | None, list[dict[str, str]], list[Problem]]:
    """The file's header and rows as text (blank rows dropped), read as the app reads CSV."""
    try:
        content = path.read_bytes()
    except OSError as error:
        return None, [], [problem(path.name, None, None, "file_unreadable", reason=error.strerror or str(error))]
    text, problems = decode(content, path.name)
    cells = None if text is None else from_text(text.removeprefix("\ufeff"), path.name, problems)
    if cells is None or any(p.severity == ERROR for p in problems):
        return None, [], problems
    lines = [[str(cell) for cell in line] for line in cells.itertuples(index=False)]
    lines = [line for line in lines if any(cell.strip() for cell in line)]
    if not lines:
        return list(DEFINITION_COLUMNS), [], problems
    header = [name.strip() for name in lines[0]]
    while header and header[-1] == "":
        header.pop()
    unusable = [
        problem(path.name, 1, name or f"#{position}", "column_repeated" if name else "column_without_heading")
        for position, name in enumerate(header, start=1)
        if name == "" or header.index(name) != position - 1
    ]
    if unusable:
        return None, [], unusable
    return header, [dict(zip(header, line)) for line in lines[1:]], problems
