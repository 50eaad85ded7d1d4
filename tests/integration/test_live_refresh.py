"""Live refresh under a running server with two workers: good data is swapped in, broken data never."""

from __future__ import annotations

import json
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.conftest import HEADER
from tests.server import start_server

GOOD = HEADER + "\nTestkommun,,,Mål,,Ind,,,2020,5,6,Källa,2020-01-01,\n"
NEWER = GOOD + "Testkommun,,,Mål,,Ind,,,2021,7,,Källa,2021-01-01,\n"
BROKEN = HEADER + "\nTestkommun,,,Mål,,Ind,,,tjugo,5,6,Källa,2020-01-01,\n"


@pytest.fixture
def server(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "data.csv").write_text(GOOD, encoding="utf-8")
    process, url = start_server(folder, tmp_path / "gunicorn.log", {"MALBILD_REFRESH_SECONDS": "0.2"}, workers=2)
    yield folder, url
    process.terminate()
    process.wait(timeout=10)


def _health(url: str) -> dict:
    with urllib.request.urlopen(url + "/healthz", timeout=5) as response:
        assert response.status == 200
        return json.load(response)


def _all_workers_show(url: str, check, seconds: float = 8.0) -> list[dict]:
    """Ask many times (requests spread over both workers) until every answer passes `check`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        # at once, so both workers answer: one after another, a single worker may take every request
        # and the other be left on older data unseen
        with ThreadPoolExecutor(max_workers=6) as pool:
            answers = list(pool.map(lambda _: _health(url), range(12)))
        if all(check(answer) for answer in answers):
            return answers
        time.sleep(0.2)
    raise AssertionError(f"workers did not converge: {answers}")


def _replace(folder, text: str) -> None:
    (folder / ".data.csv.tmp").write_text(text, encoding="utf-8")
    (folder / ".data.csv.tmp").replace(folder / "data.csv")


def test_good_then_broken_then_good_data_under_a_running_server(server):
    folder, url = server
    assert _health(url)["rows"] == 1
    _replace(folder, NEWER)
    _all_workers_show(url, lambda h: h["rows"] == 2 and not h["stale"])
    _replace(folder, BROKEN)
    answers = _all_workers_show(url, lambda h: h["stale"])
    # the last good data is still served
    assert all(h["rows"] == 2 and h["status"] == "stale" for h in answers), answers
    assert answers[0]["rejected_problems"][0]["column"] == "year"
    with urllib.request.urlopen(url + "/export/gaps.csv?municipality=Testkommun&year=2021", timeout=5) as response:
        assert b"tjugo" not in response.read()
    _replace(folder, GOOD)
    _all_workers_show(url, lambda h: h["rows"] == 1 and not h["stale"])
