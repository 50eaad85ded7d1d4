"""What to ask SCB for: a request checked against a table's metadata (make_plan), split into calls
within SCB's cell limit (calls). The rules are in dashboard/cli/scb.py's docstring."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dashboard.cli import jsonstat
from dashboard.cli.fetching import FetchError
from dashboard.domain.messages import Term

# SCB's words for the sex variable and its values, as its tables (lang=sv) name them: data read, not text shown
SEX_VARIABLES = ("kon", "kön")  # the sex variable's code or label, in lower case
SEX_LABELS = {
    "män": "M",
    "kvinnor": "K",
    "totalt": "T",
    "män och kvinnor": "T",
    "kvinnor och män": "T",
    "båda könen": "T",
    "samtliga": "T",
}
SEX_CODES = {"1": "M", "2": "K", "1+2": "T"}  # when the label is none of the above

ALL = "all"
MAX_REGIONS_PER_CALL = 200  # keeps a GET address well under the ~2 000 characters a server accepts
MUNICIPALITY = re.compile(r"\d{4}")  # a municipality's code; the country (00) and counties (14) are not


class ScbError(FetchError):
    """Why nothing was written, as a catalogue key and parameters (`message`)."""

    NAME = "cli.scb.name"
    ADVICE_CHECK = "cli.scb.advice_check"

    @classmethod
    def http(cls, code: int, url: str, said: str, tries: int = 1) -> ScbError:
        if code != 429 and (code == 403 or "cells" in said.lower()):  # PxWebApi: too many cells is 403 or 400
            return cls.refused(code, url, said, Term("cli.scb.advice_cells"))
        if code == 404:
            return cls.refused(code, url, said, Term("cli.scb.advice_table"))
        return super().http(code, url, said, tries)


@dataclass(frozen=True)
class Plan:
    """What to ask SCB for, checked against the table's metadata."""

    table: str
    order: tuple[str, ...]  # the table's variables, in its order
    region: jsonstat.Dimension
    time: jsonstat.Dimension
    content: jsonstat.Dimension
    content_code: str
    sex: jsonstat.Dimension | None
    regions: tuple[str, ...]
    years: tuple[str, ...]
    chosen: tuple[tuple[str, str], ...]  # (variable, code) of each --select
    passes: tuple[tuple[str, ...] | None, ...]  # the sex codes of each pass; None: without the variable


def make_plan(meta: jsonstat.Dataset, table, regions, years, content, selections, genders) -> Plan:
    """Check the request against the table's variables and codes; raises ScbError naming what is wrong."""
    region = _role(meta, "geo", "region", "cli.scb.no_region_variable", table)
    period = _role(meta, "time", "tid", "cli.scb.no_time_variable", table)
    contents = _role(meta, "metric", "contentscode", "cli.scb.no_content_variable", table)
    sex = next((d for d in meta.dimensions if {d.code.lower(), d.label.lower()} & set(SEX_VARIABLES)), None)
    not_yearly = [code for code in period.codes if not re.fullmatch(r"\d{4}", code)]
    if not_yearly:
        raise ScbError("cli.scb.not_yearly", table=table, example=not_yearly[0])
    if regions == ALL:
        regions = [code for code in region.codes if MUNICIPALITY.fullmatch(code)]
        if not regions:
            raise ScbError("cli.scb.no_municipalities", table=table)
    unknown = [code for code in regions if code not in region.codes]
    if unknown:
        raise ScbError("cli.scb.unknown_regions", table=table, codes=", ".join(unknown), count=len(unknown))
    chosen_years = [code for code in period.codes if int(code) in set(years)]
    if not chosen_years:
        first, last = min(years), max(years)
        raise ScbError(
            "cli.scb.no_years",
            table=table,
            first=first,
            last=last,
            table_first=min(period.codes),
            table_last=max(period.codes),
        )
    if content is None and len(contents.codes) > 1:
        raise ScbError("cli.scb.content_needed", table=table, choices=_choices(contents))
    content = content or contents.codes[0]
    if content not in contents.codes:
        raise ScbError("cli.scb.unknown_content", table=table, code=content, choices=_choices(contents))
    own = {region.code, period.code, contents.code} | ({sex.code} if sex else set())
    chosen = {}
    for name, code in selections.items():
        dimension = meta.dimension(name) or next((d for d in meta.dimensions if d.code.lower() == name.lower()), None)
        if dimension is None:
            names = ", ".join(d.code for d in meta.dimensions)
            raise ScbError("cli.scb.unknown_variable", table=table, name=name, names=names)
        if dimension.code in own:
            raise ScbError("cli.scb.select_reserved", name=dimension.code)
        if code not in dimension.codes:
            raise ScbError(
                "cli.scb.unknown_value", table=table, name=dimension.code, code=code, choices=_choices(dimension)
            )
        chosen[dimension.code] = code
    needed = [d for d in meta.dimensions if d.code not in own | set(chosen) and not d.elimination]
    if needed:
        example = " ".join(f"--select {d.code}={d.codes[0]}" for d in needed)
        names = ", ".join(d.code for d in needed)
        raise ScbError("cli.scb.must_select", table=table, names=names, example=example, count=len(needed))
    return Plan(
        table=table,
        order=tuple(d.code for d in meta.dimensions),
        region=region,
        time=period,
        content=contents,
        content_code=content,
        sex=sex,
        regions=tuple(regions),
        years=tuple(chosen_years),
        chosen=tuple((d.code, chosen[d.code]) for d in meta.dimensions if d.code in chosen),
        passes=_passes(sex, genders, table),
    )


