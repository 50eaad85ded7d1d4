"""Browser tests: the real app under gunicorn, driven in Debian's headless Chromium."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dashboard.settings import PROJECT_ROOT
from tests.server import serving

CHROMIUM = os.environ.get("MALBILD_TEST_CHROMIUM", "/usr/bin/chromium")
QUIET_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-dev-shm-usage",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--disable-default-apps",
    "--disable-extensions",
    "--disable-domain-reliability",
    "--no-pings",
    "--disable-features=Translate,OptimizationHints,MediaRouter,OptimizationGuideModelDownloading,"
    "AutofillServerCommunication",
    "--gaia-url=http://127.0.0.1:9",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make test`, which installs Debian's chromium")
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": QUIET_FLAGS}


@pytest.fixture(scope="session")
def app_url(tmp_path_factory):
    """The app serving the project's default data, as `make run` does."""
    with serving(PROJECT_ROOT / "data", tmp_path_factory) as url:
        yield url


@pytest.fixture
def console_errors(page):
    """Messages the browser console reports as errors while the test runs."""
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    return errors
