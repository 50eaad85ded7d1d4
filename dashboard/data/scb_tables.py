"""An SCB table (found by dashboard/data/scb_layout.py) as long observation rows.

- municipality and municipality_code from `region` ("1490 Borås" → Borås, 1490). A region that is
  not a municipality ("00 Riket", "14 Västra Götalands län") is left out with one warning naming
  its first line: its figures would otherwise count as a municipality's among "alla kommuner".
- year from the year columns ("2022", or "Folkmängd 2022" when the heading also holds the
  measure) or from an `år` column, the last column then holding the values.
- outcome: the value; SCB's `..` and `.` mean no figure and leave the outcome empty, its dash is zero.
- gender from `kön` (män → M, kvinnor → K, totalt / 1+2 / båda könen → T); T without the column.
- indicator: the measure, that is a `tabellinnehåll` value, the values column's heading, the text
  beside the year in a year column's heading, or else the title before "efter" ("Folkmängd efter
  region, ålder, kön och år" → Folkmängd); then, after commas, the values of the other columns
  whose value varies in the file ("Folkmängd, 20-64 år").
- goal_area from the options (--goal-area, the upload's Målområde), else the title's measure (the
  measure, without a title) with a warning saying so: the convention of wide tables, which need
  the option, would leave an export in the data folder, where no option is given, unread. area,
  published and source from the options, source "SCB" by default.
"""

from __future__ import annotations

import re

import pandas as pd

from dashboard.data.numbers import normalise_numbers
from dashboard.data.scb_layout import GENDER_NAME, REGION, REGION_VALUE, YEAR_NAME, YEAR_TOKEN, Table
from dashboard.domain.problems import ERROR, WARNING, Problem, problem
from dashboard.domain.schema import COLUMN_NAMES, GENDER_WORDS

SOURCE = "SCB"
CONTENTS_NAME = "tabellinnehåll"
# SCB's legend ("Teckenförklaring"): `..` not available or too uncertain, `.` cannot occur: no figure;
# a dash is zero ("inget finns att redovisa"), so it is read as 0, never dropped as missing
MISSING = {"..", ".", "...", "....", "…"}
ZERO = {"-", "–", "—"}
NOT_MUNICIPALITIES = re.compile(r"^riket$|\slän$", re.IGNORECASE)
TITLE_MEASURE = re.compile(r"\s+efter\s+|[.,]?\s+år\s+\d{4}", re.IGNORECASE)
GOAL_AREA_OPTION = "--goal-area"
COLUMNS = [*(name for name in COLUMN_NAMES if name not in ("goal", "gender")), "gender"]


def to_long(table: Table, file: str, options) -> tuple[pd.DataFrame, pd.Series, list[Problem]]:
    """Long-format text cells (the contract's columns and `gender`) with each one's file line, and
    the problems found; a missing figure is a row with an empty outcome."""
    names = [name.strip().lower() for name in table.header]
    at = table.header_line
    if REGION not in names:
        return _nothing([problem(file, at, None, "scb_file_no_region")])
    region = names.index(REGION)
    gender = names.index(GENDER_NAME) if GENDER_NAME in names else None
    years = [i for i, h in enumerate(table.header) if i not in (region, gender) and YEAR_TOKEN.search(h)]
    if years:
        values = list(range(years[0], len(names)))
        stray = next((i for i in values if i not in years), None)
        if stray is not None:
            return _nothing(
                [problem(file, at, table.header[stray] or f"#{stray + 1}", "scb_file_heading_without_year")]
            )
        year = None
    elif YEAR_NAME in names:
        year, values = names.index(YEAR_NAME), [len(names) - 1]
        if values[0] in (region, gender, year):
            return _nothing([problem(file, at, None, "scb_file_no_value_column")])
    else:
        return _nothing([problem(file, at, None, "scb_file_no_year")])
    contents = names.index(CONTENTS_NAME) if CONTENTS_NAME in names else None
    dimensions = [i for i in range(values[0]) if i not in (region, gender, year, contents)]
    problems: list[Problem] = []
    numbers = {i: column.tolist() for i, column in _numbers(table, values, file, problems).items()}
    title = _title_measure(table.title)
    measures = {i: _heading(table.header[i], year is None) for i in values}
    varying = [i for i in dimensions if len({row.cells[i] for row in table.rows}) > 1]
    goal_area = options.goal_area or title or next((m for m, _ in measures.values() if m), "")
    records, rows, skipped = [], [], {}
    for index, row in enumerate(table.rows):
        place = _region(row, region, file, table.header, problems, skipped)
        sex = _gender(row, gender, file, table.header, problems)
        when = _year(row, year, file, table.header, problems)
        if place is None or sex is None or (year is not None and when is None):
            continue
        for i in values:
            measure, heading_gender = measures[i]
            base = row.cells[contents] if contents is not None else measure or title
            if not base:
                return _nothing([problem(file, at, None, "scb_file_no_measure")])
            indicator = ", ".join([base, *(row.cells[d] for d in varying)])
            column_year = YEAR_TOKEN.search(table.header[i]).group(1) if year is None else when
            records.append(
                _record(place, indicator, column_year, numbers[i][index], heading_gender or sex, goal_area, options)
            )
            rows.append(row.number)
    problems += [
        problem(file, line, table.header[region], "scb_file_region_skipped", WARNING, region=name, count=count)
        for name, (line, count) in skipped.items()
    ]
    if any(p.severity == ERROR for p in problems):
        return _nothing(problems)
    if not records:
        problems.append(problem(file, None, None, "scb_file_no_municipalities"))
    elif not goal_area:
        problems.append(problem(file, None, None, "table_goal_area_missing", option=GOAL_AREA_OPTION))
    elif not options.goal_area:
        default = {"goal_area": goal_area, "option": GOAL_AREA_OPTION}
        problems.append(problem(file, None, None, "scb_file_goal_area_default", WARNING, **default))
    return pd.DataFrame(records, columns=COLUMNS), pd.Series(rows, dtype="int64"), problems


