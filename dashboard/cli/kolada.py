"""Fetch KPI values from the Kolada API (v3) into the long CSV format of data/README.md.

    python -m dashboard.kolada --municipality 1490,2081 --kpi U21401,N15428 --years 2015-2024 \\
        --goal-area "Vård och omsorg" --out data/kolada.csv

- Data: GET {base}/data/kpi/{kpis}/municipality/{ids}/year/{years}?per_page=5000, following
  `next_url` until there is none. More than 1000 pages, or a URL seen twice, is an error.
- Titles: GET {base}/kpi/{id} for every KPI. The unit comes from the title: "(%)" → %,
  ", kr/inv" → kr/inv, otherwise empty.
- Municipality names: a built-in table of codes (KNOWN_MUNICIPALITIES); `--municipality-name
  ID=Namn` overrides it. Other plain ids are looked up with GET {base}/municipality/{id}.
  A group id (G…) is named "Kommungrupp G…" unless overridden; its value is Kolada's
  unweighted mean of the members, its municipality_code is empty, and the comment says so.
- Only the chosen gender is kept (T by default). Rows flagged `isdeleted` are dropped. A null
  value is kept (with an empty outcome) only when Kolada gives a `status`; any status goes into
  `comment` as "Kolada-status: …".
- The CSV is validated with the project's own reader before it is written, and written
  atomically (a temp file in the same folder, then os.replace). Any network, HTTP, JSON or
  shape problem prints one Swedish message on stderr, exits 1 and writes nothing.
"""
from __future__ import annotations

import argparse
import datetime as dt
import http.client
import json
import os
import re
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pandas as pd

from dashboard.data.writers import observations_to_csv_bytes
from dashboard.data.loading import read_text
from dashboard.domain.schema import COLUMN_NAMES, DIRECTIONS, INCREASE, WHOLE_MUNICIPALITY
from dashboard.domain.problems import ERROR
from dashboard.i18n import describe_problem

DEFAULT_BASE_URL = "https://api.kolada.se/v3"
SOURCE = "Kolada (RKA), CC BY 4.0"
GENDERS = ("T", "K", "M")
MAX_PAGES = 1000
KNOWN_MUNICIPALITIES = {"0114": "Upplands Väsby", "0180": "Stockholm", "0380": "Uppsala", "0580": "Linköping",
                        "1280": "Malmö", "1480": "Göteborg", "1490": "Borås", "1880": "Örebro", "1980": "Västerås",
                        "1983": "Köping", "2081": "Borlänge", "2480": "Umeå"}
_KPI_ID = re.compile(r"[A-Z]\d{5}")
_MUNICIPALITY_ID = re.compile(r"\d{4}|G\d+")


class KoladaError(Exception):
    """A problem worth one Swedish sentence to the user; nothing is written."""


def get_json(url: str, timeout: float) -> dict:
    """GET a URL and parse its JSON object; every failure becomes a KoladaError."""
    try:
        request = urllib.request.Request(url, headers={"Accept": "application/json", "User-Agent": "Malbild"})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read()
    except urllib.error.HTTPError as error:
        advice = "försök igen senare" if error.code >= 500 else "kontrollera KPI-id, kommunkoder och år"
        raise KoladaError(f"Kolada svarade {error.code} för {url}: {advice}") from None
    except (TimeoutError, urllib.error.URLError) as error:
        reason = getattr(error, "reason", error)
        if isinstance(error, TimeoutError) or isinstance(reason, TimeoutError):
            raise KoladaError(f"Kolada svarade inte inom {timeout:g} sekunder ({url}): "
                              "försök igen senare eller öka --timeout") from None
        reason = "anslutningen nekades" if isinstance(reason, ConnectionRefusedError) else reason
        raise KoladaError(f"Kunde inte nå Kolada ({url}): {reason}") from None
    except (OSError, http.client.HTTPException, ValueError) as error:
        raise KoladaError(f"Kunde inte hämta {url}: {error or type(error).__name__}") from None
    try:
        answer = json.loads(body)
    except ValueError:
        raise KoladaError(f"Kolada svarade med ogiltig JSON för {url}") from None
    if not isinstance(answer, dict) or not isinstance(answer.get("values"), list):
        raise KoladaError(f"Oväntat svar från Kolada för {url}: listan 'values' saknas")
    return answer


