"""What a person is looking at, as it travels in the URL, and its narrowing to what exists.

Query parameters (a contract): municipality, area, goal_area, indicator (an indicator_id or a
name; its detail opens), year (the follow-up year), as_of (YYYY-MM-DD: only figures published on or
before it), meeting=1 (meeting mode: no filters, large text), view (`areas` or `municipalities`
for the comparisons), areas and municipalities (comma-separated lists to compare), peers (the
reference line: `alla` for every municipality, or the name of a group from groups.csv), gender
(`K` women or `M` men: their figures, where the data has them; the total, `T`, is the default and
is not written to the URL), lang=en (the English interface; Swedish is the default and is not
written to the URL).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from urllib.parse import parse_qsl, urlencode

import pandas as pd

from dashboard.analysis.comparison_selection import match_indicator, narrow_areas_view, narrow_municipalities_view
from dashboard.analysis.gaps import follow_up_year
from dashboard.data.dataset import Dataset
from dashboard.data.groups import ALL_PEERS
from dashboard.domain.languages import DEFAULT as DEFAULT_LANGUAGE
from dashboard.domain.languages import language
from dashboard.domain.messages import Message, Term
from dashboard.domain.schema import GENDERS, TOTAL, WHOLE_MUNICIPALITY
from dashboard.domain.values import swedish_sort_key

PARAMETERS = (
    "view",
    "municipality",
    "area",
    "goal_area",
    "indicator",
    "year",
    "as_of",
    "areas",
    "municipalities",
    "peers",
    "gender",
    "meeting",
    "lang",
)
COMPARISONS = ("areas", "municipalities")
VIEWS = ("table", *COMPARISONS)  # none: the overview
LISTS = ("areas", "municipalities")


@dataclass(frozen=True)
class Selection:
    municipality: str | None = None
    area: str | None = None
    goal_area: str | None = None
    indicator: str | None = None
    year: int | None = None
    as_of: str | None = None
    meeting: bool = False
    view: str | None = None
    areas: tuple[str, ...] = ()
    municipalities: tuple[str, ...] = ()
    lang: str = DEFAULT_LANGUAGE
    peers: str | None = None  # "alla" or a group's name: the reference line drawn beside the outcomes
    gender: str = TOTAL  # whose figures the verdicts read: T, K or M
    # drawn for a phone-wide screen: known from the browser, never in the URL
    narrow: bool = False

    @classmethod
    def from_query(cls, query: str | Mapping[str, str]) -> Selection:
        """Read a query string ('?a=b&…') or mapping; values that cannot be meant are dropped."""
        params = dict(parse_qsl(query.lstrip("?"))) if isinstance(query, str) else dict(query)
        values = {name: (params.get(name) or "").strip() or None for name in PARAMETERS}
        values["year"] = _int_or_none(values["year"])
        values["as_of"] = values["as_of"] if _date_or_none(values["as_of"]) is not None else None
        values["meeting"] = values["meeting"] in ("1", "true", "ja")
        values["view"] = values["view"] if values["view"] in VIEWS else None
        values["lang"] = language(values["lang"])
        gender = (values["gender"] or TOTAL).upper()
        values["gender"] = gender if gender in GENDERS else TOTAL
        for name in LISTS:
            values[name] = tuple(part.strip() for part in (values[name] or "").split(",") if part.strip())
        return cls(**values)

    @classmethod
    def from_store(cls, stored: Mapping | None) -> Selection:
        """Back from the browser's store, where tuples travelled as JSON lists."""
        values = dict(stored or {})
        for name in LISTS:
            values[name] = tuple(values.get(name) or ())
        return cls(**values)

    def to_query(self) -> str:
        """'?municipality=…&…' with the chosen values only, in a fixed order."""
        pairs = [(name, getattr(self, name)) for name in PARAMETERS]
        pairs = [
            (name, value)
            for name, value in pairs
            if value not in (None, "", False, ())
            and (name, value) not in (("lang", DEFAULT_LANGUAGE), ("gender", TOTAL))
        ]
        pairs = [(name, 1 if value is True else ",".join(value) if name in LISTS else value) for name, value in pairs]
        return "?" + urlencode(pairs) if pairs else ""

    @property
    def compares(self) -> bool:
        """One of the comparison views (districts or municipalities)."""
        return self.view in COMPARISONS

    @property
    def as_of_date(self) -> pd.Timestamp | None:
        return _date_or_none(self.as_of)


@dataclass(frozen=True)
class Choices:
    """The options each filter offers for a normalized selection."""

    municipalities: list[str] = field(default_factory=list)
    areas: list[str] = field(default_factory=list)
    goal_areas: list[str] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    indicators: list[tuple[str, str]] = field(default_factory=list)  # (key, name)
    publication_dates: list[str] = field(default_factory=list)
    compare_areas: list[str] = field(default_factory=list)
    compare_municipalities: list[str] = field(default_factory=list)
    indicator_counts: dict[str, int] = field(default_factory=dict)  # in how many of `counted` each is found
    counted: str | None = None  # "areas" or "municipalities" in the comparisons
    peer_groups: list[str] = field(default_factory=list)  # the groups a reference line can be drawn for
    genders: list[str] = field(default_factory=list)  # whose figures the data holds (T first); one: no choice


