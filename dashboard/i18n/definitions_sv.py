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
}
