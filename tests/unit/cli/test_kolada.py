"""The Kolada fetcher writes loadable long-format CSV with every gender, and the KPIs' definitions
beside it, or one clear message and nothing at all.

Answers are recorded files (tests/fixtures/kolada/) served from a local HTTP server; no network.
"""

from __future__ import annotations

import socket
import time
from pathlib import Path
from urllib.parse import parse_qs

import pandas as pd
import pytest

from dashboard.cli import fetching, kolada, kolada_definitions
from dashboard.data.dataset import Dataset
from dashboard.data.loading import load_path
from dashboard.domain.schema import COLUMN_NAMES
from dashboard.i18n import render
from tests.paths import FIXTURES
from tests.unit.cli.local_api import JsonHandler, RecordedSleep, local_api

KOLADA = FIXTURES / "kolada"
DATA = "/v3/data/kpi/U21401,N15428/municipality/1490,2081/year/2017,2018,2019,2020"
ROUTES = {
    DATA: "data_page1.json",
    DATA + "?page=2": "data_page2.json",
    "/v3/data/kpi/N15428/municipality/1984/year/2020": "data_arboga.json",
    "/v3/data/kpi/N15428/municipality/1490/year/2020": "data_loop.json",
    "/v3/data/kpi/N15428/municipality/1490/year/2020?page=2": "data_loop.json",
    "/v3/data/kpi/N15428/municipality/G99999/year/2020": "data_group.json",
    "/v3/municipality/1984": "municipality_1984.json",
    "/v3/municipality/1985": "municipality_1984.json",  # an answer without the id asked for
    "/v3/data/kpi/N15428/municipality/2081/year/2018": "data_unknown_paging.json",
    "/v3/kpi/U21401": "kpi_U21401.json",
    "/v3/kpi/N15428": "kpi_N15428.json",
    # Kolada API v2: its own shape (next_page, no isdeleted), under /v2
    "/v2/data/kpi/N15428/municipality/2081/year/2019,2020": "data_v2_page1.json",
    "/v2/data/kpi/N15428/municipality/2081/year/2019,2020?page=2": "data_v2_page2.json",
    "/v2/kpi/N15428": "kpi_v2_N15428.json",
}
U21401_TITLE = "Personalkontinuitet, antal personal som en hemtjänsttagare möter under 14 dagar, medelvärde"
N15428_TITLE = "Elever i åk 9 som är behöriga till yrkesprogram, hemkommun, andel (%)"


class _Handler(JsonHandler):
    """Serves ROUTES; a first path segment /fail500, /slow, /badjson or /limited (429 with Retry-After
    3600, always) changes the answer, and the first `server.busy` requests get 429 with Retry-After 7."""

    def do_GET(self):  # noqa: N802 (http.server's name)
        self.server.requests.append(self.path)
        path, _, query = self.path.partition("?")
        mode, _, rest = path.lstrip("/").partition("/")
        if mode in {"fail500", "slow", "badjson", "limited"}:
            path = "/" + rest
        else:
            mode = ""
        page = parse_qs(query).get("page", ["1"])[0]
        name = ROUTES.get(path if page == "1" else f"{path}?page={page}")
        if mode == "fail500":
            return self._answer(500, b'{"error": "internal"}')
        if mode == "limited" or self.server.busy:
            self.server.busy = max(0, self.server.busy - 1)
            return self._answer(429, b"{}", {"Retry-After": "3600" if mode == "limited" else "7"})
        if mode == "slow":
            time.sleep(1.5)
        if mode == "badjson":
            name = "invalid_json.txt"
        if name is None:
            return self._answer(404, b'{"error": "not found"}')
        text = (KOLADA / name).read_text(encoding="utf-8")
        self._answer(200, text.replace("https://api.kolada.se", self.server.address).encode("utf-8"))


@pytest.fixture
def server():
    with local_api(_Handler) as httpd:
        yield httpd


