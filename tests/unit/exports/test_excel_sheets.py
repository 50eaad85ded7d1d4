"""The Excel files made for people: the table as on screen, the CSV's columns, and "Om uttaget"."""

from __future__ import annotations

import io
from datetime import datetime
from zoneinfo import ZoneInfo

import pandas as pd
import pytest
from openpyxl import load_workbook

from dashboard.app import create_app
from dashboard.settings import Settings
from tests.conftest import HEADER, dataset_from

DATA = HEADER + (
    "\nTestkommun,1234,,Miljö,,Utsläpp,ton,decrease,2019,1234.567,1000,Kolada,2020-03-01,"
    "\nTestkommun,1234,,Miljö,,Utsläpp,ton,decrease,2020,,1000,Kommunens budget 2020,2019-11-20,"
    '\nTestkommun,1234,,Miljö,,=HYPERLINK("x"),%,increase,2020,40,50,Kolada,2021-02-01,'
)


@pytest.fixture
def client(tmp_path):
    settings = Settings(secret_key="k" * 40, database_url=f"sqlite:///{tmp_path / 'f.sqlite3'}")
    return create_app(settings, dataset_from(DATA)).server.test_client()


def _book(client, path: str):
    reply = client.get(path)
    assert reply.status_code == 200
    return load_workbook(io.BytesIO(reply.data))


def test_the_scorecard_workbook_has_the_three_sheets(client):
    book = _book(client, "/export/gaps.xlsx?municipality=Testkommun&year=2020")
    assert book.sheetnames == ["Indikatorer", "Data", "Om uttaget"]
    people = book["Indikatorer"]
    header = [cell.value for cell in people[1]]
    assert header[:6] == ["Målområde", "Indikator", "Enhet", "Utfall", "Utfallsår", "Målvärde"]
    assert people.freeze_panes == "A2" and people.auto_filter.ref == people.dimensions
    rows = {row[1]: dict(zip(header, row)) for row in people.iter_rows(min_row=2, values_only=True)}
    emissions = rows["Utsläpp"]
    # 1 234,567 t in 2019 against 1 000 (lower is better): shown as on screen, rounded to two decimals
    assert emissions["Utfall"] == 1234.57 and emissions["Utfallsår"] == 2019 and emissions["Målvärde"] == 1000
    # the gap is signed by direction: 234,57 t above a lower-is-better target is −234,57 (−23,5 %)
    assert emissions["Avvikelse"] == -234.57 and emissions["Avvikelse i procent"] == pytest.approx(-0.2346)
    assert emissions["Status"] == "Ej uppnått"
    assert emissions["Källa (utfall)"] == "Kolada" and emissions["Källa (målvärde)"] == "Kommunens budget 2020"
    cell = next(c for c in people["D"][1:] if c.value == 1234.57)
    assert cell.number_format == "#,##0.0#" and cell.data_type == "n"
    # text that a spreadsheet would run is text, neutralised
    assert '\'=HYPERLINK("x")' in rows and people["B"][2].data_type == "s"
    machine = [cell.value for cell in book["Data"][1]]
    csv_header = client.get("/export/gaps.csv?municipality=Testkommun&year=2020").data.decode().splitlines()[0]
    assert machine == csv_header.split(",")


def test_om_uttaget_names_the_selection_link_time_sources_and_method(client):
    before = datetime.now(ZoneInfo("Europe/Stockholm")).replace(tzinfo=None)
    book = _book(client, "/export/gaps.xlsx?municipality=Testkommun&year=2020")
    about = {row[0]: row[1] for row in book["Om uttaget"].iter_rows(values_only=True)}
    assert about["Kommun"] == "Testkommun" and about["Uppföljningsår"] == 2020
    assert about["Målområde"] == "Alla målområden" and about["Publicerat t.o.m."] == "Senaste publicering"
    assert about["Område"] == "Hela kommunen" and about["Kön"] == "Totalt"
    assert about["Länk till vyn"] == "http://localhost/?municipality=Testkommun&area=Hela+kommunen&year=2020"
    assert book["Om uttaget"]["B7"].hyperlink.target == about["Länk till vyn"]
    exported = datetime.strptime(about["Exporterat"], "%Y-%m-%d %H:%M")
    assert abs((exported - before).total_seconds()) < 120  # Swedish time, to the minute
    sources = [row[1] for row in book["Om uttaget"].iter_rows(values_only=True) if row[0] == "Källa"]
    assert sources == ["Kolada, publicerad 2021-02-01", "Kommunens budget 2020, publicerad 2019-11-20"]
    assert about["Bearbetning"] == "Bearbetning: Målbild, underlag från Kolada, Kommunens budget 2020"
    assert about["Metod"].startswith("Status jämför")


def test_the_workbook_speaks_english_when_asked(client):
    book = _book(client, "/export/gaps.xlsx?municipality=Testkommun&year=2020&lang=en")
    assert book.sheetnames == ["Indicators", "Data", "About this export"]
    assert [cell.value for cell in book["Indicators"][1]][:2] == ["Goal area", "Indicator"]
    statuses = {row[8] for row in book["Indicators"].iter_rows(min_row=2, values_only=True)}
    assert statuses == {"Not met"}


def test_the_goals_workbook_has_the_three_sheets(client):
    book = _book(client, "/export/goals.xlsx?municipality=Testkommun&year=2020")
    assert book.sheetnames == ["Måluppfyllelse", "Data", "Om uttaget"]
    first = book["Måluppfyllelse"]
    assert [cell.value for cell in first[1]][:3] == ["Målområde", "Mål", "Måluppfyllelse"]
    table = pd.DataFrame(list(book["Data"].iter_rows(values_only=True))[1:])
    assert len(table) == 1  # the goal area Miljö, no goals declared
