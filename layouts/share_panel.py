"""Ways out of the page: image buttons under each chart, a link to copy, and an embed snippet."""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import dcc, html

from dashboard.i18n import text
from layouts import ids


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
            html.Summary(text("share.summary", lang), className="fw-semibold"),
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
            html.Label(text("share.embed_label", lang), htmlFor=ids.EMBED_CODE, className="small"),
            html.Div(
                [
                    dcc.Textarea(
                        id=ids.EMBED_CODE,
                        readOnly=True,
                        className="form-control form-control-sm embed-code",
                        style={"height": "4.5rem"},
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
        ],
        className="share my-3",
    )
