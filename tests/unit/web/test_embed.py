"""The /embed page: data stays text, the figure JSON cannot break out of its script block."""

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
    assert page.count("<script") == 3  # the JSON block, plotly.min.js and embed.js
    assert "</script><script>alert(1)" not in page
    block = page.split('id="figure-data">', 1)[1].split("</script>", 1)[0]
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
