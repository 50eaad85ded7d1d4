"""The goals file: declared goal areas and goals, validated like observations."""

import pandas as pd

from dashboard.analysis.goal_areas import goal_area_summaries
from dashboard.analysis.report import scorecard
from dashboard.analysis.selection import Selection, normalize
from dashboard.data.goals import is_goals_file
from dashboard.data.loading import load_path, read_text
from dashboard.settings import Settings
from tests.conftest import HEADER, dataset_from

GOALS_HEADER = "municipality,municipality_code,goal_area,goal,description,agenda2030,source,published"


def test_goals_files_are_recognised_by_name():
    assert is_goals_file("goals.csv") and is_goals_file("Goals_koping.csv")
    assert not is_goals_file("boras_goals.csv") and not is_goals_file("data.csv")


def test_a_valid_goals_file_loads_with_normalised_agenda_numbers():
    text = (
        GOALS_HEADER + "\nTestkommun,0001,Skola,Alla ska klara skolan,,4; 10,Plan,2020-01-01\nTestkommun,,Miljö,,,,,\n"
    )
    goals, problems = read_text(text, "goals.csv", goals=True)
    assert problems == []
    assert goals.loc[0, "agenda2030"] == "4;10" and goals["agenda2030"].isna().tolist() == [False, True]
    assert goals["goal"].isna().tolist() == [False, True]  # the second row only declares the goal area


def test_goal_file_problems_are_reported_with_row_and_column():
    text = GOALS_HEADER + "\nTestkommun,,Skola,Mål A,,18,,igår\nTestkommun,,,Mål B,,,,\nTestkommun,,Skola,Mål A,,,,\n"
    goals, problems = read_text(text, "goals.csv", goals=True)
    assert goals is None
    assert {(p.row, p.column) for p in problems} == {(2, "agenda2030"), (2, "published"), (3, "goal_area"), (4, "goal")}


def test_goals_file_without_goal_column_is_rejected():
    goals, problems = read_text("municipality,goal_area\nT,Skola\n", "goals.csv", goals=True)
    assert goals is None and [(p.row, p.column) for p in problems] == [(1, "goal")]


def test_folder_loads_goals_apart_from_observations(tmp_path):
    (tmp_path / "obs.csv").write_text(HEADER + "\nT,,,Skola,,Ind,,,2020,1,2,s,2020-01-01,\n", encoding="utf-8")
    (tmp_path / "goals.csv").write_text(GOALS_HEADER + "\nT,,Skola,Alla ska klara skolan,,,,\n", encoding="utf-8")
    result = load_path(tmp_path)
    assert result.problems == () and len(result.observations) == 1
    assert result.goals["goal"].tolist() == ["Alla ska klara skolan"]


def test_overview_links_indicators_to_goals_and_lists_goal_areas_without_indicators():
    data = (
        HEADER.replace("goal_area,", "goal_area,goal,")
        + """
T,,,Skola,Alla ska klara skolan,,Behörighet,%,increase,2020,80,90,s,2020-01-01,
T,,,Skola,,,Närvaro,%,increase,2020,95,95,s,2020-01-01,
"""
    )
    dataset = dataset_from(data)
    goals = pd.DataFrame(
        {
            "municipality": ["T"] * 3,
            "goal_area": ["Skola", "Skola", "Miljö"],
            "goal": ["Alla ska klara skolan", "Ingen ska lämna skolan utan examen", "Mindre utsläpp"],
            "description": [None] * 3,
            "agenda2030": ["4", None, "13"],
        }
    )
    selection, _, _ = normalize(Selection("T", year=2020), dataset)
    summaries = goal_area_summaries(scorecard(dataset, selection, Settings()), goals)
    by_name = {summary.name: summary for summary in summaries}
    assert list(by_name) == ["Miljö", "Skola"]
    school = by_name["Skola"]
    assert [(g.text, g.indicator_count, g.agenda2030) for g in school.goals] == [
        ("Alla ska klara skolan", 1, (4,)),
        ("Ingen ska lämna skolan utan examen", 0, ()),
    ]
    assert school.goals_with_indicators == 1
    assert school.counts["Uppnått"] == 1 and school.counts["Ej uppnått"] == 1
    assert not by_name["Miljö"].indicators and by_name["Miljö"].goals_with_indicators == 0


def test_a_goals_header_is_checked_as_an_observation_header_is():
    """A repeated column is an error (which of the two is the goal?), a column without a heading a warning."""
    goals, problems = read_text("municipality,,goal_area,goal,goal\nT,,Skola,A,B\n", "goals.csv", goals=True)
    assert goals is None
    assert [(p.row, p.column, p.code, p.severity) for p in problems] == [
        (1, "#2", "column_without_heading", "warning"),
        (1, "goal", "column_repeated", "error"),
    ]
