"""Swedish texts: Reading statistical agencies' export files (SCB's CSV and xlsx tables)."""

TEXT: dict = {
    "problem.scb_file_no_header": "raden ser ut som en tabelltitel, men ingen rubrikrad följer efter den tomma raden",
    "problem.scb_file_header_missing": (
        "raden ser ut som data, men tabellens rubrikrad (region, …) väntades här, efter titeln på rad {title_row}"
    ),
    "problem.scb_file_field_count": "raden har {seen} fält, men tabellens rubrikrad (rad {header_row}) har {expected}",
    "problem.scb_file_table_broken": (
        "tabellen tar slut här (en tom rad eller en rad med ett enda fält), "
        "men rad {next_row} efter den ser ut som data"
    ),
    "problem.scb_file_bad_quotes": 'raden har ett citattecken (") mitt i ett fält',
    "problem.scb_file_no_region": "SCB-tabellen saknar kolumnen region: ta med region när tabellen tas ut",
    "problem.scb_file_no_year": (
        "tabellen har varken årskolumner (t.ex. 2023) eller en kolumn år: bara tabeller per år kan läsas"
    ),
    "problem.scb_file_heading_without_year": (
        "kolumnrubriken har inget årtal (efter den första årskolumnen väntas bara år)"
    ),
    "problem.scb_file_no_value_column": "tabellens sista kolumn ska hålla värdena (t.ex. Folkmängd)",
    "problem.scb_file_no_measure": (
        "tabellen har ingen titelrad och inget mått (t.ex. Folkmängd) som kan namnge indikatorn: "
        "spara tabellen med rubrik"
    ),
    "problem.scb_file_unknown_gender": "{text!r} är inget kön (väntade män, kvinnor eller totalt)",
    "problem.scb_file_region_skipped": {
        "one": "{region!r} är ingen kommun; dess rad lästes inte in",
        "other": "{region!r} är ingen kommun; dess {count} rader lästes inte in",
    },
    "problem.scb_file_no_municipalities": "tabellen har ingen kommun, bara riket eller län",
    "problem.scb_file_goal_area_default": (
        "inget målområde angavs, så tabellens mått {goal_area!r} blir målområde (ange ett annat med {option})"
    ),
    "problem.scb_file_missing_values": {
        "one": "ett värde saknas i tabellen (.. eller .) och lästes inte in",
        "other": "{count} värden saknas i tabellen (.. eller .) och lästes inte in; det första här",
    },
    "problem.scb_file_no_values": "alla tabellens värden saknas (.. eller .)",
}
