"""The domain's own types: labels keep the export contract's Swedish values, problems travel as JSON."""

import json

from dashboard.domain.problems import WARNING, Problem, has_errors, problem
from dashboard.domain.statuses import Assessment, Progress, Status, Trend


def test_labels_are_the_swedish_export_values_and_name_their_catalogue_key():
    assert [s.value for s in Status] == [
        "Uppnått",
        "Nära målet",
        "Ej uppnått",
        "Inaktuellt utfall",
        "Utfall saknas",
        "Mål saknas",
    ]
    assert Status("Ej uppnått") is Status.NOT_MET and Status.NOT_MET == "Ej uppnått"
    assert (Status.NOT_MET.key, Progress.ON_TRACK.key, Trend.BETTER.key, Assessment.WORSE.key) == (
        "status.not_met",
        "progress.on_track",
        "trend.better",
        "assessment.worse",
    )
    assert {Status.MET: "✓"}["Uppnått"] == "✓"  # a frame's plain string finds its member


def test_a_problem_round_trips_through_json_with_its_parameters():
    found = problem("a.csv", 4.0, "outcome", "not_a_number", text="12,5")
    assert (found.row, found.key, found.params) == (4, "problem.not_a_number", {"text": "12,5"})
    assert Problem.from_dict(json.loads(json.dumps(found.as_dict()))) == found


def test_warnings_alone_are_not_errors():
    warning = problem("a.csv", None, None, "read_as_windows_1252", WARNING)
    assert not has_errors([warning]) and has_errors([warning, problem("a.csv", 2, None, "file_empty")])
