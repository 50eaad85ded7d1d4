"""English texts: Indicator definitions (data/indicators.csv) and the detail's Definition och källa."""

TEXT: dict = {
    # problems in indicators.csv (dashboard/data/definitions.py)
    "problem.definition_key_column_missing": (
        "the column indicator_id or indicator is required: it says which indicator a row describes"
    ),
    "problem.definition_key_missing": "the row has neither indicator_id nor indicator and is skipped",
    "problem.definition_repeated": (
        "the indicator {indicator!r} is already described in {first_file}, row {first_row}; this row is skipped"
    ),
    "problem.definition_not_a_link": "{text!r} is not a web address (http:// or https://); the link is not shown",
    "problem.definition_not_a_direction": (
        "{text!r} is not a known direction (increase or decrease); the cell is not used"
    ),
    "problem.definition_not_yes_or_no": "{text!r} is neither yes nor no (ja/nej, 1/0); the cell is not used",
    "problem.definition_unknown_indicator": (
        "no indicator in the data has the key {indicator!r}; the definition is not shown"
    ),
    # the indicator detail and the Word report
    "definition.heading": "Definition and source",
    "definition.operating_area": "Operating area",
    "definition.unit": "Unit",
    "definition.direction": "Direction",
    "definition.direction_increase": "a higher value is better",
    "definition.direction_decrease": "a lower value is better",
    "definition.gender": "Split by gender at the source",
    "definition.divided": "yes",
    "definition.not_divided": "no",
    "definition.source": "Source",
    "definition.fact": "{label}: {value}",
    "definition.report": "Definition and source.",
    "definition.report_of": "{indicator} – definition and source.",
    # the Kolada import (dashboard/cli/kolada.py)
    "cli.kolada.help_definitions": (
        "the indicator definitions to write or update (default: indicators.csv in the folder of --out)"
    ),
    "cli.kolada.definitions_not_csv": "{value!r} is not a .csv file: the definitions are written as CSV",
    "cli.kolada.definitions_unreadable": "could not read {path} ({problems}): no file was written",
    "cli.kolada.definitions_written": "Wrote the definitions of {kpis} to {path}.",
}
