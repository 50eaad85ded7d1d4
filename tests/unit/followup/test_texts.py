"""Analyses and assessments in the database: versions, states, rights and concurrent edits."""

from __future__ import annotations

import pytest

from dashboard.domain.followup import ANONYMOUS, Actor, Assignment, Role, State
from dashboard.followup import audit, texts
from dashboard.followup.texts import Conflict, Invalid, Key, NotAllowed

GOAL = Key("Borås", "Hela kommunen", 2020, "Barn och unga", "Fler elever ska klara skolan")
ANNA = Actor("anna", Role.ANALYST, (Assignment("Borås", "Barn och unga"),))
OLLE = Actor("olle", Role.ANALYST, (Assignment("Borås", "Miljö"),))
GUNNEL = Actor("gunnel", Role.APPROVER, (Assignment("Borås", "*"),))
READER = Actor("lisa", Role.READER)


def test_a_text_goes_from_draft_to_ready_to_approved_with_a_version_per_save(db):
    first = texts.save(db, ANNA, GOAL, "Utkast.", "Delvis uppfyllt", State.DRAFT, base=0)
    ready = texts.save(db, ANNA, GOAL, "Klar text.", "Delvis uppfyllt", State.READY, base=first.version)
    done = texts.save(db, GUNNEL, GOAL, "Klar text.", "Delvis uppfyllt", State.APPROVED, base=ready.version)

    assert [first.version, ready.version, done.version] == [1, 2, 3]
    assert done.approved.analysis == "Klar text." and done.approved.author == "gunnel"
    history = texts.history(db, done.id)
    assert [(v.number, v.state, v.author) for v in history] == [
        (1, State.DRAFT, "anna"),
        (2, State.READY, "anna"),
        (3, State.APPROVED, "gunnel"),
    ]
    assert history[0].analysis == "Utkast."  # nothing overwritten


def test_only_approved_versions_are_public_and_a_new_draft_leaves_the_approved_one_shown(db):
    texts.save(db, ANNA, GOAL, "Första.", "Uppfyllt", State.DRAFT, base=0)
    assert texts.approved(db, "Borås", 2020) == []
    assert texts.for_view(db, ANONYMOUS, "Borås", "Hela kommunen", 2020) == {}
    texts.save(db, ANNA, GOAL, "Första.", "Uppfyllt", State.READY, base=1)
    texts.save(db, GUNNEL, GOAL, "Första.", "Uppfyllt", State.APPROVED, base=2)
    texts.save(db, ANNA, GOAL, "Omskriven.", "Ej uppfyllt", State.DRAFT, base=3)

    public = texts.for_view(db, ANONYMOUS, "Borås", "Hela kommunen", 2020)
    _, shown = public[(GOAL.goal_area, GOAL.goal, "")]
    assert (shown.number, shown.analysis, shown.assessment) == (3, "Första.", "Uppfyllt")
    assert texts.for_view(db, READER, "Borås", "Hela kommunen", 2020)[(GOAL.goal_area, GOAL.goal, "")][1].number == 3
    _, own = texts.for_view(db, ANNA, "Borås", "Hela kommunen", 2020)[(GOAL.goal_area, GOAL.goal, "")]
    assert (own.number, own.state, own.analysis) == (4, State.DRAFT, "Omskriven.")
    # an analyst of another goal area sees what the public sees
    assert texts.for_view(db, OLLE, "Borås", "Hela kommunen", 2020)[(GOAL.goal_area, GOAL.goal, "")][1].number == 3
    assert [t.approved.number for t in texts.approved(db, "Borås", 2020)] == [3]
    assert texts.approved(db, "Borås", 2021) == [] and texts.approved(db, "Köping", 2020) == []


@pytest.mark.parametrize(
    ("actor", "wanted"),
    [
        (ANONYMOUS, State.DRAFT),
        (READER, State.DRAFT),
        (OLLE, State.DRAFT),  # not his goal area
        (ANNA, State.APPROVED),  # analysts do not approve
    ],
)
def test_a_save_outside_the_actors_rights_is_refused_and_writes_nothing(db, actor, wanted):
    with pytest.raises(NotAllowed):
        texts.save(db, actor, GOAL, "Text.", None, wanted, base=0)
    assert texts.find(db, GOAL) is None


def test_approval_needs_a_ready_text(db):
    texts.save(db, ANNA, GOAL, "Utkast.", None, State.DRAFT, base=0)
    with pytest.raises(NotAllowed):
        texts.save(db, GUNNEL, GOAL, "Utkast.", None, State.APPROVED, base=1)
    assert texts.find(db, GOAL).version == 1


def test_the_second_of_two_saves_from_the_same_version_is_refused_with_the_first_ones_text(db):
    texts.save(db, ANNA, GOAL, "Början.", None, State.DRAFT, base=0)
    texts.save(db, ANNA, GOAL, "Annas version.", None, State.DRAFT, base=1)
    with pytest.raises(Conflict) as refused:
        texts.save(db, GUNNEL, GOAL, "Gunnels version.", None, State.DRAFT, base=1)
    assert refused.value.current.version == 2
    assert refused.value.current.newest.analysis == "Annas version."
    # merged and saved again on the newer version: both stay in the history
    merged = texts.save(db, GUNNEL, GOAL, "Annas version. Gunnels tillägg.", None, State.DRAFT, base=2)
    assert [v.analysis for v in texts.history(db, merged.id)] == [
        "Början.",
        "Annas version.",
        "Annas version. Gunnels tillägg.",
    ]


def test_a_first_save_against_an_existing_text_is_a_conflict(db):
    texts.save(db, ANNA, GOAL, "Först.", None, State.DRAFT, base=0)
    with pytest.raises(Conflict) as refused:
        texts.save(db, GUNNEL, GOAL, "Också först.", None, State.DRAFT, base=0)
    assert refused.value.current.newest.analysis == "Först."


@pytest.mark.parametrize(
    ("key", "assessment", "analysis", "problem"),
    [
        (GOAL, "Nästan uppfyllt", "", "followup.unknown_assessment"),
        (Key("Borås", "Hela kommunen", 2020, "Barn och unga", "Mål", "Meritvärde"), "Uppfyllt", "", None),
        (GOAL, None, "x" * (texts.MAX_ANALYSIS_CHARS + 1), "followup.too_long"),
    ],
)
def test_invalid_texts_are_refused_with_a_reason(db, key, assessment, analysis, problem):
    with pytest.raises(Invalid) as refused:
        texts.save(db, ANNA, key, analysis, assessment, State.DRAFT, base=0)
    assert refused.value.key == (problem or "followup.assessment_on_indicator")


def test_text_is_stored_exactly_as_written(db):
    written = '<script>alert("x")</script> & **fet** [länk](javascript:alert(1))\n\nÅÄÖ'
    saved = texts.save(db, ANNA, GOAL, written, None, State.DRAFT, base=0)
    assert texts.get(db, saved.id).newest.analysis == written


def test_every_write_is_in_the_audit_log(db):
    texts.save(db, ANNA, GOAL, "a", None, State.DRAFT, base=0)
    texts.save(db, ANNA, GOAL, "a", None, State.READY, base=1)
    events = audit.recent(db)
    assert [(e.actor, e.action) for e in events] == [("anna", "text_ready"), ("anna", "text_draft")]
    assert "v2" in events[0].target and "Fler elever ska klara skolan" in events[0].target
