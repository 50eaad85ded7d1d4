"""Fetch KPI values from the Kolada API (v3) into the long CSV format of data/README.md.

    python -m dashboard.kolada --municipality 1490,2081 --kpi U21401,N15428 --years 2015-2024 \\
        --goal-area "Vård och omsorg" --out data/kolada.csv

- Data: GET {base}/data/kpi/{kpis}/municipality/{ids}/year/{years}?per_page=5000, following
  `next_url` (v3) or `next_page` (v2) until there is none. More than 1000 pages, a URL seen twice,
  or a next page named any other way is an error, never a silently shortened import.
- An HTTP 429 ("too many requests") is waited out as its Retry-After says (at most a minute) and
  asked again, up to five times; then, as for a 5xx, the message says to try later.
- Titles: GET {base}/kpi/{id} for every KPI. The unit comes from the title: "(%)" → %,
  ", kr/inv" → kr/inv, otherwise empty.
- Definitions: the same answer's `description`, `operating_area` and `is_divided_by_gender` go
  into the indicators' definitions (`--definitions`, by default indicators.csv beside `--out`;
  dashboard/cli/kolada_definitions.py): the fetched KPIs' rows are replaced, other rows kept.
- Municipality names: a built-in table of codes (KNOWN_MUNICIPALITIES); `--municipality-name
  ID=Namn` overrides it. Other plain ids are looked up with GET {base}/municipality/{id}.
  A group id (G…) is named "Kommungrupp G…" unless overridden; its value is Kolada's
  unweighted mean of the members, its municipality_code is empty, and the comment says so.
- Every gender Kolada gives is kept, each row with its `gender` (T total, K women, M men);
  `--gender T` (or K, M, a list such as K,M) keeps only those. Rows flagged `isdeleted` are
  dropped. A null value is kept (with an empty outcome) only when Kolada gives a `status`; any
  status goes into `comment` as "Kolada-status: …".
- The CSV is validated with the project's own reader before it is written; both files are made
  before either is written, and each is written atomically (a temp file in the same folder, then
  os.replace). Any network, HTTP, JSON or shape problem prints one Swedish message on stderr,
  exits 1 and writes nothing. What a person reads comes from the catalogues (keys cli.kolada.* and
  cli.fetch.*); the Swedish here is data written to the file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
import urllib.parse
from pathlib import Path

import pandas as pd

from dashboard.cli import fetching
from dashboard.cli.fetching import FetchError, UsageError, pairs, parse_genders, years_parser
from dashboard.cli.fetching import checked as _checked
from dashboard.cli.kolada_definitions import definition_row, merged_definitions
from dashboard.data.definitions import DEFINITIONS_FILES
from dashboard.domain.schema import COLUMN_NAMES, DIRECTIONS, GENDERS, INCREASE, WHOLE_MUNICIPALITY
from dashboard.i18n import describe_problem, text

# Data values written into the CSV file (its `source`, `municipality` and `comment` cells), not text
# shown to a person: they stay as they are whatever the language, like the rest of the data.
# Kolada's terms: its figures are credited "Källa: Kolada" (the charts write "Källa: {source}"), and what
# Målbild computes from them (gaps, progress, fulfilment) never names Kolada as its source
SOURCE = "Kolada"
GROUP_NAME = "Kommungrupp {code}"
STATUS_COMMENT = "Kolada-status: {status}"
GROUP_COMMENT = "Kommungrupp: ovägt medelvärde av {count} kommuner"
KNOWN_MUNICIPALITIES = {
    "0114": "Upplands Väsby",
    "0180": "Stockholm",
    "0380": "Uppsala",
    "0580": "Linköping",
    "1280": "Malmö",
    "1480": "Göteborg",
    "1490": "Borås",
    "1880": "Örebro",
    "1980": "Västerås",
    "1983": "Köping",
    "2081": "Borlänge",
    "2480": "Umeå",
}

DEFAULT_BASE_URL = "https://api.kolada.se/v3"
MAX_PAGES = 1000
_KPI_ID = re.compile(r"[A-Z]\d{5}")
_MUNICIPALITY_ID = re.compile(r"\d{4}|G\d+")


class KoladaError(FetchError):
    """Why nothing was written, as a catalogue key and parameters (`message`): the command renders it
    in Swedish, other callers in their own language."""

    NAME = "cli.kolada.name"
    ADVICE_CHECK = "cli.kolada.advice_check"


def get_json(url: str, timeout: float, sleep=time.sleep) -> dict:
    """GET a URL and parse its JSON object; every failure becomes a KoladaError. A 429 is waited out
    as Retry-After says (at most a minute, through `sleep`) and asked again, up to MAX_RETRIES times."""
    answer = fetching.get_json(url, timeout, KoladaError, retries=fetching.MAX_RETRIES, sleep=sleep)
    if not isinstance(answer, dict) or not isinstance(answer.get("values"), list):
        raise KoladaError("cli.kolada.values_missing", url=url)
    return answer


def fetch_data(kpis, municipalities, years, base_url=DEFAULT_BASE_URL, timeout=30.0, sleep=time.sleep) -> list[dict]:
    """Every item of the data answer, across all pages."""
    path = "/".join(
        (
            "data/kpi",
            ",".join(kpis),
            "municipality",
            ",".join(municipalities),
            "year",
            ",".join(str(year) for year in years),
        )
    )
    url, seen, items = f"{base_url.rstrip('/')}/{urllib.parse.quote(path, safe='/,')}?per_page=5000", set(), []
    while url:
        if url in seen or len(seen) >= MAX_PAGES:
            raise KoladaError("cli.kolada.endless_pages", count=len(seen), url=url)
        seen.add(url)
        answer = get_json(url, timeout, sleep)
        items += answer["values"]
        url = next_page(answer, url)
    return items


# where each API version names the next page: v3 `next_url`, v2 `next_page`
PAGING = ("next_url", "next_page")


def next_page(answer: dict, url: str) -> str | None:
    """The next page's address, or None on the last page. A link in any other shape (say `nextLink`
    or `links.next`) is an error: reading one page of many in silence is the worst outcome."""
    unknown = sorted(
        key
        for key, value in answer.items()
        if key not in PAGING and value and ("next" in key.lower() or (isinstance(value, dict) and "next" in value))
    )
    if unknown:
        raise KoladaError("cli.kolada.unknown_paging", url=url, keys=", ".join(unknown))
    links = {answer[key] for key in PAGING if answer.get(key) is not None}
    if len(links) > 1:
        raise KoladaError("cli.kolada.unknown_paging", url=url, keys=", ".join(PAGING))
    link = next(iter(links), None)
    if link is not None and not isinstance(link, str):
        raise KoladaError("cli.kolada.next_url_not_address", url=url)
    return link


def _lookup(url: str, wanted: str, unknown_key: str, timeout: float, sleep) -> dict:
    """The item of a metadata answer (a KPI, a municipality) whose id is `wanted` and that has a
    title; none is the error `unknown_key`."""
    for item in get_json(url, timeout, sleep)["values"]:
        if isinstance(item, dict) and item.get("id") == wanted and isinstance(item.get("title"), str):
            return item
    raise KoladaError(unknown_key, id=wanted, url=url)


def fetch_kpi(kpi: str, base_url=DEFAULT_BASE_URL, timeout=30.0, sleep=time.sleep) -> dict:
    """Kolada's metadata of a KPI (GET {base}/kpi/{id}) as the answer gives it: its title (always a
    text), description, operating_area, is_divided_by_gender …"""
    url = f"{base_url.rstrip('/')}/kpi/{urllib.parse.quote(kpi)}"
    return _lookup(url, kpi, "cli.kolada.unknown_kpi", timeout, sleep)


def municipality_name(code: str, base_url=DEFAULT_BASE_URL, timeout=30.0, names=None, sleep=time.sleep) -> str:
    names = {**KNOWN_MUNICIPALITIES, **(names or {})}
    if code in names or code.startswith("G"):
        return names.get(code, GROUP_NAME.format(code=code))
    url = f"{base_url.rstrip('/')}/municipality/{urllib.parse.quote(code)}"
    return _lookup(url, code, "cli.kolada.unknown_municipality", timeout, sleep)["title"].strip()


def unit_of(title: str) -> str:
    if title.endswith("(%)"):
        return "%"
    return "kr/inv" if title.endswith(", kr/inv") else ""


def fetch_observations(
    kpis,
    municipalities,
    years,
    base_url=DEFAULT_BASE_URL,
    *,
    gender=None,
    timeout=30.0,
    goal_area="",
    direction=INCREASE,
    published=None,
    names=None,
    metadata=None,
    sleep=time.sleep,
) -> pd.DataFrame:
    """Kolada's values as rows of the long format (COLUMN_NAMES, `gender` among them),
    sorted by KPI, municipality, year and gender (T, K, M).

    `gender` is None (every gender), one of GENDERS or a list of them; `direction` is one word for
    every KPI or a dict {kpi: direction}; `published` defaults to today; `names` maps municipality
    ids to names, overriding the built-in table; `metadata` holds fetch_kpi's answers already
    fetched, by KPI; `sleep` waits out a 429. Raises KoladaError.
    """
    kpis, municipalities = list(kpis), list(municipalities)
    wanted = GENDERS if gender is None else (gender,) if isinstance(gender, str) else tuple(gender)
    metadata = metadata or {kpi: fetch_kpi(kpi, base_url, timeout, sleep) for kpi in kpis}
    titles = {kpi: metadata[kpi]["title"].strip() for kpi in kpis}
    labels = {code: municipality_name(code, base_url, timeout, names, sleep) for code in municipalities}
    published = published or dt.date.today().isoformat()
    rows = []
    for item in fetch_data(kpis, municipalities, years, base_url, timeout, sleep):
        try:
            kpi, code, year = str(item["kpi"]), str(item["municipality"]), int(item["period"])
            entries = [entry for entry in item["values"] if entry["gender"] in wanted]
        except (KeyError, TypeError, ValueError):
            raise KoladaError("cli.kolada.item_incomplete", item=json.dumps(item, ensure_ascii=False)[:200]) from None
        if kpi not in titles or code not in labels:
            continue
        for entry in entries:
            row = _row(entry, kpi, code, year)
            if row is None:
                continue
            rows.append(
                {
                    **row,
                    "gender": entry["gender"],
                    "municipality": labels[code],
                    "area": WHOLE_MUNICIPALITY,
                    "goal_area": goal_area,
                    "indicator": titles[kpi],
                    "unit": unit_of(titles[kpi]),
                    "direction": direction.get(kpi, INCREASE) if isinstance(direction, dict) else direction,
                    "source": SOURCE,
                    "published": published,
                }
            )
    frame = pd.DataFrame(rows, columns=list(COLUMN_NAMES))
    order = frame["gender"].map(GENDERS.index)
    frame = frame.assign(_order=order).sort_values(["indicator_id", "municipality", "year", "_order"], kind="stable")
    return frame.drop(columns="_order").reset_index(drop=True)


def _row(entry: dict, kpi: str, code: str, year: int) -> dict | None:
    """One value as the row's Kolada-specific cells, or None when it is to be dropped."""
    if entry.get("isdeleted"):
        return None
    value, status = entry.get("value"), str(entry.get("status") or "").strip()
    if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
        gender = entry.get("gender")
        raise KoladaError("cli.kolada.value_not_number", kpi=kpi, code=code, year=year, gender=gender, value=value)
    if value is None and not status:
        return None
    comments = [STATUS_COMMENT.format(status=status)] if status else []
    if code.startswith("G"):
        comments.append(GROUP_COMMENT.format(count=entry.get("count", "?")))
    return {
        "municipality_code": "" if code.startswith("G") else code,
        "indicator_id": kpi,
        "year": year,
        "outcome": None if value is None else float(value),
        "target": None,
        "comment": "; ".join(comments),
    }


