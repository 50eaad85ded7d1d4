"""The SCB command (PxWebApi 2.0) writes loadable long-format CSV, or one clear message and nothing at all.

Answers are recorded-shape files (tests/fixtures/scb/) served from a local HTTP server; no network,
and no real sleeping: the 429 tests hand the command a sleep that only records its waits.
"""

from __future__ import annotations

import argparse
import json
from urllib.parse import parse_qs, urlsplit

import pandas as pd
import pytest

from dashboard.cli import fetching, jsonstat, kolada, scb
from dashboard.data import engine
from dashboard.data.loading import load_path
from dashboard.domain.schema import COLUMN_NAMES
from dashboard.i18n import CATALOGUES, render, text
from tests.paths import FIXTURES
from tests.unit.cli.local_api import JsonHandler, RecordedSleep, local_api

SCB = FIXTURES / "scb"
TAB638 = "/v2/tables/TAB638/data"
TAB9901 = "/v2/tables/TAB9901/data"
ROUTES = {
    ("/v2/config", ""): "config.json",
    ("/v2/tables/TAB638/metadata", ""): "metadata_TAB638.json",
    ("/v2/tables/TAB9901/metadata", ""): "metadata_TAB9901.json",
    ("/v2/tables/TAB6471/metadata", ""): "metadata_TAB6471.json",
    ("/v2/tables/TAB9902/metadata", ""): "metadata_TAB9902.json",
    (TAB638, "ContentsCode=BE0101N1&Kon=1,2&Region=1490,2081&Tid=2018,2019"): "data_TAB638_kon.json",
    (TAB638, "ContentsCode=BE0101N1&Kon=1,2&Region=1490&Tid=2018,2019"): "data_TAB638_kon_1490.json",
    (TAB638, "ContentsCode=BE0101N1&Kon=1,2&Region=2081&Tid=2018,2019"): "data_TAB638_kon_2081.json",
    (TAB638, "ContentsCode=BE0101N1&Region=1490,2081&Tid=2018,2019"): "data_TAB638_total.json",
    (TAB9901, "Alder=20-64&ContentsCode=000005QA&Kon=1,2,1+2&Region=1490,2081&Tid=2020,2021"): "data_TAB9901.json",
    (
        TAB9901,
        "Alder=20-64&ContentsCode=000005QA&Kon=1+2&Region=1490,2081,1983&Tid=2020,2021",
    ): "data_TAB9901_all_T.json",
    ("/v2/tables/TAB9902/data", "ContentsCode=000009XX&Kon=1+2&Region=1490,2081&Tid=2020,2021"): "data_TAB9902_T.json",
}
# a first path segment that changes the answers: config, or every data answer
MODES = {
    "smallconfig": ("/v2/config", 200, "config_small.json"),
    "toomany": ("data", 403, "problem_403.json"),
    "badrequest": ("data", 400, "problem_400.json"),
    "badjson": ("data", 200, "invalid_json.txt"),
    "short": ("data", 200, "data_TAB638_short.json"),
    "limited": ("data", 429, "problem_429.json"),
}


class _Handler(JsonHandler):
    """Serves ROUTES by path and valueCodes (in any order); `server.busy` data requests first get 429."""

    def do_GET(self):  # noqa: N802 (http.server's name)
        self.server.requests.append(self.path)
        parts = urlsplit(self.path)
        query = parse_qs(parts.query, keep_blank_values=True)
        mode, _, rest = parts.path.lstrip("/").partition("/")
        path = "/" + rest if mode in MODES else parts.path
        is_data = path.endswith("/data")
        assert query.get("lang") == (None if path == "/v2/config" else ["sv"])
        assert query.get("outputFormat") == (["json-stat2"] if is_data else None)
        codes = "&".join(
            f"{name[len('valueCodes[') : -1]}={values[0]}"
            for name, values in sorted(query.items())
            if name.startswith("valueCodes[")
        )
        name = ROUTES.get((path, codes))
        if mode in MODES and (MODES[mode][0] == path or (MODES[mode][0] == "data" and is_data)):
            _, status, name = MODES[mode]
            return self._answer(status, (SCB / name).read_bytes(), {"Retry-After": "3600"} if status == 429 else {})
        if is_data and self.server.busy:
            self.server.busy -= 1
            return self._answer(429, (SCB / "problem_429.json").read_bytes(), {"Retry-After": "7"})
        if name is None:
            return self._answer(404, (SCB / "problem_404.json").read_bytes())
        self._answer(200, (SCB / name).read_bytes())


