"""The comparison views in the URL: lists of areas and municipalities, and their narrowing to what exists."""

from __future__ import annotations

import pytest

from dashboard.analysis.selection import Selection, normalize
from dashboard.i18n import render
from tests.conftest import HEADER, dataset_from

# Bibliotekslån sorts first but has no district data; Cykelvägar's whole municipality lacks 2022.
AREAS = (
    HEADER
    + """
Testkommun,9999,,Kultur,,Bibliotekslån,antal,increase,2022,500,,Test,2023-01-01,
Testkommun,9999,,Miljö,,Cykelvägar,km,increase,2020,10,,Test,2021-01-01,
Testkommun,9999,,Miljö,,Cykelvägar,km,increase,2021,12,,Test,2022-01-01,
Testkommun,9999,Norrdelen,Miljö,,Cykelvägar,km,increase,2020,5,,Test,2021-01-01,
Testkommun,9999,Norrdelen,Miljö,,Cykelvägar,km,increase,2021,6,,Test,2022-01-01,
Testkommun,9999,Norrdelen,Miljö,,Cykelvägar,km,increase,2022,7,,Test,2023-01-01,
Testkommun,9999,Söderdelen,Miljö,,Cykelvägar,km,increase,2020,4,,Test,2021-01-01,
"""
)

# Andel i arbete: Alfaby and Zetaby report 2020 and 2021, Åsby 2020 and 2022; Ödeby lacks it.
MUNICIPALITIES = (
    HEADER
    + """
Alfaby,9905,,Arbete,,Andel i arbete,%,increase,2020,70,,Test,2021-01-01,
Alfaby,9905,,Arbete,,Andel i arbete,%,increase,2021,71,,Test,2022-01-01,
Zetaby,9904,,Arbete,,Andel i arbete,%,increase,2020,60,,Test,2021-01-01,
Zetaby,9904,,Arbete,,Andel i arbete,%,increase,2021,61,,Test,2022-01-01,
Åsby,9903,,Arbete,,Andel i arbete,%,increase,2020,50,,Test,2021-01-01,
Åsby,9903,,Arbete,,Andel i arbete,%,increase,2022,52,,Test,2023-01-01,
Ödeby,9902,,Kultur,,Bibliotekslån,antal,increase,2022,300,,Test,2023-01-01,
"""
)


def _areas_view(**asked):
    return normalize(Selection(municipality="Testkommun", view="areas", **asked), dataset_from(AREAS))


def _municipalities_view(**asked):
    return normalize(Selection(view="municipalities", **asked), dataset_from(MUNICIPALITIES))


def test_lists_in_the_url_are_read_as_tuples_and_blanks_are_dropped():
    selection = Selection.from_query("?view=areas&municipality=Testkommun&areas=Norrdelen,%20,%20Söderdelen")
    assert selection.view == "areas" and selection.areas == ("Norrdelen", "Söderdelen")
    selection = Selection.from_query({"view": "municipalities", "municipalities": "Alfaby,Åsby"})
    assert selection.municipalities == ("Alfaby", "Åsby") and selection.areas == ()


def test_unknown_view_is_dropped():
    assert Selection.from_query("?view=kartor").view is None


def test_list_is_written_comma_separated_in_the_fixed_parameter_order():
    selection = Selection(
        view="municipalities", indicator="Andel i arbete", year=2021, municipalities=("Alfaby", "Åsby")
    )
    # urlencode: space → +, "," → %2C, Å (UTF-8 C3 85) → %C3%85
    assert selection.to_query() == (
        "?view=municipalities&indicator=Andel+i+arbete&year=2021&municipalities=Alfaby%2C%C3%85sby"
    )


@pytest.mark.parametrize(
    "selection",
    [
        Selection(
            municipality="Testkommun",
            view="areas",
            indicator="Cykelvägar",
            year=2021,
            areas=("Norrdelen", "Söderdelen"),
        ),
        Selection(
            view="municipalities", indicator="Andel i arbete", year=2020, municipalities=("Alfaby", "Zetaby", "Åsby")
        ),
    ],
)
def test_a_link_reproduces_the_comparison(selection):
    assert Selection.from_query(selection.to_query()) == selection


def test_normalized_comparison_survives_the_round_trip():
    normalized, _, _ = _areas_view(areas=("Norrdelen",))
    assert Selection.from_query(normalized.to_query()) == normalized
    normalized, _, _ = _municipalities_view(municipalities=("Åsby", "Alfaby"))
    assert Selection.from_query(normalized.to_query()) == normalized


def test_areas_view_opens_on_the_indicator_and_year_with_the_most_districts_beside_the_whole():
    normalized, choices, notices = _areas_view()
    assert normalized.view == "areas" and normalized.indicator == "Cykelvägar"  # not Bibliotekslån
    # with the whole municipality: 2020 Norrdelen and Söderdelen (2), 2021 Norrdelen (1), 2022 none
    assert normalized.year == 2020
    assert normalized.areas == ()
    assert choices.compare_areas == ["Norrdelen", "Söderdelen"]
    assert [key for key, _ in choices.indicators] == ["Cykelvägar"]
    assert notices == []


def test_areas_view_default_year_follows_the_chosen_areas():
    normalized, _, notices = _areas_view(areas=("Söderdelen",))
    assert normalized.areas == ("Söderdelen",)
    assert normalized.year == 2020  # Söderdelen only has 2020, shared with the whole municipality
    assert notices == []


