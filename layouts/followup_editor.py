"""The editor of a goal's analysis and assessment: a dialog with the text, the assessment, the
buttons the person's role allows, what happened on saving, and the versions so far.

A text typed but not saved is kept in the browser (local storage, by goal and version) until it is
saved, so a reload or a lost connection loses nothing; it is offered again when the editor opens on
the same version. A refused save (someone saved first) keeps the person's text in the box and
shows the other text beside it to merge from.
"""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import dcc, html, no_update

from dashboard.domain.followup import State
from dashboard.domain.messages import Message
from dashboard.domain.statuses import Fulfilment
from dashboard.followup.texts import Key
from dashboard.i18n import area_label, label, render, text
from layouts import ids
from layouts.written_texts import analysis_components, state_line

BUTTONS = {
    ids.FOLLOWUP_SAVE_DRAFT: State.DRAFT,
    ids.FOLLOWUP_MARK_READY: State.READY,
    ids.FOLLOWUP_APPROVE: State.APPROVED,
}
EDITOR_OUTPUTS = {
    "open": (ids.FOLLOWUP_EDITOR, "is_open"),
    "title": (ids.FOLLOWUP_TITLE, "children"),
    "context": (ids.FOLLOWUP_CONTEXT, "children"),
    "analysis": (ids.FOLLOWUP_ANALYSIS, "value"),
    "assessment": (ids.FOLLOWUP_ASSESSMENT, "value"),
    "assessment_shown": (ids.FOLLOWUP_ASSESSMENT, "disabled"),
    "target": (ids.FOLLOWUP_TARGET, "data"),
    "message": (ids.FOLLOWUP_MESSAGE, "children"),
    "theirs": (ids.FOLLOWUP_THEIRS, "children"),
    "history": (ids.FOLLOWUP_HISTORY, "children"),
    **{button: (button, "disabled") for button in BUTTONS},
}


def editor_modal(lang: str) -> dbc.Modal:
    options = [{"label": text("followup.choose_assessment", lang), "value": ""}] + [
        {"label": label(value, lang), "value": value.value} for value in Fulfilment
    ]
    return dbc.Modal(
        [
            dbc.ModalHeader(dbc.ModalTitle(id=ids.FOLLOWUP_TITLE, className="h4")),
            dbc.ModalBody(
                [
                    html.P(id=ids.FOLLOWUP_CONTEXT, className="text-muted small"),
                    dbc.Label(text("followup.assessment", lang), html_for=ids.FOLLOWUP_ASSESSMENT),
                    dbc.Select(id=ids.FOLLOWUP_ASSESSMENT, options=options, value="", className="mb-3"),
                    dbc.Label(text("followup.analysis", lang), html_for=ids.FOLLOWUP_ANALYSIS),
                    dcc.Textarea(
                        id=ids.FOLLOWUP_ANALYSIS,
                        className="form-control followup-analysis",
                        rows=8,
                        maxLength=20_000,
                    ),
                    html.P(text("followup.markdown_help", lang), id="followup-help", className="small text-muted"),
                    html.Div(id=ids.FOLLOWUP_MESSAGE, role="status", **{"aria-live": "polite"}),
                    html.Div(id=ids.FOLLOWUP_THEIRS),
                    html.Details(
                        [html.Summary(text("followup.history", lang)), html.Ol(id=ids.FOLLOWUP_HISTORY)],
                        className="followup-history small mt-2",
                    ),
                    html.P(text("followup.public_note", lang), className="small text-muted mt-2 mb-0"),
                ]
            ),
            dbc.ModalFooter(
                [
                    dbc.Button(text("followup.save_draft", lang), id=ids.FOLLOWUP_SAVE_DRAFT, color="secondary"),
                    dbc.Button(text("followup.mark_ready", lang), id=ids.FOLLOWUP_MARK_READY, color="primary"),
                    dbc.Button(text("followup.approve", lang), id=ids.FOLLOWUP_APPROVE, color="success"),
                    dbc.Button(text("detail.close", lang), id=ids.FOLLOWUP_CLOSE, color="link"),
                ],
                className="flex-wrap gap-2",
            ),
            dcc.Store(id=ids.FOLLOWUP_TARGET),
        ],
        id=ids.FOLLOWUP_EDITOR,
        is_open=False,
        size="lg",
        scrollable=True,
    )


