"""The written follow-up beside the computed verdicts: a goal's (or goal area's) assessment, how
far along it is (drafts only to those who may read them), and its analysis, never as raw HTML."""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import html

from dashboard.domain.followup import State, differs
from dashboard.domain.statuses import Fulfilment
from dashboard.followup.markdown_subset import parse
from dashboard.i18n import label, text
from dashboard.i18n.formatting import format_date
from layouts import ids
from layouts.verdict_marks import FULFILMENT_CLASS


class _NothingWritten:
    """No follow-up texts and no editor (a view drawn without a request, e.g. in a test)."""

    def at(self, goal_area: str, goal: str = "", indicator: str = ""):
        return None

    def may_edit(self, goal_area: str, goal: str = "", indicator: str = "") -> bool:
        return False


NOTHING_WRITTEN = _NothingWritten()
_TAGS = {"p": html.P, "ul": html.Ul, "ol": html.Ol, "li": html.Li, "strong": html.Strong, "em": html.Em}


def analysis_components(source: str) -> list:
    """The analysis as components: the Markdown subset's nodes, every text escaped by React."""
    return _components(parse(source))


def _components(nodes) -> list:
    """A flat list of children (React takes strings and components, never nested lists)."""
    shown = []
    for node in nodes:
        children = _components(node.children)
        if node.tag == "a":
            shown.append(html.A(children, href=node.href, rel="noopener noreferrer nofollow", target="_blank"))
        elif node.tag == "br":
            shown.append(html.Br())
        elif node.tag in _TAGS:
            shown.append(_TAGS[node.tag](children))
        else:  # plain text, or the inline run of a paragraph
            shown.extend([node.text] if node.text else [])
            shown.extend(children)
    return shown


def written_block(
    written, goal_area: str, goal: str, computed, lang: str, editable: bool = True, indicator: str = "", heading=None
):
    """The assessment, its state and the analysis of a goal ('' for the goal area), with the editor's
    button for those who may write here (`editable`: the overview; one button per goal on the page);
    None when there is nothing to show or do."""
    found = written.at(goal_area, goal, indicator)
    parts = []
    if found:
        _, version = found
        parts.append(html.P(heading or text("followup.heading", lang), className="written-heading small mb-0"))
        parts.extend(_assessment(version, computed, lang))
        if version.analysis.strip():
            parts.append(html.Div(analysis_components(version.analysis), className="analysis-text"))
    if editable and written.may_edit(goal_area, goal):
        parts.append(
            dbc.Button(
                text("followup.edit", lang),
                id=ids.followup_edit(goal_area, goal),
                color="primary",
                outline=True,
                size="sm",
                className="followup-edit hide-in-meeting",
            )
        )
    return html.Div(parts, className="written-followup") if parts else None


def assessment_badge(version, lang: str, computed=None, short: bool = True):
    """'Bedömning: Delvis uppfyllt'; `short` (a summary line): with its state when not yet approved and
    marked ≠ when it is not the computed fulfilment. None without an assessment."""
    if version is None or not version.assessment:
        return None
    state = "" if version.state is State.APPROVED or not short else f" ({text(version.state.key, lang)})"
    return html.Span(
        [
            html.Span(text("followup.assessment", lang) + state + ": ", className="label-inline"),
            html.Span(_label(version.assessment, lang), className=_class(version.assessment)),
            html.Span(f" ≠ {text('followup.differs_short', lang)}", className="assessment-differs")
            if short and differs(version.assessment, computed)
            else None,
        ],
        className="assessment-line",
    )


def _assessment(version, computed, lang: str) -> list:
    lines = []
    badge = assessment_badge(version, lang, short=False)
    if badge is not None:
        lines.append(badge)
    if version.state is not State.APPROVED:
        lines.append(html.Span(state_line(version, lang), className="followup-state small"))
    if differs(version.assessment, computed):
        lines.append(
            html.Span(
                [
                    html.Span("≠ ", **{"aria-hidden": "true"}),
                    text("followup.differs", lang, computed=_label(computed, lang)),
                ],
                className="assessment-differs small",
            )
        )
    return lines


def state_line(version, lang: str) -> str:
    return text(
        "followup.state_line",
        lang,
        state=text(version.state.key, lang),
        version=version.number,
        author=version.author,
        date=format_date(version.created_at.date(), lang),
    )


def _label(value, lang: str) -> str:
    try:
        return label(Fulfilment(value), lang)
    except ValueError:
        return str(value)


def _class(value) -> str:
    try:
        return f"fulfilment status-{FULFILMENT_CLASS[Fulfilment(value)]}"
    except ValueError:
        return "fulfilment"
