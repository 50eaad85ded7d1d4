"""English texts: SCB's statistics: the PxWebApi 2.0 command (cli.scb.*). What it shares with the
Kolada command is cli.fetch.*, in en.py."""

TEXT: dict = {
    "cli.scb.name": "Statistics Sweden",
    "cli.scb.description": "Fetch a table of Statistics Sweden's database (PxWebApi 2.0) into Målbild's CSV format.",
    "cli.scb.help_table": "the table's id, e.g. TAB638",
    "cli.scb.help_region": (
        "municipality codes, comma-separated (1490,2081), or all for every municipality of the table"
    ),
    "cli.scb.help_out": "the CSV file to write, e.g. data/scb.csv",
    "cli.scb.help_content": "the content code (ContentsCode), e.g. BE0101N1; needed when the table has several",
    "cli.scb.help_select": "one value for each other variable: Alder=tot,Civilstand=G",
    "cli.scb.help_indicator": "the indicator's name (default: the content's name in the table)",
    "cli.scb.help_unit": "unit (default: the table's unit for the content)",
    "cli.scb.help_direction": "increase (the default) or decrease",
    "cli.scb.help_published": "publication date YYYY-MM-DD (default: the table's update date, else today)",
    "cli.scb.help_max_cells": "at most this many cells per call (default: SCB's limit in /config)",
    "cli.scb.not_a_table": "{value!r} is not a table id (e.g. TAB638)",
    "cli.scb.not_municipalities": {
        "one": (
            "{codes} is not a municipality code: write four digits (1490) or all; the country and counties are left out"
        ),
        "other": (
            "{codes} are not municipality codes: write four digits (1490) or all; the country and counties are left out"
        ),
    },
    "cli.scb.empty_text": "the value must not be empty",
    "cli.scb.not_pairs": "{option} expects VARIABLE=code, comma-separated ({value!r})",
    "cli.scb.not_cells": "{value!r} is not a number of cells (a whole number from 1)",
    "cli.scb.written": (
        "Wrote {rows} to {out}: {indicator} ({indicator_id}) from Statistics Sweden's table {table}, "
        "{municipalities} ({names}), years {first}–{last}, genders {genders}."
    ),
    "cli.scb.advice_check": "check the table id, the codes and --select",
    "cli.scb.advice_cells": "too many cells in one call; lower --max-cells",
    "cli.scb.advice_table": "does the table exist? check the table id (e.g. TAB638)",
    "cli.scb.config_missing": "Unexpected answer from Statistics Sweden for {url}: maxDataCells is missing",
    "cli.scb.answer_mismatch": (
        "Statistics Sweden answered with other values for {name} than those asked for "
        "(missing: {missing}; unexpected: {unexpected}) for {url}: nothing was written"
    ),
    "cli.scb.none": "none",
    "cli.scb.no_region_variable": "Table {table} has no region variable: Målbild needs municipalities",
    "cli.scb.no_time_variable": "Table {table} has no time variable",
    "cli.scb.no_content_variable": "Table {table} has no content variable (ContentsCode)",
    "cli.scb.not_yearly": (
        "Table {table} is not yearly (time is given as {example}): "
        "Målbild reads yearly values only; choose a yearly table"
    ),
    "cli.scb.unknown_regions": {
        "one": "Table {table} does not have the municipality {codes}",
        "other": "Table {table} does not have the municipalities {codes}",
    },
    "cli.scb.no_municipalities": "Table {table} has no municipalities (four-digit region codes)",
    "cli.scb.no_years": "Table {table} has no values for {first}–{last}; it covers {table_first}–{table_last}",
    "cli.scb.content_needed": "Table {table} has several contents: choose one with --content ({choices})",
    "cli.scb.unknown_content": "Table {table} has no content {code}: choose from {choices}",
    "cli.scb.unknown_variable": "Table {table} has no variable {name}; it has {names}",
    "cli.scb.select_reserved": (
        "--select cannot choose {name}: region, time, content and sex are chosen with --region, --years, --content "
        "and --gender"
    ),
    "cli.scb.unknown_value": "The variable {name} of table {table} has no value {code}; choose from {choices}",
    "cli.scb.must_select": {
        "one": "Table {table} needs a value for {names}: give e.g. {example}",
        "other": "Table {table} needs a value for each of {names}: give e.g. {example}",
    },
    "cli.scb.no_gender": "Table {table} has no values for the genders {genders} in {name}; {name} has {choices}",
    "cli.scb.no_sex_variable": "Table {table} has no sex variable: it gives the total (T) only",
    "cli.scb.limit_too_small": "--max-cells {limit} is too small: one call needs at least {need} cells",
    "cli.scb.no_values": "Statistics Sweden gave no values from table {table} for {first}–{last}: no file was written",
}
