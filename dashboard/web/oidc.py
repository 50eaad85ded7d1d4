"""Sign-in through OpenID Connect (Entra ID and other identity providers), with Authlib's Flask client.

`/oidc/login` sends the person to the provider (authorization code flow with PKCE, state and nonce);
`/oidc/callback` checks the answer, reads the user name and the groups claim from the ID token,
maps the groups to a role (MALBILD_OIDC_ROLES) and signs the person in. The account is created on
first sign-in and its role follows the groups at every sign-in; the goal areas an analyst writes
for are assigned by an admin (`python -m dashboard.cli.users assign`).
"""

from __future__ import annotations

from functools import partial

from flask import Flask, redirect, request, session, url_for

from dashboard.domain.followup import Role, role_from_groups
from dashboard.followup import accounts, audit
from dashboard.followup.database import DatabaseUnavailable
from dashboard.i18n import language
from dashboard.settings import Settings
from dashboard.web.sessions import followup_database, sign_in
from dashboard.web.sign_in import safe_next, sign_in_page

PROVIDER = "identity_provider"


def register_oidc(server: Flask, settings: Settings, bootstrap_css: str) -> None:
    if not settings.oidc_issuer:
        return
    # Authlib (and the cryptography it brings, about 20 MB per worker) only where OIDC is set up
    from authlib.integrations.base_client.errors import OAuthError
    from authlib.integrations.flask_client import OAuth

    oauth = OAuth(server)
    client = oauth.register(
        PROVIDER,
        client_id=settings.oidc_client_id,
        client_secret=settings.oidc_client_secret,
        server_metadata_url=f"{settings.oidc_issuer}/.well-known/openid-configuration",
        client_kwargs={"scope": "openid profile email groups", "code_challenge_method": "S256"},
    )
    mapping = tuple((Role(role), group) for role, group in settings.oidc_roles)

    @server.get("/oidc/login")
    def oidc_login():
        session["oidc_next"] = safe_next(request.args.get("next"))
        session["oidc_lang"] = language(request.args.get("lang"))
        return client.authorize_redirect(url_for("oidc_callback", _external=True))

    @server.get("/oidc/callback")
    def oidc_callback():
        target, lang = session.get("oidc_next", "/"), session.get("oidc_lang", "sv")
        page = partial(sign_in_page, lang, bootstrap_css, target, settings)
        try:
            token = client.authorize_access_token()
            claims = token["userinfo"]  # the ID token, checked by Authlib (signature, issuer, audience, nonce)
            name = str(claims.get(settings.oidc_user_claim) or claims["sub"])
            role = role_from_groups(claims.get(settings.oidc_groups_claim) or [], mapping)
            actor = accounts.signed_in_externally(followup_database(), name, role, settings.oidc_issuer)
        except DatabaseUnavailable:
            return page(refused="followup.unavailable_sign_in", status=503)
        except (OAuthError, KeyError, ValueError):
            _refused()
            return page(refused="accounts.oidc_failed", status=400)
        sign_in(actor)
        return redirect(target, code=303)


def _refused() -> None:
    try:
        with followup_database().session() as db_session:
            audit.record(db_session, "?", "sign_in_refused", "oidc")
    except DatabaseUnavailable:
        pass