@pytest.fixture
def server():
    with local_api(_Handler) as httpd:
        yield httpd


def _run(server, tmp_path, *extra, table="TAB638", region="1490,2081", years="2018-2019", prefix="", sleep=None):
    out = tmp_path / "scb.csv"
    argv = ["--table", table, "--region", region, "--years", years, "--goal-area", "Befolkning", "--out", str(out)]
    argv += ["--base-url", f"{server.address}{prefix}/v2", "--timeout", "5", *extra]
    return scb.main(argv, sleep=sleep or RecordedSleep()), out


def _rows(out) -> pd.DataFrame:
    return pd.read_csv(out, dtype=str, keep_default_na=False)


def _data_requests(server) -> list[str]:
    return [path for path in server.requests if "/data?" in path]


def _fetch(server, table="TAB638", regions=("1490", "2081"), years=(2018, 2019), **options):
    return scb.fetch_observations(table, list(regions), list(years), f"{server.address}/v2", timeout=5, **options)


def _by_key(frame: pd.DataFrame) -> dict:
    return {
        (r.municipality_code, int(r.year), r.gender): None if pd.isna(r.outcome) else r.outcome
        for r in frame.itertuples()
    }


# the population of Borås and Borlänge (TAB638, BE0101N1): T as published, K and M made-up halves
POPULATION = {
    ("1490", 2018, "T"): 112178.0,
    ("1490", 2018, "K"): 56089.0,
    ("1490", 2018, "M"): 56089.0,
    ("1490", 2019, "T"): 113179.0,
    ("1490", 2019, "K"): 56589.0,
    ("1490", 2019, "M"): 56590.0,
    ("2081", 2018, "T"): 52222.0,
    ("2081", 2018, "K"): 26111.0,
    ("2081", 2018, "M"): 26111.0,
    ("2081", 2019, "T"): 52590.0,
    ("2081", 2019, "K"): 26295.0,
    ("2081", 2019, "M"): 26295.0,
}


def test_a_table_with_kon_keeps_men_women_and_scbs_own_total(server):
    frame = _fetch(server, content="BE0101N1", goal_area="Befolkning")
    assert list(frame.columns) == list(COLUMN_NAMES)
    assert _by_key(frame) == POPULATION
    # Kon has no total code in TAB638, but SCB may leave it out: its total comes from a call without Kon
    assert sorted(path.split("?")[1] for path in _data_requests(server)) == sorted(
        [
            "lang=sv&outputFormat=json-stat2&valueCodes[Region]=1490,2081&valueCodes[Kon]=1,2"
            "&valueCodes[ContentsCode]=BE0101N1&valueCodes[Tid]=2018,2019",
            "lang=sv&outputFormat=json-stat2&valueCodes[Region]=1490,2081"
            "&valueCodes[ContentsCode]=BE0101N1&valueCodes[Tid]=2018,2019",
        ]
    )
    assert frame[["municipality", "year", "gender"]].values.tolist()[:3] == [
        ["Borlänge", 2018, "T"],
        ["Borlänge", 2018, "K"],
        ["Borlänge", 2018, "M"],
    ]


