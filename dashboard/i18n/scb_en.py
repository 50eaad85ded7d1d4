"""English texts: SCB's statistics: the PxWebApi 2.0 command (cli.scb.*)."""

TEXT: dict = {
    "cli.scb.description": "Fetch a table of Statistics Sweden's database (PxWebApi 2.0) into Målbild's CSV format.",
    "cli.scb.help_table": "the table's id, e.g. TAB638",
    "cli.scb.help_region": (
        "municipality codes, comma-separated (1490,2081), or all for every municipality of the table"
    ),
    "cli.scb.help_years": "years: 2020, 2015-2024 or 2015,2017",
    "cli.scb.help_goal_area": "goal area for every row",
    "cli.scb.help_out": "the CSV file to write, e.g. data/scb.csv",
    "cli.scb.help_content": "the content code (ContentsCode), e.g. BE0101N1; needed when the table has several",
    "cli.scb.help_select": "one value for each other variable: Alder=tot,Civilstand=G",
    "cli.scb.help_gender": "genders kept: T (total), K (women), M (men); default T,K,M",
    "cli.scb.help_indicator": "the indicator's name (default: the content's name in the table)",
    "cli.scb.help_unit": "unit (default: the table's unit for the content)",
    "cli.scb.help_direction": "increase (the default) or decrease",
    "cli.scb.help_published": "publication date YYYY-MM-DD (default: the table's update date, else today)",
    "cli.scb.help_max_cells": "at most this many cells per call (default: SCB's limit in /config)",
    "cli.scb.help_base_url": "API address (default {url})",
    "cli.scb.help_timeout": "seconds per call (default 30)",
    "cli.scb.not_a_table": "{value!r} is not a table id (e.g. TAB638)",
    "cli.scb.not_municipalities": {
        "one": (
            "{codes} is not a municipality code: write four digits (1490) or all; the country and counties are left out"
        ),
        "other": (
            "{codes} are not municipality codes: write four digits (1490) or all; the country and counties are left out"
        ),
    },
    "cli.scb.empty": "empty",
    "cli.scb.empty_text": "the value must not be empty",
    "cli.scb.not_years": "{value!r} is not years: write 2020, 2015-2024 or 2015,2017",
    "cli.scb.not_pairs": "{option} expects VARIABLE=code, comma-separated ({value!r})",
    "cli.scb.not_genders": "{value!r} is not genders: choose from T (total), K (women) and M (men), e.g. T,K,M",
    "cli.scb.not_a_direction": "{value!r} is not a direction: increase or decrease",
    "cli.scb.not_a_date": "{value!r} is not a date (YYYY-MM-DD)",
    "cli.scb.not_cells": "{value!r} is not a number of cells (a whole number from 1)",
    "cli.scb.not_an_address": "{value!r} is not an http(s) address",
    "cli.scb.not_seconds": "{value!r} is not a number of seconds (more than 0, at most 3600)",
    "cli.scb.error": "Error: {message}",
    "cli.scb.no_folder": "the folder {folder} does not exist: no file was written",
    "cli.scb.write_failed": "could not write {out} ({reason})",
    "cli.scb.written": (
        "Wrote {rows} to {out}: {indicator} ({indicator_id}) from Statistics Sweden's table {table}, "
        "{municipalities} ({names}), years {first}–{last}, genders {genders}."
    ),
    "cli.scb.rows": {"one": "{count} row", "other": "{count} rows"},
    "cli.scb.municipalities": {"one": "{count} municipality", "other": "{count} municipalities"},
    "cli.scb.http_error": "Statistics Sweden returned {code} for {url}: {advice}",
    "cli.scb.http_error_said": "Statistics Sweden returned {code} for {url} ({said}): {advice}",
    "cli.scb.advice_later": "try again later",
    "cli.scb.advice_check": "check the table id, the codes and --select",
    "cli.scb.advice_cells": "too many cells in one call; lower --max-cells",
    "cli.scb.advice_table": "does the table exist? check the table id (e.g. TAB638)",
    "cli.scb.rate_limited": {
        "one": "Statistics Sweden limits the number of calls (429) and said so {count} time ({url}): try again soon",
        "other": "Statistics Sweden limits the number of calls (429) and said so {count} times ({url}): try again soon",
    },
    "cli.scb.timeout": {
        "one": "Statistics Sweden did not answer within {count:g} second ({url}): try again later or raise --timeout",
        "other": (
            "Statistics Sweden did not answer within {count:g} seconds ({url}): try again later or raise --timeout"
        ),
    },
    "cli.scb.unreachable": "Could not reach Statistics Sweden ({url}): {reason}",
    "cli.scb.connection_refused": "the connection was refused",
    "cli.scb.fetch_failed": "Could not fetch {url}: {reason}",
    "cli.scb.invalid_json": "Statistics Sweden returned invalid JSON for {url}",
    "cli.scb.invalid_data": "The fetched data does not meet the data format: {problems}",
    "cli.scb.unexpected_answer": "Unexpected answer from Statistics Sweden for {url}: {field} is missing or malformed",
    "cli.scb.value_count": (
        "Unexpected answer from Statistics Sweden for {url}: {found} values where the table's size says {expected}"
    ),
    "cli.scb.value_not_number": (
        "Unexpected answer from Statistics Sweden for {url}: value no. {position} is not a number ({value!r})"
    ),
    "cli.scb.config_missing": "Unexpected answer from Statistics Sweden for {url}: maxDataCells is missing",
    "cli.scb.answer_mismatch": (
        "Statistics Sweden answered with other values for {name} than those asked for ({url}): nothing was written"
    ),
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