def fetch_data(kpis, municipalities, years, base_url=DEFAULT_BASE_URL, timeout=30.0) -> list[dict]:
    """Every item of the data answer, across all pages."""
    path = "/".join(("data/kpi", ",".join(kpis), "municipality", ",".join(municipalities),
                     "year", ",".join(str(year) for year in years)))
    url, seen, items = f"{base_url.rstrip('/')}/{urllib.parse.quote(path, safe='/,')}?per_page=5000", set(), []
    while url:
        if url in seen or len(seen) >= MAX_PAGES:
            raise KoladaError(f"Kolada skickade sidor utan slut ({len(seen)} sidor, senast {url}): hämtningen avbröts")
        seen.add(url)
        answer = get_json(url, timeout)
        items += answer["values"]
        url, previous = answer.get("next_url"), url
        if url is not None and not isinstance(url, str):
            raise KoladaError(f"Oväntat svar från Kolada för {previous}: next_url är inte en adress")
    return items


def _title(url: str, wanted: str, what: str, timeout: float) -> str:
    for item in get_json(url, timeout)["values"]:
        if isinstance(item, dict) and item.get("id") == wanted and isinstance(item.get("title"), str):
            return item["title"].strip()
    raise KoladaError(f"Kolada känner inte till {what} {wanted} ({url})")


def fetch_title(kpi: str, base_url=DEFAULT_BASE_URL, timeout=30.0) -> str:
    return _title(f"{base_url.rstrip('/')}/kpi/{urllib.parse.quote(kpi)}", kpi, "KPI", timeout)


def municipality_name(code: str, base_url=DEFAULT_BASE_URL, timeout=30.0, names=None) -> str:
    names = {**KNOWN_MUNICIPALITIES, **(names or {})}
    if code in names or code.startswith("G"):
        return names.get(code, f"Kommungrupp {code}")
    return _title(f"{base_url.rstrip('/')}/municipality/{urllib.parse.quote(code)}", code, "kommunen", timeout)


def unit_of(title: str) -> str:
    if title.endswith("(%)"):
        return "%"
    return "kr/inv" if title.endswith(", kr/inv") else ""


def fetch_observations(kpis, municipalities, years, base_url=DEFAULT_BASE_URL, *, gender="T", timeout=30.0,
                       goal_area="", direction=INCREASE, published=None, names=None) -> pd.DataFrame:
    """Kolada's values as rows of the long format (COLUMN_NAMES), sorted by KPI, municipality, year.

    `direction` is one word for every KPI or a dict {kpi: direction}; `published` defaults to today;
    `names` maps municipality ids to names, overriding the built-in table. Raises KoladaError.
    """
    kpis, municipalities = list(kpis), list(municipalities)
    titles = {kpi: fetch_title(kpi, base_url, timeout) for kpi in kpis}
    labels = {code: municipality_name(code, base_url, timeout, names) for code in municipalities}
    published = published or dt.date.today().isoformat()
    rows = []
    for item in fetch_data(kpis, municipalities, years, base_url, timeout):
        try:
            kpi, code, year = str(item["kpi"]), str(item["municipality"]), int(item["period"])
            entries = [entry for entry in item["values"] if entry["gender"] == gender]
        except (KeyError, TypeError, ValueError):
            raise KoladaError(f"Oväntat svar från Kolada: ett värde saknar kpi, municipality, period "
                              f"eller values ({json.dumps(item, ensure_ascii=False)[:200]})") from None
        if kpi not in titles or code not in labels:
            continue
        for row in filter(None, (_row(entry, kpi, code, year) for entry in entries)):
            rows.append({**row, "municipality": labels[code], "area": WHOLE_MUNICIPALITY,
                         "goal_area": goal_area, "indicator": titles[kpi], "unit": unit_of(titles[kpi]),
                         "direction": direction.get(kpi, INCREASE) if isinstance(direction, dict) else direction,
                         "source": SOURCE, "published": published})
    frame = pd.DataFrame(rows, columns=list(COLUMN_NAMES))
    return frame.sort_values(["indicator_id", "municipality", "year"], kind="stable").reset_index(drop=True)


