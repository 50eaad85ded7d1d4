"""The /embed page: one chart (or the scorecard) for an intranet iframe, with no navigation.

Plain HTML built here rather than the Dash app, so an iframe loads only what it shows. Every
text from the data is escaped; the figure travels as JSON in a non-executing script block.
"""

from __future__ import annotations

import json
from dataclasses import replace

import plotly.io as pio
from markupsafe import escape

from dashboard.analysis.report import scorecard
from dashboard.exports.credits import processing_credit
from dashboard.exports.scorecard_rows import scorecard_header, scorecard_rows
from dashboard.figures.palette import STATUS_CLASS, STATUS_TEXT_COLOUR
from dashboard.figures.style import empty_figure
from dashboard.figures.view_charts import comparison, indicator_detail, scorecard_chart
from dashboard.i18n import nothing_to_compare, place_title, plotly_locale, text

KINDS = ("chart", "lines", "scorecard")
STYLE = """html,body{height:100%;margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;
color:#1A1A1A;background:#fff}.embed{display:flex;flex-direction:column;height:100%;box-sizing:border-box;
padding:8px}.embed-chart-wrap{flex:1;min-height:200px;margin:0;display:flex}.embed-chart{flex:1;min-height:200px}
.embed-caption{font-size:13px;color:#4A4F57;margin:6px 0 0}
.embed-caption a{color:#0B3A63}table{border-collapse:collapse;width:100%;font-size:14px}th,td{border-bottom:1px
solid #E5E7EB;padding:4px 6px;text-align:left}td.num{text-align:right;white-space:nowrap}
h1{font-size:17px;margin:0 0 6px}
small{color:#4A4F57}
@media (max-width:575.98px){thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
tr{display:block;border-bottom:1px solid #D5DAE0;padding:4px 0}th,td{display:flex;justify-content:space-between;
gap:12px;border:0;padding:2px 0;text-align:left}td.num{text-align:right;white-space:normal}
td[data-label]::before{content:attr(data-label);color:#4A4F57;font-weight:600;text-align:left}}""" + "".join(
    f".status-{name}{{color:{colour};font-weight:600}}"
    for name, colour in {STATUS_CLASS[status]: colour for status, colour in STATUS_TEXT_COLOUR.items()}.items()
)


def embed_page(dataset, selection, settings, kind: str, full_view_url: str) -> str:
    """The whole HTML page for one embed."""
    kind = kind if kind in KINDS else "chart"
    lang = selection.lang
    if kind == "scorecard" and not selection.compares:
        body, title = _scorecard(dataset, selection, settings)
    else:
        # drawn for a wide frame and for a phone-wide one: embed.js draws the one that fits its frame
        figure, title = _figure(dataset, replace(selection, narrow=False), settings, kind)
        narrow, _ = _figure(dataset, replace(selection, narrow=True), settings, kind)
        payload, narrow_payload = (pio.to_json(f, validate=False).replace("</", "<\\/") for f in (figure, narrow))
        config = json.dumps(
            {"displaylogo": False, **plotly_locale(lang), "toImageButtonOptions": {"format": "png", "scale": 3}}
        )
        body = (
            f'<figure class="embed-chart-wrap" aria-label="{escape(text("embed.chart_label", lang, title=title))}">'
            f'<div id="chart" class="embed-chart" data-config=\'{escape(config)}\'></div></figure>'
            f'<script type="application/json" id="figure-data">{payload}</script>'
            f'<script type="application/json" id="figure-data-narrow">{narrow_payload}</script>'
        )
    link = f'<a href="{escape(full_view_url)}" target="_blank" rel="noopener">{escape(text("embed.open", lang))}</a>'
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)} – Målbild</title><style>{STYLE}</style></head><body>"
        f'<main class="embed">{body}<p class="embed-caption">Målbild · {link}</p></main>'
        f'<script src="/vendor/plotly.min.js"></script><script src="/vendor/embed.js"></script></body></html>'
    )


def _figure(dataset, selection, settings, kind: str):
    lang = selection.lang
    if selection.municipality is None:
        return empty_figure(text("view.no_data", lang)), "Målbild"
    if selection.compares:
        if selection.indicator is None or selection.year is None:
            return empty_figure(nothing_to_compare(selection, lang)), text("embed.comparison", lang)
        compared = comparison(dataset, selection, draw=("lines" if kind == "lines" else "bars",))
        return (compared.lines or compared.bars).figure, text("embed.comparison", lang)
    table = scorecard(dataset, selection, settings)
    if selection.indicator is not None:
        detail = indicator_detail(dataset, selection, table, settings)
        if detail is not None:
            return detail.chart.figure, detail.name
    if table.empty:
        return empty_figure(text("view.empty_selection", lang)), "Målbild"
    return scorecard_chart(table, selection).figure, text("embed.gap_title", lang, year=selection.year)


def _scorecard(dataset, selection, settings) -> tuple[str, str]:
    """The scorecard as the page shows it (the rows from dashboard.exports.scorecard_rows)."""
    lang = selection.lang
    title = place_title(selection, lang)
    table = scorecard(dataset, selection, settings) if selection.municipality else None
    if table is None or table.empty:
        return f"<h1>{escape(title)}</h1><p>{escape(text('view.empty_selection', lang))}</p>", title
    has_reference = "municipality_outcome" in table.columns
    headings = scorecard_header(int(table["year"].iloc[0]), has_reference, lang)
    rows = []
    for row in scorecard_rows(table, lang):
        # each cell names its column, for a phone-wide frame where the rows stack
        labels = iter(escape(h) for h in headings[1:])
        cells = [
            f'<th scope="row">{escape(row.indicator)}</th>',
            # the outcome's year always: a figure lifted onto an intranet page must say when it is from
            _num(row.outcome, row.outcome_year_note or _year(row.outcome_year, lang), next(labels)),
        ]
        if has_reference:
            cells.append(_num(row.whole_outcome, row.whole_outcome_year_note, next(labels)))
        cells += [
            _num(row.target, None, next(labels)),
            _num(row.gap, row.relative_gap, next(labels)),
            f'<td data-label="{next(labels)}"><span><span class="status status-{row.status_class}">'
            f'<span aria-hidden="true">{escape(row.status_icon)}</span> {escape(row.status_text)}</span>'
            + (f"<br><small>{escape(row.spans)}</small>" if row.spans else "")
            + "</span></td>",
            f'<td data-label="{next(labels)}"><span>'
            + "<br>".join(escape(line) for line in row.sources)
            + "</span></td>",
        ]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    header = "".join(f'<th scope="col">{escape(h)}</th>' for h in headings)
    credit = processing_credit(table, lang)  # the statuses are Målbild's
    return (
        f"<h1>{escape(title)}</h1><table><thead><tr>{header}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        f'<p class="embed-caption">{escape(credit)}</p>',
        title,
    )


def _year(year, lang: str) -> str | None:
    return None if year is None else text("embed.outcome_year", lang, year=year)


def _num(value: str, note: str | None = None, label: str = "") -> str:
    small = f"<br><small>{escape(note)}</small>" if note else ""
    return f'<td class="num" data-label="{label}"><span>{escape(value)}{small}</span></td>'
