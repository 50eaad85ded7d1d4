"""The app factory: `create_app(settings)` loads the data once and wires a fresh Dash app."""

from __future__ import annotations

import logging
from functools import partial
from urllib.parse import parse_qsl, urlsplit

import dash
from flask import has_request_context, request
from markupsafe import escape

from dashboard.data import engine
from dashboard.data.cache import load_dataset
from dashboard.data.dataset import Dataset
from dashboard.data.source import DataSource
from dashboard.followup.database import Database, DatabaseUnavailable
from dashboard.i18n import DEFAULT, language, problem_line, text
from dashboard.settings import PROJECT_ROOT, Settings
from dashboard.web.api import register_api
from dashboard.web.memory import release_memory_after_requests
from dashboard.web.oidc import register_oidc
from dashboard.web.routes import BOOTSTRAP_CSS, register_routes
from dashboard.web.security import add_security_headers, add_sign_in
from dashboard.web.sessions import configure_sessions, page_account
from dashboard.web.sign_in import register_sign_in

INDEX = """<!DOCTYPE html>
<html lang="{lang}">
    <head>
        {%metas%}
        <title>{%title%}</title>
        {%favicon%}
        {%css%}
    </head>
    <body>
        <a class="skip-link" href="#main">{skip}</a>
        {%app_entry%}
        <div>
            {%config%}
            {%scripts%}
            {%renderer%}
        </div>
    </body>
</html>"""

log = logging.getLogger("malbild")


def request_language() -> str:
    """The language asked for by `lang=` in the page's URL. The layout is fetched by the page's script
    (/_dash-layout), so there the page's URL is the request's referrer (same origin: sent in full)."""
    if not has_request_context():
        return DEFAULT
    if request.path.endswith("_dash-layout"):
        return language(dict(parse_qsl(urlsplit(request.referrer or "").query)).get("lang"))
    return language(request.args.get("lang"))  # the page itself (a link from an English page is not English)


class MalbildDash(dash.Dash):
    def interpolate_index(self, **kwargs) -> str:
        """The page's <html lang> and skip link in the URL's language, from the first byte."""
        lang = request_language()
        page = super().interpolate_index(**kwargs)
        return page.replace('<html lang="{lang}">', f'<html lang="{lang}">').replace(
            ">{skip}<", f">{escape(text('app.skip', lang))}<"
        )


def create_app(
    settings: Settings | None = None, dataset: Dataset | None = None, followup: Database | None = None
) -> dash.Dash:
    """Build an app serving `dataset`, or the data at `settings.data_path` loaded now, with the
    follow-up texts of `followup`, or of the database at `settings.database_url` (migrated now)."""
    from callbacks import register
    from layouts.page import build_page

    settings = settings or Settings.from_env()
    engine.configure(engine.limits_of(settings))
    if dataset is not None:
        source = DataSource.fixed(dataset)
    else:
        source = DataSource(
            settings.data_path,
            check_interval=settings.refresh_seconds or float("inf"),
            loader=partial(load_dataset, cache_dir=settings.cache_dir),
        )
    for problem in source.current().problems:
        log.warning("data: %s", problem_line(problem))
    followup = followup or open_followup(settings.database_url)

    app = MalbildDash(
        __name__,
        title="Målbild",
        update_title=None,
        index_string=INDEX,
        assets_folder=str(PROJECT_ROOT / "assets"),
        external_stylesheets=[BOOTSTRAP_CSS],
        compress=True,
        # each part of the page draws its charts (and their buttons) only when it is on screen
        suppress_callback_exceptions=True,
        on_error=_log_callback_error,
        meta_tags=[{"name": "viewport", "content": "width=device-width, initial-scale=1"}],
    )
    # each page load shows the current data, in the language of the page's URL
    app.layout = lambda: build_page(source.current(), settings, request_language(), page_account())
    app.server.config["MAX_CONTENT_LENGTH"] = settings.max_content_length
    register(app, source, settings)
    register_routes(app.server, source, settings)
    configure_sessions(app.server, settings, followup)
    register_sign_in(app.server, settings, BOOTSTRAP_CSS)
    register_oidc(app.server, settings, BOOTSTRAP_CSS)
    register_api(app.server)
    add_security_headers(app, settings)
    add_sign_in(app, settings)
    release_memory_after_requests(app.server)
    return app


def open_followup(url: str) -> Database:
    """The follow-up database, migrated to the newest revision. When it does not answer the figures
    are served all the same (texts are missing and writes say why) and it is tried again per request."""
    followup = Database(url)
    try:
        followup.migrate()
    except DatabaseUnavailable as error:
        log.warning("follow-up database unavailable at start (%s); serving the figures without texts", error)
    followup.dispose()  # no connection crosses a fork into the workers
    return followup


def _log_callback_error(error: Exception) -> None:
    """A failing callback leaves the view as it was; the details go to the log, not the page."""
    log.exception("callback failed: %s", error)