def test_the_command_writes_rows_with_names_codes_content_and_the_tables_date(server, tmp_path, capsys):
    code, out = _run(server, tmp_path, "--content", "BE0101N1", "--gender", "T")
    assert code == 0, capsys.readouterr().err
    result = load_path(out)
    assert not result.problems
    rows = _rows(out)
    assert rows[["municipality", "municipality_code", "year", "outcome"]].values.tolist() == [
        ["Borlänge", "2081", "2018", "52222"],
        ["Borlänge", "2081", "2019", "52590"],
        ["Borås", "1490", "2018", "112178"],
        ["Borås", "1490", "2019", "113179"],
    ]
    assert set(rows["indicator"]) == {"Folkmängd"} and set(rows["indicator_id"]) == {"SCB:TAB638:BE0101N1"}
    assert set(rows["unit"]) == {"antal"} and set(rows["source"]) == {"SCB"} and set(rows["area"]) == {"Hela kommunen"}
    assert set(rows["published"]) == {"2020-02-20"}  # the table's `updated`
    assert set(rows["goal_area"]) == {"Befolkning"} and set(rows["direction"]) == {"increase"}
    assert capsys.readouterr().out == (
        f"Skrev 4 rader till {out}: Folkmängd (SCB:TAB638:BE0101N1) ur SCB:s tabell TAB638, "
        "2 kommuner (Borlänge, Borås), år 2018–2019, kön T.\n"
    )
    assert len(_data_requests(server)) == 1  # T only: just the call without Kon


def test_the_command_writes_all_three_genders_by_default(server, tmp_path):
    code, out = _run(server, tmp_path, "--content", "BE0101N1")
    assert code == 0 and not load_path(out).problems
    rows = _rows(out)
    assert {(r.municipality_code, int(r.year), r.gender): float(r.outcome) for r in rows.itertuples()} == POPULATION


def test_missing_values_with_a_status_are_kept_with_a_comment_and_others_dropped(server):
    frame = _fetch(server, "TAB9901", years=(2020, 2021), selections={"Alder": "20-64"})
    assert _by_key(frame) == {
        ("1490", 2020, "M"): 11.1,
        ("1490", 2021, "M"): 22.2,
        ("1490", 2020, "K"): 33.3,
        ("1490", 2021, "K"): 44.4,
        ("1490", 2020, "T"): 55.5,
        ("2081", 2020, "M"): 66.6,
        ("2081", 2020, "K"): 77.7,
        ("2081", 2021, "K"): 88.8,
        ("2081", 2020, "T"): 99.9,
        ("1490", 2021, "T"): None,
        ("2081", 2021, "T"): 0.0,  # a dash: the PX format's nil, a zero
    }
    comments = {(r.municipality_code, int(r.year), r.gender): r.comment for r in frame.itertuples()}
    assert comments[("1490", 2021, "T")] == "SCB-status: .." and comments[("2081", 2021, "T")] == "SCB-status: -"
    assert comments[("1490", 2020, "T")] == ""
    assert ("2081", 2021, "M") not in comments  # null without a status: dropped
    assert set(frame["municipality"]) == {"Borås", "Borlänge"}  # "1490 Borås": the code taken off
    assert set(frame["unit"]) == {"%"}  # SCB's "procent"
    assert set(frame["indicator"]) == {"Andel förvärvsarbetande, 20-64 år"}
    assert set(frame["indicator_id"]) == {"SCB:TAB9901:000005QA:Alder=20-64"}
    assert len(_data_requests(server)) == 1  # the total code 1+2 is asked for with the others


def test_region_all_takes_every_municipality_and_no_county_or_country(server, tmp_path, capsys):
    code, out = _run(
        server, tmp_path, "--select", "Alder=20-64", "--gender", "T", table="TAB9901", region="all", years="2020-2021"
    )
    assert code == 0, capsys.readouterr().err
    assert "valueCodes[Region]=1490,2081,1983&" in _data_requests(server)[0]
    rows = _rows(out)
    assert rows[["municipality", "year", "outcome", "comment"]].values.tolist() == [
        ["Borlänge", "2020", "99.9", ""],
        ["Borlänge", "2021", "", "SCB-status: .."],
        ["Borås", "2020", "55.5", ""],
        ["Borås", "2021", "", "SCB-status: .."],
        ["Köping", "2020", "12.3", ""],
        ["Köping", "2021", "45.6", ""],
    ]
    result = load_path(out)
    assert not result.errors and len(result.observations) == 4  # the rows without an outcome are skipped on load
    assert "3 kommuner (Borlänge, Borås, Köping)" in capsys.readouterr().out


