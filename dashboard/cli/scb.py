"""Fetch a table of SCB's Statistikdatabasen (PxWebApi 2.0) into the long CSV format of data/README.md.

    python -m dashboard.cli.scb --table TAB638 --region 1490,2081 --content BE0101N1 --years 2015-2024 \\
        --goal-area Befolkning --out data/scb_folkmangd.csv

- Calls: GET {base}/config (maxDataCells: the most cells one call may ask for), GET
  {base}/tables/{id}/metadata?lang=sv (the variables and their codes), then GET
  {base}/tables/{id}/data?lang=sv&outputFormat=json-stat2&valueCodes[VAR]=a,b,… once per part.
- What becomes what: the region variable (role geo, else the variable coded Region) →
  municipality_code and municipality (its label, a leading code such as "1490 " taken off); the
  time variable (role time) → year; the content variable (role metric, ContentsCode): the code
  chosen with --content (needed when the table has more than one) → outcome, its label → indicator
  (followed by the labels of any --select values), its unit (category.unit.base; "procent" → %) → unit.
- Only yearly tables: time codes such as 2023. A table by month or quarter (2023M01, 2023K1) is
  refused, naming a code. Only municipalities: --region takes four-digit codes or `all` (every
  four-digit code of the table); the country (00) and counties (14) are refused, since a row's
  municipality must be one.
- Gender: a sex variable (coded Kon, or labelled kön) is fetched with its values män → M,
  kvinnor → K and totalt (1+2) → T, written in the `gender` column; any other value (say
  "okänt") is left out. When it has no total code but SCB may leave
  it out (elimination), T comes from a second call without it: SCB's own total. A table without
  one gives T. `--gender` keeps fewer.
- Other variables: `--select VAR=code`, one code each (so every municipality, year and gender has
  one value). A variable not chosen is left out of the call, which SCB allows only where it can
  eliminate the variable (it then answers with the total); for any other the command stops and
  names it.
- Limits: the cells of a call are the product of the codes asked. Above maxDataCells (or
  --max-cells, when lower) the call is split by municipalities and then years, and the answers
  are put together; every answer must hold exactly the codes asked for, so nothing is cut short
  in silence. HTTP 429 is waited out (Retry-After, at most a minute) up to MAX_RETRIES times.
- Values: as the Kolada command does, a null value is kept (empty outcome) only when SCB gives a
  status symbol such as "..", and any status goes into `comment` as "SCB-status: ..". The dash is
  the PX format's nil symbol (DATASYMBOLNIL: nothing to report), a zero, as SCB's exports read it
  (dashboard/data/scb_tables.py).
- indicator_id is "SCB:{table}:{content}", with ":{VAR}={code}" added for each --select, so
  different choices from one table are different indicators. source is "SCB"; published is
  --published, else the date of the table's `updated`, else today.

The CSV is validated with the project's own reader before it is written, and written atomically;
any problem prints one Swedish message on stderr, exits 1 and writes nothing (usage errors exit 2).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
import urllib.parse
from pathlib import Path

import pandas as pd

from dashboard.cli import fetching, jsonstat
from dashboard.cli.fetching import MAX_RETRIES, checked, pairs, parse_genders, years_parser
from dashboard.cli.scb_plan import ALL, MUNICIPALITY, Plan, ScbError, calls, gender_of, make_plan
from dashboard.domain.messages import Term
from dashboard.domain.schema import COLUMN_NAMES, DIRECTIONS, GENDERS, INCREASE, WHOLE_MUNICIPALITY
from dashboard.i18n import text

# Data values written into the CSV file or read in SCB's answers, not text shown to a person.
SOURCE = "SCB"
STATUS_COMMENT = "SCB-status: {status}"
ZERO = ("-", "–")  # the PX format's nil symbol: a zero, not a missing figure
INDICATOR_ID = "SCB:{table}:{content}"
SELECTED_ID = ":{variable}={code}"
UNITS = {"procent": "%"}

DEFAULT_BASE_URL = "https://statistikdatabasen.scb.se/api/v2"
_TABLE = re.compile(r"[A-Za-z0-9_-]{1,40}")


def fetch_observations(
    table: str,
    regions,
    years,
    base_url: str = DEFAULT_BASE_URL,
    *,
    content: str | None = None,
    selections: dict[str, str] | None = None,
    genders=GENDERS,
    goal_area: str = "",
    indicator: str | None = None,
    unit: str | None = None,
    direction: str = INCREASE,
    published: str | None = None,
    max_cells: int | None = None,
    timeout: float = 30.0,
    sleep=time.sleep,
) -> pd.DataFrame:
    """The table's values as rows of the long format (COLUMN_NAMES), sorted by municipality, year
    and gender (T, K, M). `regions` is a list of codes or ALL. Raises ScbError."""
    base = base_url.rstrip("/")

    def get(url: str):
        return fetching.get_json(url, timeout, ScbError, retries=MAX_RETRIES, sleep=sleep)

    limit = _cell_limit(get(f"{base}/config"), f"{base}/config", max_cells)
    meta_url = f"{base}/tables/{_quoted(table)}/metadata?lang=sv"
    meta = jsonstat.parse(get(meta_url), meta_url, ScbError, with_values=False)
    plan = make_plan(meta, table, regions, years, content, selections or {}, genders)
    rows = []
    for sexes, some_regions, some_years in calls(plan, limit):
        asked = _asked(plan, sexes, some_regions, some_years)
        url = f"{base}/tables/{_quoted(table)}/data?" + "&".join(
            ["lang=sv", "outputFormat=json-stat2"]
            + [
                f"valueCodes[{_quoted(name)}]={','.join(map(_quoted, asked[name]))}"
                for name in plan.order
                if name in asked
            ]
        )
        rows += _rows(_checked_answer(jsonstat.parse(get(url), url, ScbError), asked, url), plan, sexes)
    content_id = INDICATOR_ID.format(table=table, content=plan.content_code)
    labels = [plan.content.label_of(plan.content_code)] + [meta.dimension(v).label_of(c) for v, c in plan.chosen]
    common = {
        "area": WHOLE_MUNICIPALITY,
        "goal_area": goal_area,
        "indicator_id": content_id + "".join(SELECTED_ID.format(variable=v, code=c) for v, c in plan.chosen),
        "indicator": indicator or ", ".join(labels),
        "unit": unit if unit is not None else _unit(plan.content.units.get(plan.content_code, "")),
        "direction": direction,
        "source": SOURCE,
        "published": published or _date(meta.updated) or dt.date.today().isoformat(),
    }
    frame = pd.DataFrame([{**common, **row} for row in rows], columns=list(COLUMN_NAMES))
    frame["_order"] = frame["gender"].map(GENDERS.index)
    frame = frame.sort_values(["municipality", "municipality_code", "year", "_order"], kind="stable")
    return frame.drop(columns="_order").reset_index(drop=True)


def _cell_limit(answer, url: str, max_cells: int | None) -> int:
    cells = answer.get("maxDataCells") if isinstance(answer, dict) else None
    if not isinstance(cells, int) or isinstance(cells, bool) or cells < 1:
        raise ScbError("cli.scb.config_missing", url=url)
    return min(cells, max_cells) if max_cells else cells


def _asked(plan: Plan, sexes, regions, years) -> dict[str, tuple[str, ...]]:
    asked = {plan.region.code: regions, plan.time.code: years, plan.content.code: (plan.content_code,)}
    asked.update({variable: (code,) for variable, code in plan.chosen})
    if sexes:
        asked[plan.sex.code] = sexes
    return asked


def _checked_answer(dataset: jsonstat.Dataset, asked: dict, url: str) -> jsonstat.Dataset:
    """The answer must hold exactly the codes asked for, and nothing more than one value of anything else."""
    for dimension in dataset.dimensions:
        if dimension.code in asked and set(dimension.codes) != set(asked[dimension.code]):
            _mismatch(dimension.code, asked[dimension.code], dimension.codes, url)
        if dimension.code not in asked and len(dimension.codes) > 1:
            _mismatch(dimension.code, (), dimension.codes, url)
    for name in asked:
        if dataset.dimension(name) is None:
            _mismatch(name, asked[name], (), url)
    return dataset


def _mismatch(name: str, wanted, got, url: str):
    """The error naming the codes asked for but missing and those sent but not asked for."""

    def listed(codes):
        return ", ".join(codes) or Term("cli.scb.none")

    missing, unexpected = [c for c in wanted if c not in got], [c for c in got if c not in wanted]
    raise ScbError(
        "cli.scb.answer_mismatch", url=url, name=name, missing=listed(missing), unexpected=listed(unexpected)
    )


def _rows(dataset: jsonstat.Dataset, plan: Plan, sexes) -> list[dict]:
    region = dataset.dimension(plan.region.code)
    rows = []
    for codes, value, status in dataset.cells():
        if value is None and not status:
            continue
        code = codes[plan.region.code]
        name = re.sub(rf"^{re.escape(code)}\s+", "", region.label_of(code)).strip() or plan.region.label_of(code)
        rows.append(
            {
                "municipality": name,
                "municipality_code": code,
                "year": int(codes[plan.time.code]),
                "gender": gender_of(plan.sex, codes[plan.sex.code]) if sexes else "T",
                "outcome": 0.0 if value is None and status in ZERO else None if value is None else float(value),
                "target": None,
                "comment": STATUS_COMMENT.format(status=status) if status else "",
            }
        )
    return rows


def _unit(base: str) -> str:
    return UNITS.get(base.strip().lower(), base.strip())


def _date(updated: str) -> str | None:
    try:
        return dt.date.fromisoformat(updated[:10]).isoformat()
    except ValueError:
        return None


def _quoted(part: str) -> str:
    return urllib.parse.quote(part, safe="")


def _regions(value: str):
    if value.strip().lower() == ALL:
        return ALL
    codes = [part.strip() for part in value.split(",")]
    bad = [code for code in codes if not MUNICIPALITY.fullmatch(code)]
    if bad:  # an empty part is named by the catalogue's word for empty
        codes_text = ", ".join(code or text("cli.fetch.empty") for code in bad)
        raise argparse.ArgumentTypeError(text("cli.scb.not_municipalities", codes=codes_text, count=len(bad)))
    return list(dict.fromkeys(codes))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m dashboard.cli.scb", description=text("cli.scb.description"))
    add = parser.add_argument
    add(
        "--table",
        required=True,
        help=text("cli.scb.help_table"),
        type=checked(str.strip, _TABLE.fullmatch, "cli.scb.not_a_table"),
    )
    add("--region", required=True, type=_regions, help=text("cli.scb.help_region"))
    add("--years", required=True, type=years_parser("cli.fetch.not_years"), help=text("cli.fetch.help_years"))
    nonempty = checked(str.strip, bool, "cli.scb.empty_text")
    add("--goal-area", required=True, type=nonempty, help=text("cli.fetch.help_goal_area"))
    add("--out", required=True, type=Path, help=text("cli.scb.help_out"))
    add("--content", type=nonempty, help=text("cli.scb.help_content"))
    add(
        "--select",
        default={},
        type=lambda value: pairs(value, "--select", "cli.scb.not_pairs"),
        help=text("cli.scb.help_select"),
    )
    add("--gender", default=GENDERS, type=parse_genders, help=text("cli.fetch.help_gender"))
    add("--indicator", type=nonempty, help=text("cli.scb.help_indicator"))
    add("--unit", type=str.strip, help=text("cli.scb.help_unit"))
    add(
        "--direction",
        default=INCREASE,
        help=text("cli.scb.help_direction"),
        type=checked(str.lower, DIRECTIONS.__contains__, "cli.fetch.not_a_direction"),
    )
    add(
        "--published",
        help=text("cli.scb.help_published"),
        type=checked(lambda value: dt.date.fromisoformat(value).isoformat(), bool, "cli.fetch.not_a_date"),
    )
    add(
        "--max-cells",
        type=checked(int, lambda cells: cells >= 1, "cli.scb.not_cells"),
        help=text("cli.scb.help_max_cells"),
    )
    fetching.add_connection_options(parser, DEFAULT_BASE_URL)
    return parser


def main(argv=None, *, sleep=time.sleep) -> int:
    """The command; returns the exit code (2 for a usage error, after argparse's message)."""
    return fetching.run(build_parser(), argv, lambda args: _fetch(args, sleep))


def _fetch(args, sleep) -> list[str]:
    """Fetch and write the table's values; the line to print."""
    fetching.ready(ScbError, args.out)
    frame = fetch_observations(
        args.table,
        args.region,
        args.years,
        args.base_url,
        content=args.content,
        selections=args.select,
        genders=args.gender,
        goal_area=args.goal_area,
        indicator=args.indicator,
        unit=args.unit,
        direction=args.direction,
        published=args.published,
        max_cells=args.max_cells,
        timeout=args.timeout,
        sleep=sleep,
    )
    if frame.empty:
        raise ScbError("cli.scb.no_values", table=args.table, first=args.years[0], last=args.years[-1])
    fetching.write_observations(frame, args.out, ScbError)
    places = list(dict.fromkeys(frame["municipality"]))
    return [
        text(
            "cli.scb.written",
            rows=text("cli.fetch.rows", count=len(frame)),
            out=args.out,
            indicator=frame["indicator"].iloc[0],
            indicator_id=frame["indicator_id"].iloc[0],
            table=args.table,
            municipalities=text("cli.fetch.municipalities", count=len(places)),
            names=", ".join(places[:8] + (["…"] if len(places) > 8 else [])),
            first=frame["year"].min(),
            last=frame["year"].max(),
            genders=", ".join(gender for gender in GENDERS if gender in set(frame["gender"])),
        )
    ]


if __name__ == "__main__":
    sys.exit(main())
