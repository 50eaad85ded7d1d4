"""Entry point for gunicorn (`gunicorn dashboard.wsgi:server`): one app per process."""

import sys

from dashboard.app import create_app
from dashboard.i18n import render
from dashboard.settings import SettingsError

# gunicorn's exit code for "the app failed to load": without --preload a worker exiting with it stops
# the server, where any other code would have the worker restarted over and over
APP_LOAD_ERROR = 4

try:
    app = create_app()
except SettingsError as error:  # a wrong environment variable: one Swedish sentence in the log, no traceback
    print(render(error.message), file=sys.stderr)
    raise SystemExit(APP_LOAD_ERROR) from None
server = app.server