def test_a_request_over_the_cell_limit_is_split_and_put_together_again(server):
    whole = _fetch(server, content="BE0101N1")
    server.requests.clear()
    split = _fetch(server, content="BE0101N1", max_cells=4)
    pd.testing.assert_frame_equal(split, whole)
    # Kon=1,2: 2 municipalities × 2 years × 2 = 8 cells > 4: one call per municipality; without Kon 4 cells: one call
    assert sorted(p.split("valueCodes[Region]=")[1].split("&")[0] for p in _data_requests(server)) == [
        "1490",
        "1490,2081",
        "2081",
    ]


def test_the_cell_limit_comes_from_scbs_config(server):
    frame = scb.fetch_observations(
        "TAB638", ["1490", "2081"], [2018, 2019], f"{server.address}/smallconfig/v2", content="BE0101N1", timeout=5
    )
    assert _by_key(frame) == POPULATION and len(_data_requests(server)) == 3


def _plan(limit_years=("2017", "2018", "2019", "2020"), genders=scb.GENDERS):
    meta = jsonstat.parse(json.loads((SCB / "metadata_TAB638.json").read_text()), "u", scb.ScbError, with_values=False)
    return scb.make_plan(
        meta, "TAB638", ["1490", "2081", "1983"], [int(y) for y in limit_years], "BE0101N1", {}, genders
    )


@pytest.mark.parametrize(
    "limit, calls",
    [
        (150000, [(("1", "2"), 3, 4), (None, 3, 4)]),
        (8, [(("1", "2"), 1, 4)] * 3 + [(None, 2, 4), (None, 1, 4)]),
        (3, [(("1", "2"), 1, 1)] * 12 + [(None, 1, 3), (None, 1, 1)] * 3),
        (2, [(("1", "2"), 1, 1)] * 12 + [(None, 1, 2)] * 6),
    ],
)
def test_calls_stay_within_the_limit_and_cover_every_cell_once(limit, calls):
    plan = _plan()
    planned = list(scb.calls(plan, limit))
    assert [(sexes, len(regions), len(years)) for sexes, regions, years in planned] == calls
    for sexes in plan.passes:
        cells = [(r, y) for s, regions, years in planned if s == sexes for r in regions for y in years]
        assert sorted(cells) == sorted((r, y) for r in plan.regions for y in plan.years)


def test_a_limit_below_one_municipality_year_is_an_error():
    with pytest.raises(scb.ScbError) as raised:
        list(scb.calls(_plan(), 1))
    assert render(raised.value.message) == "--max-cells 1 är för litet: ett anrop behöver minst 2 celler"


def test_429_is_waited_out_as_retry_after_says_without_sleeping(server):
    server.busy = 2
    sleep = RecordedSleep()
    frame = _fetch(server, content="BE0101N1", genders=("T",), sleep=sleep)
    assert sleep.waits == [7.0, 7.0]
    assert _by_key(frame) == {key: value for key, value in POPULATION.items() if key[2] == "T"}
    assert len(_data_requests(server)) == 3  # two refused, one answered


def test_429_that_does_not_end_stops_after_the_retries_with_bounded_waits(server, tmp_path, capsys):
    sleep = RecordedSleep()
    code, out = _run(server, tmp_path, "--content", "BE0101N1", prefix="/limited", sleep=sleep)
    err = _assert_failed(code, out, capsys, "SCB begränsar antalet anrop (429) och svarade så 6 gånger")
    assert sleep.waits == [fetching.MAX_WAIT] * scb.MAX_RETRIES  # Retry-After 3600 is cut to a minute
    assert "försök igen om en stund" in err and len(_data_requests(server)) == scb.MAX_RETRIES + 1


@pytest.mark.parametrize(
    "header, seconds", [("7", 7.0), ("0", 0.0), ("-3", 0.0), ("3600", 60.0), (None, 10.0), ("soon", 10.0)]
)
def test_retry_after_in_seconds_is_read_and_bounded(header, seconds):
    assert fetching.retry_wait(header) == seconds


@pytest.mark.parametrize("value, genders", [("m, k", ("K", "M")), ("T", ("T",)), ("k,t,K", ("T", "K"))])
def test_the_gender_option_gives_the_genders_in_the_contracts_order(value, genders):
    assert fetching.parse_genders(value) == genders


