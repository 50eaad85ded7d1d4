"""English: the same keys as sv.py. Data (indicator names, goal areas, sources) stays as published."""

TEXT = {
    "status.met": "Met",
    "status.near": "Close to target",
    "status.not_met": "Not met",
    "status.no_outcome": "No outcome",
    "status.no_target": "No target",
    "progress.target_met": "Target met",
    "progress.on_track": "On track",
    "progress.moderate_progress": "Moderate progress",
    "progress.limited_progress": "Limited progress",
    "progress.deterioration": "Deterioration",
    "progress.clear_improvement": "Clear improvement",
    "progress.moderate_improvement": "Moderate improvement",
    "progress.weak_improvement": "Weak improvement",
    "progress.too_little_data": "Too little data",
    "progress.not_computable": "Cannot be computed",
    "trend.better": "better than the previous outcome ({year})",
    "trend.unchanged": "unchanged from the previous outcome ({year})",
    "trend.worse": "worse than the previous outcome ({year})",
    "assessment.better": "better",
    "assessment.worse": "worse",
    "assessment.equal": "equal",
    "trend.word.better": "better",
    "trend.word.unchanged": "unchanged",
    "trend.word.worse": "worse",
    "span.progress_since": "{progress} since {year}",
    "span.trend_last_year": "{trend} over the last year ({previous} → {current})",
    "span.trend_since": "{trend} since {year} ({previous} → {current})",
    "span.outcome_of_year": "outcome {year}",
    "rule.met": {"one": "{met} of {count} judged indicator met", "other": "{met} of {count} judged indicators met"},
    "rule.near": "{count} close to the target",
    "rule.not_judged": "{count} with a target cannot be judged",
    "rule.without_target": "{count} without a target",
    "rule.no_indicators": "no indicators yet",
    "rule.no_target": "no indicator has a target",
    "rule.too_few": {
        "one": "only {judged} of {count} indicator with a target can be judged",
        "other": "only {judged} of {count} indicators with a target can be judged",
    },
    "status.stale": "Outcome out of date",
    "progress.standing_still": "Standing still",
    "progress.unchanged": "Unchanged",
    "fulfilment.fulfilled": "Fulfilled",
    "fulfilment.partly": "Partly fulfilled",
    "fulfilment.not_fulfilled": "Not fulfilled",
    "fulfilment.not_assessable": "Cannot be assessed",
    "area.whole": "Whole municipality",
    # problems in data files and uploads (dashboard.domain.problems): where, then what
    "problem.where_row": "row {row}",
    "problem.where_column": "column {column}",
    "problem.warning": "Warning: ",
    "problem.value_missing": "value missing (required column)",
    "problem.row_without_values": "the row has neither outcome nor target and is skipped",
    "problem.duplicate_key": (
        "duplicate: same municipality, area, indicator, year and publication date as row {first_row}"
    ),
    "problem.duplicate_key_in_file": (
        "duplicate: same municipality, area, indicator, year and publication date as {first_file} row {first_row}"
    ),
    "problem.column_without_heading": "the column has no heading and is ignored",
    "problem.column_repeated": "the column appears more than once",
    "problem.required_column_missing": "required column is missing",
    "problem.value_column_missing": "at least one of the columns outcome and target is required",
    "problem.unknown_column": "unknown column, ignored",
    "problem.not_a_number": "{text!r} is not a number",
    "problem.not_a_number_decimal_comma": "{text!r} is not a number (use a decimal point: {fixed})",
    "problem.not_a_year": "{text!r} is not a year (a whole number, e.g. 2020)",
    "problem.unknown_direction": "{text!r} is not a known direction (increase or decrease)",
    "problem.unknown_gender": "{text!r} is not a known gender: T (total), K (women) or M (men)",
    "problem.not_a_date": "{text!r} is not a date (YYYY-MM-DD)",
    "problem.not_a_municipality_code": "{text!r} is not a municipality code (four digits, e.g. 0114)",
    "problem.goal_repeated": "the same goal is already in the same goal area",
    "problem.not_a_global_goal": "{values} is not one of the global goals 1–17 (write e.g. 3;4;10)",
    "problem.group_member_repeated": "the municipality {name!r} is already in the group {group!r} on row {first_row}",
    "problem.group_name_reserved": "a group cannot be called {name!r}: 'alla' means every municipality",
    "problem.group_member_without_data": (
        "the municipality {name!r} in the group {group!r} has no figures and is not counted"
    ),
    "problem.file_unreadable": "the file could not be read ({reason})",
    "problem.macro_workbook_suffix": "macro-enabled workbooks are not accepted: save as .xlsx or CSV",
    "problem.old_excel_format": "the old Excel format .xls is not read: save as .xlsx or CSV",
    "problem.unknown_file_type": "the file type {suffix} is not read: use CSV or .xlsx",
    "problem.zip_without_xlsx_suffix": "the file is an Excel or zip file: name it .xlsx",
    "problem.utf16_without_bom": "the file seems to be UTF-16 without a byte order mark: save it as CSV UTF-8",
    "problem.binary_content": "the file contains binary characters and does not look like text: save it as CSV",
    "problem.unknown_encoding": "unknown character encoding: save the file as CSV UTF-8",
    "problem.read_as_windows_1252": "the file is not UTF-8 and was read as Windows-1252",
    "problem.file_empty": "the file is empty",
    "problem.csv_unreadable": "the file could not be read as CSV: check the delimiter and quotes",
    "problem.csv_unreadable_because": "the file could not be read as CSV ({reason})",
    "problem.field_count": "the row has {seen} fields but the header row has {expected}",
    "problem.unclosed_quote": 'a quote (") is opened but never closed',
    "problem.workbook_has_macros": "the workbook contains macros and is not accepted",
    "problem.workbook_too_large": "the workbook unpacks to {size} MB and is not accepted (limit {limit} MB)",
    "problem.workbook_unreadable": "the file is not a readable .xlsx workbook ({reason})",
    "problem.sheet_missing": "the sheet {sheet!r} does not exist; the sheets are {sheets}",
    "problem.sheet_empty": "the sheet is empty",
    "problem.formula_without_value": (
        "the cell has a formula without a saved value: open the file in Excel and save it again"
    ),
    "problem.header_only": "the file has only a header row and no values",
    "problem.no_delimiter": "found no delimiter: separate the columns with commas, semicolons or tabs",
    "problem.mixed_delimiters": "the row seems to use another delimiter than the header row",
    "problem.too_many_rows": "the file has more than {limit} rows; split it",
    "problem.values_without_heading": "the column has values but no heading",
    "problem.too_many_columns": "the file has {count} columns; the limit is {limit}",
    "problem.cell_too_long": "the cell is {count} characters long; the limit is {limit}",
    "problem.table_municipality_missing": "give the table's municipality (the option {option})",
    "problem.table_goal_area_missing": "give the table's goal area (the option {option})",
    "problem.unknown_table_heading": (
        "unknown column heading: expected e.g. 'Utfall 2018', 'Mål 2019', 'Målvärde 2020' or a year"
    ),
    "problem.table_column_without_year": "the column has no year: write e.g. 'Målvärde 2020' or give the target year",
    "problem.values_without_indicator": "the row has values but no indicator name",
    "problem.indicator_repeated_in_table": "the indicator is already on an earlier row of the table",
    "problem.indicators_without_direction": {
        "one": (
            "{count} indicator has no direction: against its target a higher value counts as "
            "better, but nothing is ranked or called better on it; add the column 'Riktning' (ökar/minskar)"
        ),
        "other": (
            "{count} indicators have no direction: against their targets a higher value counts as "
            "better, but nothing is ranked or called better on them; add the column 'Riktning' (ökar/minskar)"
        ),
    },
    "problem.other_decimal_mark_than_comma": (
        "{text!r} has another decimal mark than the rest of the file (which "
        "uses commas); write every number the same way"
    ),
    "problem.other_decimal_mark_than_point": (
        "{text!r} has another decimal mark than the rest of the file (which "
        "uses points); write every number the same way"
    ),
    "problem.conflicting_value": (
        "the same municipality, area, indicator, year and publication date is already in "
        "{first_file} row {first_row} but with another value"
    ),
    "problem.rows_already_loaded": {
        "one": "{count} row is already in the data and is skipped",
        "other": "{count} rows are already in the data and are skipped",
    },
    "problem.upload_not_received": "the file could not be received; try again",
    "problem.upload_too_large": "the file is {size} kB; the limit is {limit} kB",
    "problem.internal_read_error": (
        "the file could not be read because of an internal error; contact Målbild's administrator"
    ),
    "problem.folder_without_data_files": "the folder contains no data files (.csv or .xlsx)",
    "problem.path_missing": "the file or folder does not exist",
    "problem.no_data_loaded": "no data could be loaded",
    "app.title": "Målbild",
    "app.tagline": "Follow-up of the municipal council's goals: outcome against target",
    "app.skip": "Skip to content",
    "app.meeting": "Meeting mode",
    "app.language_switch": "På svenska",
    "app.language_switch_label": "Byt till svenska",
    "app.language_switch_lang": "sv",
    "app.observations": {"one": "{count} observation", "other": "{count} observations"},
    "app.files": {"one": "{count} file", "other": "{count} files"},
    "app.footer_data": "Data: {rows} from {files}.",
    "app.footer_method": (
        "Status compares the latest outcome up to the follow-up year with the target for that year; progress "
        "compares the pace so far with the pace needed to reach the target."
    ),
    "app.statement_link": "Accessibility statement",
    "app.back_to_dashboard": "Back to Målbild",
    "filters.region": "Selection",
    "filters.municipality": "Municipality",
    "filters.area": "Area",
    "filters.goal_area": "Goal area",
    "filters.all_goal_areas": "All goal areas",
    "filters.year": "Follow-up year",
    "filters.as_of": "Published up to",
    "filters.peers": "Compare with",
    "filters.no_peers": "No reference",
    "filters.latest": "Latest publication",
    "nav.label": "Views",
    "nav.overview": "Overview",
    "nav.table": "Table and chart",
    "nav.areas": "Compare areas",
    "nav.municipalities": "Compare municipalities",
    "nav.current": "{label} (shown now)",
    "view.overview_region": "Overview by goal area",
    "view.details_heading": "Table and gaps",
    "view.no_data": "No data is loaded.",
    "view.empty_selection": "No indicators with an outcome or a target for the selection.",
    "view.gender_coverage": {
        "one": "{shown} of {count} indicator has figures for {who}; the others are under Total.",
        "other": "{shown} of {count} indicators have figures for {who}; the others are under Total.",
    },
    "view.live": {
        "one": "Showing {count} indicator for {goal_area}, {year}",
        "other": "Showing {count} indicators for {goal_area}, {year}",
    },
    "view.live_all": "all goal areas",
    "view.areas_heading": "{municipality}: areas compared with the whole municipality · {year}",
    "view.areas_live": "Showing areas in {municipality} compared with the whole municipality, {year}",
    "view.municipalities_heading": "Municipalities compared · {year}",
    "view.municipalities_live": {
        "one": "Showing {count} municipality, {year}",
        "other": "Showing {count} municipalities compared, {year}",
    },
    "view.no_data_for": "There are no indicators with an outcome or a target for {where} and the chosen year.",
    "downloads.label": "Download the table:",
    "downloads.view_required": "Give view=areas or view=municipalities.",
    "downloads.goals": "Goal fulfilment (CSV)",
    "downloads.with_uploads": "With your uploaded data:",
    "tools.region": "Tools",
    "tools.image": "Download the image:",
    "tools.show_table": "Show as table",
    "share.summary": "Share and embed",
    "share.link": "Link to this view:",
    "share.copy_link": "Copy link",
    "share.embed_label": "Code to paste:",
    "share.copy_code": "Copy the code",
    "overview.no_indicators": "No indicators yet",
    "overview.agenda2030": "Agenda 2030: goal {goals}",
    "overview.about_goal": "About the goal",
    "overview.outcome": "Outcome",
    "overview.target": "Target {year}",
    "overview.sparkline": "Outcome {values}",
    "overview.fulfilment": "Goal fulfilment: ",
    "overview.goal_areas": {"one": "{count} goal area:", "other": "{count} goal areas:"},
    "overview.with_target": {"one": "{count} indicator with a target:", "other": "{count} indicators with a target:"},
    "overview.untargeted": "Followed without a target ({count})",
    "meeting.page": "{page} of {pages}",
    "meeting.previous": "‹ Previous",
    "meeting.next": "Next ›",
    "meeting.pager": "Goal areas",
    "overview.counts": {"one": "{count} indicator: {status}", "other": "{count} indicators: {status}"},
    "table.caption": "Indicators, targets and gaps {year}",
    "table.indicator": "Indicator",
    "table.outcome": "Outcome",
    "table.target": "Target {year}",
    "table.gap": "Gap",
    "table.status": "Status",
    "table.source": "Source",
    "table.whole_outcome": "Outcome whole municipality",
    "table.unit": "Unit: {unit}",
    "table.outcome_year": "outcome {year}",
    "table.outcome_source": "Outcome: {source}, publ. {date}",
    "table.target_source": "Target: {source}, publ. {date}",
    "table.unknown_source": "unknown source",
    "table.year": "Year",
    "table.series": "Series",
    "table.value": "Value",
    "problems.no_data": "No data could be loaded. Correct the files below; they are read again within a few seconds.",
    "problems.failed": {
        "one": (
            "{count} file was not loaded because of errors: {files}. Other data is shown as usual. A corrected "
            "file is loaded within a few seconds."
        ),
        "other": (
            "{count} files were not loaded because of errors: {files}. Other data is shown as usual. A corrected "
            "file is loaded within a few seconds."
        ),
    },
    "problems.warnings": {"one": "Data loaded with {count} warning.", "other": "Data loaded with {count} warnings."},
    "problems.more": {
        "one": "… and {count} more problem (see /healthz).",
        "other": "… and {count} more problems (see /healthz).",
    },
    "problems.show_all": {"one": "Show the problem", "other": "Show all {count} problems"},
    "detail.close": "Close",
    "detail.comments": "Comments",
    "detail.base": "Base value",
    "detail.current": "Latest outcome",
    "detail.target": "Target",
    "detail.actual": "Actual yearly change since {year}",
    "detail.required": "Required yearly change from {year} to the target year",
    "detail.needed": "Needed per year from {year}",
    "detail.numbers": "The numbers behind it",
    "detail.method": "How it is computed",
    "detail.method_status": (
        "The status compares the latest outcome up to the follow-up year with the target for the year: met, close "
        "to the target (at most 5 % from it by default) or not met. An outcome more than two years older than the "
        "follow-up year is out of date and not judged."
    ),
    "detail.method_progress": (
        "Progress compares the pace since the base year (the first outcome) with the pace needed to reach the "
        "target in time. When the base, the outcome and the target are all positive the pace is a yearly "
        "percentage change, otherwise a yearly change in the indicator's unit."
    ),
    "detail.method_classes": (
        "The ratio of the actual to the needed pace gives the verdict: at least 0.95 on track, at least 0.6 moderate "
        "progress, at least 0.1 limited progress, from 0 standing still and below 0 deterioration."
    ),
    "detail.method_spans": (
        "Progress is given since the base year, the arrow compares with the previous outcome, and what is needed is "
        "counted from the latest outcome."
    ),
    "detail.method_name_cagr": "yearly percentage change",
    "detail.method_name_linear": "yearly change in the indicator's unit",
    "detail.ratio": "For this indicator the ratio is {ratio} ({method}).",
    "detail.per_year": "{rate} per year",
    "detail.comment_outcome": "Outcome: {text}",
    "detail.comment_target": "Target: {text}",
    "compare.region": "Comparison",
    "compare.indicator": "Indicator",
    "compare.option_areas": {"one": "{name} ({count} area)", "other": "{name} ({count} areas)"},
    "compare.option_municipalities": {
        "one": "{name} ({count} municipality)",
        "other": "{name} ({count} municipalities)",
    },
    "compare.areas": "Areas to compare",
    "compare.areas_hint": "None chosen: every area with data is shown.",
    "compare.municipalities": "Municipalities to compare",
    "compare.export": "Download the comparison (CSV)",
    "compare.missing": "missing",
    "compare.own_target": " (the municipality's target)",
    "compare.area": "Area",
    "compare.whole": "Whole municipality",
    "compare.difference": "Difference",
    "compare.assessment": "Assessment",
    "compare.target": "Target",
    "compare.gap": "Gap",
    "compare.municipality": "Municipality",
    "compare.outcome": "Outcome",
    "compare.rank": "Rank",
    "compare.quartile": "Quartile",
    "compare.rank_of": "{rank} of {count}",
    "compare.areas_caption": "Areas compared with the whole municipality {year}",
    "compare.municipalities_caption": "Municipalities compared {year}",
    "compare.no_districts": "{municipality} has no districts with figures to compare with the whole municipality.",
    "compare.not_ranked": "Not ranked: the data does not say whether a higher or a lower value is better.",
    "compare.nothing": "No indicator has figures for at least two municipalities; there is nothing to compare.",
    "quartile.1": "best quarter",
    "quartile.2": "middle half",
    "quartile.3": "middle half",
    "quartile.4": "worst quarter",
    "upload.summary": "Upload your own data",
    "upload.intro": (
        "CSV (comma, semicolon or tab; decimal comma is fine) or Excel (.xlsx), either in Målbild's "
        "long format or as a published table with columns such as “Utfall 2018” and “Mål 2019”. "
        "The data is shown only to you, in this browser tab's session."
    ),
    "upload.municipality": "Municipality",
    "upload.municipality_hint": "e.g. Borås",
    "upload.code": "Municipality code",
    "upload.code_hint": "e.g. 1490",
    "upload.goal_area": "Goal area",
    "upload.goal_area_hint": "e.g. Vård och omsorg",
    "upload.published": "Published",
    "upload.published_hint": "YYYY-MM-DD",
    "upload.source": "Source",
    "upload.source_hint": "e.g. Budget 2019",
    "upload.fields_note": (
        "The fields are needed for published tables, which have no municipality and goal area columns."
    ),
    "upload.drop": "Drop a file here or ",
    "upload.choose": "choose a file",
    "upload.add": "Add to my view",
    "upload.clear": "Remove my uploaded data",
    "upload.warnings": "{name}: warnings (in Swedish)",
    "upload.failed": (
        "{name} could not be read. Correct the errors (listed in Swedish) and upload the file again; "
        "what is already shown is not affected."
    ),
    "upload.preview": "{name}: {rows} rows, {indicators} indicators, years {first}–{last}.",
    "upload.added": "Added to your view: {names}",
    "upload.removed": "Your uploaded data has been removed.",
    "upload.added_one": "{name} has been added to your view.",
    "upload.default_name": "uploaded.csv",
    "upload.col_year": "Year",
    "chart.gap_title": "Gap from the targets · {place}",
    "chart.gap_axis": "Gap from the target (% of the target value)",
    "chart.target_marker": "Target",
    "chart.no_gap_bars": "No indicator has both an outcome and a target for the chosen year.",
    "chart.without_bar": {
        "one": "{count} indicator without a bar: {statuses}.",
        "other": "{count} indicators without a bar: {statuses}.",
    },
    "chart.no_series": "The indicator has no outcomes or targets in the selection.",
    "chart.outcome": "Outcome",
    "chart.outcome_whose": "Outcome, {who}",
    "chart.outcome_of": "Outcome {name}",
    "chart.target": "Target",
    "chart.target_value": "Target {value}",
    "chart.target_of": "Target {name}",
    "chart.peer_count": {"one": "{count} municipality", "other": "{count} municipalities"},
    "chart.peer_count_range": "{low}–{high}",
    "chart.peer_median": "{name}: median ({coverage})",
    "chart.peer_median_short": "{name}: median",
    "chart.peer_median_value": "{name}: median {value} ({coverage})",
    "chart.peer_band": "{name}: middle half (quartiles 1–3)",
    "chart.peer_band_values": "{name}: middle half {low}–{high}",
    "chart.peer_q1": "{name}: quartile 1",
    "chart.peer_q3": "{name}: quartile 3",
    "chart.year": "Year",
    "chart.gap_note": "{icon} {status} {year}: {gap}{note}",
    "chart.gap_note_year": " (outcome {year})",
    "chart.lower_better": "lower is better",
    "chart.higher_better": "higher is better",
    "chart.source": "Source: {source}, published {date}",
    "chart.source_undated": "Source: {source}",
    "chart.hover_outcome": "Outcome{note}: {value}",
    "chart.hover_target": "Target {year}: {value}",
    "chart.hover_gap": "Gap: {gap} ({relative})",
    "chart.compare_title": "{name} · {place} {year}",
    "chart.gender_title": "{name} · women and men · {place} {year}",
    "chart.gender_summary": "Women and men differ most in {area}: {difference} (women {women}, men {men}).",
    "chart.gender_summary_equal": {
        "one": "Women and men have the same outcome in the area.",
        "other": "Women and men have the same outcome in all {count} areas.",
    },
    "chart.municipalities": "municipalities compared",
    "chart.over_time": "{name} over time · {place}",
    "chart.no_outcome_year": "No outcome for the chosen year.",
    "chart.no_lines": "No outcomes to show over time.",
    "chart.missing": "missing",
    "chart.rank": "rank {rank}",
    "summary.peer_median": "{name} {year}: median {value} ({coverage}).",
    "summary.peer_band": "{name} {year}: median {value}, middle half {low}–{high} ({coverage}).",
    "summary.peer_too_few": {
        "one": "{name} {year}: {count} municipality has an outcome; a median needs at least two.",
        "other": "{name} {year}: {count} municipalities have an outcome; a median needs at least two.",
    },
    "summary.gap": {
        "one": "{count} indicator with both an outcome and a target in {year}: {parts}.",
        "other": "{count} indicators with both an outcome and a target in {year}: {parts}.",
    },
    "summary.gap_part": "{count} {status}",
    "summary.gap_none": "No indicator has both an outcome and a target for the chosen year.",
    "summary.indicator": "The outcome in {year} was {outcome}, the target {target}; {verdict}.",
    "summary.indicator_no_target": "The outcome in {year} was {outcome}; no target is set for the year.",
    "summary.verdict_met": "the target is met",
    "summary.verdict_near": "the outcome is close to the target",
    "summary.verdict_not_met": "the target is not met",
    "summary.bars": "{title}: {parts}.",
    "summary.empty": "The chart has no values to show.",
    "embed.open": "Open in Målbild",
    "embed.comparison": "Comparison",
    "embed.gap_title": "Gap from the targets {year}",
    "embed.chart_label": "Chart: {title}",
    "narrative.met": "The target for {target_year} ({target}) is met: the outcome in {current_year} was {current}.",
    "narrative.no_outcome": "There is no outcome yet, so progress cannot be assessed.",
    "narrative.one_outcome": "There is only one outcome ({year}: {value}), so progress cannot be assessed yet.",
    "narrative.not_computable": (
        "Progress cannot be computed: from {base} ({base_year}) to {current} ({current_year}) "
        "there is no change to measure as a percentage, and no target to compare with."
    ),
    "narrative.no_target": "No target is set ({better} is better).",
    "narrative.lower": "lower",
    "narrative.higher": "higher",
    "narrative.needs": (
        "The outcome needs to {verb} by {amount} per year until {target_year} to reach the target ({target})."
    ),
    "narrative.needs_one_year": (
        "The outcome needs to {verb} by {amount} in one year to reach the target for {target_year} ({target})."
    ),
    "narrative.needs_now": "The target for {target_year} ({target}) is not met: {amount} is missing.",
    "narrative.stale": (
        "The latest outcome ({current_year}: {current}) is too old to judge progress; it is not computed."
    ),
    "narrative.decrease": "decrease",
    "narrative.increase": "increase",
    "narrative.still": "Since {since} the outcome has stood still.",
    "narrative.rose": "Since {since} the outcome has risen by {rate} per year.",
    "narrative.fell": "Since {since} the outcome has fallen by {rate} per year.",
    "notice.year": "The year {asked} is not in the selection; showing {shown}.",
    "notice.gender": "There are no figures for {asked} in the data; showing the total.",
    "gender.T": "everyone",
    "gender.K": "women",
    "gender.M": "men",
    "filters.gender": "Gender",
    "filters.gender_T": "Total",
    "filters.gender_K": "Women",
    "filters.gender_M": "Men",
    "notice.unknown_municipality": (
        "There is no data for the municipality “{wanted}” in the selection; showing {shown}."
    ),
    "notice.unknown_area": "There is no data for the area “{wanted}” in the selection; showing {shown}.",
    "notice.unknown_goal_area": "There is no data for the goal area “{wanted}” in the selection; showing {shown}.",
    "notice.indicator": "The indicator “{wanted}” is not in the selection.",
    "notice.areas": {
        "one": "No data for the area {names} in the selection.",
        "other": "No data for the areas {names} in the selection.",
    },
    "notice.municipalities": "No data on the indicator for {names}; they are left out of the comparison.",
    "notice.compare_year": "The indicator has no outcomes in {asked} to compare; showing {shown}.",
    "notice.unknown_peers": (
        "There is no comparison group “{wanted}” in groups.csv; the reference shows all municipalities."
    ),
    "peers.all": "All municipalities",
    "notice.all": "all",
    "plotly.Download plot as a PNG": "Download plot as a PNG",
    "plotly.Download plot": "Download plot",
    "plotly.Zoom": "Zoom",
    "plotly.Pan": "Pan",
    "plotly.Zoom in": "Zoom in",
    "plotly.Zoom out": "Zoom out",
    "plotly.Reset axes": "Reset axes",
    "plotly.Autoscale": "Autoscale",
    "plotly.Double-click to zoom back out": "Double-click to zoom back out",
    "plotly.Toggle Spike Lines": "Toggle Spike Lines",
    "plotly.Show closest data on hover": "Show closest data on hover",
    "plotly.Compare data on hover": "Compare data on hover",
    "plotly.Taking snapshot - this may take a few seconds": "Taking snapshot - this may take a few seconds",
    "plotly.Snapshot succeeded": "Snapshot succeeded",
    "plotly.Sorry, there was a problem downloading your snapshot!": (
        "Sorry, there was a problem downloading your snapshot!"
    ),
    "statement.title": "Accessibility statement for Målbild",
    "statement.intro": (
        "The municipality that publishes Målbild is responsible for this website. We want as many people "
        "as possible to be able to use it. This statement describes how Målbild complies with the "
        "Swedish Act (2018:1937) on accessibility to digital public services, known accessibility "
        "problems, and how you can report shortcomings to us so that we can fix them."
    ),
    "statement.status_heading": "How accessible is the website?",
    "statement.status": (
        "Målbild is partially compliant with the Act on accessibility to digital public services, due "
        "to the shortcomings described below."
    ),
    "statement.alternatives_heading": "What can you do if you cannot use parts of the website?",
    "statement.alternatives": (
        "Every chart has a text summary and can be shown as a table. The tables can be downloaded "
        "as CSV and Excel. If you need the content in another format, contact the municipality "
        "that publishes Målbild."
    ),
    "statement.report_heading": "Report shortcomings in the website's accessibility",
    "statement.report": (
        "We are always working to improve accessibility. If you find problems that are not described "
        "here, or if you think we do not meet the requirements of the law, contact the municipality "
        "that publishes Målbild so that we know the problem exists."
    ),
    "statement.supervision_heading": "Supervision",
    "statement.supervision": (
        "The Agency for Digital Government (Digg) is responsible for supervising the Act on "
        "accessibility to digital public services. If you are not satisfied with how we handle "
        "your comments, you can contact Digg and tell them."
    ),
    "statement.supervision_link": "Report to Digg (digg.se)",
    "statement.technical_heading": "Technical information about the website's accessibility",
    "statement.technical": (
        "The website is partially compliant with WCAG 2.1 level AA (the standard EN 301 549), due to "
        "the shortcomings described below."
    ),
    "statement.shortcomings_heading": "Content that is not accessible",
    "statement.shortcoming_data": (
        "Names of indicators, goal areas and sources are shown as the municipality published "
        "them and are not translated."
    ),
    "statement.shortcoming_exports": (
        "Downloaded PowerPoint decks and chart images (PNG, SVG) have not been reviewed for accessibility."
    ),
    "statement.shortcoming_zoom": (
        "Zooming and panning the charts needs a mouse; the same figures are in the table under each chart."
    ),
    "statement.method_heading": "How we tested the website",
    "statement.method": (
        "We have made a self-assessment (internal testing) of Målbild. Every view (overview, indicator, "
        "comparisons, upload and embed) is checked automatically with axe-core against WCAG 2.1 A and "
        "AA in Swedish and English, and a test uses the page with the keyboard alone. This is done for "
        "every change to Målbild."
    ),
    "statement.dates": "The latest assessment was made on {assessed}. The statement was last updated on {updated}.",
    "deck.no_indicators_title": "No indicators",
    "deck.no_indicators": "There are no indicators to show for the selection.",
    "deck.no_values": "No outcomes to show",
    "deck.year": "Follow-up year {year}",
    "deck.as_of": "Published up to {date}",
    "deck.created": "Created {date}",
    "deck.summary": "Summary",
    "deck.indicator_count": {"one": "{count} indicator", "other": "{count} indicators"},
    "deck.progress_heading": "Progress toward the target",
    "deck.outcome": "Outcome",
    "deck.outcome_year": "Outcome {year}",
    "deck.target": "Target",
    "deck.target_year": "Target {year}",
    "deck.gap": "Gap",
    "deck.status": "Status",
    "deck.progress": "Progress",
    "deck.trend": "Trend",
    "deck.source": "Source: {source}, published {date}",
    "deck.target_source": "Target: {source}, published {date}",
    "deck.months": "January February March April May June July August September October November December",
    "upload.too_large_reply": "The file is too large: the limit is {size}.",
    # command-line tools (dashboard/cli): python -m dashboard.kolada, .importer and .store print Swedish
    # what the commands that fetch from a web API share (dashboard/cli/fetching.py); {source} is cli.kolada.name,
    # cli.scb.name
    "cli.fetch.help_years": "years: 2020, 2015-2024 or 2015,2017",
    "cli.fetch.help_goal_area": "goal area for every row",
    "cli.fetch.help_gender": "genders to keep, comma-separated: T (total), K (women), M (men); default: all three",
    "cli.fetch.help_base_url": "API address (default {url})",
    "cli.fetch.help_timeout": "seconds per request (default 30)",
    "cli.fetch.not_years": "{value!r} is not a year or a range of years: write 2020, 2015-2024 or 2015,2017",
    "cli.fetch.not_genders": "{value!r}: choose one or more genders from T (total), K (women) and M (men), e.g. K,M",
    "cli.fetch.not_a_direction": "{value!r} is not a direction: increase or decrease",
    "cli.fetch.not_a_date": "{value!r} is not a date (YYYY-MM-DD)",
    "cli.fetch.not_an_address": "{value!r} is not an http(s) address",
    "cli.fetch.not_seconds": "{value!r} is not a number of seconds (more than 0, at most 3600)",
    "cli.fetch.empty": "empty",
    "cli.fetch.error": "Error: {message}",
    "cli.fetch.no_folder": "the folder {folder} does not exist: no file was written",
    "cli.fetch.write_failed": "could not write {out} ({reason})",
    "cli.fetch.rows": {"one": "{count} row", "other": "{count} rows"},
    "cli.fetch.municipalities": {"one": "{count} municipality", "other": "{count} municipalities"},
    "cli.fetch.http_error": "{source} returned {code} for {url}: {advice}",
    "cli.fetch.http_error_said": "{source} returned {code} for {url} ({said}): {advice}",
    "cli.fetch.advice_later": "try again later",
    "cli.fetch.rate_limited": {
        "one": "{source} limits the number of calls (429) and said so {count} time ({url}): try again soon",
        "other": "{source} limits the number of calls (429) and said so {count} times ({url}): try again soon",
    },
    "cli.fetch.timeout": {
        "one": "{source} did not answer within {count:g} second ({url}): try again later or raise --timeout",
        "other": "{source} did not answer within {count:g} seconds ({url}): try again later or raise --timeout",
    },
    "cli.fetch.unreachable": "Could not reach {source} ({url}): {reason}",
    "cli.fetch.connection_refused": "the connection was refused",
    "cli.fetch.fetch_failed": "Could not fetch {url}: {reason}",
    "cli.fetch.invalid_json": "{source} returned invalid JSON for {url}",
    "cli.fetch.invalid_data": (
        "The fetched values do not meet Målbild's data format, so nothing was written: {problems}"
    ),
    "cli.fetch.fetched_table": "the fetched table",
    "cli.fetch.unexpected_answer": (
        "Unexpected answer from {source} for {url}: {field} is missing or has the wrong shape"
    ),
    "cli.fetch.value_count": (
        "Unexpected answer from {source} for {url}: {found} values where the table's size says {expected}"
    ),
    "cli.fetch.value_not_number": (
        "Unexpected answer from {source} for {url}: the value for {cell} is not a number ({value!r})"
    ),
    "cli.kolada.name": "Kolada",
    "cli.kolada.description": "Fetch Kolada KPIs into Målbild's CSV format.",
    "cli.kolada.help_municipality": "municipality codes or groups (G…), comma-separated: 1490,2081",
    "cli.kolada.help_kpi": "KPI ids, comma-separated",
    "cli.kolada.help_out": "the CSV file to write, e.g. data/kolada.csv",
    "cli.kolada.help_direction": "increase (the default) or decrease, or per KPI: U21401=decrease,N15428=increase",
    "cli.kolada.help_municipality_name": "your own names: 1490=Borås,G123=Comparison group",
    "cli.kolada.help_published": "publication date YYYY-MM-DD (default: today)",
    "cli.kolada.not_municipality_ids": {
        "one": "{ids} is not a municipality code (1490) or municipality group (G…)",
        "other": "{ids} are not municipality codes (1490) or municipality groups (G…)",
    },
    "cli.kolada.not_kpi_ids": {
        "one": "{ids} is not a KPI id (e.g. U21401)",
        "other": "{ids} are not KPI ids (e.g. U21401)",
    },
    "cli.kolada.goal_area_empty": "the goal area must not be empty",
    "cli.kolada.not_pairs": "{option} expects ID=value, comma-separated ({value!r})",
    "cli.kolada.direction_not_fetched": {
        "one": "--direction names a KPI that is not fetched: {kpis}",
        "other": "--direction names KPIs that are not fetched: {kpis}",
    },
    "cli.kolada.written": (
        "Wrote {rows} to {out}: {kpis} ({kpi_ids}), {municipalities} ({names}), years {first}–{last}."
    ),
    "cli.kolada.kpis": {"one": "{count} KPI", "other": "{count} KPIs"},
    "cli.kolada.advice_check": "check the KPI ids, municipality codes and years",
    "cli.kolada.values_missing": "Unexpected answer from Kolada for {url}: the list 'values' is missing",
    "cli.kolada.endless_pages": {
        "one": "Kolada kept sending pages ({count} page, last {url}): the download was stopped",
        "other": "Kolada kept sending pages ({count} pages, last {url}): the download was stopped",
    },
    "cli.kolada.unknown_paging": (
        "Unexpected answer from Kolada for {url}: "
        "the next page is given as {keys}, which Målbild does not know; nothing was written"
    ),
    "cli.kolada.next_url_not_address": "Unexpected answer from Kolada for {url}: next_url is not an address",
    "cli.kolada.unknown_kpi": "Kolada does not know KPI {id} ({url})",
    "cli.kolada.unknown_municipality": "Kolada does not know the municipality {id} ({url})",
    "cli.kolada.item_incomplete": (
        "Unexpected answer from Kolada: a value lacks kpi, municipality, period or values ({item})"
    ),
    "cli.kolada.value_not_number": (
        "Unexpected answer from Kolada: the value for {kpi}, municipality {code}, year {year}, gender {gender} "
        "is not a number ({value!r})"
    ),
    "cli.kolada.no_values": {
        "one": "Kolada returned no values of {kpis} for the municipality {municipalities}, years {first}–{last}, "
        "genders {genders}: no file was written",
        "other": "Kolada returned no values of {kpis} for the municipalities {municipalities}, years {first}–{last}, "
        "genders {genders}: no file was written",
    },
    "cli.importer.description": "Convert and validate files into Målbild's long CSV format.",
    "cli.importer.help_files": "CSV or .xlsx files",
    "cli.importer.help_out": "the CSV file to write, e.g. data/boras.csv",
    "cli.importer.help_municipality": "municipality, for published tables without a municipality column",
    "cli.importer.help_municipality_code": "municipality code, four digits",
    "cli.importer.help_goal_area": "goal area, for published tables",
    "cli.importer.help_area": "area, if the table is about one district",
    "cli.importer.help_published": "publication date, YYYY-MM-DD",
    "cli.importer.help_source": "source, e.g. 'Borås Stad, Mål och uppdrag, Budget 2019'",
    "cli.importer.help_target_year": "target year for a column headed just 'Målvärde'",
    "cli.importer.help_sheet": "the sheet's name in an .xlsx file (otherwise the first sheet)",
    "cli.importer.nothing_written": {
        "one": "Nothing was written: {count} error to fix.",
        "other": "Nothing was written: {count} errors to fix.",
    },
    "cli.importer.write_failed": "{out}: could not be written ({reason})",
    "cli.importer.written": "Wrote {out}: {summary}.",
    "cli.importer.summary": "{rows}, {indicators}, years {first}–{last}, municipalities: {municipalities}",
    "cli.importer.rows": {"one": "{count} row", "other": "{count} rows"},
    "cli.importer.indicators": {"one": "{count} indicator", "other": "{count} indicators"},
    "cli.fill_cache.description": "Validate data files into Målbild's binary cache.",
    "cli.fill_cache.help_path": "the data file, or folder of data files, to validate (like MALBILD_DATA)",
    "cli.fill_cache.help_cache_dir": "the cache folder (default: MALBILD_CACHE_DIR, else .cache/data)",
    "cli.fill_cache.cache_off": "MALBILD_CACHE_DIR=off: no cache to fill.",
    "cli.fill_cache.no_data_files": "{path}: there are no data files (.csv or .xlsx) here; nothing was stored.",
    # settings from the environment (dashboard.settings.SettingsError, dashboard.web.security)
    "settings.not_an_integer": "{name} must be a whole number, got {value!r}",
    "settings.not_a_number": "{name} must be a number, got {value!r}",
    "settings.not_a_fraction": "{name} must be between 0 and 1 (e.g. 0.05 for 5%)",
    "settings.not_a_share": "{name} must be a share above 0 and at most 1 (e.g. 0.5 for half)",
    "settings.not_a_site": "{name}: {value!r} is not a website (e.g. https://intranet.example.com)",
    "settings.unknown_auth": "{name} can be 'basic' or empty, got {value!r}",
    "settings.no_such_file": "{name}: there is no file {value!r}",
    "settings.not_positive": "{name} must be a whole number above 0",
    "settings.not_a_memory_size": "{name} must be a memory size above 0, such as 512MB or 2GB, got {value!r}",
    "settings.negative": "{name} cannot be negative",
    "settings.users_file_unreadable": "{name} could not be read: {reason}",
    "settings.users_malformed": "{name}: write users as name:password, separated by commas or line breaks",
    "settings.users_missing": "MALBILD_AUTH=basic requires users in MALBILD_USERS or MALBILD_USERS_FILE",
}
