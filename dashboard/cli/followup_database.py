"""What the follow-up's command-line tools share: MALBILD_DATABASE_URL's database, created and
migrated, and every refusal said in the catalogue's words with exit status 2, never a traceback."""

from __future__ import annotations

import sys
from collections.abc import Callable

from sqlalchemy.engine import make_url

from dashboard.domain.messages import Message, Refusal
from dashboard.followup.database import Database, DatabaseUnavailable
from dashboard.i18n import render, text
from dashboard.settings import Settings, SettingsError


def run_with_database(action: Callable[[Database], None]) -> int:
    try:
        url = Settings.from_env().database_url
    except SettingsError as error:
        print(render(error.message), file=sys.stderr)
        return 2
    db = Database(url)
    try:
        db.migrate()
        action(db)
    except Refusal as error:
        print(render(Message.of(error.key, **error.params)), file=sys.stderr)
        return 2
    except DatabaseUnavailable as error:
        shown = make_url(url).render_as_string(hide_password=True)
        print(text("cli.database_unavailable", url=shown, reason=error), file=sys.stderr)
        return 2
    finally:
        db.dispose()
    return 0
