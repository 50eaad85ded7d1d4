"""Swedish texts: SCB's statistics: the PxWebApi 2.0 command (cli.scb.*). What it shares with the
Kolada command is cli.fetch.*, in sv.py."""

TEXT: dict = {
    "cli.scb.name": "SCB",
    "cli.scb.description": "Hämta en tabell ur SCB:s statistikdatabas (PxWebApi 2.0) till Målbilds CSV-format.",
    "cli.scb.help_table": "tabellens id, t.ex. TAB638",
    "cli.scb.help_region": "kommunkoder, kommaseparerade (1490,2081), eller all för tabellens alla kommuner",
    "cli.scb.help_out": "CSV-filen som skrivs, t.ex. data/scb.csv",
    "cli.scb.help_content": "tabellinnehållets kod (ContentsCode), t.ex. BE0101N1; behövs när tabellen har flera",
    "cli.scb.help_select": "ett värde för varje annan variabel: Alder=tot,Civilstand=G",
    "cli.scb.help_indicator": "indikatorns namn (standard: innehållets namn i tabellen)",
    "cli.scb.help_unit": "enhet (standard: tabellens enhet för innehållet)",
    "cli.scb.help_direction": "increase (standard) eller decrease",
    "cli.scb.help_published": "publiceringsdatum ÅÅÅÅ-MM-DD (standard: tabellens uppdateringsdatum, annars i dag)",
    "cli.scb.help_max_cells": "högst så här många celler per anrop (standard: SCB:s gräns i /config)",
    "cli.scb.not_a_table": "{value!r} är inget tabell-id (t.ex. TAB638)",
    "cli.scb.not_municipalities": {
        "one": "{codes} är ingen kommunkod: skriv fyra siffror (1490) eller all; riket och län tas inte med",
        "other": "{codes} är inga kommunkoder: skriv fyra siffror (1490) eller all; riket och län tas inte med",
    },
    "cli.scb.empty_text": "värdet får inte vara tomt",
    "cli.scb.not_pairs": "{option} väntar sig VARIABEL=kod, kommaseparerat ({value!r})",
    "cli.scb.not_cells": "{value!r} är inget antal celler (ett heltal från 1)",
    "cli.scb.written": (
        "Skrev {rows} till {out}: {indicator} ({indicator_id}) ur SCB:s tabell {table}, "
        "{municipalities} ({names}), år {first}–{last}, kön {genders}."
    ),
    "cli.scb.advice_check": "kontrollera tabell-id, koder och --select",
    "cli.scb.advice_cells": "för många celler i ett anrop; sänk --max-cells",
    "cli.scb.advice_table": "finns tabellen? kontrollera tabell-id (t.ex. TAB638)",
    "cli.scb.config_missing": "Oväntat svar från SCB för {url}: maxDataCells saknas",
    "cli.scb.answer_mismatch": (
        "SCB svarade med andra värden för {name} än de som efterfrågades (saknade: {missing}; oväntade: {unexpected}) "
        "för {url}: inget skrevs"
    ),
    "cli.scb.none": "inga",
    "cli.scb.no_region_variable": "Tabellen {table} har ingen regionvariabel: Målbild behöver kommuner",
    "cli.scb.no_time_variable": "Tabellen {table} har ingen tidsvariabel",
    "cli.scb.no_content_variable": "Tabellen {table} har ingen innehållsvariabel (ContentsCode)",
    "cli.scb.not_yearly": (
        "Tabellen {table} är inte årsvis (tiden anges som {example}): Målbild läser bara årsvärden; välj en årstabell"
    ),
    "cli.scb.unknown_regions": {
        "one": "Tabellen {table} saknar kommunen {codes}",
        "other": "Tabellen {table} saknar kommunerna {codes}",
    },
    "cli.scb.no_municipalities": "Tabellen {table} har inga kommuner (regionkoder med fyra siffror)",
    "cli.scb.no_years": "Tabellen {table} har inga värden för {first}–{last}; den täcker {table_first}–{table_last}",
    "cli.scb.content_needed": "Tabellen {table} har flera innehåll: välj ett med --content ({choices})",
    "cli.scb.unknown_content": "Tabellen {table} har inget innehåll {code}: välj bland {choices}",
    "cli.scb.unknown_variable": "Tabellen {table} har ingen variabel {name}; den har {names}",
    "cli.scb.select_reserved": (
        "--select kan inte välja {name}: region, tid, innehåll och kön väljs med --region, --years, --content "
        "och --gender"
    ),
    "cli.scb.unknown_value": "Variabeln {name} i tabellen {table} har inget värde {code}; välj bland {choices}",
    "cli.scb.must_select": {
        "one": "Tabellen {table} kräver ett värde för {names}: ange t.ex. {example}",
        "other": "Tabellen {table} kräver ett värde för var och en av {names}: ange t.ex. {example}",
    },
    "cli.scb.no_gender": "Tabellen {table} har inga värden för kön {genders} i {name}; {name} har {choices}",
    "cli.scb.no_sex_variable": "Tabellen {table} har ingen könsvariabel: den ger bara totalen (T)",
    "cli.scb.limit_too_small": "--max-cells {limit} är för litet: ett anrop behöver minst {need} celler",
    "cli.scb.no_values": "SCB gav inga värden ur tabellen {table} för {first}–{last}: ingen fil skrevs",
}
