"""Sign-in, CSRF and the JSON API on a real app (Flask's test client), on SQLite and PostgreSQL.

The authorization matrix asks every write route of every role, anonymous included."""

from __future__ import annotations

import json
import re

import pytest

from dashboard.app import create_app
from dashboard.domain.followup import ANY, Role, State
from dashboard.followup import accounts, audit, texts
from dashboard.followup.database import Database, DatabaseUnavailable
from dashboard.followup.texts import Key
from dashboard.settings import Settings, SettingsError
from tests.conftest import HEADER, dataset_from

DATA = HEADER + "\nBorås,1490,,Barn och unga,,Ind,,,2020,5,6,Källa,2020-01-01,\n"
PASSWORD = "ett långt lösenord"
GOAL = Key("Borås", "Hela kommunen", 2020, "Barn och unga", "Fler elever klarar skolan")
PEOPLE = {
    "lasare": (Role.READER, None),
    "anna": (Role.ANALYST, ("Borås", "Barn och unga")),
    "olle": (Role.ANALYST, ("Borås", "Miljö")),
    "gunnel": (Role.APPROVER, ("Borås", ANY)),
    "admin": (Role.ADMIN, None),
}


@pytest.fixture
def app_db(db):
    for name, (role, where) in PEOPLE.items():
        accounts.add_user(db, name, role, PASSWORD)
        if where:
            accounts.assign(db, name, *where)
    settings = Settings(secret_key="test-secret-key-not-for-production")
    return create_app(settings, dataset_from(DATA), followup=db), db


def _token(client) -> str:
    page = client.get("/login").get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def _signed_in(app, name: str):
    client = app.server.test_client()
    reply = client.post("/login", data={"name": name, "password": PASSWORD, "csrf_token": _token(client)})
    assert reply.status_code == 303, reply.get_data(as_text=True)
    return client


def _csrf(client) -> dict:
    return {"X-CSRFToken": client.get_cookie("_csrf_token").value}


def _ready_text(db) -> texts.Text:
    anna = accounts.actor(db, "anna")
    first = texts.save(db, anna, GOAL, "Analys.", "Delvis uppfyllt", State.DRAFT, base=0)
    return texts.save(db, anna, GOAL, "Analys.", "Delvis uppfyllt", State.READY, base=first.version)


def test_sign_in_sets_a_hardened_session_and_a_csrf_cookie(app_db):
    app, db = app_db
    client = app.server.test_client()
    token = _token(client)
    reply = client.post("/login", data={"name": "anna", "password": PASSWORD, "csrf_token": token, "next": "/?x=1"})
    assert reply.status_code == 303 and reply.headers["Location"] == "/?x=1"
    cookies = reply.headers.getlist("Set-Cookie")
    session_cookie = next(c for c in cookies if c.startswith("malbild_session="))
    assert "HttpOnly" in session_cookie and "SameSite=Lax" in session_cookie and "Secure" not in session_cookie
    csrf_cookie = next(c for c in cookies if c.startswith("_csrf_token="))
    assert "SameSite=Strict" in csrf_cookie and token not in csrf_cookie  # a new token after sign-in
    assert ("anna", "sign_in") in [(e.actor, e.action) for e in audit.recent(db)]


def test_a_wrong_password_or_a_missing_token_is_refused(app_db):
    app, _ = app_db
    client = app.server.test_client()
    token = _token(client)
    wrong = client.post("/login", data={"name": "anna", "password": "fel", "csrf_token": token})
    assert wrong.status_code == 401 and "Fel användarnamn eller lösenord." in wrong.get_data(as_text=True)
    assert client.post("/login", data={"name": "anna", "password": PASSWORD}).status_code == 403


@pytest.mark.parametrize("target", ["//evil.example/", "https://evil.example/", "/\\evil.example", "javascript:x"])
def test_sign_in_never_leads_to_another_site(app_db, target):
    app, _ = app_db
    client = app.server.test_client()
    data = {"name": "anna", "password": PASSWORD, "csrf_token": _token(client), "next": target}
    assert client.post("/login", data=data).headers["Location"] == "/"


