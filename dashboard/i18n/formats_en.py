"""English texts: Reading statistical agencies' export files (SCB's CSV and xlsx tables)."""

TEXT: dict = {
    "problem.scb_file_no_header": "the line looks like a table's title, but no header row follows the blank line",
    "problem.scb_file_header_missing": (
        "the line looks like data, but the table's header row (region, …) was expected here, after the title "
        "on row {title_row}"
    ),
    "problem.scb_file_field_count": (
        "the row has {seen} fields, but the table's header row (row {header_row}) has {expected}"
    ),
    "problem.scb_file_table_broken": (
        "the table ends here (a blank row or a row of a single field), but row {next_row} after it looks like data"
    ),
    "problem.scb_file_bad_quotes": 'the row has a quote (") inside a field',
    "problem.scb_file_no_region": "the SCB table has no region column: include region when taking out the table",
    "problem.scb_file_no_year": (
        "the table has neither year columns (e.g. 2023) nor a column år: only tables by year can be read"
    ),
    "problem.scb_file_heading_without_year": (
        "the column heading has no year (after the first year column only years are expected)"
    ),
    "problem.scb_file_no_value_column": "the table's last column should hold the values (e.g. Folkmängd)",
    "problem.scb_file_no_measure": (
        "the table has no title line and no measure (e.g. Folkmängd) to name the indicator: "
        "save the table with its heading"
    ),
    "problem.scb_file_unknown_gender": "{text!r} is not a gender (expected män, kvinnor or totalt)",
    "problem.scb_file_region_skipped": {
        "one": "{region!r} is not a municipality; its row was not read",
        "other": "{region!r} is not a municipality; its {count} rows were not read",
    },
    "problem.scb_file_no_municipalities": "the table has no municipality, only the country or counties",
    "problem.scb_file_goal_area_default": (
        "no goal area was given, so the table's measure {goal_area!r} becomes the goal area "
        "(give another with {option})"
    ),
    "problem.scb_file_missing_values": {
        "one": "a value is missing in the table (.. or .) and was not read",
        "other": "{count} values are missing in the table (.. or .) and were not read; the first here",
    },
    "problem.scb_file_no_values": "all the table's values are missing (.. or .)",
}