def _row(entry: dict, kpi: str, code: str, year: int) -> dict | None:
    """One value as the row's Kolada-specific cells, or None when it is to be dropped."""
    if entry.get("isdeleted"):
        return None
    value, status = entry.get("value"), str(entry.get("status") or "").strip()
    if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
        raise KoladaError(f"Oväntat svar från Kolada: värdet för {kpi}, {code}, {year} är inte ett tal ({value!r})")
    if value is None and not status:
        return None
    comments = [f"Kolada-status: {status}"] if status else []
    if code.startswith("G"):
        comments.append(f"Kommungrupp: ovägt medelvärde av {entry.get('count', '?')} kommuner")
    return {"municipality_code": "" if code.startswith("G") else code, "indicator_id": kpi, "year": year,
            "outcome": None if value is None else float(value), "target": None, "comment": "; ".join(comments)}


def write_observations(frame: pd.DataFrame, out: Path) -> None:
    """Validate the CSV with the project's own reader, then replace `out` atomically."""
    data = observations_to_csv_bytes(frame)
    typed, problems = read_text(data.decode("utf-8"), out.name)
    errors = [describe_problem(p) for p in problems if p.severity == ERROR]
    if typed is None or errors:
        raise KoladaError("Den hämtade datan klarar inte dataformatet: " + "; ".join(errors[:5]))
    handle = tempfile.NamedTemporaryFile("wb", dir=out.parent, prefix=f".{out.name}.", suffix=".tmp", delete=False)
    try:
        with handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(handle.name, 0o644)
        os.replace(handle.name, out)
    except OSError:
        Path(handle.name).unlink(missing_ok=True)
        raise


def parse_years(text: str) -> list[int]:
    years = []
    for part in text.split(","):
        match = re.fullmatch(r"\s*(\d{4})\s*(?:-\s*(\d{4})\s*)?", part)
        if not match or int(match[2] or match[1]) < int(match[1]):
            raise argparse.ArgumentTypeError(f"{part.strip()!r} är inga år: skriv 2020, 2015-2024 eller 2015,2017")
        years += range(int(match[1]), int(match[2] or match[1]) + 1)
    return sorted(set(years))


def _id_list(pattern: re.Pattern, what: str):
    def parse(text: str) -> list[str]:
        ids = [part.strip().upper() for part in text.split(",")]
        bad = [part for part in ids if not pattern.fullmatch(part)]
        if bad:  # an empty part shows as "tomt"
            raise argparse.ArgumentTypeError(f"{', '.join(bad) or 'tomt'} är inga {what}")
        return list(dict.fromkeys(ids))
    return parse


def _direction(text: str):
    if text.lower() in DIRECTIONS:
        return text.lower()
    pairs = _pairs(text, "--direction")
    bad = [value for value in pairs.values() if value.lower() not in DIRECTIONS]
    if bad:
        raise argparse.ArgumentTypeError(f"{bad[0]!r} är ingen riktning: increase eller decrease")
    return {kpi.upper(): value.lower() for kpi, value in pairs.items()}


def _pairs(text: str, option: str) -> dict[str, str]:
    parts = [part.split("=", 1) for part in text.split(",")]
    if any(len(part) != 2 or not part[0].strip() or not part[1].strip() for part in parts):
        raise argparse.ArgumentTypeError(f"{option} väntar sig ID=värde, kommaseparerat ({text!r})")
    return {key.strip(): value.strip() for key, value in parts}