@pytest.mark.parametrize("value", ["", "K,,M", "X", "kvinnor"])
def test_the_gender_option_refuses_anything_else(value):
    with pytest.raises(argparse.ArgumentTypeError) as raised:
        fetching.parse_genders(value)
    assert str(raised.value) == (
        f"{value!r}: välj ett eller flera kön bland T (totalt), K (kvinnor) och M (män), t.ex. K,M"
    )


def test_retry_after_as_an_http_date():
    import datetime as dt

    now = dt.datetime(2025, 1, 1, 12, 0, 0, tzinfo=dt.UTC)
    assert fetching.retry_wait("Wed, 01 Jan 2025 12:00:30 GMT", now) == 30.0


def _assert_failed(code, out, capsys, *fragments):
    assert code == 1
    err = capsys.readouterr().err
    assert err.startswith("Fel: ") and err.count("\n") == 1 and "Traceback" not in err
    for fragment in fragments:
        assert fragment in err
    assert not out.exists()
    return err


def test_403_too_many_cells_quotes_scb_and_says_what_to_do(server, tmp_path, capsys):
    code, out = _run(server, tmp_path, "--content", "BE0101N1", "--gender", "T", prefix="/toomany")
    url = _data_requests(server)[0]
    err = _assert_failed(code, out, capsys)
    assert err == (
        f"Fel: SCB svarade 403 för {server.address}{url} "
        "(The query resulted in cell that exceeds the number of allowed.): "
        "för många celler i ett anrop; sänk --max-cells\n"
    )


def test_400_quotes_scbs_title(server, tmp_path, capsys):
    code, out = _run(server, tmp_path, "--content", "BE0101N1", "--gender", "T", prefix="/badrequest")
    _assert_failed(
        code, out, capsys, "SCB svarade 400 för", "(Non-existent value): kontrollera tabell-id, koder och --select"
    )


def test_an_unknown_table_is_a_404_with_scbs_words(server, tmp_path, capsys):
    code, out = _run(server, tmp_path, table="TAB0000")
    err = _assert_failed(code, out, capsys)
    assert err == (
        f"Fel: SCB svarade 404 för {server.address}/v2/tables/TAB0000/metadata?lang=sv (Non-existent table): "
        "finns tabellen? kontrollera tabell-id (t.ex. TAB638)\n"
    )


def test_invalid_json_exits_1_and_writes_nothing(server, tmp_path, capsys):
    code, out = _run(server, tmp_path, "--content", "BE0101N1", "--gender", "T", prefix="/badjson")
    url = _data_requests(server)[0]
    assert _assert_failed(code, out, capsys) == f"Fel: SCB svarade med ogiltig JSON för {server.address}{url}\n"


def test_an_answer_without_every_municipality_asked_for_stops_the_import(server, tmp_path, capsys):
    code, out = _run(server, tmp_path, "--content", "BE0101N1", "--gender", "T", prefix="/short")
    url = _data_requests(server)[0]
    assert _assert_failed(code, out, capsys) == (
        "Fel: SCB svarade med andra värden för Region än de som efterfrågades (saknade: 2081; oväntade: inga) "
        f"för {server.address}{url}: inget skrevs\n"
    )


def test_an_answer_with_codes_not_asked_for_names_them():
    answer = json.loads((SCB / "data_TAB638_kon.json").read_text(encoding="utf-8"))
    dataset = jsonstat.parse(answer, "u", scb.ScbError)
    asked = {"Region": ("1490", "2081"), "Kon": ("1",), "ContentsCode": ("BE0101N1",), "Tid": ("2018", "2019")}
    with pytest.raises(scb.ScbError) as raised:
        scb._checked_answer(dataset, asked, "u")
    assert render(raised.value.message) == (
        "SCB svarade med andra värden för Kon än de som efterfrågades (saknade: inga; oväntade: 2) för u: inget skrevs"
    )
    without_kon = {name: codes for name, codes in asked.items() if name != "Kon"}
    with pytest.raises(scb.ScbError) as raised:
        scb._checked_answer(dataset, without_kon, "u")  # two sexes where SCB should have answered with its total
    assert render(raised.value.message, "en") == (
        "Statistics Sweden answered with other values for Kon than those asked for "
        "(missing: none; unexpected: 1, 2) for u: nothing was written"
    )


