"""One line per indicator, in the overview and on the meeting screen: its name (a link to its
detail), outcome with its year against the target, the status with its spans, and a sparkline.

Written as markup (layouts/markup.py): the overview repeats a line for every indicator.
"""

from __future__ import annotations

from dashboard.domain.values import is_missing
from dashboard.figures.palette import STATUS_CLASS, STATUS_MARK_COLOUR
from dashboard.figures.sparklines import sparkline_svg, svg_data_uri
from dashboard.i18n import text
from dashboard.i18n.formatting import format_number, format_value
from dashboard.i18n.verdicts import progress_span, trend_span
from layouts.markup import Markup, element, link
from layouts.scorecard import status_badge


def indicator_line(row: dict, series, href: str, lang: str, large: bool = False) -> Markup:
    """`series` is (outcomes, target) for the sparkline; `large` is the meeting screen (no sparkline)."""
    unit = None if is_missing(row["unit"]) else row["unit"]
    outcome = format_value(row["outcome"], unit, lang)
    year = None if is_missing(row["outcome_year"]) else int(row["outcome_year"])
    arrow = None if is_missing(row.get("trend")) else row["trend"]
    latest = trend_span(arrow, row.get("trend_from_year"), row.get("trend_previous"), row["outcome"], year, unit, lang)
    return element(
        "Li",
        [
            link(row["indicator"], href, className="indicator-link line-name"),
            element(
                "Span",
                [
                    element("Span", text("overview.outcome", lang), className="label"),
                    element("Span", outcome, className="figure"),
                    element("Span", f" ({year})", className="figure-year") if year is not None else None,
                ],
                className="line-outcome",
            ),
            element(
                "Span",
                [
                    element("Span", text("overview.target", lang, year=int(row["year"])), className="label"),
                    element("Span", format_value(row["target"], unit, lang), className="figure"),
                ],
                className="line-target",
            ),
            element(
                "Span",
                [
                    status_badge(row["status"], lang),
                    element("Span", arrow, className="trend-arrow", **{"aria-hidden": "true"}) if arrow else None,
                ],
                className="line-status",
            ),
            element(
                "Span",
                [
                    progress_span(row["progress"], row.get("progress_base_year"), lang),
                    element("Span", latest, className="d-block line-trend") if latest else None,
                ],
                className="line-progress",
            ),
            None if large else _sparkline(series, row, lang),
        ],
        className=f"indicator-line line-{STATUS_CLASS[row['status']]}",
    )


def _sparkline(series, row: dict, lang: str):
    if not series:
        return None
    outcomes, target = series
    svg = sparkline_svg(outcomes, target, STATUS_MARK_COLOUR.get(row["status"], "#0F4C81"))
    if svg is None:
        return None
    values = ", ".join(f"{year}: {format_number(value, lang=lang)}" for year, value in outcomes)
    return element(
        "Img",
        None,
        src=svg_data_uri(svg),
        className="sparkline",
        alt=text("overview.sparkline", lang, values=values),
        width=120,
        height=32,
    )