def test_the_public_api_lists_approved_texts_only(app_db):
    app, db = app_db
    ready = _ready_text(db)
    client = app.server.test_client()
    assert client.get("/api/v1/assessments?municipality=Borås&year=2020").get_json() == {"assessments": []}
    texts.save(db, accounts.actor(db, "gunnel"), GOAL, "Analys.", "Delvis uppfyllt", State.APPROVED, ready.version)
    listed = client.get("/api/v1/assessments?municipality=Borås&year=2020").get_json()["assessments"]
    assert [(a["goal"], a["assessment"], a["state"], a["version"], a["author"]) for a in listed] == [
        ("Fler elever klarar skolan", "Delvis uppfyllt", "Godkänd", 3, "gunnel")
    ]
    assert client.get("/api/v1/assessments?year=2021").get_json() == {"assessments": []}
    bad = client.get("/api/v1/assessments?year=tjugo")
    assert bad.status_code == 400 and bad.get_json()["error"] == "api.not_a_year"


# who may do what to a ready text of Borås / Barn och unga: 401 without sign-in, 403 without the right
MATRIX = {
    # wanted state: anonymous, läsare, analyst of the area, analyst of another area, approver, admin
    State.APPROVED: {None: 401, "lasare": 403, "anna": 403, "olle": 403, "gunnel": 200, "admin": 200},
    State.DRAFT: {None: 401, "lasare": 403, "anna": 200, "olle": 403, "gunnel": 200, "admin": 200},
    State.READY: {None: 401, "lasare": 403, "anna": 200, "olle": 403, "gunnel": 200, "admin": 200},
}


@pytest.mark.parametrize(("wanted", "who"), [(state, who) for state, row in MATRIX.items() for who in row])
def test_authorization_matrix_of_the_api_write(app_db, wanted, who):
    app, db = app_db
    ready = _ready_text(db)
    client = _signed_in(app, who) if who else app.server.test_client()
    headers = _csrf(client) if who else {}
    body = {"analysis": "Ny text.", "assessment": "Uppfyllt", "state": wanted.value, "version": ready.version}
    reply = client.put(f"/api/v1/assessments/{ready.id}", json=body, headers=headers)
    assert reply.status_code == MATRIX[wanted][who], reply.get_json()
    newest = texts.get(db, ready.id)
    if reply.status_code == 200:
        assert (newest.version, newest.newest.state, newest.newest.author) == (3, wanted, who)
    else:
        assert newest.version == ready.version  # nothing written


def test_approving_a_draft_says_that_it_must_be_ready_first_in_the_pages_language(app_db):
    app, db = app_db
    draft = texts.save(db, accounts.actor(db, "anna"), GOAL, "Utkast.", None, State.DRAFT, 0)
    client = _signed_in(app, "gunnel")
    body = {"analysis": "Utkast.", "state": "Godkänd", "version": draft.version}
    reply = client.put(f"/api/v1/assessments/{draft.id}?lang=en", json=body, headers=_csrf(client))
    assert reply.status_code == 403
    assert reply.get_json()["message"] == (
        "The text is Draft and cannot become Approved at once: a text is approved once it is ready."
    )


def test_a_signed_in_write_without_the_csrf_token_is_refused(app_db):
    app, db = app_db
    ready = _ready_text(db)
    client = _signed_in(app, "gunnel")
    body = {"analysis": "Analys.", "assessment": "Uppfyllt", "state": "Godkänd", "version": ready.version}
    assert client.put(f"/api/v1/assessments/{ready.id}", json=body).status_code == 403
    wrong = {"X-CSRFToken": "gissat"}
    assert client.put(f"/api/v1/assessments/{ready.id}", json=body, headers=wrong).status_code == 403
    assert client.post("/logout").status_code == 403
    assert texts.get(db, ready.id).version == ready.version


def test_a_stale_version_is_refused_with_the_newer_one_to_merge(app_db):
    app, db = app_db
    ready = _ready_text(db)
    client = _signed_in(app, "anna")
    body = {"analysis": "Min ändring.", "assessment": None, "state": "Utkast", "version": ready.version - 1}
    reply = client.put(f"/api/v1/assessments/{ready.id}", json=body, headers=_csrf(client))
    assert reply.status_code == 409
    answer = reply.get_json()
    assert answer["current"]["version"] == 2 and answer["current"]["analysis"] == "Analys."
    assert "anna" in answer["message"] and "version 2" in answer["message"]


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ({"analysis": 5, "state": "Utkast", "version": 2}, "api.field_type"),
        ({"analysis": "x", "state": "Publicerad", "version": 2}, "api.unknown_state"),
        ({"analysis": "x", "state": "Utkast", "version": "2"}, "api.field_type"),
        ({"analysis": "x", "assessment": "Bra", "state": "Utkast", "version": 2}, "followup.unknown_assessment"),
        ([1, 2], "api.not_json"),
    ],
)
def test_a_malformed_write_gets_400_with_the_reason(app_db, body, error):
    app, db = app_db
    ready = _ready_text(db)
    client = _signed_in(app, "anna")
    reply = client.put(f"/api/v1/assessments/{ready.id}", json=body, headers=_csrf(client))
    assert (reply.status_code, reply.get_json()["error"]) == (400, error)
    assert client.put("/api/v1/assessments/999", json=body, headers=_csrf(client)).status_code in (400, 404)


