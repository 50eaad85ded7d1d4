"""Browser tests: the real app under gunicorn, driven in Debian's headless Chromium."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from dashboard.settings import PROJECT_ROOT

CHROMIUM = os.environ.get("MALBILD_TEST_CHROMIUM", "/usr/bin/chromium")
QUIET_FLAGS = [
    "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
    "--disable-default-apps", "--disable-extensions", "--disable-domain-reliability", "--no-pings",
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


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(data_path: Path, log_path: Path, extra_env: dict | None = None):
    """gunicorn serving `data_path` on a free loopback port; returns (process, base URL)."""
    port = _free_port()
    env = {**os.environ, "MALBILD_DATA": str(data_path), **(extra_env or {})}
    log = open(log_path, "wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "dashboard.wsgi:server", "--bind", f"127.0.0.1:{port}",
         "--workers", "1", "--no-control-socket"],
        cwd=PROJECT_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited: {log_path.read_text(errors='replace')[-2000:]}")
        try:
            urllib.request.urlopen(url + "/healthz", timeout=2)
            return process, url
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("gunicorn did not answer /healthz within 60 s")


@pytest.fixture(scope="session")
def app_url(tmp_path_factory):
    """The app serving the project's default data, as `make run` does."""
    process, url = start_server(PROJECT_ROOT / "data", tmp_path_factory.mktemp("logs") / "gunicorn.log")
    yield url
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def console_errors(page):
    """Messages the browser console reports as errors while the test runs."""
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    return errors
