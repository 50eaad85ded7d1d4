"""Ways out of the page: image buttons under each chart, a link to copy, and an embed snippet."""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import dcc, html

from dashboard.i18n import text
from layouts import ids

KINDS = ("chart", "scorecard", "lines")  # the /embed kinds (dashboard/web/embed.py)


def chart_tools(graph_id: str, lang: str = "sv") -> html.Div:
    """PNG (3×) and SVG downloads of a chart, with its title and source line inside the image."""
    return html.Div(
        [
            html.Span(text("tools.image", lang), className="small me-1"),
            dbc.Button("PNG", id=f"{graph_id}-png", size="sm", color="secondary", outline=True, className="me-1"),
            dbc.Button("SVG", id=f"{graph_id}-svg", size="sm", color="secondary", outline=True),
            dcc.Store(id=f"{graph_id}-exported"),
        ],
        className="chart-tools mb-2",
    )


def share_section(lang: str = "sv") -> html.Details:
    return html.Details(
        [
            html.Summary(text("share.summary", lang), id=ids.SHARE_SUMMARY, className="fw-semibold"),
            html.Div(
                [
                    html.Span(text("share.link", lang), className="me-1"),
                    dcc.Clipboard(
                        id=ids.COPY_LINK,
                        title=text("share.copy_link", lang),
                        className="btn btn-outline-primary btn-sm",
                    ),
                ],
                className="my-2",
            ),
            embed_builder(lang),
        ],
        className="share my-3",
    )


def embed_builder(lang: str) -> html.Div:
    """Choose what to embed (the chart, the table, the comparison over time), its language and
    height, see it live, copy the code. The code sizes the frame to its content through a small
    script (postMessage); without the script the height chosen here holds."""
    return html.Div(
        [
            html.H3(text("share.embed_heading", lang), className="h6 mt-3"),
            dbc.Row(
                [
                    dbc.Col(
                        [
                            dbc.Label(text("share.embed_kind", lang), html_for=ids.EMBED_KIND, className="small"),
                            dbc.RadioItems(
                                id=ids.EMBED_KIND,
                                options=[{"label": text(f"share.kind_{kind}", lang), "value": kind} for kind in KINDS],
                                value="chart",
                                inline=True,
                            ),
                        ],
                        md=6,
                    ),
                    dbc.Col(
                        [
                            dbc.Label(text("share.embed_lang", lang), html_for=ids.EMBED_LANG, className="small"),
                            dbc.Select(
                                id=ids.EMBED_LANG,
                                options=[{"label": "Svenska", "value": "sv"}, {"label": "English", "value": "en"}],
                                value=lang,
                                size="sm",
                            ),
                        ],
                        md=3,
                    ),
                    dbc.Col(
                        [
                            dbc.Label(text("share.embed_height", lang), html_for=ids.EMBED_HEIGHT, className="small"),
                            dbc.Input(
                                id=ids.EMBED_HEIGHT, type="number", min=240, max=1600, step=20, value=520, size="sm"
                            ),
                        ],
                        md=3,
                    ),
                ],
                className="g-2 mb-2",
            ),
            html.Label(text("share.embed_label", lang), htmlFor=ids.EMBED_CODE, className="small"),
            html.Div(
                [
                    dcc.Textarea(
                        id=ids.EMBED_CODE,
                        readOnly=True,
                        className="form-control form-control-sm embed-code",
                        style={"height": "5.5rem"},
                    ),
                    dcc.Clipboard(
                        id=ids.COPY_EMBED,
                        target_id=ids.EMBED_CODE,
                        title=text("share.copy_code", lang),
                        className="btn btn-outline-primary btn-sm ms-2",
                    ),
                ],
                className="d-flex align-items-start",
            ),
            html.P(text("share.embed_help", lang), className="small text-muted mt-1"),
            html.P(text("share.preview", lang), className="small fw-semibold mb-1"),
            html.Iframe(id=ids.EMBED_PREVIEW, title=text("share.preview", lang), className="embed-preview"),
        ],
        className="embed-builder",
    )
