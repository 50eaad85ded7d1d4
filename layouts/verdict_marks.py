"""The marks of a verdict, shared by the overview and the meeting screen: a goal's fulfilment with
its rule, and the status strip of its indicators with a target."""

from __future__ import annotations

from collections import Counter

from dash import html

from dashboard.analysis.gender_split import gender_coverage
from dashboard.domain.statuses import Fulfilment, Status
from dashboard.domain.values import is_missing
from dashboard.figures.palette import STATUS_CLASS, STATUS_ICON
from dashboard.i18n import label, render, status_label, text

FULFILMENT_CLASS = {
    Fulfilment.FULFILLED: "met",
    Fulfilment.PARTLY: "near",
    Fulfilment.NOT_FULFILLED: "not-met",
    Fulfilment.NOT_ASSESSABLE: "missing",
}
# The statuses an indicator with a target can have, in the strip's order
STRIP = (Status.MET, Status.NEAR, Status.NOT_MET, Status.STALE, Status.NO_OUTCOME)


def status_strip(rows: list[dict], lang: str) -> html.Ul | None:
    """Proportional segments per status, each with its icon, count and words: never colour alone."""
    counts = Counter(row["status"] for row in rows)
    segments = [
        html.Li(
            [
                html.Span(STATUS_ICON[status], className="status-icon", **{"aria-hidden": "true"}),
                html.Span(f"{counts[status]} ", className="count"),
                html.Span(status_label(status, lang)),
            ],
            className=f"segment status-{STATUS_CLASS[status]}",
            style={"flexGrow": counts[status]},
        )
        for status in STRIP
        if counts[status]
    ]
    return html.Ul(segments, className="status-strip") if segments else None


def fulfilment_line(verdict, lang: str):
    """'Måluppfyllelse: Delvis uppfyllt — 1 av 4 bedömda indikatorer uppnådda, 1 nära målet'."""
    if verdict is None:
        return None
    rule = ", ".join(render(part, lang) for part in verdict.rule)
    return html.Span(
        [
            html.Span(text("overview.fulfilment", lang), className="label-inline"),
            html.Span(
                label(verdict.fulfilment, lang), className=f"fulfilment status-{FULFILMENT_CLASS[verdict.fulfilment]}"
            ),
            html.Span(f" — {rule}", className="fulfilment-rule"),
        ],
        className="fulfilment-line",
    )


def _split(rows: list[dict]) -> tuple[list[dict], list[dict]]:
    """Indicators with a target for the year, and those followed without one."""
    targeted = [row for row in rows if not is_missing(row["target"])]
    return targeted, [row for row in rows if is_missing(row["target"])]


def split_targeted(rows: list[dict]) -> tuple[list[dict], list[dict]]:
    """Indicators with a target for the year, and those followed without one."""
    targeted = [row for row in rows if not is_missing(row["target"])]
    return targeted, [row for row in rows if is_missing(row["target"])]


def coverage_note(dataset, selection) -> list:
    """With women's or men's figures chosen: how many indicators have them, the others being left
    out of the view rather than shown with the total's figures (the overview and the meeting screen)."""
    found = gender_coverage(dataset, selection)
    if found is None or found[0] == found[1]:
        return []
    shown, total = found
    who = text(f"gender.{selection.gender}", selection.lang)
    return [
        html.P(
            text("view.gender_coverage", selection.lang, shown=shown, count=total, who=who),
            className="gender-coverage small mb-1",
        )
    ]
