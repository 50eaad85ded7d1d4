"""Sign-in through OpenID Connect against a real provider (panva/oidc-provider under Node, started
here on loopback): the role comes from the groups claim, the account is created on first sign-in."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from dashboard.domain.followup import Role
from dashboard.followup import accounts, audit
from dashboard.followup.database import Database
from dashboard.settings import PROJECT_ROOT
from layouts import ids
from tests.server import start_server

PROVIDER = PROJECT_ROOT / "tests" / "oidc"
GROUPS = {"erik": ["malbild-godkannare", "alla-anstallda"], "lisa": ["alla-anstallda"]}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def signed_in_app(tmp_path_factory):
    if not (PROVIDER / "node_modules" / "oidc-provider").is_dir() or not shutil.which("node"):
        pytest.fail("the test provider is missing: run `make test` (make oidc-provider installs it)")
    folder = tmp_path_factory.mktemp("oidc")
    database = f"sqlite:///{folder / 'followup.sqlite3'}"
    issuer_port = _free_port()
    env = {
        "MALBILD_DATABASE_URL": database,
        "MALBILD_SECRET_KEY": "oidc-test-secret-key",
        "MALBILD_OIDC_ISSUER": f"http://127.0.0.1:{issuer_port}",
        "MALBILD_OIDC_CLIENT_ID": "malbild",
        "MALBILD_OIDC_CLIENT_SECRET": "a-client-secret-of-the-test-provider",
        "MALBILD_OIDC_NAME": "Kommunens inloggning",
        "MALBILD_OIDC_ROLES": "godkännare=malbild-godkannare;admin=malbild-admin",
    }
    # the app first (its port is the provider's redirect address); it reads the provider's metadata
    # only when someone signs in
    app, url = start_server(PROJECT_ROOT / "data", folder / "gunicorn.log", extra_env=env)
    provider = _start_provider(issuer_port, env, url + "/oidc/callback", folder / "provider.log")
    yield url, database
    for process in (provider, app):
        process.terminate()
        process.wait(timeout=10)


def _start_provider(port: int, env: dict, redirect: str, log: Path) -> subprocess.Popen:
    arguments = [env["MALBILD_OIDC_CLIENT_ID"], env["MALBILD_OIDC_CLIENT_SECRET"], redirect, json.dumps(GROUPS)]
    process = subprocess.Popen(
        ["node", "provider.mjs", str(port), *arguments], cwd=PROVIDER, stdout=log.open("wb"), stderr=subprocess.STDOUT
    )
    deadline = time.monotonic() + 30
    while "ready" not in log.read_text(errors="replace"):
        if process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"the OIDC provider did not start: {log.read_text(errors='replace')}")
        time.sleep(0.1)
    return process


def _sign_in_at_provider(page: Page, url: str, login: str) -> None:
    page.goto(url + "/login?next=/%3Fmunicipality%3DBor%C3%A5s%26year%3D2020")
    page.get_by_role("link", name="Logga in med Kommunens inloggning").click()
    page.fill("input[name=login]", login)  # the provider's own page, on its own port
    page.fill("input[name=password]", "not checked by the test provider")
    page.click("button[type=submit]")
    expect(page.locator(f"#{ids.OVERVIEW} .goal-area").first).to_be_visible(timeout=20000)


def test_a_provider_group_makes_an_approver(page: Page, signed_in_app):
    url, database = signed_in_app
    _sign_in_at_provider(page, url, "erik")
    assert page.url.startswith(url + "/?municipality=Bor")  # back where the person started
    expect(page.locator(f"#{ids.ACCOUNT}")).to_contain_text("Inloggad som erik (godkännare)")
    db = Database(database)
    assert accounts.actor(db, "erik").role is Role.APPROVER
    assert ("erik", "sign_in") in [(event.actor, event.action) for event in audit.recent(db)]
    db.dispose()


def test_without_a_mapped_group_a_person_is_a_reader_and_cannot_write(page: Page, signed_in_app):
    url, _ = signed_in_app
    _sign_in_at_provider(page, url, "lisa")
    expect(page.locator(f"#{ids.ACCOUNT}")).to_contain_text("Inloggad som lisa (läsare)")
    area = page.locator(".goal-area").first
    area.locator(".goal-area-summary").click()
    expect(area.locator(".indicator-lines").first).to_be_visible()
    expect(page.locator(".followup-edit")).to_have_count(0)