parse_years = years_parser("cli.fetch.not_years")


def _id_list(pattern: re.Pattern, key: str):
    def parse(value: str) -> list[str]:
        ids = [part.strip().upper() for part in value.split(",")]
        bad = [part for part in ids if not pattern.fullmatch(part)]
        if bad:  # an empty part is named by the catalogue's word for empty ("tomt")
            raise argparse.ArgumentTypeError(text(key, ids=", ".join(bad) or text("cli.fetch.empty"), count=len(bad)))
        return list(dict.fromkeys(ids))

    return parse


def _direction(value: str):
    if value.lower() in DIRECTIONS:
        return value.lower()
    pairs = _pairs(value, "--direction")
    bad = [direction for direction in pairs.values() if direction.lower() not in DIRECTIONS]
    if bad:
        raise argparse.ArgumentTypeError(text("cli.fetch.not_a_direction", value=bad[0]))
    return {kpi.upper(): direction.lower() for kpi, direction in pairs.items()}


def _pairs(value: str, option: str) -> dict[str, str]:
    return pairs(value, option, "cli.kolada.not_pairs")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m dashboard.kolada", description=text("cli.kolada.description"))
    add = parser.add_argument
    add(
        "--municipality",
        required=True,
        help=text("cli.kolada.help_municipality"),
        type=_id_list(_MUNICIPALITY_ID, "cli.kolada.not_municipality_ids"),
    )
    add("--kpi", required=True, type=_id_list(_KPI_ID, "cli.kolada.not_kpi_ids"), help=text("cli.kolada.help_kpi"))
    add("--years", required=True, type=parse_years, help=text("cli.fetch.help_years"))
    add(
        "--goal-area",
        required=True,
        help=text("cli.fetch.help_goal_area"),
        type=_checked(str.strip, bool, "cli.kolada.goal_area_empty"),
    )
    add("--out", required=True, type=Path, help=text("cli.kolada.help_out"))
    add("--gender", default=None, type=parse_genders, help=text("cli.fetch.help_gender"))  # None: every gender
    add(
        "--definitions",
        help=text("cli.kolada.help_definitions"),
        type=_checked(Path, lambda path: path.suffix.lower() == ".csv", "cli.kolada.definitions_not_csv"),
    )
    add("--direction", default=INCREASE, type=_direction, help=text("cli.kolada.help_direction"))
    add(
        "--municipality-name",
        default={},
        type=lambda value: _pairs(value, "--municipality-name"),
        help=text("cli.kolada.help_municipality_name"),
    )
    add(
        "--published",
        help=text("cli.kolada.help_published"),
        type=_checked(lambda value: dt.date.fromisoformat(value).isoformat(), bool, "cli.fetch.not_a_date"),
    )
    fetching.add_connection_options(parser, DEFAULT_BASE_URL)
    return parser


