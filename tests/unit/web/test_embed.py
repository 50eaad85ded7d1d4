"""The /embed page: data stays text, the figure JSON cannot break out of its script block."""

import json

from dashboard.analysis.selection import Selection, normalize
from dashboard.settings import Settings
from dashboard.web.embed import embed_page
from tests.conftest import HEADER, dataset_from

NAME = "Slut</script><script>alert(1)</script>"
DATA = HEADER + f'\nTestkommun,,,Mål,,"{NAME}",,,2020,5,8,"<b>Källa</b>",2020-01-01,\n'


def _page(kind: str, **selection) -> str:
    dataset = dataset_from(DATA)
    chosen, _, _ = normalize(Selection("Testkommun", **selection), dataset)
    return embed_page(dataset, chosen, Settings(), kind, "http://example.se/?a=1&b=2")


def test_a_name_with_a_closing_script_tag_stays_inside_the_json_block():
    page = _page("chart", indicator=NAME)
    assert page.count("<script") == 4  # the JSON blocks (wide and narrow), plotly.min.js and embed.js
    assert "</script><script>alert(1)" not in page
    for block_id in ("figure-data", "figure-data-narrow"):
        block = page.split(f'id="{block_id}">', 1)[1].split("</script>", 1)[0]
        assert "Slut&lt;" in block  # the chart title holds the name as escaped text (and JSON escapes the /)


def test_scorecard_escapes_names_and_sources():
    page = _page("scorecard")
    assert "&lt;b&gt;Källa&lt;/b&gt;" in page and "<b>Källa</b>" not in page
    assert "Slut&lt;/script&gt;" in page


def test_link_back_is_escaped_and_opens_in_a_new_tab():
    page = _page("chart")
    assert 'href="http://example.se/?a=1&amp;b=2" target="_blank" rel="noopener"' in page


def test_unknown_kind_falls_back_to_the_chart():
    assert 'id="figure-data"' in _page("nonsense")


def test_the_scorecard_embed_says_what_the_page_says_with_years_spans_and_status_colour():
    data = HEADER + (
        "\nBorås,1490,,Omsorg,,Respekt,%,increase,2017,86,,Budget,2020-01-01,"
        "\nBorås,1490,,Omsorg,,Respekt,%,increase,2018,83,,Budget,2020-01-01,"
        "\nBorås,1490,,Omsorg,,Respekt,%,increase,2019,84,,Budget,2020-01-01,"
        "\nBorås,1490,,Omsorg,,Respekt,%,increase,2020,,92,Budget,2020-01-01,\n"
    )
    dataset = dataset_from(data)
    chosen, _, _ = normalize(Selection("Borås", year=2020), dataset)
    page = embed_page(dataset, chosen, Settings(), "scorecard", "http://example.se/")
    # the outcome names its year, the status has its icon, words and colour, and the spans follow:
    # 86 (2017) → 84 (2019) against 92: (84/86)^(1/2) − 1 < 0 → Försämring sedan 2017; 83 → 84 is better
    assert "84\u00a0%<br><small>utfall 2019</small>" in page
    assert 'class="status status-not-met"' in page and ".status-not-met{color:#A63F00" in page
    assert "Försämring sedan 2017 · senaste året bättre (83\u00a0% → 84\u00a0%)" in page


def test_an_area_comparison_without_districts_says_so_as_the_page_does():
    """Testkommun has only its whole: the embed names it, as the page's comparison does."""
    page = _page("chart", view="areas")
    said = "Testkommun har inga områden med uppgifter att jämföra med hela kommunen."
    assert json.dumps(said)[1:-1] in page  # in the figure's JSON