def test_unknown_area_gives_a_notice_and_is_dropped():
    normalized, _, notices = _areas_view(areas=("Norrdelen", "Uppdiktade"))
    assert normalized.areas == ("Norrdelen",)
    assert any("Uppdiktade" in render(notice) for notice in notices)


def test_areas_view_year_without_outcomes_gives_a_notice():
    normalized, _, notices = _areas_view(indicator="Cykelvägar", year=2019)
    assert normalized.year == 2020
    assert any("2019" in render(notice) and "2020" in render(notice) for notice in notices)
    # with the areas chosen, the latest year they share with the whole municipality: Norrdelen 2021
    chosen, _, _ = _areas_view(indicator="Cykelvägar", year=2019, areas=("Norrdelen",))
    assert chosen.year == 2021


def test_areas_view_keeps_a_requested_year_with_outcomes():
    normalized, _, notices = _areas_view(indicator="Cykelvägar", year=2020)
    assert normalized.year == 2020 and notices == []


def test_municipalities_view_defaults_to_all_municipalities_having_the_indicator():
    normalized, choices, notices = _municipalities_view(indicator="Andel i arbete")
    assert normalized.view == "municipalities" and normalized.indicator == "Andel i arbete"
    assert normalized.municipalities == ("Alfaby", "Zetaby", "Åsby")  # not Ödeby; Swedish order
    assert choices.compare_municipalities == ["Alfaby", "Zetaby", "Åsby"]
    assert notices == []


def test_indicator_is_matched_by_name_across_municipalities():
    _, choices, _ = _municipalities_view(indicator="Andel i arbete")
    # one indicator found in three municipalities, not three indicators; Bibliotekslån, only Ödeby's,
    # is not offered: there is nothing to compare it with
    assert [key for key, _ in choices.indicators] == ["Andel i arbete"]
    normalized, _, notices = _municipalities_view(indicator="Andel i arbete")
    assert normalized.indicator == "Andel i arbete" and notices == []


# Indicators with an indicator_id; Bibliotekslån is in more places, so it would be the default.
WITH_IDS = (
    HEADER
    + """
Alfaby,9905,,Arbete,N01,Andel i arbete,%,increase,2021,70,,Test,2022-01-01,
Alfaby,9905,Norrdelen,Arbete,N01,Andel i arbete,%,increase,2021,60,,Test,2022-01-01,
Zetaby,9904,,Arbete,N01,Andel i arbete,%,increase,2021,60,,Test,2022-01-01,
Alfaby,9905,,Kultur,B02,Bibliotekslån,antal,increase,2021,100,,Test,2022-01-01,
Alfaby,9905,Norrdelen,Kultur,B02,Bibliotekslån,antal,increase,2021,10,,Test,2022-01-01,
Alfaby,9905,Söderdelen,Kultur,B02,Bibliotekslån,antal,increase,2021,20,,Test,2022-01-01,
Zetaby,9904,,Kultur,B02,Bibliotekslån,antal,increase,2021,200,,Test,2022-01-01,
Ödeby,9902,,Kultur,B02,Bibliotekslån,antal,increase,2021,300,,Test,2022-01-01,
"""
)


@pytest.mark.parametrize("view", ["areas", "municipalities"])
def test_indicator_with_an_id_is_also_matched_by_its_name(view):
    asked = Selection(municipality="Alfaby", view=view, indicator="Andel i arbete")
    normalized, _, notices = normalize(asked, dataset_from(WITH_IDS))
    assert normalized.indicator == "N01"
    assert notices == []


def test_indicator_with_an_id_is_matched_by_its_id():
    asked = Selection(view="municipalities", indicator="N01")
    normalized, _, notices = normalize(asked, dataset_from(WITH_IDS))
    assert normalized.indicator == "N01" and normalized.municipalities == ("Alfaby", "Zetaby")
    assert notices == []


def test_default_year_is_the_latest_in_which_most_chosen_municipalities_have_outcomes():
    # outcomes per year: 2020: 3 (Alfaby, Zetaby, Åsby), 2021: 2, 2022: 1 → 2020, not the latest 2022
    normalized, choices, _ = _municipalities_view(indicator="Andel i arbete")
    assert normalized.year == 2020
    assert choices.years == [2020, 2021, 2022]
    # only Alfaby and Zetaby: 2020: 2, 2021: 2 → the later of the tied years, 2021
    normalized, choices, _ = _municipalities_view(indicator="Andel i arbete", municipalities=("Zetaby", "Alfaby"))
    assert normalized.municipalities == ("Zetaby", "Alfaby") and normalized.year == 2021
    assert choices.years == [2020, 2021]


def test_municipalities_view_year_without_outcomes_gives_a_notice():
    normalized, _, notices = _municipalities_view(indicator="Andel i arbete", year=2019)
    assert normalized.year == 2020
    assert any("2019" in render(notice) and "2020" in render(notice) for notice in notices)


def test_unknown_municipality_gives_a_notice_and_is_dropped():
    normalized, _, notices = _municipalities_view(indicator="Andel i arbete", municipalities=("Åsby", "Ödeby"))
    assert normalized.municipalities == ("Åsby",)  # Ödeby has no Andel i arbete
    assert any("Ödeby" in render(notice) for notice in notices)