def main(argv=None, *, sleep=time.sleep) -> int:
    """The command; returns the exit code (2 for a usage error, after argparse's message)."""
    return fetching.run(build_parser(), argv, lambda args: _fetch(args, sleep))


def _fetch(args, sleep) -> list[str]:
    """Fetch, build both files, then write them; the lines to print."""
    if isinstance(args.direction, dict) and (unknown := sorted(set(args.direction) - set(args.kpi))):
        raise UsageError("cli.kolada.direction_not_fetched", kpis=", ".join(unknown), count=len(unknown))
    definitions = args.definitions or args.out.parent / DEFINITIONS_FILES[0]
    fetching.ready(KoladaError, args.out, definitions)
    metadata = {kpi: fetch_kpi(kpi, args.base_url, args.timeout, sleep) for kpi in args.kpi}
    frame = fetch_observations(
        args.kpi,
        args.municipality,
        args.years,
        args.base_url,
        gender=args.gender,
        timeout=args.timeout,
        goal_area=args.goal_area,
        direction=args.direction,
        published=args.published,
        names=args.municipality_name,
        metadata=metadata,
        sleep=sleep,
    )
    if frame.empty:
        raise KoladaError(
            "cli.kolada.no_values",
            kpis=", ".join(args.kpi),
            municipalities=", ".join(args.municipality),
            first=args.years[0],
            last=args.years[-1],
            genders=", ".join(args.gender or GENDERS),
            count=len(args.municipality),
        )
    rows = [definition_row(metadata[kpi], args.base_url, unit_of(metadata[kpi]["title"].strip())) for kpi in args.kpi]
    described, problems = merged_definitions(definitions, rows)
    if described is None:  # found before anything is written
        reasons = "; ".join(describe_problem(p) for p in problems[:5])
        raise KoladaError("cli.kolada.definitions_unreadable", path=str(definitions), problems=reasons)
    fetching.write_observations(frame, args.out, KoladaError)
    fetching.write_file(definitions, described, KoladaError)
    kpis, places = frame["indicator_id"].unique(), frame["municipality"].unique()
    return [
        text(
            "cli.kolada.written",
            rows=text("cli.fetch.rows", count=len(frame)),
            out=args.out,
            kpis=text("cli.kolada.kpis", count=len(kpis)),
            kpi_ids=", ".join(kpis),
            municipalities=text("cli.fetch.municipalities", count=len(places)),
            names=", ".join(places),
            first=frame["year"].min(),
            last=frame["year"].max(),
        ),
        text("cli.kolada.definitions_written", kpis=text("cli.kolada.kpis", count=len(rows)), path=definitions),
    ]


if __name__ == "__main__":
    sys.exit(main())
