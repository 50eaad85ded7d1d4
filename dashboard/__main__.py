"""`python -m dashboard`: Dash's development server, for `make dev` only."""
from dashboard.app import create_app
from dashboard.settings import Settings

if __name__ == "__main__":
    settings = Settings.from_env()
    create_app(settings).run(host=settings.host, port=settings.port, debug=settings.debug)
