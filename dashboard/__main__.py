"""`python -m dashboard`: Dash's development server, for `make dev` only."""

from dashboard.app import create_app
from dashboard.i18n import render
from dashboard.settings import Settings, SettingsError

if __name__ == "__main__":
    try:
        settings = Settings.from_env()
        app = create_app(settings)
    except SettingsError as error:  # a wrong environment variable: one Swedish sentence, no traceback
        raise SystemExit(render(error.message)) from None
    app.run(host=settings.host, port=settings.port, debug=settings.debug)
