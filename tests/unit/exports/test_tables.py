"""Exported files hold the scorecard's numbers in a form each reader expects."""

import io
import math

import pandas as pd
from openpyxl import load_workbook

from dashboard.analysis.gaps import GAP_COLUMNS
from dashboard.data.writers import csv_cell, csv_line
from dashboard.exports.tables import data_sheet, to_csv_bytes

ROW = {
    "municipality": "Testkommun",
    "area": "Hela kommunen",
    "goal_area": "Mål",
    "indicator": '=HYPERLINK("x")',
    "unit": "%",
    "direction": "decrease",
    "year": 2020,
    "outcome": 17.0,
    "outcome_year": 2019,
    "target": 15.5,
    "gap": -1.5,
    "relative_gap": -1.5 / 15.5,
    "status": "Ej uppnått",
    "source": "Budget",
    "published": pd.Timestamp("2021-01-01"),
    "target_published": pd.NaT,
}


def _table() -> pd.DataFrame:
    return pd.DataFrame([ROW])[GAP_COLUMNS]


def _data_sheet(table):
    """The workbook's machine sheet, saved and read back as Excel would."""
    from openpyxl import Workbook

    workbook = Workbook()
    data_sheet(workbook, table)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return load_workbook(buffer)["Data"]


def test_csv_is_plain_with_decimal_points_and_iso_dates():
    text = to_csv_bytes(_table()).decode("utf-8")
    header, line = text.strip().split("\n")
    assert header.split(",") == GAP_COLUMNS
    assert ",2020,17,2019,15.5,-1.5," in line
    assert ",2021-01-01," in line and line.endswith(",")  # empty target_published


def test_csv_relative_gap_keeps_full_precision():
    parsed = pd.read_csv(io.BytesIO(to_csv_bytes(_table())))
    assert math.isclose(parsed.loc[0, "relative_gap"], -1.5 / 15.5)


def test_xlsx_has_numbers_as_numbers_and_text_never_as_formula():
    sheet = _data_sheet(_table())
    header = [cell.value for cell in sheet[1]]
    assert header == GAP_COLUMNS
    values = dict(zip(header, (cell for cell in sheet[2])))
    assert values["outcome"].value == 17 and values["gap"].value == -1.5
    assert values["relative_gap"].number_format == "0.0%"
    assert values["indicator"].data_type == "s"
    assert values["indicator"].value.startswith("'=HYPERLINK")
    assert values["target_published"].value is None


HOSTILE = ['=HYPERLINK("http://x","y")', "+SUM(1,2)", "-2+3", "@cmd", "\tx", "\rx"]


def _hostile_table() -> pd.DataFrame:
    rows = [{**ROW, "indicator": name, "source": name, "gap": -1.5, "outcome": -3.0} for name in HOSTILE]
    return pd.DataFrame(rows)[GAP_COLUMNS]


def test_csv_neutralises_formula_text_but_keeps_negative_numbers():
    parsed = pd.read_csv(io.BytesIO(to_csv_bytes(_hostile_table())), keep_default_na=False)
    assert parsed["indicator"].tolist() == ["'" + name for name in HOSTILE]
    assert parsed["gap"].tolist() == [-1.5] * len(HOSTILE) and parsed["outcome"].tolist() == [-3] * len(HOSTILE)


def test_xlsx_has_no_formula_and_neutralised_text():
    sheet = _data_sheet(_hostile_table())
    cells = [cell for row in sheet.iter_rows(min_row=2) for cell in row if cell.value is not None]
    assert not any(cell.data_type == "f" for cell in cells)
    texts = [cell.value for cell in cells if isinstance(cell.value, str)]
    assert not any(text.startswith(("=", "+", "@", "\t", "\r")) for text in texts)
    header = [cell.value for cell in sheet[1]]
    assert sheet.cell(row=2, column=header.index("gap") + 1).value == -1.5


def test_data_files_for_malbild_keep_text_exactly():
    from dashboard.data.loading import read_text
    from dashboard.data.writers import observations_to_csv_bytes

    frame = pd.DataFrame(
        [
            {"municipality": "T", "goal_area": "M", "indicator": name, "year": 2020, "outcome": 1.0}
            for name in HOSTILE[:4]
        ]
    )
    loaded, problems = read_text(observations_to_csv_bytes(frame).decode(), "t.csv")
    assert loaded["indicator"].tolist() == HOSTILE[:4]


def _cell_by_cell(table, spreadsheet_safe=True) -> bytes:
    """The CSV as each cell alone says it should be written (csv_cell, quoted by csv_line)."""
    rows = [
        csv_line([csv_cell(name, row[name], spreadsheet_safe) for name in table.columns]) for _, row in table.iterrows()
    ]
    return ("\n".join([csv_line(list(table.columns)), *rows]) + "\n").encode("utf-8")


def test_the_csv_written_column_by_column_is_the_csv_of_its_cells():
    """to_csv_bytes formats a column by its kind in one pass; each cell must come out as csv_cell
    writes it alone (formula-like text neutralised, quotes, line breaks, integers, NaN, dates)."""
    table = pd.DataFrame(
        {
            "municipality": pd.array(["Borås", "=Köping", 'Sala, "norr"', None, "rad\r\nbrytning"], dtype="string"),
            "indicator": ["-minus", "@at", "\ttab", "vanlig", math.nan],
            "year": pd.array([2020, None, 2021, 2022, 2023], dtype="Int64"),
            "outcome": [1.0, -2.5, math.nan, 1e16, 0.1 + 0.2],
            "target": [math.inf, -0.0, 3.0, math.nan, 12345678901234.0],
            "rank": pd.array([1, 2, None, 4, 5], dtype="Int64"),
            "quartile": [1.0, math.nan, 3.0, 4.0, 2.0],
            "peer_n": [3, 3, 3, 3, 3],
            "peer_median": pd.array([1, None, 3, 4, 5], dtype="Int64"),
            "published": pd.to_datetime(["2021-01-02", None, "2020-12-31", "2021-01-01", None]),
            "assessment": [None, "bättre", "sämre", pd.NA, "lika"],
        }
    )
    assert to_csv_bytes(table) == _cell_by_cell(table)
    assert to_csv_bytes(table, spreadsheet_safe=False) == _cell_by_cell(table, spreadsheet_safe=False)
    assert to_csv_bytes(table.iloc[0:0]) == _cell_by_cell(table.iloc[0:0])
