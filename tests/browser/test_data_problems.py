"""A broken file in the data folder is reported on the page; the good files are still shown."""

from __future__ import annotations

import json
import urllib.request

import pytest
from playwright.sync_api import expect

from tests.browser.pages import open_table, open_view, scorecard_rows
from tests.conftest import HEADER
from tests.server import serving

GOOD = HEADER + "\nTestkommun,0001,,Testområde,,Testindikator,antal,increase,2020,5,8,Testkälla,2020-01-01,\n"
BROKEN = (
    HEADER
    + """
Testkommun,0001,,Testområde,,Annan indikator,antal,increase,2020,5,8,Testkälla,2020-01-01,
Testkommun,0001,,Testområde,,Annan indikator,antal,sidled,tjugo,5,8,Testkälla,2020-01-01,
"""
)


@pytest.fixture(scope="module")
def mixed_folder_url(tmp_path_factory):
    folder = tmp_path_factory.mktemp("data")
    (folder / "a_bra.csv").write_text(GOOD, encoding="utf-8")
    (folder / "b_trasig.csv").write_text(BROKEN, encoding="utf-8")
    with serving(folder, tmp_path_factory) as url:
        yield url


def test_problems_are_listed_with_file_row_and_column_and_good_data_is_shown(page, mixed_folder_url, console_errors):
    open_view(page, mixed_folder_url + "/")
    alert = page.locator(".data-problems")
    expect(alert).to_contain_text("b_trasig.csv")
    expect(alert).to_contain_text("Övriga data visas som vanligt")
    alert.locator("summary").click()
    expect(alert).to_contain_text("b_trasig.csv, rad 3, kolumn direction: 'sidled' är ingen känd riktning")
    expect(alert).to_contain_text("b_trasig.csv, rad 3, kolumn year: 'tjugo' är inte ett årtal")
    open_table(page)
    assert list(scorecard_rows(page)) == ["Testindikator"]
    assert console_errors == []


def test_healthz_lists_the_problems_and_stays_up(mixed_folder_url):
    with urllib.request.urlopen(mixed_folder_url + "/healthz") as response:
        body = json.load(response)
        assert response.status == 200
    assert body["loaded_files"] == ["a_bra.csv"] and body["failed_files"] == ["b_trasig.csv"]
    assert {(p["row"], p["column"]) for p in body["problems"]} == {(3, "direction"), (3, "year")}
