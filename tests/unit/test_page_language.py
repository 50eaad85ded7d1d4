"""The page's language: <html lang> from the page's URL, the layout from the page that asks for it."""

import json

from dashboard.app import create_app
from tests.conftest import HEADER, dataset_from

DATA = HEADER + "\nBorås,1490,,Vård och omsorg,,Bostäder,antal,increase,2020,221,230,Budget,2020-11-12,\n"


def _client():
    return create_app(dataset=dataset_from(DATA)).server.test_client()


def test_html_lang_and_skip_link_follow_the_url_not_the_page_before():
    client = _client()
    english = client.get("/?lang=en").get_data(as_text=True)
    assert '<html lang="en">' in english and ">Skip to content<" in english
    swedish = client.get("/?municipality=Bor%C3%A5s", headers={"Referer": "http://x/?lang=en"}).get_data(as_text=True)
    assert '<html lang="sv">' in swedish and ">Hoppa till innehållet<" in swedish


def test_layout_is_in_the_language_of_the_page_that_fetches_it():
    client = _client()
    english = json.dumps(client.get("/_dash-layout", headers={"Referer": "http://x/?year=2020&lang=en"}).get_json())
    swedish = json.dumps(client.get("/_dash-layout").get_json(), ensure_ascii=False)
    assert "Follow-up year" in english and "Uppföljningsår" not in english
    assert "Uppföljningsår" in swedish


def test_statement_page_in_both_languages():
    client = _client()
    swedish = client.get("/tillganglighet").get_data(as_text=True)
    english = client.get("/tillganglighet?lang=en").get_data(as_text=True)
    assert '<html lang="sv">' in swedish and "Tillsyn" in swedish and "digg.se" in swedish
    assert '<html lang="en">' in english and "Supervision" in english