def _run(
    server,
    tmp_path,
    *extra,
    prefix="",
    municipality="1490,2081",
    kpi="U21401,N15428",
    years="2017-2020",
    out=None,
    sleep=None,
    version="v3",
):
    out = out or tmp_path / "kolada.csv"
    argv = [
        "--municipality",
        municipality,
        "--kpi",
        kpi,
        "--years",
        years,
        "--goal-area",
        "Vård och omsorg",
        "--out",
        str(out),
        "--base-url",
        f"{server.address}{prefix}/{version}",
        "--published",
        "2024-05-01",
        "--timeout",
        "5",
        *extra,
    ]
    return kolada.main(argv, sleep=sleep or RecordedSleep()), out


def _rows(out: Path) -> pd.DataFrame:
    return pd.read_csv(out, dtype=str, keep_default_na=False)


def _outcomes(frame: pd.DataFrame) -> dict:
    return {(r.indicator_id, r.municipality_code, int(r.year)): r.outcome for r in frame.itertuples()}


def _by_gender(frame: pd.DataFrame) -> dict:
    return {(r.indicator_id, r.municipality_code, int(r.year), r.gender): r.outcome for r in frame.itertuples()}


def _problems(out: Path) -> list:
    return list(load_path(out).problems)


def test_happy_path_writes_a_csv_that_loads_with_kolada_values_titles_and_source(server, tmp_path, capsys):
    code, out = _run(server, tmp_path, "--direction", "U21401=decrease", "--gender", "T")
    assert code == 0
    result = load_path(out)
    assert not result.errors, [p.describe() for p in result.errors]
    rows = _rows(out)
    assert set(rows["gender"]) == {"T"}
    assert _outcomes(rows) == {
        ("U21401", "1490", 2017): "17",
        ("U21401", "1490", 2018): "17",
        ("U21401", "1490", 2019): "17",
        ("U21401", "1490", 2020): "17",
        ("U21401", "2081", 2020): "",
        ("N15428", "1490", 2019): "33.3",
        ("N15428", "1490", 2020): "77.7",
    }
    boras = rows[rows["municipality_code"] == "1490"]
    assert set(boras["municipality"]) == {"Borås"} and set(rows["area"]) == {"Hela kommunen"}
    assert set(rows["goal_area"]) == {"Vård och omsorg"} and set(rows["target"]) == {""}
    assert set(rows["source"]) == {"Kolada"} and set(rows["published"]) == {"2024-05-01"}
    by_kpi = rows.drop_duplicates("indicator_id").set_index("indicator_id")
    assert by_kpi.loc["U21401", ["indicator", "unit", "direction"]].tolist() == [U21401_TITLE, "", "decrease"]
    assert by_kpi.loc["N15428", ["indicator", "unit", "direction"]].tolist() == [N15428_TITLE, "%", "increase"]
    comments = {(r.indicator_id, r.municipality_code, int(r.year)): r.comment for r in rows.itertuples()}
    assert comments[("U21401", "2081", 2020)] == "Kolada-status: Not applicable"
    assert comments[("N15428", "1490", 2020)] == "Kolada-status: Preliminary"
    assert comments[("U21401", "1490", 2017)] == ""
    assert len(result.observations) == 6  # the row without an outcome is kept in the file, skipped on load
    assert [p.row for p in _problems(out)] == [rows.index[rows["outcome"] == ""][0] + 2]  # that one warning
    assert capsys.readouterr().out == (
        f"Skrev 7 rader till {out}: 2 KPI (N15428, U21401), 2 kommuner (Borås, Borlänge), år 2017–2020.\n"
        f"Skrev definitionerna av 2 KPI till {tmp_path / 'indicators.csv'}.\n"
    )