def test_signing_out_ends_the_rights(app_db):
    app, db = app_db
    ready = _ready_text(db)
    client = _signed_in(app, "anna")
    assert client.post("/logout", headers=_csrf(client)).status_code == 303
    body = {"analysis": "x", "state": "Utkast", "version": ready.version}
    assert client.put(f"/api/v1/assessments/{ready.id}", json=body).status_code == 401


def test_a_closed_dashboard_asks_for_sign_in_first(db):
    accounts.add_user(db, "anna", Role.READER, PASSWORD)
    app = create_app(Settings(public=False, secret_key="k" * 40), dataset_from(DATA), followup=db)
    client = app.server.test_client()
    first = client.get("/?municipality=Borås")
    assert first.status_code == 303 and first.headers["Location"].startswith("/login?next=")
    assert client.get("/healthz").status_code == 200
    assert client.get("/export/gaps.csv").status_code == 401
    assert client.get("/api/v1/assessments").status_code == 401
    reader = _signed_in(app, "anna")
    assert reader.get("/").status_code == 200 and reader.get("/export/gaps.csv").status_code == 200


def test_production_needs_a_secret_key_and_makes_cookies_secure():
    with pytest.raises(SettingsError) as refused:
        Settings.from_env({"MALBILD_ENV": "production"})
    assert refused.value.message.key == "settings.secret_key_missing"
    settings = Settings.from_env({"MALBILD_ENV": "production", "MALBILD_SECRET_KEY": "s" * 40})
    assert settings.secure_cookies and settings.production


def test_without_the_database_the_figures_are_served_and_writes_say_why(tmp_path):
    down = Database("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=1")
    app = create_app(Settings(secret_key="k" * 40), dataset_from(DATA), followup=down)
    client = app.server.test_client()
    assert client.get("/").status_code == 200 and client.get("/healthz").status_code == 200
    listed = client.get("/api/v1/assessments")
    assert listed.status_code == 503 and listed.get_json()["error"] == "api.unavailable"
    reply = client.post("/login", data={"name": "anna", "password": PASSWORD, "csrf_token": _token(client)})
    assert reply.status_code == 503 and "databasen svarar inte" in reply.get_data(as_text=True)


def test_an_approved_text_is_in_goals_csv_and_the_deck_and_a_draft_is_not(app_db):
    import csv
    import io

    from pptx import Presentation

    app, db = app_db
    area = Key("Borås", "Hela kommunen", 2020, "Barn och unga")
    anna, gunnel = accounts.actor(db, "anna"), accounts.actor(db, "gunnel")
    texts.save(db, anna, area, "Andelen **ökar**.\n\n- Fler insatser", "Delvis uppfyllt", State.DRAFT, 0)
    texts.save(db, anna, area, "Andelen **ökar**.\n\n- Fler insatser", "Delvis uppfyllt", State.READY, 1)
    client = app.server.test_client()

    def goals_rows():
        reply = client.get("/export/goals.csv?municipality=Borås&year=2020")
        return {row["goal_area"]: row for row in csv.DictReader(io.StringIO(reply.data.decode("utf-8-sig")))}

    def deck_text():
        deck = Presentation(io.BytesIO(client.get("/export/slides.pptx?municipality=Borås&year=2020").data))
        return [shape.text_frame.text for slide in deck.slides for shape in slide.shapes if shape.has_text_frame]

    row = goals_rows()["Barn och unga"]
    assert (row["assessment"], row["assessment_state"], row["analysis"]) == ("", "", "")  # ready, not approved
    assert not any("Andelen ökar" in shown for shown in deck_text())
    texts.save(db, gunnel, area, "Andelen **ökar**.\n\n- Fler insatser", "Delvis uppfyllt", State.APPROVED, 2)
    row = goals_rows()["Barn och unga"]
    assert (row["assessment"], row["assessment_state"], row["analysis"]) == (
        "Delvis uppfyllt",
        "Godkänd",
        "Andelen ökar.\n- Fler insatser",
    )
    shown = deck_text()
    slide = next(text for text in shown if "Andelen ökar." in text)
    assert "Bedömning: Delvis uppfyllt" in slide and "Godkänd version 3" in slide