def test_a_table_by_month_is_refused_naming_a_period(server, tmp_path, capsys):
    code, out = _run(server, tmp_path, table="TAB6471", region="1490")
    err = _assert_failed(code, out, capsys)
    assert err == (
        "Fel: Tabellen TAB6471 är inte årsvis (tiden anges som 2024M11): "
        "Målbild läser bara årsvärden; välj en årstabell\n"
    )
    assert _data_requests(server) == []


@pytest.mark.parametrize(
    "extra, region, message",
    [
        ((), "1490", "Tabellen TAB638 har flera innehåll: välj ett med --content (BE0101N1 (Folkmängd), "),
        (("--content", "BE0101N9"), "1490", "Tabellen TAB638 har inget innehåll BE0101N9: välj bland BE0101N1"),
        (("--content", "BE0101N1"), "1490,1984", "Tabellen TAB638 saknar kommunen 1984"),
        (("--content", "BE0101N1", "--select", "Alder=200"), "1490", "Variabeln Alder i tabellen TAB638 har inget"),
        (("--content", "BE0101N1", "--select", "Langd=1"), "1490", "Tabellen TAB638 har ingen variabel Langd; den har"),
        (("--content", "BE0101N1", "--select", "Kon=1"), "1490", "--select kan inte välja Kon"),
    ],
)
def test_choices_that_do_not_fit_the_table_are_named(server, tmp_path, capsys, extra, region, message):
    code, out = _run(server, tmp_path, *extra, region=region)
    _assert_failed(code, out, capsys, message)
    assert _data_requests(server) == []


def test_a_variable_scb_cannot_leave_out_must_be_chosen(server, tmp_path, capsys):
    code, out = _run(server, tmp_path, table="TAB9901", years="2020")
    err = _assert_failed(code, out, capsys)
    assert err == "Fel: Tabellen TAB9901 kräver ett värde för Alder: ange t.ex. --select Alder=16-64\n"


def test_years_the_table_lacks_are_named_with_what_it_covers(server, tmp_path, capsys):
    code, out = _run(server, tmp_path, "--content", "BE0101N1", years="2001-2003")
    _assert_failed(code, out, capsys, "Tabellen TAB638 har inga värden för 2001–2003; den täcker 2017–2020")


@pytest.mark.parametrize(
    "region, named",
    [("00,14", "00, 14 är inga kommunkoder"), ("1490,14", "14 är ingen kommunkod"), ("1490,", "tomt är ingen")],
)
def test_the_country_and_counties_are_a_usage_error(server, tmp_path, capsys, region, named):
    code, out = _run(server, tmp_path, region=region)
    assert code == 2 and not out.exists() and server.requests == []
    assert f"argument --region: {named}" in capsys.readouterr().err


@pytest.mark.parametrize(
    "option, value", [("--gender", "X"), ("--max-cells", "0"), ("--table", "TAB 1"), ("--select", "Alder")]
)
def test_bad_options_are_usage_errors(server, tmp_path, capsys, option, value):
    code, out = _run(server, tmp_path, option, value)
    assert code == 2 and not out.exists() and server.requests == []
    assert f"argument {option}:" in capsys.readouterr().err


def test_a_missing_folder_writes_nothing(server, tmp_path, capsys):
    code = scb.main(
        ["--table", "TAB638", "--region", "1490", "--years", "2019", "--goal-area", "B"]
        + ["--out", str(tmp_path / "saknas" / "scb.csv"), "--base-url", f"{server.address}/v2"]
    )
    assert code == 1 and capsys.readouterr().err == f"Fel: mappen {tmp_path / 'saknas'} finns inte: ingen fil skrevs\n"
    assert server.requests == []


