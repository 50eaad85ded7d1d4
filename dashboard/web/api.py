"""The follow-up texts as JSON, versioned in the path: `/api/v1/assessments`.

GET (public): the approved texts, optionally of one municipality and year. PUT
`/api/v1/assessments/<id>` (signed in, with the session's CSRF token in X-CSRFToken): a new version
with `analysis`, `assessment`, `state` and the `version` it was written from. Answers: 200 with the
text, 400 what is wrong, 401 not signed in, 403 not allowed, 404 unknown id, 409 someone saved a
newer version (with it, to merge), 503 the database does not answer. Never a 500 for a bad request.
"""

from __future__ import annotations

from flask import Flask, jsonify, request

from dashboard.domain.followup import State
from dashboard.domain.messages import Message, Term
from dashboard.followup import texts
from dashboard.followup.database import DatabaseUnavailable
from dashboard.followup.texts import Conflict, Invalid, NotAllowed
from dashboard.i18n import language, render
from dashboard.web.sessions import current_actor, database_down, followup_database


def register_api(server: Flask) -> None:
    @server.get("/api/v1/assessments")
    def list_assessments():
        lang = language(request.args.get("lang"))
        year = request.args.get("year", "").strip()
        if year and not year.isdigit():
            return _error(400, "api.not_a_year", lang, value=year)
        municipality = request.args.get("municipality", "").strip() or None
        try:
            found = texts.approved(followup_database(), municipality, int(year) if year else None)
        except DatabaseUnavailable:
            return _error(503, "api.unavailable", lang)
        return jsonify({"assessments": [_approved_json(item) for item in found]})

    @server.put("/api/v1/assessments/<int:text_id>")
    def change_assessment(text_id: int):
        lang = language(request.args.get("lang"))
        actor = current_actor()
        if not actor.signed_in:
            if database_down():
                return _error(503, "followup.unavailable", lang)
            return _error(401, "followup.sign_in_first", lang)
        body = request.get_json(silent=True)
        if not isinstance(body, dict):
            return _error(400, "api.not_json", lang)
        problem = _body_problem(body)
        if problem:
            return _error(400, problem[0], lang, **problem[1])
        try:
            saved = texts.change(
                followup_database(),
                actor,
                text_id,
                body.get("analysis", ""),
                body.get("assessment"),
                State(body["state"]),
                body["version"],
            )
        except LookupError:
            return _error(404, "api.unknown_id", lang, id=text_id)
        except NotAllowed as refused:
            return _error(403, refused.key, lang, **refused.params)
        except Conflict as conflict:
            current = conflict.current
            params = {"author": current.newest.author, "version": current.version}
            return _error(409, "followup.conflict", lang, newer=_newest_json(current), **params)
        except Invalid as invalid:
            return _error(400, invalid.key, lang, **invalid.params)
        except DatabaseUnavailable:
            return _error(503, "followup.unavailable", lang)
        return jsonify(_newest_json(saved))


def _body_problem(body: dict) -> tuple[str, dict] | None:
    text_field = Term("api.expect_text")
    if not isinstance(body.get("analysis", ""), str):
        return "api.field_type", {"field": "analysis", "expected": text_field}
    if body.get("assessment") is not None and not isinstance(body["assessment"], str):
        return "api.field_type", {"field": "assessment", "expected": text_field}
    if body.get("state") not in {state.value for state in State}:
        return "api.unknown_state", {"value": str(body.get("state"))[:40]}
    version = body.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        return "api.field_type", {"field": "version", "expected": Term("api.expect_whole_number")}
    return None


def _error(status: int, key: str, lang: str, newer: dict | None = None, **params):
    body = {"error": key, "message": render(Message.of(key, **params), lang)}
    if newer is not None:
        body["current"] = newer  # the newer version a refused save has to be merged with
    return jsonify(body), status


def _key_json(item: texts.Text) -> dict:
    key = item.key
    return {
        "id": item.id,
        "municipality": key.municipality,
        "area": key.area,
        "year": key.year,
        "goal_area": key.goal_area,
        "goal": key.goal or None,
        "indicator": key.indicator or None,
    }


def _version_json(version: texts.Version) -> dict:
    return {
        "version": version.number,
        "state": version.state.value,
        "assessment": version.assessment,
        "analysis": version.analysis,
        "author": version.author,
        "saved_at": version.created_at.isoformat(timespec="seconds"),
    }


def _approved_json(item: texts.Text) -> dict:
    return {**_key_json(item), **_version_json(item.approved)}


def _newest_json(item: texts.Text) -> dict:
    return {**_key_json(item), **_version_json(item.newest)}