# Every value of the recorded pages but Borlänge's deleted N15428 T (2019) and its null U21401 T
# without a status (2019); in KPI, municipality name (Borlänge before Borås), year and T, K, M order.
EVERY_GENDER = [
    ("N15428", "2081", "2019", "K", "66.6"),
    ("N15428", "2081", "2019", "M", "44.4"),
    ("N15428", "1490", "2019", "T", "33.3"),
    ("N15428", "1490", "2019", "K", "44.4"),
    ("N15428", "1490", "2019", "M", "22.2"),
    ("N15428", "1490", "2020", "T", "77.7"),
    ("U21401", "2081", "2019", "K", "33.3"),
    ("U21401", "2081", "2020", "T", ""),
    ("U21401", "2081", "2020", "K", ""),
    ("U21401", "2081", "2020", "M", ""),
    ("U21401", "1490", "2017", "T", "17"),
    ("U21401", "1490", "2017", "K", "11.1"),
    ("U21401", "1490", "2017", "M", "22.2"),
    ("U21401", "1490", "2018", "T", "17"),
    ("U21401", "1490", "2018", "K", "11.1"),
    ("U21401", "1490", "2018", "M", "22.2"),
    ("U21401", "1490", "2019", "T", "17"),
    ("U21401", "1490", "2020", "T", "17"),
]


def test_every_gender_is_kept_by_default_each_row_with_its_gender(server, tmp_path, capsys):
    code, out = _run(server, tmp_path)
    assert code == 0
    rows = _rows(out)
    assert list(rows.columns) == list(COLUMN_NAMES)
    got = rows[["indicator_id", "municipality_code", "year", "gender", "outcome"]]
    assert [tuple(row) for row in got.values.tolist()] == EVERY_GENDER
    assert capsys.readouterr().out.startswith(f"Skrev 18 rader till {out}: ")


def test_every_gender_loads(server, tmp_path):
    code, out = _run(server, tmp_path)
    result = load_path(out)
    assert code == 0 and not result.errors
    assert len(result.observations) == 15  # Borlänge's three U21401 rows of 2020 (no outcome) are skipped


def test_gender_list_keeps_the_genders_named(server, tmp_path):
    code, out = _run(server, tmp_path, "--gender", "m, k")
    assert code == 0
    assert _rows(out)["gender"].tolist() == [gender for *_, gender, _ in EVERY_GENDER if gender != "T"]


def test_next_url_is_followed_to_the_last_page(server, tmp_path):
    code, out = _run(server, tmp_path)
    assert code == 0
    data_requests = [path for path in server.requests if path.startswith("/v3/data/")]
    assert len(data_requests) == 2 and "page=2" in data_requests[1]
    assert ("U21401", "1490", 2020) in _outcomes(_rows(out))  # only on page 2


def test_a_v2_answer_is_read_page_by_page_through_next_page(server, tmp_path, capsys):
    code, out = _run(server, tmp_path, municipality="2081", kpi="N15428", years="2019-2020", version="v2")
    assert code == 0, capsys.readouterr().err
    assert [path for path in server.requests if "/data/" in path] == [
        "/v2/data/kpi/N15428/municipality/2081/year/2019,2020?per_page=5000",
        "/v2/data/kpi/N15428/municipality/2081/year/2019,2020?page=2&per_page=5000",
    ]
    rows = _rows(out)
    # page 1: 2019's three values; page 2: 2020's T, K's null with a status (kept, empty), M's null without (dropped)
    assert rows[["year", "gender", "outcome", "comment"]].values.tolist() == [
        ["2019", "T", "80.1", ""],
        ["2019", "K", "11.1", ""],
        ["2019", "M", "22.2", ""],
        ["2020", "T", "82.4", ""],
        ["2020", "K", "", "Kolada-status: Not applicable"],
    ]
    assert set(rows["indicator"]) == {N15428_TITLE} and set(rows["unit"]) == {"%"}
    assert [p.row for p in _problems(out)] == [6]  # the empty outcome: a warning on its row, nothing worse
    definition = _definitions(tmp_path / "indicators.csv")
    assert definition == [
        {**_fetched(server, "N15428", "%", N15428_AREA), "source_url": f"{server.address}/v2/kpi/N15428"}
    ]


def test_a_next_page_in_an_unknown_shape_stops_the_import(server, tmp_path, capsys):
    code, out = _run(server, tmp_path, municipality="2081", kpi="N15428", years="2018")
    _assert_failed(code, out, capsys, "nästa sida anges som links, nextLink")
    assert not out.exists()