def test_a_wrong_duckdb_limit_in_the_environment_is_said_before_anything_is_fetched(
    server, tmp_path, capsys, monkeypatch
):
    before = engine.limits()
    try:
        monkeypatch.setenv("MALBILD_DUCKDB_LOAD_MEMORY", "mycket")
        code, out = _run(server, tmp_path, "--content", "BE0101N1")
    finally:
        engine.configure(before)
    _assert_failed(code, out, capsys, "MALBILD_DUCKDB_LOAD_MEMORY måste vara en minnesstorlek över 0")
    assert server.requests == []


def test_options_override_the_tables_name_unit_and_date(server):
    frame = _fetch(
        server,
        content="BE0101N1",
        genders=("T",),
        indicator="Invånare",
        unit="personer",
        direction="decrease",
        published="2021-03-01",
    )
    assert frame[["indicator", "unit", "direction", "published"]].drop_duplicates().values.tolist() == [
        ["Invånare", "personer", "decrease", "2021-03-01"]
    ]


def test_an_scb_error_renders_in_either_language(server):
    with pytest.raises(scb.ScbError) as raised:
        _fetch(server, "TAB6471", regions=("1490",), years=(2024,))
    assert render(raised.value.message, "en") == (
        "Table TAB6471 is not yearly (time is given as 2024M11): "
        "Målbild reads yearly values only; choose a yearly table"
    )


@pytest.mark.parametrize(
    "error, lang, said",
    [
        (kolada.KoladaError, "sv", "Kolada svarade inte inom 1 sekund (u): försök igen senare eller öka --timeout"),
        (scb.ScbError, "sv", "SCB svarade inte inom 1 sekund (u): försök igen senare eller öka --timeout"),
        (
            scb.ScbError,
            "en",
            "Statistics Sweden did not answer within 1 second (u): try again later or raise --timeout",
        ),
    ],
)
def test_a_shared_message_names_the_commands_source(error, lang, said):
    assert render(error("cli.fetch.timeout", count=1.0, url="u").message, lang) == said


@pytest.mark.parametrize(
    "error, code, said",
    [
        (kolada.KoladaError, 400, "Kolada svarade 400 för u: kontrollera KPI-id, kommunkoder och år"),
        (kolada.KoladaError, 503, "Kolada svarade 503 för u: försök igen senare"),
        (scb.ScbError, 400, "SCB svarade 400 för u: kontrollera tabell-id, koder och --select"),
        (scb.ScbError, 502, "SCB svarade 502 för u: försök igen senare"),
    ],
)
def test_a_refusal_gives_each_commands_own_advice_and_a_server_error_says_try_later(error, code, said):
    assert render(error.http(code, "u", "").message) == said


def test_help_shows_the_catalogues_texts(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "300")  # argparse wraps at hyphens too ("CSV-format")
    assert scb.main(["--help"]) == 0
    shown = " ".join(capsys.readouterr().out.split())
    keys = [key for key in CATALOGUES["sv"] if key.startswith(("cli.scb.help_", "cli.fetch.help_"))]
    for key in keys + ["cli.scb.description"]:
        assert " ".join(text(key, url=scb.DEFAULT_BASE_URL).split()) in shown, key


def _meta(name: str, change=None) -> jsonstat.Dataset:
    answer = json.loads((SCB / name).read_text(encoding="utf-8"))
    if change:
        change(answer)
    return jsonstat.parse(answer, "u", scb.ScbError, with_values=False)


def _without_kon(answer):
    position = answer["id"].index("Kon")
    del answer["id"][position], answer["size"][position], answer["dimension"]["Kon"]


@pytest.mark.parametrize(
    "name, change, genders, passes",
    [
        ("metadata_TAB638.json", None, ("T", "K", "M"), (("1", "2"), None)),  # no total code: SCB's total
        ("metadata_TAB638.json", None, ("K",), (("2",),)),
        ("metadata_TAB638.json", None, ("T",), (None,)),
        ("metadata_TAB9901.json", None, ("T", "K", "M"), (("1", "2", "1+2"),)),  # the total code asked with the rest
        ("metadata_TAB9901.json", None, ("T",), (("1+2",),)),
        ("metadata_TAB638.json", _without_kon, ("T", "K", "M"), (None,)),  # no sex variable: T
        ("metadata_TAB9902.json", None, ("T", "K", "M"), (("1", "2", "1+2"),)),  # US (uppgift saknas) left out
    ],
)
def test_the_genders_asked_for_decide_the_rounds_of_calls(name, change, genders, passes):
    selections = {"Alder": "20-64"} if "9901" in name else {}
    plan = scb.make_plan(
        _meta(name, change), "T1", ["1490"], [2019, 2020], None if "TAB99" in name else "BE0101N1", selections, genders
    )
    assert plan.passes == passes


