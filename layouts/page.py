"""The page: header, data problems, filters, the council overview, the table and its charts; and
its parts, each drawn by one presenter for a selection (PARTS, registered by callbacks/drawing.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import dash_bootstrap_components as dbc
from dash import dcc, html

from dashboard.i18n import text
from layouts import ids
from layouts.account import account_box
from layouts.comparison import (
    COMPARE_OUTPUTS,
    GENDER_OUTPUTS,
    OVER_TIME_OUTPUTS,
    compare_part,
    compare_section,
    gender_part,
    over_time_part,
)
from layouts.detail import DETAIL_OUTPUTS, detail_modal, detail_part
from layouts.filters import filters_section, gender_field
from layouts.followup_editor import editor_modal
from layouts.overview import OVERVIEW_OUTPUTS, overview_part
from layouts.scorecard import TABLE_OUTPUTS, problems_panel, table_part
from layouts.share_panel import share_section
from layouts.upload_panel import upload_panel


@dataclass(frozen=True)
class Part:
    """A part of the page: the outputs it fills (name → (component id, property)) and its presenter,
    present(dataset, selection, settings) → {name: value}, or None when the part is not on screen."""

    name: str
    outputs: dict[str, tuple[str, str]]
    present: Callable
    with_texts: bool = False  # present(…, written=…) with the follow-up texts the person may read


# Charts are drawn for a phone below this window width (in CSS pixels)
NARROW = 576
# Each part is its own callback, so the browser asks for them at once and gunicorn's workers draw
# them side by side; the dialog and the comparisons answer without drawing when not on screen.
PARTS = (
    Part("overview", OVERVIEW_OUTPUTS, overview_part, with_texts=True),
    Part("table", TABLE_OUTPUTS, table_part),
    Part("detail", DETAIL_OUTPUTS, detail_part, with_texts=True),
    Part("compare", COMPARE_OUTPUTS, compare_part),
    Part("over_time", OVER_TIME_OUTPUTS, over_time_part),
    Part("genders", GENDER_OUTPUTS, gender_part),
)


def build_page(dataset, settings, lang: str = "sv", account=None) -> html.Div:
    """The page: what each view shows is drawn into it by the parts (PARTS) for the selection.
    `account`: (the signed-in actor, the session's CSRF token) or None for an anonymous reader."""
    return html.Div(
        [
            dcc.Location(id=ids.URL, refresh=False),
            dcc.Store(id=ids.SELECTION),
            dcc.Store(id=ids.SESSION_DATA, storage_type="session"),
            dcc.Store(id=ids.PENDING_UPLOAD),
            dcc.Store(id=ids.LANGUAGE, data=lang),
            dcc.Store(id=ids.VIEWPORT),
            dcc.Store(id=ids.FOLLOWUP_DRAFTS, storage_type="local"),
            dcc.Store(id=ids.FOLLOWUP_SAVED, data=0),
            dcc.Store(id=ids.FOLLOWUP_ASKED),
            _header(lang, account),
            dbc.Container(
                [
                    problems_panel(dataset.problems, dataset.is_empty, lang),
                    html.Div(
                        [html.Div(id=ids.NAV), gender_field(lang)],  # the row hides in meeting mode
                        className="nav-row hide-in-meeting d-flex flex-wrap align-items-center justify-content-between",
                    ),
                    filters_section(lang),
                    html.Div(id=ids.NOTICES),
                    html.Div(
                        id=ids.LIVE,
                        className="visually-hidden",
                        **{"aria-live": "polite", "aria-atomic": "true", "role": "status"},
                    ),
                    html.Main(
                        [
                            html.H2(id=ids.HEADING, className="view-heading"),
                            html.Div(id=ids.STATUS_SUMMARY, className="status-summary only-answers"),
                            html.Section(
                                id=ids.OVERVIEW,
                                className="overview only-overview",
                                **{"aria-label": text("view.overview_region", lang)},
                            ),
                            _downloads(lang),  # under the overview, above the table (a comparison has its own)
                            html.Section(
                                html.Div(id=ids.SCORECARD),
                                className="details-section only-table",
                                **{"aria-label": text("view.details_heading", lang)},
                            ),
                            compare_section(lang),
                        ],
                        id="main",
                        tabIndex="-1",
                    ),
                    detail_modal(lang),
                    editor_modal(lang),
                    html.Aside(
                        [upload_panel(settings.max_content_length, lang), share_section(lang)],
                        className="tools hide-in-meeting",
                        **{"aria-label": text("tools.region", lang)},
                    ),
                    html.Footer(
                        [
                            html.P(_footer_text(dataset, lang), className="mb-1"),
                            html.A(text("app.statement_link", lang), href=_statement_href(lang), id=ids.STATEMENT_LINK),
                        ],
                        className="text-muted small my-4 app-footer",
                    ),
                ],
                fluid="lg",
            ),
        ],
        id=ids.ROOT,
    )


def _header(lang: str, account=None) -> html.Header:
    other = text("app.language_switch_lang", lang)
    return html.Header(
        dbc.Container(
            [
                html.Div(
                    [
                        html.H1(text("app.title", lang), className="h3 mb-0"),
                        html.P(text("app.tagline", lang), className="mb-0"),
                    ]
                ),
                html.Div(
                    [
                        html.A(
                            text("app.language_switch", lang),
                            id=ids.LANGUAGE_SWITCH,
                            href=f"?lang={other}",
                            lang=other,
                            hrefLang=other,
                            className="language-switch me-4",
                            title=text("app.language_switch_label", lang),
                        ),
                        dbc.Switch(
                            id=ids.MEETING,
                            label=text("app.meeting", lang),
                            value=False,
                            className="meeting-switch mb-0",
                        ),
                        account_box(account, lang),
                    ],
                    className="d-flex align-items-center",
                ),
            ],
            fluid="lg",
            className="d-flex flex-wrap justify-content-between align-items-center gap-2",
        ),
        className="app-header py-3 mb-3",
    )


def _downloads(lang: str) -> html.Div:
    return html.Div(
        [
            html.Span(text("downloads.label", lang), className="me-2"),
            html.A("CSV", id=ids.EXPORT_CSV, className="btn btn-outline-primary btn-sm me-2", download=""),
            html.A("Excel", id=ids.EXPORT_XLSX, className="btn btn-outline-primary btn-sm me-2", download=""),
            html.A("PowerPoint", id=ids.EXPORT_PPTX, className="btn btn-outline-primary btn-sm me-2", download=""),
            html.A("Word", id=ids.EXPORT_DOCX, className="btn btn-outline-primary btn-sm me-2", download=""),
            html.A(
                text("downloads.goals", lang),
                id=ids.EXPORT_GOALS,
                className="btn btn-outline-primary btn-sm",
                download="",
            ),
            html.Span(
                [
                    html.Span(text("downloads.with_uploads", lang), className="ms-3 me-2"),
                    dbc.Button("CSV", id=ids.SESSION_CSV, color="primary", outline=True, size="sm", className="me-2"),
                    dbc.Button("Excel", id=ids.SESSION_XLSX, color="primary", outline=True, size="sm"),
                ],
                id=ids.SESSION_DOWNLOADS,
                style={"display": "none"},
            ),
            dcc.Download(id=ids.DOWNLOAD),
        ],
        className="downloads only-answers my-2",
    )


def _statement_href(lang: str) -> str:
    return "/tillganglighet" + ("?lang=en" if lang == "en" else "")


def _footer_text(dataset, lang: str) -> str:
    data = text(
        "app.footer_data",
        lang,
        rows=text("app.observations", lang, count=dataset.row_count),
        files=text("app.files", lang, count=len(dataset.load.loaded_files)),
    )
    return f"{data} {text('app.footer_method', lang)}"