def test_kpi_titles_come_from_the_kpi_endpoint(server, tmp_path):
    _run(server, tmp_path)
    assert "/v3/kpi/U21401" in server.requests and "/v3/kpi/N15428" in server.requests
    assert not any(path.startswith("/v3/municipality/") for path in server.requests)  # both names built in


def test_gender_k_keeps_only_the_womens_values(server, tmp_path):
    code, out = _run(server, tmp_path, "--gender", "K")
    assert code == 0
    assert _outcomes(_rows(out)) == {
        ("U21401", "1490", 2017): "11.1",
        ("U21401", "1490", 2018): "11.1",
        ("U21401", "2081", 2019): "33.3",
        ("U21401", "2081", 2020): "",
        ("N15428", "1490", 2019): "44.4",
        ("N15428", "2081", 2019): "66.6",
    }


def test_deleted_values_and_null_values_without_status_are_dropped(server, tmp_path):
    code, out = _run(server, tmp_path)
    assert code == 0
    outcomes = _by_gender(_rows(out))
    assert ("N15428", "2081", 2019, "T") not in outcomes  # isdeleted
    assert outcomes[("N15428", "2081", 2019, "K")] == "66.6"  # its K and M values are not
    assert ("U21401", "2081", 2019, "T") not in outcomes  # null value, no status


def test_unknown_municipality_name_is_looked_up_in_kolada(server, tmp_path, capsys):
    code, out = _run(server, tmp_path, municipality="1984", kpi="N15428", years="2020")
    assert code == 0
    assert "/v3/municipality/1984" in server.requests
    assert _rows(out)[["municipality", "municipality_code", "outcome"]].values.tolist() == [["Arboga", "1984", "88.8"]]
    assert capsys.readouterr().out == (
        f"Skrev 1 rad till {out}: 1 KPI (N15428), 1 kommun (Arboga), år 2020–2020.\n"
        f"Skrev definitionerna av 1 KPI till {tmp_path / 'indicators.csv'}.\n"
    )


def test_a_municipality_the_answer_does_not_hold_is_named(server):
    with pytest.raises(kolada.KoladaError) as raised:
        kolada.municipality_name("1985", f"{server.address}/v3", timeout=5)
    assert (
        render(raised.value.message) == f"Kolada känner inte till kommunen 1985 ({server.address}/v3/municipality/1985)"
    )


def test_municipality_group_gets_its_name_an_empty_code_and_a_mean_comment(server, tmp_path):
    code, out = _run(
        server, tmp_path, "--municipality-name", "G99999=Testgrupp", municipality="G99999", kpi="N15428", years="2020"
    )
    assert code == 0 and not _problems(out)
    row = _rows(out).iloc[0]
    assert (row["municipality"], row["municipality_code"], row["outcome"]) == ("Testgrupp", "", "55.5")
    assert row["comment"] == "Kommungrupp: ovägt medelvärde av 12 kommuner"


def test_fetch_observations_returns_the_long_format_frame(server):
    frame = kolada.fetch_observations(
        ["N15428"],
        ["1984"],
        [2020],
        f"{server.address}/v3",
        gender="T",
        timeout=5,
        goal_area="Skola",
        published="2024-05-01",
    )
    assert list(frame.columns) == list(COLUMN_NAMES)
    assert frame[["municipality", "indicator_id", "year", "outcome", "gender"]].values.tolist() == [
        ["Arboga", "N15428", 2020, 88.8, "T"]
    ]


def _assert_failed(code, out, capsys, *fragments):
    assert code == 1
    err = capsys.readouterr().err
    assert err.startswith("Fel: ") and err.count("\n") == 1 and "Traceback" not in err
    for fragment in fragments:
        assert fragment in err
    return err