def _checked(convert, accept, message: str):
    """An argparse type: convert the text, accept the value, else a usage error with `message`."""
    def parse(text: str):
        try:
            value = convert(text)
        except ValueError:
            value = None
        if value is None or not accept(value):
            raise argparse.ArgumentTypeError(message.format(text))
        return value
    return parse


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m dashboard.kolada",
                                     description="Hämta Kolada-nyckeltal till Målbilds CSV-format.")
    add = parser.add_argument
    add("--municipality", required=True, help="kommunkoder eller grupper (G…), kommaseparerade: 1490,2081",
        type=_id_list(_MUNICIPALITY_ID, "kommunkoder (1490) eller kommungrupper (G…)"))
    add("--kpi", required=True, type=_id_list(_KPI_ID, "KPI-id (t.ex. U21401)"), help="KPI-id, kommaseparerade")
    add("--years", required=True, type=parse_years, help="år: 2020, 2015-2024 eller 2015,2017")
    add("--goal-area", required=True, help="målområde för alla rader",
        type=_checked(str.strip, bool, "målområdet får inte vara tomt"))
    add("--out", required=True, type=Path, help="CSV-filen som skrivs, t.ex. data/kolada.csv")
    add("--gender", default="T", help="T (totalt, standard), K (kvinnor) eller M (män)",
        type=_checked(str.upper, GENDERS.__contains__, "{!r} är inget kön: välj T (totalt), K (kvinnor) eller M (män)"))
    add("--direction", default=INCREASE, type=_direction,
        help="increase (standard) eller decrease, eller per KPI: U21401=decrease,N15428=increase")
    add("--municipality-name", default={}, type=lambda text: _pairs(text, "--municipality-name"),
        help="egna namn: 1490=Borås,G123=Jämförelsegrupp")
    add("--published", help="publiceringsdatum ÅÅÅÅ-MM-DD (standard: i dag)",
        type=_checked(lambda text: dt.date.fromisoformat(text).isoformat(), bool, "{!r} är inget datum (ÅÅÅÅ-MM-DD)"))
    add("--base-url", default=DEFAULT_BASE_URL, help=f"API-adress (standard {DEFAULT_BASE_URL})",
        type=_checked(str, re.compile(r"https?://[^/]").match, "{!r} är ingen http(s)-adress"))
    add("--timeout", default=30.0, help="sekunder per anrop (standard 30)",
        type=_checked(float, lambda seconds: 0 < seconds <= 3600, "{!r} är inget antal sekunder (mer än 0, högst 3600)"))
    return parser


def main(argv=None) -> int:
    """The command; returns the exit code (2 for a usage error, after argparse's message)."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as usage:
        return int(usage.code or 0)
    if isinstance(args.direction, dict) and (unknown := sorted(set(args.direction) - set(args.kpi))):
        print(f"Fel: --direction nämner KPI som inte hämtas: {', '.join(unknown)}", file=sys.stderr)
        return 2
    if not args.out.parent.is_dir():
        print(f"Fel: mappen {args.out.parent} finns inte: ingen fil skrevs", file=sys.stderr)
        return 1
    try:
        frame = fetch_observations(args.kpi, args.municipality, args.years, args.base_url, gender=args.gender,
                                   timeout=args.timeout, goal_area=args.goal_area, direction=args.direction,
                                   published=args.published, names=args.municipality_name)
        if frame.empty:
            raise KoladaError(f"Kolada gav inga värden för {', '.join(args.kpi)} i "
                              f"{', '.join(args.municipality)} {args.years[0]}–{args.years[-1]}: ingen fil skrevs")
        write_observations(frame, args.out)
    except KoladaError as error:
        print(f"Fel: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"Fel: kunde inte skriva {args.out} ({error.strerror or error})", file=sys.stderr)
        return 1
    kpis, places = frame["indicator_id"].unique(), frame["municipality"].unique()
    print(f"Skrev {len(frame)} rader till {args.out}: {len(kpis)} KPI ({', '.join(kpis)}), {len(places)} kommuner "
          f"({', '.join(places)}), år {frame['year'].min()}–{frame['year'].max()}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