def _save_callback(client, button: str, target: dict, headers: dict):
    """The editor's save callback as the browser posts it (ids and outputs from /_dash-dependencies)."""
    dependencies = client.get("/_dash-dependencies").get_json()
    found = next(d for d in dependencies if any(i["id"] == "followup-save-draft" for i in d["inputs"]))
    outputs = []
    for part in found["output"].strip(".").split("..."):
        component, _, prop = part.partition(".")
        outputs.append({"id": component, "property": prop})
    values = {"followup-analysis": "Ändrad text.", "followup-assessment": "Uppfyllt", "followup-target": target}
    values |= {"followup-saved": 0, "followup-drafts": {}, "selection-store": {"lang": "sv"}}
    payload = {
        "output": found["output"],
        "outputs": outputs,
        "inputs": [{**i, "value": 1 if i["id"] == button else None} for i in found["inputs"]],
        "state": [{**s, "value": values[s["id"]]} for s in found["state"]],
        "changedPropIds": [f"{button}.n_clicks"],
    }
    return client.post("/_dash-update-component", json=payload, headers=headers)


BUTTONS = {State.DRAFT: "followup-save-draft", State.READY: "followup-mark-ready", State.APPROVED: "followup-approve"}


@pytest.mark.parametrize(("wanted", "who"), [(state, who) for state, row in MATRIX.items() for who in row])
def test_authorization_matrix_of_the_save_callback(app_db, wanted, who):
    app, db = app_db
    ready = _ready_text(db)
    client = _signed_in(app, who) if who else app.server.test_client()
    target = {**vars(GOAL), "version": ready.version}
    reply = _save_callback(client, BUTTONS[wanted], target, _csrf(client) if who else {})
    assert reply.status_code == 200
    message = json.dumps(reply.get_json()["response"]["followup-message"], ensure_ascii=False)
    newest = texts.get(db, ready.id)
    if MATRIX[wanted][who] == 200:
        assert "Sparad som version 3" in message
        assert (newest.version, newest.newest.state, newest.newest.author) == (3, wanted, who)
    else:
        expected = {
            None: "Logga in för att skriva.",
            "lasare": "Din roll är läsare: den kan läsa texterna men inte skriva dem.",
            "olle": "Du får inte skriva för Barn och unga i Borås: be en administratör tilldela dig målområdet.",
            "anna": "Bara en godkännare kan godkänna en text.",
        }[who]
        assert expected in message and newest.version == ready.version


def test_the_save_callback_without_the_csrf_token_is_refused(app_db):
    app, db = app_db
    ready = _ready_text(db)
    client = _signed_in(app, "gunnel")
    reply = _save_callback(client, BUTTONS[State.APPROVED], {**vars(GOAL), "version": ready.version}, {})
    assert reply.status_code == 403 and texts.get(db, ready.id).version == ready.version


def test_a_signed_in_write_while_the_database_is_down_says_why_and_never_fails(app_db, monkeypatch):
    app, db = app_db
    ready = _ready_text(db)
    client = _signed_in(app, "gunnel")
    headers = _csrf(client)

    def unreachable(*_args, **_kwargs):
        raise DatabaseUnavailable("OperationalError")

    monkeypatch.setattr("dashboard.followup.accounts.actor", unreachable)  # the database went away
    body = {"analysis": "x", "assessment": None, "state": "Godkänd", "version": ready.version}
    reply = client.put(f"/api/v1/assessments/{ready.id}", json=body, headers=headers)
    assert reply.status_code == 503 and reply.get_json()["error"] == "followup.unavailable"
    saved = _save_callback(client, BUTTONS[State.APPROVED], {**vars(GOAL), "version": ready.version}, headers)
    assert saved.status_code == 200
    assert "databasen svarar inte" in json.dumps(saved.get_json()["response"]["followup-message"], ensure_ascii=False)
    assert client.get("/?municipality=Borås").status_code == 200  # the figures are served all the same
    monkeypatch.undo()
    assert texts.get(db, ready.id).version == ready.version


def test_signing_out_is_in_the_audit_log(app_db):
    app, db = app_db
    client = _signed_in(app, "anna")
    client.post("/logout", headers=_csrf(client))
    assert [(e.actor, e.action) for e in audit.recent(db)][:2] == [("anna", "sign_out"), ("anna", "sign_in")]