def normalize(selection: Selection, dataset: Dataset) -> tuple[Selection, Choices, list[Message]]:
    """Narrow a selection to values that exist, filling defaults; say what was replaced and why.
    `dataset` is read for the selection's gender (`for_gender`)."""
    notices: list[Message] = []
    municipalities = dataset.municipalities()
    if not municipalities:
        return Selection(lang=selection.lang), Choices(), notices
    dataset = for_gender(dataset, selection)
    if dataset.gender != selection.gender:
        notices.append(Message.of("notice.gender", asked=Term(f"gender.{selection.gender}")))
        selection = replace(selection, gender=dataset.gender)
    municipality = _pick(selection.municipality, municipalities, dataset.default_municipality, "municipality", notices)
    resolved = dataset.resolved(municipality, selection.as_of_date)

    areas = dataset.areas(municipality)
    default_area = WHOLE_MUNICIPALITY if WHOLE_MUNICIPALITY in areas else areas[0]
    area = _pick(selection.area, areas, default_area, "area", notices)
    in_area = dataset.rows_in(municipality, area, None, selection.as_of_date)

    goal_areas = sorted(in_area["goal_area"].dropna().unique(), key=swedish_sort_key)
    goal_area = _pick(selection.goal_area, goal_areas, None, "goal_area", notices)
    in_goal_area = (
        in_area if goal_area is None else dataset.rows_in(municipality, area, goal_area, selection.as_of_date)
    )

    years = sorted(int(y) for y in in_goal_area["year"].dropna().unique())
    year = selection.year if selection.year in years else follow_up_year(in_goal_area)
    if not selection.compares and selection.year is not None and selection.year not in years and year is not None:
        notices.append(Message.of("notice.year", asked=selection.year, shown=year))

    indicators = _indicator_choices(in_goal_area)
    indicator = match_indicator(selection.indicator, indicators, [] if selection.compares else notices)

    dates = [pd.Timestamp(d).strftime("%Y-%m-%d") for d in dataset.publication_dates(municipality)]
    as_of = selection.as_of
    if as_of is not None and as_of not in dates:
        dates = sorted(set(dates) | {as_of}, reverse=True)

    normalized = replace(
        selection,
        municipality=municipality,
        area=area,
        goal_area=goal_area,
        year=year,
        indicator=indicator,
        as_of=as_of,
        areas=(),
        municipalities=(),
        peers=_peers(selection.peers, dataset, notices),
    )
    choices = Choices(
        municipalities,
        areas,
        goal_areas,
        years,
        indicators,
        dates,
        peer_groups=list(dataset.groups()),
        genders=list(dataset.genders),
    )
    if selection.view == "areas":
        return narrow_areas_view(selection, normalized, choices, resolved, notices)
    if selection.view == "municipalities":
        return narrow_municipalities_view(selection, normalized, choices, dataset, notices)
    return normalized, choices, notices


def normalize_compared_municipalities(selection: Selection, dataset: Dataset) -> Selection:
    """`normalize(selection, dataset)[0]` of a view=municipalities selection as far as comparing
    municipalities reads it (indicator, year, municipalities, peers, as_of; view and lang as asked),
    without the chosen municipality's own rows, which that comparison never shows: for the
    comparison's export. Its municipality, area and goal area are left as asked."""
    notices: list[Message] = []  # an export shows none
    if not dataset.municipalities():
        return Selection(lang=selection.lang)
    dataset = for_gender(dataset, selection)
    selection = replace(selection, gender=dataset.gender)
    normalized = replace(
        selection,
        areas=(),
        municipalities=(),
        peers=_peers(selection.peers, dataset, notices),
    )
    narrowed, _, _ = narrow_municipalities_view(
        selection, normalized, Choices(), dataset, notices, read=dataset.indicator_compared
    )
    return narrowed


def _peers(wanted: str | None, dataset: Dataset, notices: list[Message]) -> str | None:
    """ "alla" or a group of groups.csv, in any case; an unknown name falls back to "alla"."""
    return None if wanted is None else _pick(wanted, [ALL_PEERS, *dataset.groups()], ALL_PEERS, "peers", notices)


def _pick(wanted, options: list, default, what: str, notices: list[Message]):
    """`wanted` if it is one of `options` (in any case), else `default` with a notice naming both."""
    if wanted is None or wanted in options:
        return wanted if wanted is not None else default
    folded = {str(option).casefold(): option for option in options}
    if str(wanted).casefold() in folded:
        return folded[str(wanted).casefold()]
    shown = Term("notice.all") if default is None else Term("area.whole") if default == WHOLE_MUNICIPALITY else default
    notices.append(Message.of(f"notice.unknown_{what}", wanted=wanted, shown=shown))
    return default


def _indicator_choices(resolved: pd.DataFrame) -> list[tuple[str, str]]:
    """(key, name) pairs in the scorecard's order: by goal area, then name."""
    described = resolved.drop_duplicates("indicator_key")
    rows = sorted(
        zip(described["goal_area"], described["indicator"], described["indicator_key"]),
        key=lambda row: (swedish_sort_key(row[0]), swedish_sort_key(row[1])),
    )
    return [(str(key), str(name)) for _, name, key in rows]


def _int_or_none(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _date_or_none(value: str | None) -> pd.Timestamp | None:
    if value is None:
        return None
    try:
        return pd.Timestamp(pd.to_datetime(value, format="%Y-%m-%d"))
    except (ValueError, TypeError):
        return None


def for_gender(dataset: Dataset, selection: Selection) -> Dataset:
    """The data as a view of `selection` reads it: its gender's figures (the total when the data
    has none of that gender, as `normalize` says)."""
    return dataset.of_gender(selection.gender if selection.gender in dataset.genders else TOTAL)
