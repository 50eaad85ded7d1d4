"""The selection in the URL, and its narrowing to what the data holds."""

from dashboard.analysis.selection import Selection, normalize
from dashboard.data.dataset import Dataset
from dashboard.data.loading import LoadResult
from dashboard.data.validation import empty_frame
from dashboard.i18n import render
from tests.conftest import HEADER, dataset_from, groups_from, observations_from

DATA = (
    HEADER
    + """
Borås,1490,,Vård och omsorg,U21401,Personal,antal,decrease,2019,17,13,s,2020-01-01,
Borås,1490,,Vård och omsorg,,Bostäder,antal,increase,2020,221,230,s,2020-01-01,
Borås,1490,,Skola,,Behörighet,%,increase,2018,80,90,s,2019-01-01,
Borås,1490,Sjöbo,Skola,,Behörighet,%,increase,2018,70,,s,2019-01-01,
Köping,1983,,Arbete,,Sysselsättning,%,increase,2021,77,,s,2022-01-01,
"""
)


def _normalize(query: str):
    return normalize(Selection.from_query(query), dataset_from(DATA))


def test_query_round_trip_keeps_every_parameter():
    query = "?municipality=Bor%C3%A5s&area=Sj%C3%B6bo&goal_area=Skola&indicator=U21401&year=2019&as_of=2020-01-01"
    assert Selection.from_query(Selection.from_query(query).to_query()) == Selection.from_query(query)
    assert Selection.from_query(query).year == 2019


def test_unreadable_year_and_date_are_dropped_not_fatal():
    selection = Selection.from_query("?year=tjugo&as_of=igår")
    assert selection.year is None and selection.as_of is None


def test_empty_selection_gets_first_municipality_whole_area_and_latest_target_year():
    selection, choices, notices = _normalize("")
    assert selection.municipality == "Borås" and selection.area == "Hela kommunen"
    assert selection.goal_area is None
    assert selection.year == 2020  # latest year with a target across all goal areas
    assert notices == []
    assert choices.municipalities == ["Borås", "Köping"]


def test_options_narrow_to_the_chosen_municipality_and_area():
    selection, choices, _ = _normalize("?municipality=Borås&area=Sjöbo")
    assert choices.areas == ["Hela kommunen", "Sjöbo"]
    assert choices.goal_areas == ["Skola"]
    assert choices.years == [2018]
    assert selection.year == 2018


def test_goal_area_narrows_years_and_indicators():
    selection, choices, _ = _normalize("?municipality=Borås&goal_area=Vård och omsorg")
    assert choices.years == [2019, 2020]
    assert [name for _, name in choices.indicators] == ["Bostäder", "Personal"]
    assert selection.indicator is None  # the detail opens only when an indicator is chosen


def test_indicator_may_be_named_by_id_or_by_name():
    by_id, _, _ = _normalize("?municipality=Borås&indicator=U21401")
    by_name, _, _ = _normalize("?municipality=Borås&indicator=Personal")
    assert by_id.indicator == by_name.indicator == "U21401"


def test_unknown_values_fall_back_with_a_notice():
    selection, _, notices = _normalize("?municipality=Gotham&year=1999")
    assert selection.municipality == "Borås"
    assert any("Gotham" in render(notice) for notice in notices)
    assert any("1999" in render(notice) for notice in notices)


def test_case_differences_in_the_url_are_forgiven():
    selection, _, notices = _normalize("?municipality=borås&goal_area=skola")
    assert (selection.municipality, selection.goal_area) == ("Borås", "Skola")
    assert notices == []


def test_as_of_limits_years_to_what_was_published():
    selection, choices, _ = _normalize("?municipality=Borås&as_of=2019-06-01")
    assert choices.years == [2018]
    assert "2019-06-01" in choices.publication_dates


def test_no_data_gives_an_empty_selection():
    selection, choices, _ = normalize(Selection(), Dataset(LoadResult(empty_frame())))
    assert selection.municipality is None and choices.municipalities == []


def test_without_a_municipality_the_one_with_most_targets_is_shown():
    data = (
        HEADER
        + """
Alfaby,,,M,,A,,,2020,1,,s,2020-01-01,
Östby,,,M,,A,,,2020,1,5,s,2020-01-01,
Östby,,,M,,B,,,2020,1,5,s,2020-01-01,
"""
    )
    selection, _, _ = normalize(Selection(), dataset_from(data))
    assert selection.municipality == "Östby"


def test_peers_travel_in_the_url_and_all_municipalities_is_alla():
    selection, _, notices = _normalize("?municipality=Borås&peers=Alla")
    assert selection.peers == "alla" and notices == []
    assert "peers=alla" in selection.to_query()
    assert Selection.from_query(selection.to_query()) == selection
    assert _normalize("?municipality=Borås")[0].peers is None


def test_an_unknown_comparison_group_falls_back_to_all_municipalities_with_a_notice():
    selection, choices, notices = _normalize("?municipality=Borås&peers=Liknande")
    assert selection.peers == "alla" and choices.peer_groups == []
    assert [render(notice) for notice in notices] == [
        "Det finns ingen jämförelsegrupp ”Liknande” i groups.csv; referensen visar alla kommuner."
    ]
    assert render(notices[0], "en") == (
        "There is no comparison group “Liknande” in groups.csv; the reference shows all municipalities."
    )


def test_a_group_is_found_in_any_case_and_kept_in_views_that_compare():
    groups = groups_from("group,municipality\nLiknande kommuner,Borås\nLiknande kommuner,Köping")
    dataset = Dataset(LoadResult(observations_from(DATA), groups=groups))
    for view in ("", "&view=municipalities", "&view=areas"):
        selection, choices, notices = normalize(Selection.from_query("?peers=liknande KOMMUNER" + view), dataset)
        assert selection.peers == "Liknande kommuner" and choices.peer_groups == ["Liknande kommuner"]
        assert not [n for n in notices if n.key == "notice.unknown_peers"]
