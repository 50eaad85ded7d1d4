"""HTTP routes: health and the table exports return what the page shows."""

import io

import pandas as pd
import pytest
from openpyxl import load_workbook

from dashboard.app import create_app
from dashboard.data.dataset import Dataset
from dashboard.data.loading import LoadResult
from dashboard.data.validation import empty_frame
from dashboard.domain.problems import Problem
from dashboard.settings import Settings
from tests.conftest import HEADER, dataset_from

DATA = (
    HEADER
    + """
Borås,1490,,Vård och omsorg,U21401,Personal,antal,decrease,2020,17,15,Budget,2021-01-01,
Borås,1490,,Vård och omsorg,,Bostäder,antal,increase,2019,221,,Budget,2020-11-12,
Borås,1490,,Vård och omsorg,,Bostäder,antal,increase,2020,,230,Budget,2020-11-12,
Borås,1490,,Skola,,Behörighet,%,increase,2020,80,90,Budget,2021-01-01,
Borås,1490,Sjöbo,Skola,,Behörighet,%,increase,2020,70,,Budget,2021-01-01,
"""
)


@pytest.fixture
def client():
    return create_app(Settings(), dataset_from(DATA)).server.test_client()


def test_healthz_reports_rows_and_files(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json["rows"] == 5 and response.json["loaded_files"] == ["test.csv"]


def test_healthz_is_503_with_problems_when_nothing_loaded():
    problem = Problem("trasig.csv", 3, "year", "not_a_year", {"text": "x"})
    app = create_app(Settings(), Dataset(LoadResult(empty_frame(), (problem,), failed_files=("trasig.csv",))))
    response = app.server.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.json["problems"][0] == {
        **problem.as_dict(),
        "message": "'x' är inte ett årtal (heltal, t.ex. 2020)",
    }


def test_gaps_csv_has_the_scorecard_rows_for_the_goal_area(client):
    response = client.get("/export/gaps.csv?municipality=Borås&goal_area=Vård och omsorg&year=2020")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert "malbild_boras_vard-och-omsorg_2020.csv" in response.headers["Content-Disposition"]
    table = pd.read_csv(io.BytesIO(response.data)).set_index("indicator")
    assert sorted(table.index) == ["Bostäder", "Personal"]
    assert table.loc["Bostäder", ["outcome", "outcome_year", "target", "gap", "status"]].tolist() == [
        221,
        2019,
        230,
        -9,
        "Nära målet",
    ]
    assert table.loc["Personal", "status"] == "Ej uppnått"


def test_gaps_csv_writes_the_progress_columns_as_numbers(client):
    text = client.get("/export/gaps.csv?municipality=Borås&goal_area=Vård och omsorg&year=2020").data.decode()
    header, *rows = text.splitlines()
    assert header.endswith(
        "progress,progress_ratio,progress_method,progress_base_year,needed_per_year,trend,trend_from_year,target_source"
        ",gender"
    )
    # Bostäder: 221 (2019) against 230 (2020): 9 still needed in one year; one outcome, so no base year
    assert [row for row in rows if row.startswith("Borås,Hela kommunen,Vård och omsorg,Bostäder")][0].endswith(
        ",Nära målet,Budget,2020-11-12,2020-11-12,För lite data,,,,9,,,Budget,T"
    )


def test_gaps_csv_without_goal_area_covers_every_goal_area(client):
    table = pd.read_csv(io.BytesIO(client.get("/export/gaps.csv?municipality=Borås&year=2020").data))
    assert sorted(table["goal_area"].unique()) == ["Skola", "Vård och omsorg"]
    assert set(table["area"]) == {"Hela kommunen"}


def test_gaps_csv_for_a_district(client):
    table = pd.read_csv(io.BytesIO(client.get("/export/gaps.csv?municipality=Borås&area=Sjöbo&year=2020").data))
    assert table[["area", "indicator", "outcome", "status"]].values.tolist() == [
        ["Sjöbo", "Behörighet", 70, "Mål saknas"]
    ]


def test_gaps_xlsx_holds_the_same_numbers_as_the_csv(client):
    query = "?municipality=Borås&goal_area=Vård och omsorg&year=2020"
    csv_table = pd.read_csv(io.BytesIO(client.get("/export/gaps.csv" + query).data))
    response = client.get("/export/gaps.xlsx" + query)
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.data))["Data"]  # the machine sheet: the CSV's columns
    rows = list(sheet.iter_rows(values_only=True))
    xlsx_table = pd.DataFrame(rows[1:], columns=rows[0])
    assert xlsx_table["gap"].tolist() == csv_table["gap"].tolist()
    assert xlsx_table["status"].tolist() == csv_table["status"].tolist()


def test_bootstrap_css_is_served_locally(client):
    response = client.get("/vendor/bootstrap.min.css")
    assert response.status_code == 200 and b"Bootstrap" in response.data[:200]


def test_export_without_data_says_so():
    app = create_app(Settings(), Dataset(LoadResult(empty_frame())))
    response = app.server.test_client().get("/export/gaps.csv")
    assert response.status_code == 503 and "Inga data" in response.get_data(as_text=True)
    for path in ("/export/gaps.csv?lang=en", "/export/slides.pptx?lang=en", "/export/compare.csv?lang=en"):
        english = app.server.test_client().get(path)
        assert english.status_code == 503 and english.get_data(as_text=True) == "No data is loaded.\n"


