"""Sign-in and sign-out for local accounts: `/login` (a plain form) and `/logout` (POST).

Both carry the session's CSRF token. A wrong name or password gets one message whichever was
wrong; every attempt is in the audit log. `next` may only lead back into Målbild (a path), never
to another site. When MALBILD_PUBLIC=0 every page but the sign-in, /healthz and the files the
sign-in page needs leads here first.
"""

from __future__ import annotations

from functools import partial
from urllib.parse import urlencode

from flask import Flask, Response, redirect, request
from markupsafe import escape

from dashboard.followup import accounts, audit
from dashboard.followup.database import DatabaseUnavailable
from dashboard.i18n import language, text
from dashboard.settings import Settings
from dashboard.web.sessions import CSRF_FIELD, csrf_token, current_actor, followup_database, sign_in, sign_out

OPEN_WHEN_CLOSED = ("/login", "/healthz", "/vendor/bootstrap.min.css", "/assets/style.css", "/oidc/")


def register_sign_in(server: Flask, settings: Settings, bootstrap_css: str) -> None:
    @server.get("/login")
    def login_form():
        lang = language(request.args.get("lang"))
        return sign_in_page(lang, bootstrap_css, safe_next(request.args.get("next")), settings, refused=None)

    @server.post("/login")
    def login():
        lang = language(request.form.get("lang"))
        target = safe_next(request.form.get("next"))
        page = partial(sign_in_page, lang, bootstrap_css, target, settings)
        try:
            actor = accounts.verify(followup_database(), request.form.get("name", ""), request.form.get("password", ""))
        except DatabaseUnavailable:
            return page(refused="followup.unavailable_sign_in", status=503)
        if actor is None:
            return page(refused="accounts.refused", status=401)
        sign_in(actor)
        return redirect(target, code=303)

    @server.post("/logout")
    def logout():
        actor = current_actor()
        if actor.signed_in:
            try:
                with followup_database().session() as db_session:
                    audit.record(db_session, actor.name, "sign_out")
            except DatabaseUnavailable:
                pass
        sign_out()
        return redirect(safe_next(request.form.get("next")), code=303)

    if not settings.public:

        @server.before_request
        def closed():
            if request.path.startswith(OPEN_WHEN_CLOSED) or current_actor().signed_in:
                return None
            if request.method == "GET" and not request.path.startswith(("/_dash", "/export", "/api")):
                return redirect("/login?" + urlencode({"next": request.full_path.rstrip("?")}), code=303)
            return Response(text("accounts.closed") + "\n", status=401, mimetype="text/plain")


def safe_next(value: str | None) -> str:
    """Only a path of this site: '/…' but not '//host' or '/\\host' (which browsers take as another site)."""
    if value and value.startswith("/") and not value.startswith(("//", "/\\")) and "\n" not in value:
        return value
    return "/"


def sign_in_page(
    lang: str, bootstrap_css: str, target: str, settings: Settings, refused: str | None, status: int = 200
) -> Response:
    def t(key: str, **values) -> str:
        return str(escape(text(key, lang, **values)))

    provider = ""
    if settings.oidc_issuer:
        query = urlencode({"next": target, **({"lang": lang} if lang != "sv" else {})})
        provider = (
            f'<p><a class="btn btn-primary" href="/oidc/login?{escape(query)}">'
            f"{t('accounts.sign_in_oidc', provider=settings.oidc_name)}</a></p>"
        )

    alert = (
        f'<div class="alert alert-danger" role="alert">{t(refused, provider=settings.oidc_name)}</div>'
        if refused
        else ""
    )
    body = (
        f"<h1>{t('accounts.sign_in')}</h1>{alert}{provider}"
        f'<form method="post" action="/login" class="sign-in">'
        f'<input type="hidden" name="{CSRF_FIELD}" value="{escape(csrf_token())}">'
        f'<input type="hidden" name="next" value="{escape(target)}">'
        f'<input type="hidden" name="lang" value="{lang}">'
        f'<div class="mb-3"><label class="form-label" for="name">{t("accounts.name")}</label>'
        f'<input class="form-control" id="name" name="name" autocomplete="username" required></div>'
        f'<div class="mb-3"><label class="form-label" for="password">{t("accounts.password")}</label>'
        f'<input class="form-control" id="password" name="password" type="password" '
        f'autocomplete="current-password" required></div>'
        f'<button class="btn btn-primary" type="submit">{t("accounts.sign_in")}</button></form>'
        f'<p class="mt-4"><a href="{"/?lang=en" if lang == "en" else "/"}">{t("app.back_to_dashboard")}</a></p>'
    )
    page = (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>{t("accounts.sign_in")} – Målbild</title><link rel="stylesheet" href="{bootstrap_css}">'
        f'<link rel="stylesheet" href="/assets/style.css"></head><body>'
        f'<header class="app-header py-3 mb-3"><div class="container-lg"><p class="h3 mb-0">Målbild</p></div></header>'
        f'<main id="main" class="container-lg sign-in-page" tabindex="-1">{body}</main></body></html>'
    )
    return Response(page, status=status, mimetype="text/html", headers={"Cache-Control": "no-store"})
