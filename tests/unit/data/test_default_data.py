"""The shipped data: it validates cleanly, and every figure is a published one."""

import csv
import re

import pandas as pd
import pytest

from dashboard.analysis.report import scorecard
from dashboard.analysis.selection import Selection, normalize
from dashboard.data.dataset import Dataset
from dashboard.data.definitions import is_definitions_file
from dashboard.data.goals import is_goals_file
from dashboard.domain.statuses import Status
from dashboard.settings import DEFAULT_DATA_PATH, PROJECT_ROOT, Settings

REFERENCE = PROJECT_ROOT.parent / "shared" / "reference" / "realdata.csv"
KPI_CATALOGUE = PROJECT_ROOT.parent / "shared" / "reference" / "kolada_kpis.csv"
# The Borås eldercare KF table (Budget 2019, 2020, 2021) as the foundation issue lists it.
ELDERCARE = {
    ("U21401", 2017, 17),
    ("U21401", 2018, 13),
    ("U21401", 2019, 13),
    ("U21401", 2018, 17),
    ("U21401", 2019, 17),
    ("U21401", 2020, 15),
    ("U21401", 2020, 17),
    ("U21463", 2017, 86),
    ("U21463", 2018, 83),
    ("U21463", 2019, 92),
    ("U21463", 2019, 84),
    ("U21463", 2020, 92),
    ("U21505", 2017, 82),
    ("U21505", 2018, 81),
    ("U21505", 2019, 90),
    ("U21505", 2019, 81),
    ("U21505", 2020, 90),
    ("", 2017, 221),
    ("", 2018, 221),
    ("", 2019, 240),
    ("", 2019, 221),
    ("", 2020, 230),
}


def _calendar_year(text: str) -> int | None:
    """'2020' → 2020; a school year '2023/24' → 2024, its spring term (data/README.md says so)."""
    if text.isdigit():
        return int(text)
    match = re.fullmatch(r"(\d{4})/(\d{2})", text)
    return int(match.group(1)[:2] + match.group(2)) if match else None


@pytest.fixture(scope="module")
def dataset():
    return Dataset.from_path(DEFAULT_DATA_PATH)


def test_default_data_loads_every_file_without_problems(dataset):
    assert [str(p) for p in dataset.problems] == []
    assert len(dataset.load.loaded_files) == len(list(DEFAULT_DATA_PATH.glob("*.csv")))


def test_every_row_names_its_source_and_publication_date(dataset):
    assert dataset.observations["source"].notna().all()
    assert dataset.observations["published"].notna().all()


def test_boras_eldercare_2020_statuses_match_the_hand_computation(dataset):
    selection, _, _ = normalize(Selection("Borås", goal_area="Vård och omsorg", year=2020), dataset)
    table = scorecard(dataset, selection, Settings()).set_index("indicator_key")
    # U21401 (decrease): 15 − 17 = −2, −2/15 = −13.3 %; U21463: 84 (2019) − 92 = −8, −8.7 %;
    # U21505: 81 (2019) − 90 = −9, −10 %; trygghetsbostäder: 221 (2019) − 230 = −9, −3.9 % (near)
    assert table.loc["U21401", ["outcome", "target", "gap", "status"]].tolist() == [17, 15, -2, Status.NOT_MET]
    assert table.loc["U21463", ["outcome", "outcome_year", "gap", "status"]].tolist() == [84, 2019, -8, Status.NOT_MET]
    assert table.loc["U21505", ["outcome", "outcome_year", "gap", "status"]].tolist() == [81, 2019, -9, Status.NOT_MET]
    housing = table[table["indicator"].str.contains("trygghetsbostäder")].iloc[0]
    assert [housing["outcome"], housing["target"], housing["gap"], housing["status"]] == [221, 230, -9, Status.NEAR]
    assert len(table) == 4


@pytest.mark.skipif(not REFERENCE.exists(), reason="shared/reference is not beside this checkout")
def test_every_figure_is_in_the_reference_data_or_the_eldercare_table():
    published = set()
    with REFERENCE.open(encoding="utf-8") as file:
        for row in csv.DictReader(file):
            year = _calendar_year(row["year"].strip())
            for column in ("outcome", "target"):
                if row[column].strip() and year is not None:
                    published.add((row["municipality"], year, float(row[column])))
    unknown = []
    figures = (
        p for p in DEFAULT_DATA_PATH.glob("*.csv") if not is_goals_file(p.name) and not is_definitions_file(p.name)
    )
    for path in sorted(figures):
        with path.open(encoding="utf-8") as file:
            for line, row in enumerate(csv.DictReader(file), start=2):
                for column in ("outcome", "target"):
                    if not row[column]:
                        continue
                    value, year = float(row[column]), int(row["year"])
                    eldercare = (
                        path.name == "boras_vard_och_omsorg.csv" and (row["indicator_id"], year, value) in ELDERCARE
                    )
                    if not eldercare and (row["municipality"], year, value) not in published:
                        unknown.append(f"{path.name}:{line}:{column}")
    assert unknown == []