COMPARE = (
    HEADER
    + """
Borås,1490,,Demokrati,,Valdeltagande,%,increase,2018,86.4,,Val,2018-09-20,
Borås,1490,Hässleholmen,Demokrati,,Valdeltagande,%,increase,2018,56.5,,Val,2018-09-20,
Borås,1490,Sjöbo,Demokrati,,Valdeltagande,%,increase,2018,80,,Val,2018-09-20,
Borås,1490,Sjöbo,Demokrati,,Arbetslöshet,%,decrease,2018,9,,AF,2019-01-01,
Borås,1490,,Demokrati,,Arbetslöshet,%,decrease,2018,6,,AF,2019-01-01,
Köping,1983,,Demokrati,,Valdeltagande,%,increase,2018,84,85,Val,2018-09-20,
Borlänge,2081,,Demokrati,,Valdeltagande,%,increase,2018,83,,Val,2018-09-20,
"""
)


def _compare(query: str) -> pd.DataFrame:
    client = create_app(Settings(), dataset_from(COMPARE)).server.test_client()
    response = client.get("/export/compare.csv?" + query)
    assert response.status_code == 200 and response.mimetype == "text/csv"
    return pd.read_csv(io.BytesIO(response.data))


def test_compare_csv_for_areas_lists_every_indicator_with_the_contract_columns():
    table = _compare("view=areas&municipality=Borås&year=2018")
    assert list(table.columns) == [
        "municipality",
        "area",
        "indicator",
        "unit",
        "direction",
        "year",
        "outcome",
        "reference_outcome",
        "difference",
        "relative_difference",
        "assessment",
        "gender",  # last: whose figures (T: the total, as here)
    ]
    rows = {(r.indicator, r.area): r for r in table.itertuples()}
    # unemployment (lower is better): 9 − 6 = 3, 3/6 = 0.5, worse
    assert (
        rows["Arbetslöshet", "Sjöbo"].difference,
        rows["Arbetslöshet", "Sjöbo"].relative_difference,
        rows["Arbetslöshet", "Sjöbo"].assessment,
    ) == (3, 0.5, "sämre")
    # turnout: 56.5 − 86.4 = −29.9
    assert rows["Valdeltagande", "Hässleholmen"].difference == -29.9


def test_compare_csv_for_areas_with_indicator_and_area_list():
    table = _compare("view=areas&municipality=Borås&indicator=Valdeltagande&areas=Sjöbo&year=2018")
    assert table[["area", "outcome", "difference", "assessment"]].values.tolist() == [["Sjöbo", 80, -6.4, "sämre"]]


def test_compare_csv_for_municipalities_ranks_best_first():
    table = _compare("view=municipalities&indicator=Valdeltagande&year=2018").set_index("municipality")
    assert list(table.columns) == [
        *("indicator", "unit", "direction", "year", "outcome", "target", "rank", "quartile", "gender")
    ]
    assert table["rank"].to_dict() == {"Borlänge": 3, "Borås": 1, "Köping": 2}
    assert table.loc["Köping", "target"] == 85
    assert table["quartile"].isna().all()  # fewer than four municipalities: no quartiles


def test_compare_csv_for_municipalities_gains_the_reference_of_all_municipalities_when_asked():
    table = _compare("view=municipalities&indicator=Valdeltagande&year=2018&peers=alla")
    assert list(table.columns)[-6:] == ["peer_group", "peer_median", "peer_q1", "peer_q3", "peer_n", "gender"]
    # turnout 83, 84, 86.4: median 84, Q1 at position 0.5 → 83.5, Q3 at 1.5 → 85.2
    assert table[["peer_group", "peer_median", "peer_q1", "peer_q3", "peer_n"]].drop_duplicates().values.tolist() == [
        ["Alla kommuner", 84, 83.5, 85.2, 3]
    ]


def test_compare_csv_for_areas_gives_each_indicator_its_own_reference():
    table = _compare("view=areas&municipality=Borås&year=2018&peers=ALLA").set_index(["indicator", "area"])
    assert table.loc[("Valdeltagande", "Sjöbo"), ["peer_median", "peer_n"]].tolist() == [84, 3]
    assert table.loc[("Arbetslöshet", "Sjöbo"), ["peer_median", "peer_q1", "peer_q3", "peer_n"]].tolist() == [
        6,
        6,
        6,
        1,
    ]


def test_compare_csv_lists_every_municipality_when_asked_for_all():
    table = _compare("view=municipalities&indicator=Valdeltagande&year=2018&municipalities=alla&peers=alla")
    assert sorted(table["municipality"]) == ["Borlänge", "Borås", "Köping"] and set(table["peer_n"]) == {3}


def test_compare_csv_without_peers_keeps_its_columns():
    assert "peer_median" not in _compare("view=municipalities&indicator=Valdeltagande&year=2018").columns


def test_compare_csv_needs_a_view():
    client = create_app(Settings(), dataset_from(COMPARE)).server.test_client()
    response = client.get("/export/compare.csv?municipality=Borås")
    assert response.status_code == 400 and "view=areas" in response.get_data(as_text=True)


def test_requests_over_the_size_cap_get_413_with_a_swedish_message():
    app = create_app(Settings(max_content_length=1024), dataset_from(DATA))
    response = app.server.test_client().post(
        "/_dash-update-component", data=b"x" * 4096, content_type="application/json"
    )
    assert response.status_code == 413 and "gränsen är 1 kB" in response.get_data(as_text=True)


def test_the_413_reply_is_in_the_language_of_the_page_that_sent_the_upload():
    app = create_app(Settings(max_content_length=1024), dataset_from(DATA))
    response = app.server.test_client().post(
        "/_dash-update-component",
        data=b"x" * 4096,
        content_type="application/json",
        headers={"Referer": "http://localhost/?municipality=Alfaby&lang=en"},
    )
    assert response.status_code == 413
    assert response.get_data(as_text=True) == "The file is too large: the limit is 1 kB.\n"