def key_of(selection, goal_area: str, goal: str) -> Key:
    return Key(selection.municipality, selection.area, int(selection.year), goal_area, goal)


def target_of(key: Key, version: int) -> dict:
    return {**vars(key), "version": version}


def key_from_target(target: dict) -> Key:
    return Key(**{name: target[name] for name in ("municipality", "area", "year", "goal_area", "goal", "indicator")})


def draft_name(target: dict) -> str:
    """The local-storage key of a text typed on top of one version of one goal."""
    key = key_from_target(target)
    return "|".join([key.municipality, key.area, str(key.year), key.goal_area, key.goal, str(target["version"])])


def opened_part(editing, drafts: dict | None, lang: str) -> dict:
    """The dialog for a goal: its newest text (or the one typed here and not yet saved)."""
    key = editing.key
    target = target_of(key, editing.version)
    newest = editing.text.newest if editing.text else None
    typed = (drafts or {}).get(draft_name(target))
    message = _alert("followup.unavailable", "warning", lang) if editing.unavailable else None
    if not editing.allowed and not editing.unavailable:
        message = _alert("followup.not_allowed", "warning", lang)
    return {
        "open": True,
        "title": key.goal or key.goal_area,
        "context": " · ".join(
            part
            for part in (
                key.municipality,
                area_label(key.area, lang),
                str(key.year),
                key.goal and key.goal_area,
                newest and state_line(newest, lang),
            )
            if part
        ),
        "analysis": typed["analysis"] if typed else (newest.analysis if newest else ""),
        "assessment": (typed or {}).get("assessment") or (newest.assessment if newest else "") or "",
        "assessment_shown": False,
        "target": target,
        "message": message,
        "theirs": None,
        "history": _history(editing, lang),
        **_buttons(editing),
    }


SAVE_OUTPUTS = ("message", "theirs", "target", "history", *BUTTONS)


def saved_part(outcome, target: dict, saved: int | None, drafts: dict | None, lang: str) -> dict:
    """What a save did: the new version, or why not (the typed text stays in the box either way).
    A saved text leaves the browser's drafts and tells the overview to draw again."""
    shown = {name: no_update for name in SAVE_OUTPUTS} | _outcome(outcome, lang)
    if outcome.kind != "saved":
        return {**shown, "saved": no_update, "drafts": no_update}
    kept = {name: typed for name, typed in (drafts or {}).items() if name != draft_name(target)}
    return {**shown, "saved": (saved or 0) + 1, "drafts": kept}


def _outcome(outcome, lang: str) -> dict:
    editing = outcome.editing
    if outcome.kind == "saved":
        newest = editing.text.newest
        message = _alert("followup.saved", "success", lang, version=newest.number, state=text(newest.state.key, lang))
        return {
            "message": message,
            "theirs": None,
            "target": target_of(editing.key, editing.version),
            "history": _history(editing, lang),
            **_buttons(editing),
        }
    if outcome.kind == "conflict":
        theirs = editing.text.newest
        return {
            "message": _alert("followup.conflict", "danger", lang, author=theirs.author, version=theirs.number),
            "theirs": html.Div(
                [html.P(html.Strong(text("followup.their_text", lang))), *analysis_components(theirs.analysis)],
                className="followup-theirs border rounded p-2",
            ),
            # the next save builds on their version: the person has seen it
            "target": target_of(editing.key, editing.version),
            "history": _history(editing, lang),
            **_buttons(editing),
        }
    keys = {
        "not_allowed": outcome.problem,
        "signed_out": ("followup.sign_in_first", {}),
        "unavailable": ("followup.unavailable", {}),
        "invalid": outcome.problem,
    }
    key, params = keys[outcome.kind]
    return {"message": _alert(key, "danger", lang, **params)}


def _buttons(editing) -> dict:
    return {button: state not in editing.allowed for button, state in BUTTONS.items()}


def _history(editing, lang: str) -> list:
    return [html.Li(state_line(version, lang)) for version in reversed(editing.history)]


def _alert(key: str, color: str, lang: str, **params) -> dbc.Alert:
    return dbc.Alert(render(Message.of(key, **params), lang), color=color, className="mt-2 mb-0 py-2")