def test_boras_2020_progress_matches_the_hand_computation(dataset):
    selection, _, _ = normalize(Selection("Borås", year=2020), dataset)
    table = scorecard(dataset, selection, Settings())
    progress = dict(zip(table["indicator"], zip(table["progress"], table["progress_ratio"].round(4))))
    # staff continuity (decrease): 17 (2017) → 17 (2020), target 15: actual 0 → R = 0, standing still
    assert progress["Personer som en hemtjänsttagare möter, antal/14 dagar (medelvärde)"] == ("Står still", 0)
    # AB Bostäder's new flats: 0 (2018) → 33 (2019), target 118 (2020): a zero base, so linear:
    # (33 − 0)/1 ÷ (118 − 0)/2 = 33/59 = 0,5593 → Små framsteg (Open SDG's 0.001 made it "I fas")
    assert progress["Antal nyproducerade lägenheter av AB Bostäder"] == ("Små framsteg", 0.5593)
    # solar energy: 210 (2018) → 230 (2019): 230/210 − 1 = 9,524 %; target 300 (2020):
    # (300/210)^(1/2) − 1 = 19,523 %; R = 0,09524 / 0,19523 = 0,4878
    assert progress["Total energiproduktion från solenergi"] == ("Små framsteg", 0.4878)
    # building permits: 99 (2019) ≥ target 98 (2020): met, R not computed
    met = progress[
        "Andel av ansökningar om bygglov med fullständiga handlingar som fått beslut senast 8 veckor efter ansökan"
    ]
    assert met[0] == "Målet nått" and met[1] != met[1]
    # respect (U21463): 86 (2017) → 84 (2019): (84/86)^(1/2) − 1 = −1,170 %; target 92 (2020):
    # (92/86)^(1/3) − 1 = 2,273 %; R = −0,5145
    assert progress[
        "Andel hemtjänsttagare som uppger att hemtjänstpersonalen alltid eller oftast tar hänsyn "
        "till den äldres egna åsikter och önskemål, %."
    ] == ("Försämring", -0.5145)
    # one outcome only, target not met: too little data
    assert progress["Andel ekologiska livsmedel"][0] == "För lite data"


def _every_scorecard(dataset):
    """The scorecard of every municipality, area and year in data/."""
    for municipality in dataset.municipalities():
        for area in dataset.areas(municipality):
            _, choices, _ = normalize(Selection(municipality, area), dataset)
            for year in choices.years:
                selection, _, _ = normalize(Selection(municipality, area, year=year), dataset)
                yield selection, scorecard(dataset, selection, Settings())


def test_no_zero_base_is_on_track_and_no_flat_series_makes_progress(dataset):
    """The real series: a zero base is measured linearly (never through a stand-in for 0), and a
    series that has not moved is never called progress."""
    checked = 0
    for selection, table in _every_scorecard(dataset):
        resolved = dataset.resolved(selection.municipality)
        for row in table.itertuples():
            if pd.isna(row.progress_base_year):
                continue
            base = resolved[
                (resolved["area"] == selection.area)
                & (resolved["indicator_key"] == row.indicator_key)
                & (resolved["year"] == row.progress_base_year)
            ]["outcome"].iloc[0]
            checked += 1
            if base == 0 and row.progress_has_target:
                assert row.progress_method == "linear", (selection, row.indicator)
            if base == row.outcome:
                assert row.progress in ("Står still", "Oförändrad", "Försämring"), (selection, row.indicator)
    assert checked > 50


def test_an_outcome_from_2012_is_stale_in_2020(dataset):
    selection, _, _ = normalize(Selection("Borås", year=2020), dataset)
    table = scorecard(dataset, selection, Settings()).set_index("indicator")
    old = table.loc["Vuxna med ekonomiskt bistånd"]
    assert (old["status"], old["outcome_year"], old["progress"]) == ("Inaktuellt utfall", 2012, "Kan inte beräknas")
    assert old["gap"] != old["gap"]  # no gap is drawn from it


def test_every_kolada_kpi_of_the_data_has_its_definition(dataset):
    """data/indicators.csv describes each Kolada KPI the data follows, and only those."""
    ids = {key for key in dataset.observations["indicator_id"].dropna().unique()}
    assert set(dataset.definitions) == ids
    assert dataset.definitions["U21401"].operating_area == "Ordinärt boende"
    assert dataset.definitions["U21401"].source_url == "https://api.kolada.se/v3/kpi/U21401"


@pytest.mark.skipif(not KPI_CATALOGUE.exists(), reason="shared/reference is not beside this checkout")
def test_every_definition_is_kolada_s_published_one():
    """Title, operating area and gender division as Kolada's catalogue gives them (a definition's
    text is written only from Kolada's own published text)."""
    with KPI_CATALOGUE.open(encoding="utf-8") as file:
        catalogue = {row["id"]: row for row in csv.DictReader(file)}
    with (DEFAULT_DATA_PATH / "indicators.csv").open(encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    assert rows
    for row in rows:
        published = catalogue[row["indicator_id"]]
        assert row["indicator"] == published["title"]
        assert row["operating_area"] == published["operating_area"]
        assert row["divided_by_gender"] == {"1": "yes", "0": "no"}[published["is_divided_by_gender"]]
        assert row["source_url"] == f"https://api.kolada.se/v3/kpi/{row['indicator_id']}"