def _with_unknown_sex(answer):
    answer["dimension"]["Kon"]["category"]["index"]["9"] = 2
    answer["dimension"]["Kon"]["category"]["label"]["9"] = "okänt"
    answer["size"][answer["id"].index("Kon")] = 3


@pytest.mark.parametrize(
    "change, genders, message",
    [
        (_without_kon, ("K",), "Tabellen T1 har ingen könsvariabel: den ger bara totalen (T)"),
        (
            lambda answer: answer["dimension"]["Kon"]["extension"].update({"elimination": False}),
            ("T",),
            "Tabellen T1 har inga värden för kön T i Kon; Kon har 1 (män), 2 (kvinnor)",
        ),
    ],
)
def test_genders_the_table_cannot_give_are_named(change, genders, message):
    with pytest.raises(scb.ScbError) as raised:
        scb.make_plan(_meta("metadata_TAB638.json", change), "T1", ["1490"], [2019], "BE0101N1", {}, genders)
    assert render(raised.value.message) == message


def _with_unknown_sex(answer):
    answer["dimension"]["Kon"]["category"]["index"]["9"] = 2
    answer["dimension"]["Kon"]["category"]["label"]["9"] = "okänt"
    answer["size"][answer["id"].index("Kon")] = 3


@pytest.mark.parametrize(
    "genders, passes",
    [
        (("T", "K", "M"), (("1", "2"), None)),  # 9 (okänt) is not asked for; T is SCB's total
        (("T",), (None,)),
        (("K",), (("2",),)),
    ],
)
def test_a_sex_value_that_is_no_gender_is_left_out(genders, passes):
    plan = scb.make_plan(
        _meta("metadata_TAB638.json", _with_unknown_sex), "T1", ["1490"], [2019], "BE0101N1", {}, genders
    )
    assert plan.passes == passes


def test_an_unknown_sex_value_and_its_total_only_give_the_genders_it_names():
    """Only the unknown value and a total code: asking for K finds nothing and says what Kon holds."""

    def only_total_and_unknown(answer):
        _with_unknown_sex(answer)
        kon = answer["dimension"]["Kon"]
        kon["category"] = {"index": {"1+2": 0, "9": 1}, "label": {"1+2": "totalt", "9": "okänt"}}
        answer["size"][answer["id"].index("Kon")] = 2

    meta = _meta("metadata_TAB638.json", only_total_and_unknown)
    assert scb.make_plan(meta, "T1", ["1490"], [2019], "BE0101N1", {}, ("T", "K", "M")).passes == (("1+2",),)
    with pytest.raises(scb.ScbError) as raised:
        scb.make_plan(meta, "T1", ["1490"], [2019], "BE0101N1", {}, ("K",))
    assert (
        render(raised.value.message) == "Tabellen T1 har inga värden för kön K i Kon; Kon har 1+2 (totalt), 9 (okänt)"
    )


def test_a_table_whose_sex_variable_has_an_unknown_value_is_fetched_without_it(server, tmp_path, capsys):
    code, out = _run(server, tmp_path, "--gender", "T", table="TAB9902", years="2020-2021")
    assert code == 0, capsys.readouterr().err
    assert [parse_qs(urlsplit(path).query)["valueCodes[Kon]"] for path in _data_requests(server)] == [["1+2"]]
    rows = _rows(out)
    assert rows[["municipality_code", "year", "gender", "outcome"]].values.tolist() == [
        ["2081", "2020", "T", "333"],
        ["2081", "2021", "T", "444"],
        ["1490", "2020", "T", "111"],
        ["1490", "2021", "T", "222"],
    ]
    assert not load_path(out).problems
