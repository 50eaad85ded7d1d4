"""The detail's "Definition och källa": there when indicators.csv describes the indicator, its text
shown as text, its source a link that opens apart from the page."""

from __future__ import annotations

import shutil

from dash import html

from dashboard.analysis.selection import Selection
from dashboard.data.dataset import Dataset
from dashboard.settings import Settings
from layouts import ids
from layouts.detail import detail_part
from tests.paths import FIXTURES
from tests.presenters import find, texts

DEFINITIONS = FIXTURES / "definitions"


def _dataset(tmp_path, fixture: str | None = "valid.csv", text: str | None = None) -> Dataset:
    shutil.copy(DEFINITIONS / "observations.csv", tmp_path / "observations.csv")
    if fixture is not None:
        shutil.copy(DEFINITIONS / fixture, tmp_path / "indicators.csv")
    if text is not None:
        (tmp_path / "indicators.csv").write_text(text, encoding="utf-8")
    return Dataset.from_path(tmp_path)


def _body(dataset, indicator="U21401", lang="sv") -> list:
    selection = Selection("Testkommun", "Hela kommunen", "Vård och omsorg", indicator, 2020, lang=lang)
    return detail_part(dataset, selection, Settings())["body"]


def _components(component):
    """Every component in a tree, depth first."""
    if isinstance(component, (list, tuple)):
        for child in component:
            yield from _components(child)
    elif hasattr(component, "to_plotly_json"):
        yield component
        yield from _components(getattr(component, "children", None))


def test_the_part_shows_the_definition_its_facts_and_the_source_link(tmp_path):
    body = _body(_dataset(tmp_path))
    part = find(body, ids.DEFINITION)
    assert texts(part) == [
        "Definition och källa",
        "Antal personal som en hemtjänsttagare möter under 14 dagar.",
        "Verksamhetsområde",
        "Ordinärt boende",
        "Enhet",
        "antal",  # the data left it empty: indicators.csv filled it
        "Riktning",
        "lägre värde är bättre",
        "Könsuppdelad i källan",
        "ja",
        "Källa",
        "https://api.kolada.se/v3/kpi/U21401",
    ]
    (link,) = [c for c in _components(part) if isinstance(c, html.A)]
    assert link.href == "https://api.kolada.se/v3/kpi/U21401" and link.target == "_blank"
    assert "noopener" in link.rel.split()
    assert body[-1].className.startswith("method")  # the part comes before "Så räknar vi"
    assert body.index(part) == len(body) - 2


def test_the_data_s_unit_and_direction_are_the_ones_shown(tmp_path):
    """Trygghetsbostäder gives its own (lägenheter, increase): indicators.csv's (antal, decrease) is not used."""
    part = find(_body(_dataset(tmp_path), "Trygghetsbostäder"), ids.DEFINITION)
    shown = texts(part)
    assert "lägenheter" in shown and "högre värde är bättre" in shown
    assert "antal" not in shown and "lägre värde är bättre" not in shown
    assert "Könsuppdelad i källan" in shown and "nej" in shown and "Källa" not in shown  # no link given


def test_the_part_speaks_english(tmp_path):
    part = find(_body(_dataset(tmp_path), lang="en"), ids.DEFINITION)
    assert texts(part)[:3] == [
        "Definition and source",
        "Antal personal som en hemtjänsttagare möter under 14 dagar.",
        "Operating area",
    ]
    assert "a lower value is better" in texts(part)


def test_markup_in_the_definition_is_text(tmp_path):
    part = find(_body(_dataset(tmp_path, "markup.csv")), ids.DEFINITION)
    paragraph = next(c for c in _components(part) if isinstance(c, html.P))
    assert paragraph.children == "<script>alert(1)</script> <b>fet</b> & mer"  # a string: React escapes it
    assert not any("dangerously_set_inner_html" in c.to_plotly_json()["props"] for c in _components(part))
    (link,) = [c for c in _components(part) if isinstance(c, html.A)]
    assert link.href == link.children == "https://example.org/kpi?id=U21401&x=<1>"


def test_no_part_without_a_definition(tmp_path):
    assert find(_body(_dataset(tmp_path, None)), ids.DEFINITION) is None


def test_no_part_when_the_file_gives_only_what_the_figures_show(tmp_path):
    body = _body(_dataset(tmp_path, None, text="indicator_id,unit,direction\nU21401,antal,decrease\n"))
    assert find(body, ids.DEFINITION) is None
    # the direction still reaches the verdicts: 11 → 12 is worse when lower is better
    assert "senaste året sämre (11 → 12)" in " ".join(texts(body))