def test_http_500_exits_1_with_a_message_and_leaves_the_existing_file_untouched(server, tmp_path, capsys):
    out = tmp_path / "kolada.csv"
    out.write_text("old contents\n", encoding="utf-8")
    code, _ = _run(server, tmp_path, prefix="/fail500", out=out)
    err = _assert_failed(code, out, capsys)
    assert err == f"Fel: Kolada svarade 500 för {server.address}/fail500/v3/kpi/U21401: försök igen senare\n"
    assert out.read_text(encoding="utf-8") == "old contents\n"
    assert [p.name for p in tmp_path.iterdir()] == ["kolada.csv"]  # no temp file left behind


def test_429_is_waited_out_as_retry_after_says_without_sleeping(server, tmp_path):
    server.busy = 2
    sleep = RecordedSleep()
    code, out = _run(server, tmp_path, municipality="1984", kpi="N15428", years="2020", sleep=sleep)
    assert code == 0 and sleep.waits == [7.0, 7.0]
    assert server.requests[:3] == ["/v3/kpi/N15428"] * 3  # two refused, the third answered
    assert _rows(out)[["municipality", "outcome"]].values.tolist() == [["Arboga", "88.8"]]


def test_429_that_does_not_end_says_try_later_after_bounded_waits(server, tmp_path, capsys):
    sleep = RecordedSleep()
    code, out = _run(server, tmp_path, prefix="/limited", sleep=sleep)
    err = _assert_failed(code, out, capsys)
    assert err == (
        "Fel: Kolada begränsar antalet anrop (429) och svarade så 6 gånger "
        f"({server.address}/limited/v3/kpi/U21401): försök igen om en stund\n"
    )
    assert sleep.waits == [fetching.MAX_WAIT] * fetching.MAX_RETRIES  # Retry-After 3600 is cut to a minute
    assert len(server.requests) == fetching.MAX_RETRIES + 1 and not out.exists()


def test_timeout_exits_1_and_writes_nothing(server, tmp_path, capsys):
    code, out = _run(server, tmp_path, "--timeout", "0.5", prefix="/slow")
    err = _assert_failed(code, out, capsys)
    assert err == (
        f"Fel: Kolada svarade inte inom 0.5 sekunder ({server.address}/slow/v3/kpi/U21401): "
        "försök igen senare eller öka --timeout\n"
    )
    assert not out.exists()


def test_connection_refused_exits_1_and_writes_nothing(tmp_path, capsys):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    out = tmp_path / "kolada.csv"
    code = kolada.main(
        [
            "--municipality",
            "1490",
            "--kpi",
            "U21401",
            "--years",
            "2020",
            "--goal-area",
            "Vård",
            "--out",
            str(out),
            "--base-url",
            f"http://127.0.0.1:{port}/v3",
            "--timeout",
            "5",
        ]
    )
    _assert_failed(code, out, capsys, "Kunde inte nå Kolada")
    assert not out.exists()


def test_invalid_json_exits_1_and_writes_nothing(server, tmp_path, capsys):
    code, out = _run(server, tmp_path, prefix="/badjson")
    err = _assert_failed(code, out, capsys)
    assert err == f"Fel: Kolada svarade med ogiltig JSON för {server.address}/badjson/v3/kpi/U21401\n"
    assert not out.exists()


def test_failing_title_lookup_is_an_error(server, tmp_path, capsys):
    code, out = _run(server, tmp_path, kpi="U21401,N00914")
    err = _assert_failed(code, out, capsys)
    assert err == (
        f"Fel: Kolada svarade 404 för {server.address}/v3/kpi/N00914: kontrollera KPI-id, kommunkoder och år\n"
    )
    assert not out.exists()


def test_a_next_url_that_repeats_itself_stops_with_a_message(server, tmp_path, capsys):
    code, out = _run(server, tmp_path, municipality="1490", kpi="N15428", years="2020")
    _assert_failed(code, out, capsys, "sidor utan slut")
    assert not out.exists()


@pytest.mark.parametrize("years", ["2020-2015", "20x", "2015-", "2015,,2017", ""])
def test_bad_years_are_a_usage_error(server, tmp_path, capsys, years):
    code, out = _run(server, tmp_path, years=years)
    assert code == 2 and not out.exists()
    assert "--years" in capsys.readouterr().err
    assert server.requests == []


