"""Markup is the JSON the renderer reads: exactly what the Dash component would serialise to."""

from dash import dcc, html
from dash._utils import to_json

from layouts.markup import element, link


def test_an_element_serialises_like_the_dash_component():
    made = element("Span", ["a", element("Span", "b", className="x", **{"aria-hidden": "true"})], title="t")
    dash_made = html.Span(["a", html.Span("b", className="x", **{"aria-hidden": "true"})], title="t")
    assert to_json(made) == to_json(dash_made)


def test_an_empty_element_and_a_link_serialise_like_the_dash_components():
    assert to_json(element("Img", None, src="data:,", width=120)) == to_json(html.Img(src="data:,", width=120))
    assert to_json(link("Namn", "?indicator=U1", className="l")) == to_json(
        dcc.Link("Namn", href="?indicator=U1", className="l")
    )


def test_markup_can_sit_inside_components():
    assert to_json(html.Ul([element("Li", "x")])) == to_json(html.Ul([html.Li("x")]))
