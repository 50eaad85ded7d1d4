"""Svenska: every user-facing string (the default language)."""
from dashboard.gaps import MET, NEAR, NO_OUTCOME, NO_TARGET, NOT_MET
from dashboard.progress import (CLEAR_IMPROVEMENT, DETERIORATION, LIMITED_PROGRESS, MODERATE_IMPROVEMENT,
                                MODERATE_PROGRESS, NOT_COMPUTABLE, ON_TRACK, TARGET_MET, TOO_LITTLE_DATA,
                                WEAK_IMPROVEMENT)

TEXT = {
    # statuses and progress: the data's own Swedish labels
    "status.met": MET, "status.near": NEAR, "status.not_met": NOT_MET, "status.no_outcome": NO_OUTCOME,
    "status.no_target": NO_TARGET,
    "progress.target_met": TARGET_MET, "progress.on_track": ON_TRACK, "progress.moderate": MODERATE_PROGRESS,
    "progress.limited": LIMITED_PROGRESS, "progress.deterioration": DETERIORATION,
    "progress.clear_improvement": CLEAR_IMPROVEMENT, "progress.moderate_improvement": MODERATE_IMPROVEMENT,
    "progress.weak_improvement": WEAK_IMPROVEMENT, "progress.too_little_data": TOO_LITTLE_DATA,
    "progress.not_computable": NOT_COMPUTABLE,
    "trend.better": "bättre än föregående utfall ({year})", "trend.unchanged": "oförändrat mot föregående utfall ({year})",
    "trend.worse": "sämre än föregående utfall ({year})",
    "assessment.bättre": "bättre", "assessment.sämre": "sämre", "assessment.lika": "lika",
    "area.whole": "Hela kommunen",

    # page frame
    "app.title": "Målbild",
    "app.tagline": "Uppföljning av kommunfullmäktiges mål: utfall mot målvärde",
    "app.skip": "Hoppa till innehållet",
    "app.meeting": "Mötesläge",
    "app.language_switch": "In English",
    "app.language_switch_label": "Switch to English",
    "app.language_switch_lang": "en",
    "app.footer_data": "Data: {rows} observationer från {files} fil(er).",
    "app.footer_method": ("Status jämför senaste utfall till och med uppföljningsåret med målet för året; "
                          "utvecklingen mäts med Open SDG:s framstegsmått."),
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
    "filters.latest": "Senaste publicering",

    # views
    "nav.label": "Vyer",
    "nav.overview": "Översikt",
    "nav.areas": "Jämför områden",
    "nav.municipalities": "Jämför kommuner",
    "nav.current": "{label} (visas nu)",
    "view.overview_region": "Översikt per målområde",
    "view.details_heading": "Tabell och avvikelser",
    "view.no_data": "Inga data är inlästa.",
    "view.empty_selection": "Inga indikatorer med utfall eller mål för urvalet.",
    "view.live": "Visar {count} indikatorer för {goal_area}, {year}",
    "view.live_all": "alla målområden",
    "view.areas_heading": "{municipality}: områden jämförda med hela kommunen · {year}",
    "view.areas_live": "Visar områden i {municipality} jämförda med hela kommunen, {year}",
    "view.municipalities_heading": "Kommuner jämförda · {year}",
    "view.municipalities_live": "Visar {count} kommuner jämförda, {year}",
    "view.no_data_for": "Det finns inga indikatorer med utfall eller mål för {where} och valt år.",

    # downloads and sharing
    "downloads.label": "Ladda ner tabellen:",
    "downloads.with_uploads": "Med dina uppladdade data:",
    "tools.image": "Ladda ner bilden:",
    "tools.show_table": "Visa som tabell",
    "share.summary": "Dela och bädda in",
    "share.link": "Länk till den här vyn:",
    "share.copy_link": "Kopiera länk",
    "share.embed_label": "Kod för att bädda in diagrammet på en annan sida (lägg till &embed=scorecard för tabellen):",
    "share.copy_code": "Kopiera koden",

    # overview cards
    "overview.no_indicators": "Inga indikatorer ännu",
    "overview.progress": "Utveckling",
    "overview.progress_counts": "Utveckling: {parts}",
    "overview.agenda2030": "Agenda 2030: mål {goals}",
    "overview.about_goal": "Om målet",
    "overview.coverage": "{covered} av {total} mål har indikatorer, {missing} saknar.",
    "overview.outcome": "Utfall",
    "overview.target": "Mål {year}",
    "overview.comment": "Kommentar",
    "overview.sparkline": "Utfall {values}",
    "overview.counts": "{count} indikator(er): {status}",

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
    "problems.failed": ("{count} fil(er) lästes inte in på grund av fel: {files}. Övriga data visas som vanligt. "
                        "En rättad fil läses in inom några sekunder."),
    "problems.warnings": "Data inlästa med {count} varning(ar).",
    "problems.more": "… och {count} problem till (se /healthz).",
    "problems.show_all": "Visa alla {count} problem",

    # indicator detail
    "detail.close": "Stäng",
    "detail.progress": "Utveckling: {status}",
    "detail.comments": "Kommentarer",
    "detail.base": "Basvärde",
    "detail.current": "Senaste utfall",
    "detail.target": "Mål",
    "detail.actual": "Faktisk årlig förändring",
    "detail.required": "Krävd årlig förändring",
    "detail.ratio": "Kvot faktisk/krävd förändring (R)",
    "detail.per_year": "{rate} per år",
    "detail.comment_outcome": "Utfall: {text}",
    "detail.comment_target": "Mål: {text}",

    # comparisons
    "compare.region": "Jämförelse",
    "compare.indicator": "Indikator",
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
    "compare.nothing": "Det finns inga uppgifter att jämföra i urvalet.",
    "quartile.1": "bästa fjärdedelen", "quartile.2": "mittersta hälften", "quartile.3": "mittersta hälften",
    "quartile.4": "sämsta fjärdedelen",

    # upload
    "upload.summary": "Ladda upp egna data",
    "upload.intro": ("CSV (komma, semikolon eller tabb; decimalkomma går bra) eller Excel (.xlsx), antingen i "
                     "Målbilds långa format eller som en publicerad tabell med kolumner som ”Utfall 2018” och "
                     "”Mål 2019”. Uppgifterna visas bara för dig, i den här webbläsarflikens session."),
    "upload.municipality": "Kommun", "upload.municipality_hint": "t.ex. Borås",
    "upload.code": "Kommunkod", "upload.code_hint": "t.ex. 1490",
    "upload.goal_area": "Målområde", "upload.goal_area_hint": "t.ex. Vård och omsorg",
    "upload.published": "Publicerad", "upload.published_hint": "ÅÅÅÅ-MM-DD",
    "upload.source": "Källa", "upload.source_hint": "t.ex. Budget 2019",
    "upload.fields_note": "Fälten behövs för publicerade tabeller, som inte har kolumner för kommun och målområde.",
    "upload.drop": "Dra hit en fil eller ",
    "upload.choose": "välj en fil",
    "upload.add": "Lägg till i min vy",
    "upload.clear": "Ta bort mina uppladdade data",
    "upload.warnings": "{name}: varningar",
    "upload.failed": "{name} kunde inte läsas. Rätta felen och ladda upp filen igen; det som redan visas påverkas inte.",
    "upload.preview": "{name}: {rows} rader, {indicators} indikatorer, år {first}–{last}.",
    "upload.added": "Tillagt i din vy: {names}",
    "upload.removed": "Dina uppladdade data är borttagna.",
    "upload.added_one": "{name} är tillagd i din vy.",
    "upload.default_name": "uppladdad.csv",
    "upload.col_year": "År",

    # charts
    "chart.gap_title": "Avvikelse från målen {year}, {area}",
    "chart.gap_axis": "Avvikelse från målet (% av målvärdet)",
    "chart.target_marker": "Mål",
    "chart.no_gap_bars": "Inga indikatorer har både utfall och mål för det valda året.",
    "chart.without_bar": "{count} indikator(er) utan stapel: {statuses}.",
    "chart.no_series": "Indikatorn har inga utfall eller mål i urvalet.",
    "chart.outcome": "Utfall",
    "chart.outcome_of": "Utfall {name}",
    "chart.target": "Mål",
    "chart.target_value": "Mål {value}",
    "chart.target_of": "Mål {name}",
    "chart.year": "År",
    "chart.gap_note": "{icon} {status} {year}: {gap}{note}",
    "chart.gap_note_year": " (utfall {year})",
    "chart.lower_better": "lägre värde är bättre",
    "chart.higher_better": "högre värde är bättre",
    "chart.source": "Källa: {source}, publicerad {date}",
    "chart.source_undated": "Källa: {source}",
    "chart.more_sources": "… och {count} källor till (se tabellen)",
    "chart.hover_outcome": "Utfall{note}: {value}",
    "chart.hover_target": "Mål {year}: {value}",
    "chart.hover_gap": "Avvikelse: {gap} ({relative})",
    "chart.over_time": "{name} över tid",
    "chart.no_outcome_year": "Inget utfall för det valda året.",
    "chart.no_lines": "Inga utfall att visa över tid.",
    "chart.missing": "saknas",
    "chart.rank": "rang {rank}",

    # chart summaries (the text alternative)
    "summary.gap": "{count} indikatorer med både utfall och mål {year}: {parts}.",
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
    "narrative.not_computable": ("Utvecklingen kan inte beräknas: från {base} ({base_year}) till {current} "
                                 "({current_year}) byter värdet tecken eller så saknas en förändring att jämföra med."),
    "narrative.no_target": "Inget mål är satt ({better} är bättre); utfallet har {actual}.",
    "narrative.lower": "lägre", "narrative.higher": "högre",
    "narrative.needs": "Utfallet behöver {need} med {required} per år för att nå målet {target_year} ({target}); det har {actual}.",
    "narrative.decrease": "minska", "narrative.increase": "öka",
    "narrative.still": "legat still sedan {since}",
    "narrative.rose": "ökat med {rate} per år sedan {since}",
    "narrative.fell": "minskat med {rate} per år sedan {since}",

    # notices from the core about values in the URL that do not exist (the Swedish ones are the core's own words)
    "notice.year": "Året {asked} finns inte i urvalet; visar {shown}.",
    "notice.unknown": "Det finns inga uppgifter för {what} ”{wanted}” i urvalet; visar {shown}.",
    "notice.indicator": "Indikatorn ”{wanted}” finns inte i urvalet.",
    "notice.areas": "Inga uppgifter för område {names} i urvalet.",
    "notice.municipalities": "Inga uppgifter för {names} om indikatorn.",
    "notice.compare_year": "Indikatorn har inga utfall {asked} att jämföra; visar {shown}.",
    "notice.what.kommunen": "kommunen", "notice.what.området": "området", "notice.what.målområdet": "målområdet",
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
    "statement.intro": ("Kommunen som publicerar Målbild står bakom den här webbplatsen. Vi vill att så många som möjligt "
                        "ska kunna använda den. Den här redogörelsen beskriver hur Målbild uppfyller lagen (2018:1937) "
                        "om tillgänglighet till digital offentlig service, kända tillgänglighetsproblem och hur du kan "
                        "rapportera brister till oss så att vi kan åtgärda dem."),
    "statement.status_heading": "Hur tillgänglig är webbplatsen?",
    "statement.status": ("Målbild är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund "
                         "av de brister som beskrivs nedan."),
    "statement.alternatives_heading": "Vad kan du göra om du inte kan använda delar av webbplatsen?",
    "statement.alternatives": ("Varje diagram har en sammanfattning i text och kan visas som tabell. Tabellerna kan laddas "
                               "ner som CSV och Excel. Om du behöver innehållet i ett annat format kan du kontakta "
                               "kommunen som publicerar Målbild."),
    "statement.report_heading": "Rapportera brister i webbplatsens tillgänglighet",
    "statement.report": ("Vi strävar hela tiden efter att förbättra tillgängligheten. Om du upptäcker problem som inte "
                         "beskrivs här, eller om du anser att vi inte uppfyller lagens krav, kontakta kommunen som "
                         "publicerar Målbild så att vi får veta att problemet finns."),
    "statement.supervision_heading": "Tillsyn",
    "statement.supervision": ("Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn över lagen om "
                              "tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar "
                              "dina synpunkter kan du kontakta Digg och påtala det."),
    "statement.supervision_link": "Anmäl till Digg (digg.se)",
    "statement.technical_heading": "Teknisk information om webbplatsens tillgänglighet",
    "statement.technical": ("Webbplatsen är delvis förenlig med WCAG 2.1 nivå AA (standarden EN 301 549), på grund av "
                            "de brister som beskrivs nedan."),
    "statement.shortcomings_heading": "Innehåll som inte är tillgängligt",
    "statement.shortcoming_problems": ("Meddelanden om fel i datafiler och uppladdade filer finns bara på svenska, "
                                       "även i den engelska versionen."),
    "statement.shortcoming_data": ("Namn på indikatorer, målområden och källor visas som kommunen publicerat dem och "
                                   "översätts inte."),
    "statement.shortcoming_exports": ("Nedladdade PowerPoint-presentationer och diagrambilder (PNG, SVG) har inte "
                                      "granskats för tillgänglighet och är på svenska."),
    "statement.shortcoming_zoom": ("Diagrammens zoom och panorering görs med mus; samma uppgifter finns i tabellen under "
                                   "varje diagram."),
    "statement.method_heading": "Hur vi testat webbplatsen",
    "statement.method": ("Vi har gjort en självskattning (intern testning) av Målbild. Varje vy (översikt, indikator, "
                         "jämförelser, uppladdning och inbäddning) granskas automatiskt med axe-core mot WCAG 2.1 A och "
                         "AA på svenska och engelska, och ett test använder sidan med enbart tangentbordet. Det görs "
                         "vid varje ändring av Målbild."),
    "statement.dates": "Senaste bedömningen gjordes den {assessed}. Redogörelsen uppdaterades senast den {updated}.",
}
