"""Swedish texts: Indicator definitions (data/indicators.csv) and the detail's Definition och källa."""

TEXT: dict = {
    # problems in indicators.csv (dashboard/data/definitions.py)
    "problem.definition_key_column_missing": (
        "kolumnen indicator_id eller indicator krävs: den säger vilken indikator en rad beskriver"
    ),
    "problem.definition_key_missing": "raden saknar både indicator_id och indicator och hoppas över",
    "problem.definition_repeated": (
        "indikatorn {indicator!r} beskrivs redan i {first_file}, rad {first_row}; den här raden hoppas över"
    ),
    "problem.definition_not_a_link": "{text!r} är ingen webbadress (http:// eller https://); länken visas inte",
    "problem.definition_not_a_direction": (
        "{text!r} är ingen känd riktning (increase eller decrease); cellen används inte"
    ),
    "problem.definition_not_yes_or_no": "{text!r} är varken yes eller no (ja/nej, 1/0); cellen används inte",
    "problem.definition_unknown_indicator": (
        "ingen indikator i uppgifterna har nyckeln {indicator!r}; definitionen visas inte"
    ),
    # the indicator detail and the Word report
    "definition.heading": "Definition och källa",
    "definition.operating_area": "Verksamhetsområde",
    "definition.unit": "Enhet",
    "definition.direction": "Riktning",
    "definition.direction_increase": "högre värde är bättre",
    "definition.direction_decrease": "lägre värde är bättre",
    "definition.gender": "Könsuppdelad i källan",
    "definition.divided": "ja",
    "definition.not_divided": "nej",
    "definition.source": "Källa",
    "definition.fact": "{label}: {value}",
    "definition.report": "Definition och källa.",
    "definition.report_of": "{indicator} – definition och källa.",
    # the Kolada import (dashboard/cli/kolada.py)
    "cli.kolada.help_definitions": (
        "indikatordefinitionerna som skrivs eller uppdateras (standard: indicators.csv i samma mapp som --out)"
    ),
    "cli.kolada.definitions_not_csv": "{value!r} är ingen .csv-fil: definitionerna skrivs som CSV",
    "cli.kolada.definitions_unreadable": "kunde inte läsa {path} ({problems}): ingen fil skrevs",
    "cli.kolada.definitions_written": "Skrev definitionerna av {kpis} till {path}.",
}
