"""Who is signed in, in the header: 'Logga in', or the name and role with 'Logga ut' (a POST form
carrying the session's CSRF token)."""

from __future__ import annotations

from dash import dcc, html

from dashboard.i18n import text
from layouts import ids


def account_box(account, lang: str):
    """`account`: (actor, csrf token) or None. The sign-in link returns to the page it came from."""
    back = "/?lang=en" if lang == "en" else "/"
    if account is None or not account[0].signed_in:
        href = "/login?next=/" + ("&lang=en" if lang == "en" else "")
        return html.A(
            text("accounts.sign_in", lang), href=href, id=ids.ACCOUNT, className="account-link ms-4 hide-in-meeting"
        )
    actor, token = account
    return html.Form(
        [
            html.Span(
                text("accounts.signed_in_as", lang, name=actor.name, role=text(actor.role.key, lang)),
                className="account-name me-2",
            ),
            dcc.Input(type="hidden", name="csrf_token", value=token),
            dcc.Input(type="hidden", name="next", value=back),
            html.Button(
                text("accounts.sign_out", lang), type="submit", className="btn btn-link btn-sm p-0 account-link"
            ),
        ],
        action="/logout",
        method="POST",
        id=ids.ACCOUNT,
        className="account ms-4 d-flex align-items-center hide-in-meeting",
    )
