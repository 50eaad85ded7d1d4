"""The core's notices about URL values that do not exist: keys with parameters, told in either language."""

import re

from dashboard.analysis.selection import Selection, normalize
from dashboard.domain.messages import Message
from dashboard.i18n import render
from tests.conftest import HEADER, dataset_from

SWEDISH = re.compile(r"\b(finns|visar|uppgifter|Indikatorn|urvalet|kommunen|området|målområdet|alla)\b")
DATA = (
    HEADER
    + """
Borås,1490,,Vård och omsorg,U21401,Personal,antal,decrease,2020,17,15,Budget,2021-01-01,
Borås,1490,Sjöbo,Vård och omsorg,U21401,Personal,antal,decrease,2020,16,,Budget,2021-01-01,
Köping,1983,,Vård och omsorg,U21401,Personal,antal,decrease,2020,12,10,Budget,2021-01-01,
"""
)
QUERIES = [
    "?municipality=Stockholm",
    "?municipality=Borås&area=Norrby",
    "?municipality=Borås&goal_area=Skola",
    "?municipality=Borås&year=1999",
    "?municipality=Borås&indicator=Okänd",
    "?view=areas&municipality=Borås&areas=Norrby",
    "?view=municipalities&indicator=U21401&municipalities=Malmö",
    "?view=areas&municipality=Borås&indicator=U21401&year=1999",
]


def _notices(query: str) -> list[Message]:
    return normalize(Selection.from_query(query), dataset_from(DATA))[2]


def test_every_notice_is_a_message_with_a_sentence_in_both_languages():
    notices = [notice for query in QUERIES for notice in _notices(query)]
    assert len(notices) >= len(QUERIES) and all(isinstance(notice, Message) for notice in notices)
    for notice in notices:
        assert SWEDISH.search(render(notice, "sv")), notice
        assert not SWEDISH.search(render(notice, "en")), notice


def test_a_notice_keeps_the_asked_value_and_names_what_is_shown_in_the_language():
    notice = _notices("?municipality=Borås&goal_area=Skola")[0]
    assert notice.key == "notice.unknown_goal_area" and notice.params["wanted"] == "Skola"
    assert render(notice, "en") == "There is no data for the goal area “Skola” in the selection; showing all."
    assert render(notice, "sv") == "Det finns inga uppgifter för målområdet ”Skola” i urvalet; visar alla."


def test_the_whole_municipality_shown_instead_is_named_in_the_language():
    notice = _notices("?municipality=Borås&area=Norrby")[0]
    assert render(notice, "en").endswith("showing Whole municipality.")
    assert render(notice, "sv").endswith("visar Hela kommunen.")


def test_several_unknown_areas_take_the_plural():
    dataset = dataset_from(DATA)
    one = normalize(Selection.from_query("?view=areas&municipality=Borås&areas=Norrby"), dataset)[2]
    two = normalize(Selection.from_query("?view=areas&municipality=Borås&areas=Norrby,Hulta"), dataset)[2]
    assert render(one[0], "sv") == "Inga uppgifter för området Norrby i urvalet."
    assert render(two[0], "sv") == "Inga uppgifter för områdena Norrby, Hulta i urvalet."
