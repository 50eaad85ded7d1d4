"""Security headers on every route, framing by setting, and optional basic sign-in."""

import base64
import errno
import os

import pytest

from dashboard.app import create_app
from dashboard.i18n import render
from dashboard.settings import Settings, SettingsError
from dashboard.web.security import read_users
from tests.conftest import HEADER, dataset_from

DATA = HEADER + "\nTestkommun,,,Mål,,Ind,,,2020,5,6,Källa,2020-01-01,\n"
ROUTES = [
    "/",
    "/healthz",
    "/_dash-layout",
    "/_dash-dependencies",
    "/embed",
    "/embed?embed=scorecard",
    "/export/gaps.csv",
    "/export/gaps.xlsx",
    "/export/slides.pptx",
    "/export/compare.csv?view=municipalities",
    "/vendor/bootstrap.min.css",
    "/vendor/plotly.min.js",
    "/assets/style.css",
]


def _client(**settings):
    return create_app(Settings(**settings), dataset_from(DATA)).server.test_client()


@pytest.mark.parametrize("route", ROUTES)
def test_every_route_carries_the_security_headers(route):
    response = _client().get(route)
    assert response.status_code == 200, route
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "object-src 'none'" in policy
    assert "script-src 'self' 'sha256-" in policy and "'unsafe-eval'" not in policy
    assert "frame-ancestors 'self'" in policy
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "X-Frame-Options" not in response.headers  # framing is decided by frame-ancestors alone


def test_frame_ancestors_come_from_the_setting():
    response = _client(frame_ancestors=("'self'", "https://intranat.example.se")).get("/embed")
    assert "frame-ancestors 'self' https://intranat.example.se" in response.headers["Content-Security-Policy"]


def test_frame_ancestors_setting_refuses_what_is_not_a_site():
    with pytest.raises(SettingsError) as raised:
        Settings.from_env({"MALBILD_FRAME_ANCESTORS": "intranat.example.se"})
    assert (
        render(raised.value.message)
        == "MALBILD_FRAME_ANCESTORS: 'intranat.example.se' är ingen webbplats (t.ex. https://intranat.example.se)"
    )


def _basic(user: str, password: str) -> dict:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


def test_basic_sign_in_guards_everything_but_healthz():
    client = _client(auth="basic", users="analytiker:hemligt", secret_key="test")
    assert client.get("/").status_code == 401
    assert client.get("/export/gaps.csv").status_code == 401
    assert client.get("/healthz").status_code == 200
    assert client.get("/", headers=_basic("analytiker", "hemligt")).status_code == 200
    assert client.get("/", headers=_basic("analytiker", "fel")).status_code == 401


def test_users_come_from_the_variable_and_the_file(tmp_path):
    users_file = tmp_path / "users.txt"
    users_file.write_text("b:2\nc:3\n", encoding="utf-8")
    assert read_users(Settings(users="a:1", users_file=str(users_file))) == {"a": "1", "b": "2", "c": "3"}
    with pytest.raises(SettingsError) as raised:
        read_users(Settings(users="utan-kolon"))
    assert (
        render(raised.value.message)
        == "MALBILD_USERS: skriv användare som namn:lösenord, åtskilda med komma eller radbrytning"
    )
    with pytest.raises(SettingsError) as raised:
        read_users(Settings())
    assert (
        render(raised.value.message) == "MALBILD_AUTH=basic kräver användare i MALBILD_USERS eller MALBILD_USERS_FILE"
    )
    assert (
        render(raised.value.message, "en") == "MALBILD_AUTH=basic requires users in MALBILD_USERS or MALBILD_USERS_FILE"
    )


def test_an_unreadable_users_file_names_the_variable(tmp_path):
    with pytest.raises(SettingsError) as raised:
        read_users(Settings(users_file=str(tmp_path / "saknas.txt")))
    assert render(raised.value.message) == f"MALBILD_USERS_FILE kunde inte läsas: {os.strerror(errno.ENOENT)}"


def test_sign_in_is_off_by_default():
    assert Settings.from_env({}).auth is None
    assert _client().get("/").status_code == 200
