"""The core's notices about URL values that do not exist, read in English."""
import re

from dashboard.i18n.notices import translate_notice
from dashboard.analysis.selection import Selection, normalize
from tests.conftest import HEADER, dataset_from

SWEDISH = re.compile(r"\b(finns|visar|uppgifter|Indikatorn|urvalet|kommunen|området|målområdet|alla)\b")
DATA = HEADER + """
Borås,1490,,Vård och omsorg,U21401,Personal,antal,decrease,2020,17,15,Budget,2021-01-01,
Borås,1490,Sjöbo,Vård och omsorg,U21401,Personal,antal,decrease,2020,16,,Budget,2021-01-01,
Köping,1983,,Vård och omsorg,U21401,Personal,antal,decrease,2020,12,10,Budget,2021-01-01,
"""


def _notices(query: str) -> list[str]:
    return normalize(Selection.from_query(query), dataset_from(DATA))[2]


def test_every_notice_the_core_writes_has_an_english_sentence():
    queries = ["?municipality=Stockholm", "?municipality=Borås&area=Norrby", "?municipality=Borås&goal_area=Skola",
               "?municipality=Borås&year=1999", "?municipality=Borås&indicator=Okänd",
               "?view=areas&municipality=Borås&areas=Norrby", "?view=municipalities&indicator=U21401&municipalities=Malmö",
               "?view=areas&municipality=Borås&indicator=U21401&year=1999"]
    notices = [notice for query in queries for notice in _notices(query)]
    assert len(notices) >= len(queries)
    for notice in notices:
        english, translated = translate_notice(notice, "en")
        assert translated and not SWEDISH.search(english), notice


def test_the_english_notice_keeps_the_asked_value_and_names_what_is_shown():
    notice = _notices("?municipality=Borås&goal_area=Skola")[0]
    assert translate_notice(notice, "en") == (
        "There is no data for the goal area “Skola” in the selection; showing all.", True)
    assert translate_notice(notice, "sv") == (notice, True)
    assert translate_notice("Något helt annat.", "en") == ("Något helt annat.", False)
