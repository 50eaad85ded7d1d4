"""The indicator detail's "Definition och källa": what the indicator measures and where it comes
from, as indicators.csv describes it (dashboard/data/definitions.py). Its text is data and shown as
text (Dash escapes it); the source is a link that opens apart from the page."""

from __future__ import annotations

from dash import html

from dashboard.i18n import text
from dashboard.i18n.definition_facts import definition_facts
from layouts import ids


def definition_section(definition, unit, direction, lang: str = "sv") -> html.Section | None:
    """The part, or None when the indicator has no definition worth a part of its own."""
    if definition is None or not definition.describes:
        return None
    heading = html.H3(text("definition.heading", lang), id=ids.DEFINITION_HEADING, className="h6 mt-3")
    parts = [heading]
    if definition.text:
        parts.append(html.P(definition.text, className="definition-text"))
    items = []
    for label, value in definition_facts(definition, unit, direction, lang):
        items += [html.Dt(label), html.Dd(value)]
    if definition.source_url:
        link = html.A(definition.source_url, href=definition.source_url, rel="noopener noreferrer", target="_blank")
        items += [html.Dt(text("definition.source", lang)), html.Dd(link, className="definition-source")]
    if items:
        parts.append(html.Dl(items, className="definition-facts small"))
    return html.Section(parts, id=ids.DEFINITION, className="indicator-definition", **{"aria-labelledby": heading.id})