@pytest.mark.parametrize("gender", ["X", "kvinnor", "", "T,X"])
def test_bad_gender_is_a_usage_error(server, tmp_path, capsys, gender):
    code, out = _run(server, tmp_path, "--gender", gender)
    assert code == 2 and not out.exists()
    assert f"argument --gender: {gender!r}: välj ett eller flera kön bland T (totalt), K (kvinnor) och M (män)" in (
        capsys.readouterr().err
    )


def test_direction_for_a_kpi_not_fetched_is_a_usage_error(server, tmp_path, capsys):
    code, _ = _run(server, tmp_path, "--direction", "N00914=decrease")
    assert code == 2 and capsys.readouterr().err == "Fel: --direction nämner KPI som inte hämtas: N00914\n"


@pytest.mark.parametrize(
    "kpi, message", [("U21401,x", "X är inga KPI-id (t.ex. U21401)"), ("", "tomt är inga KPI-id (t.ex. U21401)")]
)
def test_bad_kpi_ids_are_a_usage_error_naming_them(server, tmp_path, capsys, kpi, message):
    code, _ = _run(server, tmp_path, kpi=kpi)
    assert code == 2 and capsys.readouterr().err.endswith(f"error: argument --kpi: {message}\n")


def test_an_output_that_cannot_be_written_is_named_and_the_definitions_are_not_written(server, tmp_path, capsys):
    out = tmp_path / "kolada.csv"
    out.mkdir()  # a folder where the file should be
    code, _ = _run(server, tmp_path, out=out)
    assert code == 1 and capsys.readouterr().err == f"Fel: kunde inte skriva {out} (Is a directory)\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kolada.csv"]  # no indicators.csv, no temp file


def test_no_values_names_the_kpis_municipalities_years_and_genders_asked_for(server, tmp_path, capsys):
    code, out = _run(server, tmp_path, "--gender", "K,M", municipality="1984", kpi="N15428", years="2020")
    err = _assert_failed(code, out, capsys)  # Arboga's answer holds T only
    assert err == "Fel: Kolada gav inga värden på N15428 för kommunen 1984, år 2020–2020, kön K, M: ingen fil skrevs\n"
    assert not out.exists() and not (tmp_path / "indicators.csv").exists()


def test_a_value_that_is_not_a_number_is_named_with_its_kpi_place_year_and_gender():
    with pytest.raises(kolada.KoladaError) as raised:
        kolada._row({"gender": "K", "value": "12,5", "status": ""}, "N15428", "1490", 2020)
    assert render(raised.value.message) == (
        "Oväntat svar från Kolada: värdet för N15428, kommun 1490, år 2020, kön K är inte ett tal ('12,5')"
    )


def test_fetched_rows_the_format_refuses_are_named_by_their_row_in_the_fetched_table(server, tmp_path):
    base = f"{server.address}/v3"
    frame = kolada.fetch_observations(["N15428"], ["1984"], [2020], base, timeout=5, goal_area="Skola")
    frame.loc[0, "direction"] = "upp"
    out = tmp_path / "kolada.csv"
    with pytest.raises(kolada.KoladaError) as raised:
        fetching.write_observations(frame, out, kolada.KoladaError)
    assert render(raised.value.message) == (
        "De hämtade värdena klarar inte Målbilds dataformat, så inget skrevs: "
        "den hämtade tabellen, rad 2, kolumn direction: 'upp' är ingen känd riktning (increase eller decrease)"
    )
    assert not out.exists()


def test_a_missing_folder_writes_nothing(server, tmp_path, capsys):
    code, _ = _run(server, tmp_path, out=tmp_path / "saknas" / "kolada.csv")
    assert code == 1 and capsys.readouterr().err == f"Fel: mappen {tmp_path / 'saknas'} finns inte: ingen fil skrevs\n"
    assert server.requests == []


