"""Swedish texts: SCB's statistics: the PxWebApi 2.0 command (cli.scb.*)."""

TEXT: dict = {
    "cli.scb.description": "Hämta en tabell ur SCB:s statistikdatabas (PxWebApi 2.0) till Målbilds CSV-format.",
    "cli.scb.help_table": "tabellens id, t.ex. TAB638",
    "cli.scb.help_region": "kommunkoder, kommaseparerade (1490,2081), eller all för tabellens alla kommuner",
    "cli.scb.help_years": "år: 2020, 2015-2024 eller 2015,2017",
    "cli.scb.help_goal_area": "målområde för alla rader",
    "cli.scb.help_out": "CSV-filen som skrivs, t.ex. data/scb.csv",
    "cli.scb.help_content": "tabellinnehållets kod (ContentsCode), t.ex. BE0101N1; behövs när tabellen har flera",
    "cli.scb.help_select": "ett värde för varje annan variabel: Alder=tot,Civilstand=G",
    "cli.scb.help_gender": "kön som behålls: T (totalt), K (kvinnor), M (män); standard T,K,M",
    "cli.scb.help_indicator": "indikatorns namn (standard: innehållets namn i tabellen)",
    "cli.scb.help_unit": "enhet (standard: tabellens enhet för innehållet)",
    "cli.scb.help_direction": "increase (standard) eller decrease",
    "cli.scb.help_published": "publiceringsdatum ÅÅÅÅ-MM-DD (standard: tabellens uppdateringsdatum, annars i dag)",
    "cli.scb.help_max_cells": "högst så här många celler per anrop (standard: SCB:s gräns i /config)",
    "cli.scb.help_base_url": "API-adress (standard {url})",
    "cli.scb.help_timeout": "sekunder per anrop (standard 30)",
    "cli.scb.not_a_table": "{value!r} är inget tabell-id (t.ex. TAB638)",
    "cli.scb.not_municipalities": {
        "one": "{codes} är ingen kommunkod: skriv fyra siffror (1490) eller all; riket och län tas inte med",
        "other": "{codes} är inga kommunkoder: skriv fyra siffror (1490) eller all; riket och län tas inte med",
    },
    "cli.scb.empty": "tomt",
    "cli.scb.empty_text": "värdet får inte vara tomt",
    "cli.scb.not_years": "{value!r} är inga år: skriv 2020, 2015-2024 eller 2015,2017",
    "cli.scb.not_pairs": "{option} väntar sig VARIABEL=kod, kommaseparerat ({value!r})",
    "cli.scb.not_genders": "{value!r} är inga kön: välj bland T (totalt), K (kvinnor) och M (män), t.ex. T,K,M",
    "cli.scb.not_a_direction": "{value!r} är ingen riktning: increase eller decrease",
    "cli.scb.not_a_date": "{value!r} är inget datum (ÅÅÅÅ-MM-DD)",
    "cli.scb.not_cells": "{value!r} är inget antal celler (ett heltal från 1)",
    "cli.scb.not_an_address": "{value!r} är ingen http(s)-adress",
    "cli.scb.not_seconds": "{value!r} är inget antal sekunder (mer än 0, högst 3600)",
    "cli.scb.error": "Fel: {message}",
    "cli.scb.no_folder": "mappen {folder} finns inte: ingen fil skrevs",
    "cli.scb.write_failed": "kunde inte skriva {out} ({reason})",
    "cli.scb.written": (
        "Skrev {rows} till {out}: {indicator} ({indicator_id}) ur SCB:s tabell {table}, "
        "{municipalities} ({names}), år {first}–{last}, kön {genders}."
    ),
    "cli.scb.rows": {"one": "{count} rad", "other": "{count} rader"},
    "cli.scb.municipalities": {"one": "{count} kommun", "other": "{count} kommuner"},
    "cli.scb.http_error": "SCB svarade {code} för {url}: {advice}",
    "cli.scb.http_error_said": "SCB svarade {code} för {url} ({said}): {advice}",
    "cli.scb.advice_later": "försök igen senare",
    "cli.scb.advice_check": "kontrollera tabell-id, koder och --select",
    "cli.scb.advice_cells": "för många celler i ett anrop; sänk --max-cells",
    "cli.scb.advice_table": "finns tabellen? kontrollera tabell-id (t.ex. TAB638)",
    "cli.scb.rate_limited": {
        "one": "SCB begränsar antalet anrop (429) och svarade så {count} gång ({url}): försök igen om en stund",
        "other": "SCB begränsar antalet anrop (429) och svarade så {count} gånger ({url}): försök igen om en stund",
    },
    "cli.scb.timeout": {
        "one": "SCB svarade inte inom {count:g} sekund ({url}): försök igen senare eller öka --timeout",
        "other": "SCB svarade inte inom {count:g} sekunder ({url}): försök igen senare eller öka --timeout",
    },
    "cli.scb.unreachable": "Kunde inte nå SCB ({url}): {reason}",
    "cli.scb.connection_refused": "anslutningen nekades",
    "cli.scb.fetch_failed": "Kunde inte hämta {url}: {reason}",
    "cli.scb.invalid_json": "SCB svarade med ogiltig JSON för {url}",
    "cli.scb.invalid_data": "Den hämtade datan klarar inte dataformatet: {problems}",
    "cli.scb.unexpected_answer": "Oväntat svar från SCB för {url}: {field} saknas eller har fel form",
    "cli.scb.value_count": "Oväntat svar från SCB för {url}: {found} värden där tabellens storlek säger {expected}",
    "cli.scb.value_not_number": "Oväntat svar från SCB för {url}: värde nr {position} är inte ett tal ({value!r})",
    "cli.scb.config_missing": "Oväntat svar från SCB för {url}: maxDataCells saknas",
    "cli.scb.answer_mismatch": "SCB svarade med andra värden för {name} än de som efterfrågades ({url}): inget skrevs",
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
    "cli.scb.unknown_sex": (
        "Tabellen {table}: värdet {code} ({label}) i {name} är varken män, kvinnor eller totalt, "
        "så Målbild kan inte läsa könen"
    ),
    "cli.scb.no_gender": "Tabellen {table} har inga värden för kön {genders} i {name}",
    "cli.scb.no_sex_variable": "Tabellen {table} har ingen könsvariabel: den ger bara totalen (T)",
    "cli.scb.limit_too_small": "--max-cells {limit} är för litet: ett anrop behöver minst {need} celler",
    "cli.scb.no_values": "SCB gav inga värden ur tabellen {table} för {first}–{last}: ingen fil skrevs",
}
