"""Rows repeated per indicator, written directly as the JSON Dash's renderer reads.

A view of a whole municipality repeats a line in the overview and a row in the table for every
indicator: some 3 000 components for 100 indicators. As Dash component objects each costs about
15 µs to build and 7 µs to serialise (Python code per component), two thirds of the callback.
`element` returns exactly what `dash.html.<Tag>(children, **props).to_plotly_json()` would
serialise to, so the browser gets the same page; props go through as written, so use Dash's
names (className, href, title, aria-*). Use it only for such repeated rows; everything else is
built with dash.html and dbc as usual.
"""

from __future__ import annotations

Markup = dict


def element(tag: str, children=None, **props) -> Markup:
    """An html element (`tag` as in dash.html: "Span", "Li", "Td", …)."""
    return {"props": {"children": children, **props}, "type": tag, "namespace": "dash_html_components"}


def link(children, href: str, **props) -> Markup:
    """A dcc.Link: a link that changes the page's URL without reloading it."""
    return {"props": {"children": children, "href": href, **props}, "type": "Link", "namespace": "dash_core_components"}