def test_a_kolada_error_is_a_key_with_parameters_rendered_in_either_language(server):
    with pytest.raises(kolada.KoladaError) as raised:
        kolada.fetch_observations(["N15428"], ["1984"], [2020], f"{server.address}/fail500/v3", timeout=5)
    url = f"{server.address}/fail500/v3/kpi/N15428"
    assert raised.value.message.key == "cli.fetch.http_error"
    assert render(raised.value.message) == f"Kolada svarade 500 för {url}: försök igen senare"
    assert render(raised.value.message, "en") == f"Kolada returned 500 for {url}: try again later"


def test_the_timeout_message_counts_seconds():
    one = kolada.KoladaError("cli.fetch.timeout", count=1.0, url="u").message
    assert render(one) == "Kolada svarade inte inom 1 sekund (u): försök igen senare eller öka --timeout"
    assert render(one, "en") == "Kolada did not answer within 1 second (u): try again later or raise --timeout"


@pytest.mark.parametrize(
    "text, years", [("2019", [2019]), ("2015-2017", [2015, 2016, 2017]), ("2020,2015-2016", [2015, 2016, 2020])]
)
def test_years_accept_a_year_a_range_and_lists(text, years):
    assert kolada.parse_years(text) == years


@pytest.mark.parametrize(
    "title, unit",
    [
        (N15428_TITLE, "%"),
        ("Länsvis skattesats, (%)", "%"),
        ("Personalkostnader, kr/inv", "kr/inv"),
        (U21401_TITLE, ""),
    ],
)
def test_unit_is_derived_from_the_title(title, unit):
    assert kolada.unit_of(title) == unit


# --- The indicators' definitions ----------------------------------------------------------------

DEFINITION_HEADER = [
    "indicator_id",
    "indicator",
    "definition",
    "unit",
    "direction",
    "source_url",
    "operating_area",
    "divided_by_gender",
]
RECORDED = "Testinspelning: beskrivningen är förkortad."  # the fixtures' description


def _definitions(path: Path) -> list[dict]:
    return pd.read_csv(path, dtype=str, keep_default_na=False).to_dict("records")


def _fetched(server, kpi: str, unit: str, area: str) -> dict:
    return {
        "indicator_id": kpi,
        "indicator": U21401_TITLE if kpi == "U21401" else N15428_TITLE,
        "definition": RECORDED,
        "unit": unit,
        "direction": "",
        "source_url": f"{server.address}/v3/kpi/{kpi}",
        "operating_area": area,
        "divided_by_gender": "yes",
    }


U21401_AREA, N15428_AREA = "Ordinärt boende", "Grundskola åk 0-9 inkl förskoleklass"


def test_the_kpis_definitions_are_written_beside_the_data(server, tmp_path):
    code, _ = _run(server, tmp_path)
    assert code == 0
    written = tmp_path / "indicators.csv"
    assert list(pd.read_csv(written, dtype=str).columns) == DEFINITION_HEADER
    assert _definitions(written) == [
        _fetched(server, "U21401", "", U21401_AREA),
        _fetched(server, "N15428", "%", N15428_AREA),
    ]


def test_the_imported_folder_loads_with_its_definitions(server, tmp_path):
    code, out = _run(server, tmp_path, "--gender", "T", "--direction", "U21401=decrease")
    assert code == 0
    dataset = Dataset.from_path(tmp_path)
    assert [p for p in dataset.problems if p.file == "indicators.csv"] == []
    definition = dataset.definitions["U21401"]
    assert (definition.text, definition.operating_area, definition.divided_by_gender) == (
        RECORDED,
        U21401_AREA,
        True,
    )
    assert definition.source_url == f"{server.address}/v3/kpi/U21401" and definition.direction is None