def _role(meta: jsonstat.Dataset, role: str, code: str, missing: str, table: str) -> jsonstat.Dimension:
    """The dimension with this JSON-stat role (SCB gives time and metric, not geo), else the one so
    coded; none (or two) is the error `missing`."""
    named = [meta.dimension(name) for name in meta.roles.get(role, ())]
    found = [d for d in named if d is not None] or [d for d in meta.dimensions if d.code.lower() == code]
    if len(found) != 1:
        raise ScbError(missing, table=table)
    return found[0]


def _choices(dimension: jsonstat.Dimension, shown: int = 10) -> str:
    listed = [f"{code} ({dimension.label_of(code)})" for code in dimension.codes[:shown]]
    return ", ".join(listed + (["…"] if len(dimension.codes) > shown else []))


def gender_of(sex: jsonstat.Dimension, code: str) -> str | None:
    """M, K or T for a value of the sex variable: by its label, else by SCB's usual codes; None for
    any other value (say "okänt"), which Målbild leaves out."""
    return SEX_LABELS.get(sex.label_of(code).strip().lower()) or SEX_CODES.get(code)


def _passes(sex, genders, table: str) -> tuple:
    """The sex codes of each round of calls; None leaves the variable out (SCB's total, or no such variable).
    Values that are neither men, women nor total are never asked for."""
    if sex is None:
        if "T" not in genders:
            raise ScbError("cli.scb.no_sex_variable", table=table)
        return (None,)
    kinds = {code: gender_of(sex, code) for code in sex.codes}
    wanted = tuple(code for code in sex.codes if kinds[code] in genders)
    passes = (wanted,) if wanted else ()
    if "T" in genders and "T" not in kinds.values() and sex.elimination:
        passes += (None,)
    if not passes:
        raise ScbError(
            "cli.scb.no_gender", table=table, genders=", ".join(genders), name=sex.code, choices=_choices(sex)
        )
    return passes


def calls(plan: Plan, limit: int):
    """(sex codes, regions, years) of each call, each within `limit` cells: split by municipalities
    first, then by years when one municipality's years are too many."""
    for sexes in plan.passes:
        per = len(sexes) if sexes else 1
        if per > limit:
            raise ScbError("cli.scb.limit_too_small", limit=limit, need=per)
        years_per = min(len(plan.years), limit // per)
        regions_per = max(1, min(len(plan.regions), limit // (per * years_per), MAX_REGIONS_PER_CALL))
        for first_region in range(0, len(plan.regions), regions_per):
            for first_year in range(0, len(plan.years), years_per):
                yield (
                    sexes,
                    plan.regions[first_region : first_region + regions_per],
                    plan.years[first_year : first_year + years_per],
                )
