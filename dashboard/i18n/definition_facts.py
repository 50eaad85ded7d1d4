"""An indicator's definition as labelled facts in a language: the same words in the detail's
"Definition och källa" and in the Word report."""

from __future__ import annotations

from dashboard.domain.schema import DIRECTIONS
from dashboard.domain.values import is_missing
from dashboard.i18n import text


def definition_facts(definition, unit, direction, lang: str) -> list[tuple[str, str]]:
    """(label, value) of the operating area, the unit, the direction in words and whether the
    source divides the indicator by gender. The unit and direction are those the figures carry
    (the data's, which indicators.csv fills where the data leaves them empty), else the
    definition's. The source's address is left to the caller: a link on screen, text on paper."""
    unit = unit if not is_missing(unit) and unit != "" else definition.unit
    direction = direction if direction in DIRECTIONS else definition.direction
    facts = []
    if definition.operating_area:
        facts.append((text("definition.operating_area", lang), definition.operating_area))
    if unit:
        facts.append((text("definition.unit", lang), str(unit)))
    if direction in DIRECTIONS:
        facts.append((text("definition.direction", lang), text(f"definition.direction_{direction}", lang)))
    if definition.divided_by_gender is not None:
        divided = "definition.divided" if definition.divided_by_gender else "definition.not_divided"
        facts.append((text("definition.gender", lang), text(divided, lang)))
    return facts