def without_missing(long: pd.DataFrame, rows: pd.Series, file: str):
    """The rows with a figure, and one warning counting those without (SCB's `..`) from the first one's line."""
    missing = (long["outcome"] == "").to_numpy()
    if not missing.any():
        return long, rows, []
    first = int(rows[missing].min())
    found = [problem(file, first, None, "scb_file_missing_values", WARNING, count=int(missing.sum()))]
    if missing.all():
        found.append(problem(file, None, None, "scb_file_no_values"))
    kept = ~missing
    return long[kept].reset_index(drop=True), rows[kept].reset_index(drop=True), found


def _nothing(problems: list[Problem]):
    return pd.DataFrame(columns=COLUMNS), pd.Series([], dtype="int64"), problems


def _title_measure(title: str | None) -> str:
    """The measure a title names: "Folkmängd efter region, ålder, kön och år" → "Folkmängd"."""
    if not title:
        return ""
    return TITLE_MEASURE.split(title.strip().strip('"'), maxsplit=1)[0].strip(" .,:")


def _heading(heading: str, wide: bool) -> tuple[str, str]:
    """(measure, gender) a values column's heading names beside its year: "Folkmängd 2022" →
    ("Folkmängd", ""), "2022 män" → ("", "M"); in the long form the whole heading is the measure."""
    if not wide:
        return heading.strip(), ""
    text = " ".join(YEAR_TOKEN.sub(" ", heading, count=1).split())
    lowered = text.lower()
    for word in sorted(GENDER_WORDS, key=len, reverse=True):
        if len(word) > 1 and (lowered == word or lowered.endswith(" " + word) or lowered.startswith(word + " ")):
            rest = text[len(word) :] if lowered.startswith(word + " ") else text[: len(text) - len(word)]
            return rest.strip(" ,"), GENDER_WORDS[word]
    return text.strip(" ,"), ""


def _figure(cell: str) -> str:
    """A value cell as a number's text: '' for SCB's symbols of no figure, '0' for its dash."""
    return "" if cell in MISSING else "0" if cell in ZERO else cell


def _numbers(table: Table, values: list[int], file: str, problems: list[Problem]) -> pd.DataFrame:
    """The values columns' cells as decimal-point text ('' for no figure); a cell that is no number
    is reported where it stands (line and column heading) and left empty."""
    cells = pd.DataFrame({i: [_figure(row.cells[i]) for row in table.rows] for i in values}, dtype=object)
    lines = pd.Series([row.number for row in table.rows], dtype="int64")
    numbers, found = normalise_numbers(cells, values, lines, file, {i: table.header[i] for i in values})
    problems += found
    for i in values:
        for index, text in numbers[i].items():
            if text and not _is_number(text):
                problems.append(problem(file, lines[index], table.header[i], "not_a_number", text=cells.at[index, i]))
                numbers.at[index, i] = ""
    return numbers


def _is_number(text: str) -> bool:
    try:
        return float(text) == float(text)
    except ValueError:
        return False


def _region(row, column, file, header, problems, skipped) -> tuple[str, str] | None:
    """(name, code) of the row's municipality; None for an empty cell (reported) or another region."""
    text = row.cells[column]
    if not text:
        problems.append(problem(file, row.number, header[column], "value_missing"))
        return None
    match = REGION_VALUE.match(text)
    code, name = (match.group(1), match.group(2).strip()) if match else ("", text)
    if (match and not re.fullmatch(r"\d{4}", code)) or NOT_MUNICIPALITIES.search(name):
        line, count = skipped.get(text, (row.number, 0))
        skipped[text] = (line, count + 1)
        return None
    return name, code


def _gender(row, column, file, header, problems) -> str | None:
    if column is None:
        return "T"
    text = row.cells[column]
    found = GENDER_WORDS.get(text.lower())
    if not text:
        problems.append(problem(file, row.number, header[column], "value_missing"))
    elif found is None:
        problems.append(problem(file, row.number, header[column], "scb_file_unknown_gender", text=text))
    return found


def _year(row, column, file, header, problems) -> str | None:
    if column is None:
        return None
    text = row.cells[column]
    if not re.fullmatch(r"\d{4}", text):
        problems.append(problem(file, row.number, header[column], "not_a_year", text=text))
        return None
    return text


def _record(place, indicator, year, outcome, gender, goal_area, options) -> dict:
    name, code = place
    return {
        "municipality": name,
        "municipality_code": code,
        "area": options.area or "",
        "goal_area": goal_area,
        "indicator_id": "",
        "indicator": indicator,
        "unit": "",
        "direction": "",
        "year": year,
        "outcome": outcome,
        "target": "",
        "source": options.source or SOURCE,
        "published": options.published or "",
        "comment": "",
        "gender": gender,
    }