def test_a_definitions_file_there_is_merged_by_indicator_id(server, tmp_path):
    """Other KPIs' rows stay as they were (a column of the file's own too), a fetched KPI's row is
    replaced where it stood and its second row goes, a KPI new to the file comes last; the file
    was written as Swedish Excel writes CSV and is written back as Målbild writes it."""
    existing = tmp_path / "indicators.csv"
    existing.write_bytes(
        "indicator_id;indicator;definition;note\r\n"
        "N00914;Förvärvsarbetande invånare 20-64 år, andel (%);Egen text;behåll\r\n"
        "U21401;Gammalt namn;Gammal text;gammal\r\n"
        ";Egen indikator;Utan id;\r\n"
        "U21401;Dubblett;;\r\n".encode("cp1252")
    )
    code, _ = _run(server, tmp_path)
    assert code == 0
    blank = {"unit": "", "direction": "", "source_url": "", "operating_area": "", "divided_by_gender": ""}
    own = {"indicator_id": "N00914", "indicator": "Förvärvsarbetande invånare 20-64 år, andel (%)"}
    assert _definitions(existing) == [
        {**own, "definition": "Egen text", "note": "behåll", **blank},
        {**_fetched(server, "U21401", "", U21401_AREA), "note": ""},
        {"indicator_id": "", "indicator": "Egen indikator", "definition": "Utan id", "note": "", **blank},
        {**_fetched(server, "N15428", "%", N15428_AREA), "note": ""},
    ]
    assert list(pd.read_csv(existing, dtype=str).columns) == DEFINITION_HEADER[:3] + ["note"] + DEFINITION_HEADER[3:]


def test_the_definitions_option_names_the_file(server, tmp_path):
    (tmp_path / "meta").mkdir()
    code, _ = _run(server, tmp_path, "--definitions", str(tmp_path / "meta" / "kolada_indicators.csv"))
    assert code == 0
    assert len(_definitions(tmp_path / "meta" / "kolada_indicators.csv")) == 2
    assert not (tmp_path / "indicators.csv").exists()


def test_definitions_that_are_not_csv_are_a_usage_error(server, tmp_path, capsys):
    code, out = _run(server, tmp_path, "--definitions", str(tmp_path / "indicators.xlsx"))
    assert code == 2 and not out.exists()
    assert "indicators.xlsx' är ingen .csv-fil" in capsys.readouterr().err
    assert server.requests == []


def test_an_unreadable_definitions_file_writes_neither_file(server, tmp_path, capsys):
    existing = tmp_path / "indicators.csv"
    existing.write_text("indicator_id,definition,indicator_id\nU21401,x,y\n", encoding="utf-8")
    code, out = _run(server, tmp_path)
    err = _assert_failed(code, out, capsys)
    assert err == (
        f"Fel: kunde inte läsa {existing} (indicators.csv, rad 1, kolumn indicator_id: kolumnen finns flera "
        "gånger): ingen fil skrevs\n"
    )
    assert (
        not out.exists()
        and existing.read_text(encoding="utf-8") == "indicator_id,definition,indicator_id\nU21401,x,y\n"
    )


@pytest.mark.parametrize(
    "given, written",
    [(1, "yes"), (True, "yes"), ("1", "yes"), (0, "no"), (False, "no"), ("0", "no"), (None, ""), ("", "")],
)
def test_is_divided_by_gender_becomes_yes_no_or_nothing(given, written):
    item = {"id": "U21401", "title": U21401_TITLE, "is_divided_by_gender": given}
    assert kolada_definitions.definition_row(item, "https://api.kolada.se/v3/", "")["divided_by_gender"] == written


def test_a_kpi_row_takes_what_kolada_gives_and_leaves_the_rest_empty():
    item = {"id": "N15428", "title": f" {N15428_TITLE} ", "operating_area": ["Grundskola", " Kommunen, övergripande"]}
    assert kolada_definitions.definition_row(item, "https://api.kolada.se/v3/", "%") == {
        "indicator_id": "N15428",
        "indicator": N15428_TITLE,
        "definition": "",
        "unit": "%",
        "direction": "",
        "source_url": "https://api.kolada.se/v3/kpi/N15428",
        "operating_area": "Grundskola, Kommunen, övergripande",
        "divided_by_gender": "",
    }
