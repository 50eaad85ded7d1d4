"""Svenska: every user-facing string (the default language)."""

from dashboard.domain.statuses import Assessment, Fulfilment, Progress, Status, Trend

TEXT = {
    # statuses, progress, trend and assessments: the data's own Swedish labels (dashboard.domain.statuses)
    **{label.key: label.value for label in (*Status, *Progress, *Assessment, *Fulfilment)},
    **{
        Trend.BETTER.key: "bättre än föregående utfall ({year})",
        Trend.UNCHANGED.key: "oförändrat mot föregående utfall ({year})",
        Trend.WORSE.key: "sämre än föregående utfall ({year})",
    },
    "trend.word.better": "bättre",
    "trend.word.unchanged": "oförändrat",
    "trend.word.worse": "sämre",
    "span.progress_since": "{progress} sedan {year}",
    "span.trend_last_year": "senaste året {trend} ({previous} → {current})",
    "span.trend_since": "{trend} sedan {year} ({previous} → {current})",
    "span.outcome_of_year": "utfall {year}",
    "rule.met": {
        "one": "{met} av {count} bedömd indikator uppnådd",
        "other": "{met} av {count} bedömda indikatorer uppnådda",
    },
    "rule.near": "{count} nära målet",
    "rule.not_judged": "{count} med mål kan inte bedömas",
    "rule.without_target": "{count} utan mål",
    "rule.no_indicators": "inga indikatorer ännu",
    "rule.no_target": "ingen indikator har mål",
    "rule.too_few": {
        "one": "bara {judged} av {count} indikator med mål kan bedömas",
        "other": "bara {judged} av {count} indikatorer med mål kan bedömas",
    },
    "area.whole": "Hela kommunen",
    # problems in data files and uploads (dashboard.domain.problems): where, then what
    "problem.where_row": "rad {row}",
    "problem.where_column": "kolumn {column}",
    "problem.warning": "Varning: ",
    "problem.value_missing": "värde saknas (obligatorisk kolumn)",
    "problem.row_without_values": "raden saknar både utfall och mål och hoppas över",
    "problem.duplicate_key": "dubblett: samma kommun, område, indikator, år och publiceringsdatum som rad {first_row}",
    "problem.duplicate_key_in_file": (
        "dubblett: samma kommun, område, indikator, år och publiceringsdatum som {first_file} rad {first_row}"
    ),
    "problem.column_without_heading": "kolumnen saknar rubrik och ignoreras",
    "problem.column_repeated": "kolumnen finns flera gånger",
    "problem.required_column_missing": "obligatorisk kolumn saknas",
    "problem.value_column_missing": "minst en av kolumnerna outcome och target krävs",
    "problem.unknown_column": "okänd kolumn, ignoreras",
    "problem.not_a_number": "{text!r} är inte ett tal",
    "problem.not_a_number_decimal_comma": "{text!r} är inte ett tal (använd decimalpunkt: {fixed})",
    "problem.not_a_year": "{text!r} är inte ett årtal (heltal, t.ex. 2020)",
    "problem.unknown_direction": "{text!r} är ingen känd riktning (increase eller decrease)",
    "problem.unknown_gender": "{text!r} är inget känt kön: T (totalt), K (kvinnor) eller M (män)",
    "problem.not_a_date": "{text!r} är inget datum (ÅÅÅÅ-MM-DD)",
    "problem.not_a_municipality_code": "{text!r} är ingen kommunkod (fyra siffror, t.ex. 0114)",
    "problem.goal_repeated": "samma mål finns redan i samma målområde",
    "problem.not_a_global_goal": "{values} är inte ett av de globala målen 1–17 (skriv t.ex. 3;4;10)",
    "problem.group_member_repeated": "kommunen {name!r} finns redan i gruppen {group!r} på rad {first_row}",
    "problem.group_name_reserved": "gruppen kan inte heta {name!r}: 'alla' betyder alla kommuner",
    "problem.group_member_without_data": "kommunen {name!r} i gruppen {group!r} har inga uppgifter och räknas inte med",
    "problem.file_unreadable": "filen kunde inte läsas ({reason})",
    "problem.macro_workbook_suffix": "makroaktiverade arbetsböcker tas inte emot: spara som .xlsx eller CSV",
    "problem.old_excel_format": "det gamla Excel-formatet .xls läses inte: spara som .xlsx eller CSV",
    "problem.unknown_file_type": "filtypen {suffix} läses inte: använd CSV eller .xlsx",
    "problem.zip_without_xlsx_suffix": "filen är en Excel- eller zip-fil: ge den ändelsen .xlsx",
    "problem.utf16_without_bom": "filen verkar vara UTF-16 utan byte-ordningsmärke: spara den som CSV UTF-8",
    "problem.binary_content": "filen innehåller binära tecken och ser inte ut som text: spara den som CSV",
    "problem.unknown_encoding": "okänd teckenkodning: spara filen som CSV UTF-8",
    "problem.read_as_windows_1252": "filen är inte UTF-8 och lästes som Windows-1252",
    "problem.file_empty": "filen är tom",
    "problem.csv_unreadable": "filen kunde inte tolkas som CSV: kontrollera avgränsare och citattecken",
    "problem.csv_unreadable_because": "filen kunde inte tolkas som CSV ({reason})",
    "problem.field_count": "raden har {seen} fält men rubrikraden har {expected}",
    "problem.unclosed_quote": 'ett citattecken (") öppnas men stängs aldrig',
    "problem.workbook_has_macros": "arbetsboken innehåller makron och tas inte emot",
    "problem.workbook_too_large": "arbetsboken packas upp till {size} MB och tas inte emot (gräns {limit} MB)",
    "problem.workbook_unreadable": "filen är inte en läsbar .xlsx-arbetsbok ({reason})",
    "problem.sheet_missing": "bladet {sheet!r} finns inte; bladen är {sheets}",
    "problem.sheet_empty": "bladet är tomt",
    "problem.formula_without_value": "cellen har en formel utan sparat värde: öppna filen i Excel och spara den igen",
    "problem.header_only": "filen har bara en rubrikrad och inga värden",
    "problem.no_delimiter": "hittade ingen avgränsare: separera kolumnerna med komma, semikolon eller tabb",
    "problem.mixed_delimiters": "raden verkar använda en annan avgränsare än rubrikraden",
    "problem.too_many_rows": "filen har fler än {limit} rader; dela upp den",
    "problem.values_without_heading": "kolumnen har värden men ingen rubrik",
    "problem.too_many_columns": "filen har {count} kolumner; gränsen är {limit}",
    "problem.cell_too_long": "cellen är {count} tecken lång; gränsen är {limit}",
    "problem.table_municipality_missing": "ange kommun för tabellen (alternativet {option})",
    "problem.table_goal_area_missing": "ange målområde för tabellen (alternativet {option})",
    "problem.unknown_table_heading": (
        "okänd kolumnrubrik: väntade t.ex. 'Utfall 2018', 'Mål 2019', 'Målvärde 2020' eller ett årtal"
    ),
    "problem.table_column_without_year": "kolumnen saknar år: skriv t.ex. 'Målvärde 2020' eller ange målåret",
    "problem.values_without_indicator": "raden har värden men inget indikatornamn",
    "problem.indicator_repeated_in_table": "indikatorn finns redan på en tidigare rad i tabellen",
    "problem.indicators_without_direction": {
        "one": (
            "{count} indikator saknar riktning: mot målet räknas högre värde som bättre, men "
            "ingen rangordnas eller kallas bättre på den; lägg till kolumnen 'Riktning' (ökar/minskar)"
        ),
        "other": (
            "{count} indikatorer saknar riktning: mot målet räknas högre värde som bättre, men "
            "ingen rangordnas eller kallas bättre på dem; lägg till kolumnen 'Riktning' (ökar/minskar)"
        ),
    },
    "problem.other_decimal_mark_than_comma": (
        "{text!r} har ett annat decimaltecken än resten av filen (som använder komma); skriv alla tal på samma sätt"
    ),
    "problem.other_decimal_mark_than_point": (
        "{text!r} har ett annat decimaltecken än resten av filen (som använder punkt); skriv alla tal på samma sätt"
    ),
    "problem.conflicting_value": (
        "samma kommun, område, indikator, år och publiceringsdatum finns redan i {first_file} "
        "rad {first_row} men med ett annat värde"
    ),
    "problem.rows_already_loaded": {
        "one": "{count} rad finns redan i data och hoppas över",
        "other": "{count} rader finns redan i data och hoppas över",
    },
    "problem.upload_not_received": "filen kunde inte tas emot; försök igen",
    "problem.upload_too_large": "filen är {size} kB; gränsen är {limit} kB",
    "problem.internal_read_error": (
        "filen kunde inte läsas på grund av ett internt fel; kontakta förvaltaren av Målbild"
    ),
    "problem.folder_without_data_files": "mappen innehåller inga datafiler (.csv eller .xlsx)",
    "problem.path_missing": "filen eller mappen finns inte",
    "problem.no_data_loaded": "inga data kunde läsas in",
    # page frame
    "app.title": "Målbild",
    "app.tagline": "Uppföljning av kommunfullmäktiges mål: utfall mot målvärde",
    "app.skip": "Hoppa till innehållet",
    "app.meeting": "Mötesläge",
    "app.language_switch": "In English",
    "app.language_switch_label": "Switch to English",
    "app.language_switch_lang": "en",
    "app.observations": {"one": "{count} observation", "other": "{count} observationer"},
    "app.files": {"one": "{count} fil", "other": "{count} filer"},
    "app.footer_data": "Data: {rows} från {files}.",
    "app.footer_method": (
        "Status jämför senaste utfall till och med uppföljningsåret med målet för året; utvecklingen jämför "
        "takten hittills med den takt som krävs för att nå målet."
    ),
    "app.statement_link": "Tillgänglighetsredogörelse",
    "app.back_to_dashboard": "Tillbaka till Målbild",
    # filters
    "filters.region": "Urval",
    "filters.municipality": "Kommun",
    "filters.area": "Område",
    "filters.goal_area": "Målområde",
    "filters.all_goal_areas": "Alla målområden",
    "filters.year": "Uppföljningsår",
    "filters.as_of": "Publicerat t.o.m.",
    "filters.peers": "Jämför med",
    "filters.no_peers": "Ingen referens",
    "filters.latest": "Senaste publicering",
    # views
    "nav.label": "Vyer",
    "nav.overview": "Översikt",
    "nav.table": "Tabell och diagram",
    "nav.areas": "Jämför områden",
    "nav.municipalities": "Jämför kommuner",
    "nav.current": "{label} (visas nu)",
    "view.overview_region": "Översikt per målområde",
    "view.details_heading": "Tabell och avvikelser",
    "view.no_data": "Inga data är inlästa.",
    "view.empty_selection": "Inga indikatorer med utfall eller mål för urvalet.",
    "view.gender_coverage": {
        "one": "{shown} av {count} indikator har uppgifter för {who}; de övriga finns under Totalt.",
        "other": "{shown} av {count} indikatorer har uppgifter för {who}; de övriga finns under Totalt.",
    },
    "view.live": {
        "one": "Visar {count} indikator för {goal_area}, {year}",
        "other": "Visar {count} indikatorer för {goal_area}, {year}",
    },
    "view.live_all": "alla målområden",
    "view.areas_heading": "{municipality}: områden jämförda med hela kommunen · {year}",
    "view.areas_live": "Visar områden i {municipality} jämförda med hela kommunen, {year}",
    "view.municipalities_heading": "Kommuner jämförda · {year}",
    "view.municipalities_live": {
        "one": "Visar {count} kommun, {year}",
        "other": "Visar {count} kommuner jämförda, {year}",
    },
    "view.no_data_for": "Det finns inga indikatorer med utfall eller mål för {where} och valt år.",
    # downloads and sharing
    "downloads.label": "Ladda ner tabellen:",
    "downloads.view_required": "Ange view=areas eller view=municipalities.",
    "downloads.goals": "Måluppfyllelse (CSV)",
    "downloads.with_uploads": "Med dina uppladdade data:",
    "tools.region": "Verktyg",
    "tools.image": "Ladda ner bilden:",
    "tools.show_table": "Visa som tabell",
    "share.summary": "Dela och bädda in",
    "share.link": "Länk till den här vyn:",
    "share.copy_link": "Kopiera länk",
    "share.embed_label": "Kod att klistra in:",
    "share.copy_code": "Kopiera koden",
    # overview cards
    "overview.no_indicators": "Inga indikatorer ännu",
    "overview.agenda2030": "Agenda 2030: mål {goals}",
    "overview.about_goal": "Om målet",
    "overview.outcome": "Utfall",
    "overview.target": "Mål {year}",
    "overview.sparkline": "Utfall {values}",
    "overview.fulfilment": "Måluppfyllelse: ",
    "overview.goal_areas": {"one": "{count} målområde:", "other": "{count} målområden:"},
    "overview.with_target": {"one": "{count} indikator med mål:", "other": "{count} indikatorer med mål:"},
    "overview.untargeted": "Följs utan mål ({count})",
    "meeting.page": "{page} av {pages}",
    "meeting.previous": "‹ Föregående",
    "meeting.next": "Nästa ›",
    "meeting.pager": "Målområden",
    "overview.counts": {"one": "{count} indikator: {status}", "other": "{count} indikatorer: {status}"},
    # scorecard
    "table.caption": "Indikatorer, mål och avvikelse {year}",
    "table.indicator": "Indikator",
    "table.outcome": "Utfall",
    "table.target": "Mål {year}",
    "table.gap": "Avvikelse",
    "table.status": "Status",
    "table.source": "Källa",
    "table.whole_outcome": "Utfall hela kommunen",
    "table.unit": "Enhet: {unit}",
    "table.outcome_year": "utfall {year}",
    "table.outcome_source": "Utfall: {source}, publ. {date}",
    "table.target_source": "Mål: {source}, publ. {date}",
    "table.unknown_source": "okänd källa",
    "table.year": "År",
    "table.series": "Serie",
    "table.value": "Värde",
    # data problems
    "problems.no_data": "Inga data kunde läsas in. Rätta filerna nedan; de läses in igen inom några sekunder.",
    "problems.failed": {
        "one": (
            "{count} fil lästes inte in på grund av fel: {files}. Övriga data visas som vanligt. En rättad fil "
            "läses in inom några sekunder."
        ),
        "other": (
            "{count} filer lästes inte in på grund av fel: {files}. Övriga data visas som vanligt. En rättad fil "
            "läses in inom några sekunder."
        ),
    },
    "problems.warnings": {"one": "Data inlästa med {count} varning.", "other": "Data inlästa med {count} varningar."},
    "problems.more": "… och {count} problem till (se /healthz).",
    "problems.show_all": {"one": "Visa problemet", "other": "Visa alla {count} problem"},
    # indicator detail
    "detail.close": "Stäng",
    "detail.comments": "Kommentarer",
    "detail.base": "Basvärde",
    "detail.current": "Senaste utfall",
    "detail.target": "Mål",
    "detail.actual": "Faktisk årlig förändring sedan {year}",
    "detail.required": "Krävd årlig förändring från {year} till målåret",
    "detail.needed": "Behövs per år från {year}",
    "detail.numbers": "Siffrorna bakom",
    "detail.method": "Så räknar vi",
    "detail.method_status": (
        "Status jämför det senaste utfallet till och med uppföljningsåret med målet för året: uppnått, nära målet "
        "(högst 5 % från det som standard) eller ej uppnått. Ett utfall som är mer än två år äldre än "
        "uppföljningsåret är inaktuellt och bedöms inte."
    ),
    "detail.method_progress": (
        "Utvecklingen jämför takten sedan basåret (det första utfallet) med den takt som krävs för att nå målet i "
        "tid. Är basvärde, utfall och mål alla positiva mäts takten som årlig procentuell förändring, annars som "
        "årlig förändring i indikatorns enhet."
    ),
    "detail.method_classes": (
        "Kvoten mellan faktisk och krävd takt ger bedömningen: minst 0,95 i fas, minst 0,6 måttliga framsteg, minst "
        "0,1 små framsteg, från 0 står still och under 0 försämring."
    ),
    "detail.method_spans": (
        "Utvecklingen anges sedan basåret, pilen jämför med föregående utfall och det som behövs räknas från det "
        "senaste utfallet."
    ),
    "detail.method_name_cagr": "årlig procentuell förändring",
    "detail.method_name_linear": "årlig förändring i indikatorns enhet",
    "detail.ratio": "För den här indikatorn är kvoten {ratio} ({method}).",
    "detail.per_year": "{rate} per år",
    "detail.comment_outcome": "Utfall: {text}",
    "detail.comment_target": "Mål: {text}",
    # comparisons
    "compare.region": "Jämförelse",
    "compare.indicator": "Indikator",
    "compare.option_areas": {"one": "{name} ({count} område)", "other": "{name} ({count} områden)"},
    "compare.option_municipalities": {"one": "{name} ({count} kommun)", "other": "{name} ({count} kommuner)"},
    "compare.areas": "Områden att jämföra",
    "compare.areas_hint": "Inga valda: alla områden med uppgifter visas.",
    "compare.municipalities": "Kommuner att jämföra",
    "compare.export": "Ladda ner jämförelsen (CSV)",
    "compare.missing": "saknas",
    "compare.own_target": " (kommunens mål)",
    "compare.area": "Område",
    "compare.whole": "Hela kommunen",
    "compare.difference": "Skillnad",
    "compare.assessment": "Bedömning",
    "compare.target": "Mål",
    "compare.gap": "Avvikelse",
    "compare.municipality": "Kommun",
    "compare.outcome": "Utfall",
    "compare.rank": "Rang",
    "compare.quartile": "Kvartil",
    "compare.rank_of": "{rank} av {count}",
    "compare.areas_caption": "Områden jämförda med hela kommunen {year}",
    "compare.municipalities_caption": "Kommuner jämförda {year}",
    "compare.no_districts": "{municipality} har inga områden med uppgifter att jämföra med hela kommunen.",
    "compare.not_ranked": "Ingen rangordning: uppgifterna anger inte om högre eller lägre värde är bättre.",
    "compare.nothing": "Det finns ingen indikator som minst två kommuner har uppgifter om; inget att jämföra.",
    "quartile.1": "bästa fjärdedelen",
    "quartile.2": "mittersta hälften",
    "quartile.3": "mittersta hälften",
    "quartile.4": "sämsta fjärdedelen",
    # upload
    "upload.summary": "Ladda upp egna data",
    "upload.intro": (
        "CSV (komma, semikolon eller tabb; decimalkomma går bra) eller Excel (.xlsx), antingen i "
        "Målbilds långa format eller som en publicerad tabell med kolumner som ”Utfall 2018” och "
        "”Mål 2019”. Uppgifterna visas bara för dig, i den här webbläsarflikens session."
    ),
    "upload.municipality": "Kommun",
    "upload.municipality_hint": "t.ex. Borås",
    "upload.code": "Kommunkod",
    "upload.code_hint": "t.ex. 1490",
    "upload.goal_area": "Målområde",
    "upload.goal_area_hint": "t.ex. Vård och omsorg",
    "upload.published": "Publicerad",
    "upload.published_hint": "ÅÅÅÅ-MM-DD",
    "upload.source": "Källa",
    "upload.source_hint": "t.ex. Budget 2019",
    "upload.fields_note": "Fälten behövs för publicerade tabeller, som inte har kolumner för kommun och målområde.",
    "upload.drop": "Dra hit en fil eller ",
    "upload.choose": "välj en fil",
    "upload.add": "Lägg till i min vy",
    "upload.clear": "Ta bort mina uppladdade data",
    "upload.warnings": "{name}: varningar",
    "upload.failed": (
        "{name} kunde inte läsas. Rätta felen och ladda upp filen igen; det som redan visas påverkas inte."
    ),
    "upload.preview": "{name}: {rows} rader, {indicators} indikatorer, år {first}–{last}.",
    "upload.added": "Tillagt i din vy: {names}",
    "upload.removed": "Dina uppladdade data är borttagna.",
    "upload.added_one": "{name} är tillagd i din vy.",
    "upload.default_name": "uppladdad.csv",
    "upload.col_year": "År",
    # charts
    "chart.gap_title": "Avvikelse från målen · {place}",
    "chart.gap_axis": "Avvikelse från målet (% av målvärdet)",
    "chart.target_marker": "Mål",
    "chart.no_gap_bars": "Inga indikatorer har både utfall och mål för det valda året.",
    "chart.without_bar": {
        "one": "{count} indikator utan stapel: {statuses}.",
        "other": "{count} indikatorer utan stapel: {statuses}.",
    },
    "chart.no_series": "Indikatorn har inga utfall eller mål i urvalet.",
    "chart.outcome": "Utfall",
    "chart.outcome_whose": "Utfall, {who}",
    "chart.outcome_of": "Utfall {name}",
    "chart.target": "Mål",
    "chart.target_value": "Mål {value}",
    "chart.target_of": "Mål {name}",
    "chart.peer_count": {"one": "{count} kommun", "other": "{count} kommuner"},
    "chart.peer_count_range": "{low}–{high}",
    "chart.peer_median": "{name}: median ({coverage})",
    "chart.peer_median_short": "{name}: median",
    "chart.peer_median_value": "{name}: median {value} ({coverage})",
    "chart.peer_band": "{name}: mittersta hälften (kvartil 1–3)",
    "chart.peer_band_values": "{name}: mittersta hälften {low}–{high}",
    "chart.peer_q1": "{name}: kvartil 1",
    "chart.peer_q3": "{name}: kvartil 3",
    "chart.year": "År",
    "chart.gap_note": "{icon} {status} {year}: {gap}{note}",
    "chart.gap_note_year": " (utfall {year})",
    "chart.lower_better": "lägre värde är bättre",
    "chart.higher_better": "högre värde är bättre",
    "chart.source": "Källa: {source}, publicerad {date}",
    "chart.source_undated": "Källa: {source}",
    "chart.hover_outcome": "Utfall{note}: {value}",
    "chart.hover_target": "Mål {year}: {value}",
    "chart.hover_gap": "Avvikelse: {gap} ({relative})",
    "chart.compare_title": "{name} · {place} {year}",
    "chart.gender_title": "{name} · kvinnor och män · {place} {year}",
    "chart.gender_summary": (
        "Störst skillnad mellan kvinnor och män i {area}: {difference} (kvinnor {women}, män {men})."
    ),
    "chart.gender_summary_equal": {
        "one": "Kvinnor och män har samma utfall i området.",
        "other": "Kvinnor och män har samma utfall i alla {count} områden.",
    },
    "chart.municipalities": "kommuner jämförda",
    "chart.over_time": "{name} över tid · {place}",
    "chart.no_outcome_year": "Inget utfall för det valda året.",
    "chart.no_lines": "Inga utfall att visa över tid.",
    "chart.missing": "saknas",
    "chart.rank": "rang {rank}",
    # chart summaries (the text alternative)
    "summary.peer_median": "{name} {year}: median {value} ({coverage}).",
    "summary.peer_band": "{name} {year}: median {value}, mittersta hälften {low}–{high} ({coverage}).",
    "summary.peer_too_few": {
        "one": "{name} {year}: {count} kommun har ett utfall; en median behöver minst två.",
        "other": "{name} {year}: {count} kommuner har ett utfall; en median behöver minst två.",
    },
    "summary.gap": {
        "one": "{count} indikator med både utfall och mål {year}: {parts}.",
        "other": "{count} indikatorer med både utfall och mål {year}: {parts}.",
    },
    "summary.gap_part": "{count} {status}",
    "summary.gap_none": "Inga indikatorer har både utfall och mål för det valda året.",
    "summary.indicator": "Utfallet {year} var {outcome}, målet {target}; {verdict}.",
    "summary.indicator_no_target": "Utfallet {year} var {outcome}; inget mål är satt för året.",
    "summary.verdict_met": "målet är uppnått",
    "summary.verdict_near": "utfallet är nära målet",
    "summary.verdict_not_met": "målet är inte uppnått",
    "summary.bars": "{title}: {parts}.",
    "summary.empty": "Diagrammet har inga värden att visa.",
    # embed
    "embed.open": "Visa i Målbild",
    "embed.comparison": "Jämförelse",
    "embed.gap_title": "Avvikelse från målen {year}",
    "embed.chart_label": "Diagram: {title}",
    # the sentence that explains progress
    "narrative.met": "Målet för {target_year} ({target}) är nått: utfallet {current_year} var {current}.",
    "narrative.no_outcome": "Det finns inget utfall ännu, så utvecklingen kan inte bedömas.",
    "narrative.one_outcome": "Det finns bara ett utfall ({year}: {value}), så utvecklingen kan inte bedömas ännu.",
    "narrative.not_computable": (
        "Utvecklingen kan inte beräknas: från {base} ({base_year}) till {current} ({current_year}) "
        "finns ingen förändring att mäta i procent, och inget mål att jämföra med."
    ),
    "narrative.no_target": "Inget mål är satt ({better} är bättre).",
    "narrative.lower": "lägre",
    "narrative.higher": "högre",
    "narrative.needs": (
        "Utfallet behöver {verb} med {amount} per år fram till {target_year} för att nå målet ({target})."
    ),
    "narrative.needs_one_year": (
        "Utfallet behöver {verb} med {amount} på ett år för att nå målet {target_year} ({target})."
    ),
    "narrative.needs_now": "Målet för {target_year} ({target}) är inte nått: det saknas {amount}.",
    "narrative.stale": (
        "Det senaste utfallet ({current_year}: {current}) är för gammalt för att bedöma utvecklingen; "
        "den beräknas inte."
    ),
    "narrative.decrease": "minska",
    "narrative.increase": "öka",
    "narrative.still": "Sedan {since} har utfallet legat still.",
    "narrative.rose": "Sedan {since} har utfallet ökat med {rate} per år.",
    "narrative.fell": "Sedan {since} har utfallet minskat med {rate} per år.",
    # notices from the core about values in the URL that do not exist (the Swedish ones are the core's own words)
    "notice.year": "Året {asked} finns inte i urvalet; visar {shown}.",
    "notice.gender": "Uppgifter för {asked} finns inte i data; visar totalt.",
    "gender.T": "alla",
    "gender.K": "kvinnor",
    "gender.M": "män",
    "filters.gender": "Kön",
    "filters.gender_T": "Totalt",
    "filters.gender_K": "Kvinnor",
    "filters.gender_M": "Män",
    "notice.unknown_municipality": "Det finns inga uppgifter för kommunen ”{wanted}” i urvalet; visar {shown}.",
    "notice.unknown_area": "Det finns inga uppgifter för området ”{wanted}” i urvalet; visar {shown}.",
    "notice.unknown_goal_area": "Det finns inga uppgifter för målområdet ”{wanted}” i urvalet; visar {shown}.",
    "notice.indicator": "Indikatorn ”{wanted}” finns inte i urvalet.",
    "notice.areas": {
        "one": "Inga uppgifter för området {names} i urvalet.",
        "other": "Inga uppgifter för områdena {names} i urvalet.",
    },
    "notice.municipalities": "Inga uppgifter om indikatorn för {names}; de är inte med i jämförelsen.",
    "notice.compare_year": "Indikatorn har inga utfall {asked} att jämföra; visar {shown}.",
    "notice.unknown_peers": "Det finns ingen jämförelsegrupp ”{wanted}” i groups.csv; referensen visar alla kommuner.",
    "peers.all": "Alla kommuner",
    "notice.all": "alla",
    # plotly's own texts (the chart toolbar and its tips), by their English originals
    "plotly.Download plot as a PNG": "Ladda ner diagrammet som PNG",
    "plotly.Download plot": "Ladda ner diagrammet",
    "plotly.Zoom": "Zooma",
    "plotly.Pan": "Panorera",
    "plotly.Zoom in": "Zooma in",
    "plotly.Zoom out": "Zooma ut",
    "plotly.Reset axes": "Återställ axlarna",
    "plotly.Autoscale": "Skala automatiskt",
    "plotly.Double-click to zoom back out": "Dubbelklicka för att zooma ut igen",
    "plotly.Toggle Spike Lines": "Visa eller dölj stödlinjer",
    "plotly.Show closest data on hover": "Visa närmaste värde",
    "plotly.Compare data on hover": "Jämför värden",
    "plotly.Taking snapshot - this may take a few seconds": "Tar en bild – det kan ta några sekunder",
    "plotly.Snapshot succeeded": "Bilden är klar",
    "plotly.Sorry, there was a problem downloading your snapshot!": "Det gick inte att ladda ner bilden.",
    # accessibility statement
    "statement.title": "Tillgänglighetsredogörelse för Målbild",
    "statement.intro": (
        "Kommunen som publicerar Målbild står bakom den här webbplatsen. Vi vill att så många som möjligt "
        "ska kunna använda den. Den här redogörelsen beskriver hur Målbild uppfyller lagen (2018:1937) "
        "om tillgänglighet till digital offentlig service, kända tillgänglighetsproblem och hur du kan "
        "rapportera brister till oss så att vi kan åtgärda dem."
    ),
    "statement.status_heading": "Hur tillgänglig är webbplatsen?",
    "statement.status": (
        "Målbild är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund "
        "av de brister som beskrivs nedan."
    ),
    "statement.alternatives_heading": "Vad kan du göra om du inte kan använda delar av webbplatsen?",
    "statement.alternatives": (
        "Varje diagram har en sammanfattning i text och kan visas som tabell. Tabellerna kan laddas "
        "ner som CSV och Excel. Om du behöver innehållet i ett annat format kan du kontakta "
        "kommunen som publicerar Målbild."
    ),
    "statement.report_heading": "Rapportera brister i webbplatsens tillgänglighet",
    "statement.report": (
        "Vi strävar hela tiden efter att förbättra tillgängligheten. Om du upptäcker problem som inte "
        "beskrivs här, eller om du anser att vi inte uppfyller lagens krav, kontakta kommunen som "
        "publicerar Målbild så att vi får veta att problemet finns."
    ),
    "statement.supervision_heading": "Tillsyn",
    "statement.supervision": (
        "Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn över lagen om "
        "tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar "
        "dina synpunkter kan du kontakta Digg och påtala det."
    ),
    "statement.supervision_link": "Anmäl till Digg (digg.se)",
    "statement.technical_heading": "Teknisk information om webbplatsens tillgänglighet",
    "statement.technical": (
        "Webbplatsen är delvis förenlig med WCAG 2.1 nivå AA (standarden EN 301 549), på grund av "
        "de brister som beskrivs nedan."
    ),
    "statement.shortcomings_heading": "Innehåll som inte är tillgängligt",
    "statement.shortcoming_data": (
        "Namn på indikatorer, målområden och källor visas som kommunen publicerat dem och översätts inte."
    ),
    "statement.shortcoming_exports": (
        "Nedladdade PowerPoint-presentationer och diagrambilder (PNG, SVG) har inte granskats för tillgänglighet."
    ),
    "statement.shortcoming_zoom": (
        "Diagrammens zoom och panorering görs med mus; samma uppgifter finns i tabellen under varje diagram."
    ),
    "statement.method_heading": "Hur vi testat webbplatsen",
    "statement.method": (
        "Vi har gjort en självskattning (intern testning) av Målbild. Varje vy (översikt, indikator, "
        "jämförelser, uppladdning och inbäddning) granskas automatiskt med axe-core mot WCAG 2.1 A och "
        "AA på svenska och engelska, och ett test använder sidan med enbart tangentbordet. Det görs "
        "vid varje ändring av Målbild."
    ),
    "statement.dates": "Senaste bedömningen gjordes den {assessed}. Redogörelsen uppdaterades senast den {updated}.",
    "deck.no_indicators_title": "Inga indikatorer",
    "deck.no_indicators": "Det finns inga indikatorer att visa för urvalet.",
    "deck.no_values": "Inga utfall att visa",
    "deck.year": "Uppföljningsår {year}",
    "deck.as_of": "Publicerat t.o.m. {date}",
    "deck.created": "Skapad {date}",
    "deck.summary": "Sammanfattning",
    "deck.indicator_count": {"one": "{count} indikator", "other": "{count} indikatorer"},
    "deck.progress_heading": "Utveckling mot målet",
    "deck.outcome": "Utfall",
    "deck.outcome_year": "Utfall {year}",
    "deck.target": "Mål",
    "deck.target_year": "Mål {year}",
    "deck.gap": "Avvikelse",
    "deck.status": "Status",
    "deck.progress": "Utveckling",
    "deck.trend": "Trend",
    "deck.source": "Källa: {source}, publicerad {date}",
    "deck.target_source": "Mål: {source}, publicerad {date}",
    "deck.months": "januari februari mars april maj juni juli augusti september oktober november december",
    "upload.too_large_reply": "Filen är för stor: gränsen är {size}.",
    # command-line tools (dashboard/cli): python -m dashboard.kolada, .importer and .store print Swedish
    # what the commands that fetch from a web API share (dashboard/cli/fetching.py); {source} is cli.kolada.name,
    # cli.scb.name
    "cli.fetch.help_years": "år: 2020, 2015-2024 eller 2015,2017",
    "cli.fetch.help_goal_area": "målområde för alla rader",
    "cli.fetch.help_gender": "kön som behålls, kommaseparerade: T (totalt), K (kvinnor), M (män); standard: alla tre",
    "cli.fetch.help_base_url": "API-adress (standard {url})",
    "cli.fetch.help_timeout": "sekunder per anrop (standard 30)",
    "cli.fetch.not_years": "{value!r} är inga år: skriv 2020, 2015-2024 eller 2015,2017",
    "cli.fetch.not_genders": "{value!r}: välj ett eller flera kön bland T (totalt), K (kvinnor) och M (män), t.ex. K,M",
    "cli.fetch.not_a_direction": "{value!r} är ingen riktning: increase eller decrease",
    "cli.fetch.not_a_date": "{value!r} är inget datum (ÅÅÅÅ-MM-DD)",
    "cli.fetch.not_an_address": "{value!r} är ingen http(s)-adress",
    "cli.fetch.not_seconds": "{value!r} är inget antal sekunder (mer än 0, högst 3600)",
    "cli.fetch.empty": "tomt",
    "cli.fetch.error": "Fel: {message}",
    "cli.fetch.no_folder": "mappen {folder} finns inte: ingen fil skrevs",
    "cli.fetch.write_failed": "kunde inte skriva {out} ({reason})",
    "cli.fetch.rows": {"one": "{count} rad", "other": "{count} rader"},
    "cli.fetch.municipalities": {"one": "{count} kommun", "other": "{count} kommuner"},
    "cli.fetch.http_error": "{source} svarade {code} för {url}: {advice}",
    "cli.fetch.http_error_said": "{source} svarade {code} för {url} ({said}): {advice}",
    "cli.fetch.advice_later": "försök igen senare",
    "cli.fetch.rate_limited": {
        "one": "{source} begränsar antalet anrop (429) och svarade så {count} gång ({url}): försök igen om en stund",
        "other": (
            "{source} begränsar antalet anrop (429) och svarade så {count} gånger ({url}): försök igen om en stund"
        ),
    },
    "cli.fetch.timeout": {
        "one": "{source} svarade inte inom {count:g} sekund ({url}): försök igen senare eller öka --timeout",
        "other": "{source} svarade inte inom {count:g} sekunder ({url}): försök igen senare eller öka --timeout",
    },
    "cli.fetch.unreachable": "Kunde inte nå {source} ({url}): {reason}",
    "cli.fetch.connection_refused": "anslutningen nekades",
    "cli.fetch.fetch_failed": "Kunde inte hämta {url}: {reason}",
    "cli.fetch.invalid_json": "{source} svarade med ogiltig JSON för {url}",
    "cli.fetch.invalid_data": "De hämtade värdena klarar inte Målbilds dataformat, så inget skrevs: {problems}",
    "cli.fetch.fetched_table": "den hämtade tabellen",
    "cli.fetch.unexpected_answer": "Oväntat svar från {source} för {url}: {field} saknas eller har fel form",
    "cli.fetch.value_count": (
        "Oväntat svar från {source} för {url}: {found} värden där tabellens storlek säger {expected}"
    ),
    "cli.fetch.value_not_number": "Oväntat svar från {source} för {url}: värdet för {cell} är inte ett tal ({value!r})",
    "cli.kolada.name": "Kolada",
    "cli.kolada.description": "Hämta Kolada-nyckeltal till Målbilds CSV-format.",
    "cli.kolada.help_municipality": "kommunkoder eller grupper (G…), kommaseparerade: 1490,2081",
    "cli.kolada.help_kpi": "KPI-id, kommaseparerade",
    "cli.kolada.help_out": "CSV-filen som skrivs, t.ex. data/kolada.csv",
    "cli.kolada.help_direction": "increase (standard) eller decrease, eller per KPI: U21401=decrease,N15428=increase",
    "cli.kolada.help_municipality_name": "egna namn: 1490=Borås,G123=Jämförelsegrupp",
    "cli.kolada.help_published": "publiceringsdatum ÅÅÅÅ-MM-DD (standard: i dag)",
    "cli.kolada.not_municipality_ids": "{ids} är inga kommunkoder (1490) eller kommungrupper (G…)",
    "cli.kolada.not_kpi_ids": "{ids} är inga KPI-id (t.ex. U21401)",
    "cli.kolada.goal_area_empty": "målområdet får inte vara tomt",
    "cli.kolada.not_pairs": "{option} väntar sig ID=värde, kommaseparerat ({value!r})",
    "cli.kolada.direction_not_fetched": "--direction nämner KPI som inte hämtas: {kpis}",
    "cli.kolada.written": "Skrev {rows} till {out}: {kpis} ({kpi_ids}), {municipalities} ({names}), år {first}–{last}.",
    "cli.kolada.kpis": "{count} KPI",
    "cli.kolada.advice_check": "kontrollera KPI-id, kommunkoder och år",
    "cli.kolada.values_missing": "Oväntat svar från Kolada för {url}: listan 'values' saknas",
    "cli.kolada.endless_pages": {
        "one": "Kolada skickade sidor utan slut ({count} sida, senast {url}): hämtningen avbröts",
        "other": "Kolada skickade sidor utan slut ({count} sidor, senast {url}): hämtningen avbröts",
    },
    "cli.kolada.unknown_paging": (
        "Oväntat svar från Kolada för {url}: nästa sida anges som {keys}, som Målbild inte känner igen; inget skrevs"
    ),
    "cli.kolada.next_url_not_address": "Oväntat svar från Kolada för {url}: next_url är inte en adress",
    "cli.kolada.unknown_kpi": "Kolada känner inte till KPI {id} ({url})",
    "cli.kolada.unknown_municipality": "Kolada känner inte till kommunen {id} ({url})",
    "cli.kolada.item_incomplete": (
        "Oväntat svar från Kolada: ett värde saknar kpi, municipality, period eller values ({item})"
    ),
    "cli.kolada.value_not_number": (
        "Oväntat svar från Kolada: värdet för {kpi}, kommun {code}, år {year}, kön {gender} är inte ett tal ({value!r})"
    ),
    "cli.kolada.no_values": {
        "one": "Kolada gav inga värden på {kpis} för kommunen {municipalities}, år {first}–{last}, kön {genders}: "
        "ingen fil skrevs",
        "other": "Kolada gav inga värden på {kpis} för kommunerna {municipalities}, år {first}–{last}, kön {genders}: "
        "ingen fil skrevs",
    },
    "cli.importer.description": "Konvertera och validera filer till Målbilds långa CSV-format.",
    "cli.importer.help_files": "CSV- eller .xlsx-filer",
    "cli.importer.help_out": "den CSV-fil som skrivs, t.ex. data/boras.csv",
    "cli.importer.help_municipality": "kommun, för publicerade tabeller utan kommunkolumn",
    "cli.importer.help_municipality_code": "kommunkod, fyra siffror",
    "cli.importer.help_goal_area": "målområde, för publicerade tabeller",
    "cli.importer.help_area": "område, om tabellen gäller en stadsdel",
    "cli.importer.help_published": "publiceringsdatum, ÅÅÅÅ-MM-DD",
    "cli.importer.help_source": "källa, t.ex. 'Borås Stad, Mål och uppdrag, Budget 2019'",
    "cli.importer.help_target_year": "målår för en kolumn som bara heter 'Målvärde'",
    "cli.importer.help_sheet": "bladets namn i en .xlsx-fil (annars det första bladet)",
    "cli.importer.nothing_written": "Inget skrevs: {count} fel att rätta.",
    "cli.importer.write_failed": "{out}: kunde inte skrivas ({reason})",
    "cli.importer.written": "Skrev {out}: {summary}.",
    "cli.importer.summary": "{rows}, {indicators}, år {first}–{last}, kommuner: {municipalities}",
    "cli.importer.rows": {"one": "{count} rad", "other": "{count} rader"},
    "cli.importer.indicators": {"one": "{count} indikator", "other": "{count} indikatorer"},
    "cli.fill_cache.description": "Validera datafiler och spara dem i Målbilds binära cache.",
    "cli.fill_cache.help_path": "datafilen eller mappen med datafiler som valideras (som MALBILD_DATA)",
    "cli.fill_cache.help_cache_dir": "cachemappen (standard: MALBILD_CACHE_DIR, annars .cache/data)",
    "cli.fill_cache.cache_off": "MALBILD_CACHE_DIR=off: ingen cache att fylla.",
    "cli.fill_cache.no_data_files": "{path}: här finns inga datafiler (.csv eller .xlsx); ingenting lagrades.",
    # settings from the environment (dashboard.settings.SettingsError, dashboard.web.security)
    "settings.not_an_integer": "{name} måste vara ett heltal, fick {value!r}",
    "settings.not_a_number": "{name} måste vara ett tal, fick {value!r}",
    "settings.not_a_fraction": "{name} måste ligga mellan 0 och 1 (t.ex. 0.05 för 5 %)",
    "settings.not_a_share": "{name} måste vara en andel större än 0 och högst 1 (t.ex. 0.5 för hälften)",
    "settings.not_a_site": "{name}: {value!r} är ingen webbplats (t.ex. https://intranat.example.se)",
    "settings.unknown_auth": "{name} kan vara 'basic' eller tomt, fick {value!r}",
    "settings.no_such_file": "{name}: filen {value!r} finns inte",
    "settings.not_positive": "{name} måste vara ett heltal större än 0",
    "settings.not_a_memory_size": "{name} måste vara en minnesstorlek över 0, som 512MB eller 2GB, fick {value!r}",
    "settings.negative": "{name} kan inte vara negativt",
    "settings.users_file_unreadable": "{name} kunde inte läsas: {reason}",
    "settings.users_malformed": "{name}: skriv användare som namn:lösenord, åtskilda med komma eller radbrytning",
    "settings.users_missing": "MALBILD_AUTH=basic kräver användare i MALBILD_USERS eller MALBILD_USERS_FILE",
}
