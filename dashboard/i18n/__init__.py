"""Every user-facing string, one catalogue per language (sv.py, en.py with the same keys).

`text(key, lang, **values)` looks a string up and fills in its `{placeholders}`; an entry may be a
pair of plural forms ({"one": …, "other": …}), chosen by the value `count`. `render(message, lang)`
does the same for the core's messages (dashboard.domain.messages) and `describe_problem` for
problems in input files. Swedish is the default; data (indicator names, goal areas, sources) is
never translated. The Swedish status, progress, trend and assessment labels are also the values
of the data and the exports (dashboard.domain.statuses), so they are translated only for display.
"""

from __future__ import annotations

from dashboard.domain.languages import DEFAULT, LANGUAGES, language
from dashboard.domain.messages import Message, Term
from dashboard.domain.problems import WARNING, Problem
from dashboard.domain.schema import TOTAL, WHOLE_MUNICIPALITY
from dashboard.domain.statuses import Label, Progress, Status, Trend
from dashboard.i18n import (
    definitions_en,
    definitions_sv,
    en,
    followup_en,
    followup_sv,
    formats_en,
    formats_sv,
    reports_en,
    reports_sv,
    scb_en,
    scb_sv,
    sv,
)
from dashboard.i18n.formatting import format_number

__all__ = [
    "DEFAULT",
    "LANGUAGES",
    "language",
    "text",
    "render",
    "describe_problem",
    "label",
    "status_label",
    "progress_label",
    "trend_words",
    "area_label",
    "plotly_locale",
    "long_date",
    "CATALOGUES",
]

CATALOGUES = {
    "sv": {**sv.TEXT, **followup_sv.TEXT, **reports_sv.TEXT, **scb_sv.TEXT, **formats_sv.TEXT, **definitions_sv.TEXT},
    "en": {**en.TEXT, **followup_en.TEXT, **reports_en.TEXT, **scb_en.TEXT, **formats_en.TEXT, **definitions_en.TEXT},
}
PLURAL_FORMS = ("one", "other")


def text(key: str, lang: str = DEFAULT, **values) -> str:
    """The catalogue's text for `key` in `lang`, its placeholders filled. An integer `count` chooses
    the plural form and is written in the language's number format (1 234 / 1,234)."""
    code = language(lang)
    entry = CATALOGUES[code][key]
    count = values.get("count")
    if isinstance(count, int) and not isinstance(count, bool):
        values["count"] = format_number(count, lang=code)
    if isinstance(entry, dict):
        entry = entry["one" if count == 1 else "other"]
    return entry.format(**values)  # a placeholder left without its value fails here, never on screen


def render(message: Message, lang: str = DEFAULT) -> str:
    """A message of the core in `lang`: its key's text, with parameters that are Målbild's own words
    (Terms and labels) in the same language."""
    return text(message.key, lang, **{name: _parameter(value, lang) for name, value in message.params.items()})


def term(value, lang: str = DEFAULT) -> str:
    """A Term or Label in `lang`; data (a group's name, say) as it is."""
    return str(_parameter(value, lang))


def _parameter(value, lang: str):
    if isinstance(value, Term):
        return text(value.key, lang)
    if isinstance(value, Label):
        return text(value.key, lang)
    return value


def describe_problem(problem: Problem, lang: str = DEFAULT) -> str:
    """'budget.csv, rad 4, kolumn outcome: '12,5' är inte ett tal …': where, then what."""
    where = [problem.file]
    if problem.row is not None:
        where.append(text("problem.where_row", lang, row=problem.row))
    if problem.column is not None:
        where.append(text("problem.where_column", lang, column=problem.column))
    prefix = text("problem.warning", lang) if problem.severity == WARNING else ""
    return f"{prefix}{', '.join(where)}: {problem_message(problem, lang)}"


def problem_message(problem: Problem, lang: str = DEFAULT) -> str:
    """What the problem is, without where."""
    return text(problem.key, lang, **problem.params)


def problem_line(problem: Problem, lang: str = DEFAULT) -> str:
    """`file:row:column: message`, the form command-line tools print."""
    return f"{problem.file}:{problem.row or ''}:{problem.column or ''}: {problem_message(problem, lang)}"


def label(value: Label, lang: str = DEFAULT) -> str:
    return text(value.key, lang)


def _label_of(kind: type[Label], value, lang: str) -> str:
    """A label as shown: a member (or its Swedish value from the data) in `lang`; anything else as it is."""
    try:
        return text(kind(value).key, lang)
    except ValueError:
        return str(value)


def status_label(status, lang: str = DEFAULT) -> str:
    return _label_of(Status, status, lang)


def progress_label(progress, lang: str = DEFAULT) -> str:
    return _label_of(Progress, progress, lang)


def trend_words(arrow, from_year, lang: str = DEFAULT) -> str | None:
    """'bättre än föregående utfall (2019)': the trend arrow in words, naming the year compared with."""
    try:
        trend = Trend(arrow)
    except ValueError:
        return None
    year = "" if from_year is None or from_year != from_year else int(from_year)
    return text(trend.key, lang, year=year)


def area_label(area, lang: str = DEFAULT) -> str:
    """An area as shown: the whole municipality is Målbild's own term and is translated; districts are data."""
    return text("area.whole", lang) if area == WHOLE_MUNICIPALITY else str(area)


def whose(selection, lang: str = DEFAULT) -> str | None:
    """'Kvinnor' or 'Män' when women's or men's figures are chosen, None for the total: every title of
    a view or chart ends with it, so a screen or a lifted chart never passes for the total."""
    return None if selection.gender == TOTAL else text(f"filters.gender_{selection.gender}", lang)


def place_title(selection, lang: str = DEFAULT) -> str:
    """'Borås · Hela kommunen · Vård och omsorg · 2020': what a view or a chart is about (and whose
    figures, `whose`)."""
    parts = (
        selection.municipality,
        area_label(selection.area, lang) if selection.area else None,
        selection.goal_area or text("filters.all_goal_areas", lang),
        selection.year,
        whose(selection, lang),
    )
    return " · ".join(str(part) for part in parts if part)


def nothing_to_compare(selection, lang: str = DEFAULT) -> str:
    """Why a comparison has nothing to show: a municipality without districts is named."""
    key = "compare.no_districts" if selection.view == "areas" else "compare.nothing"
    return text(key, lang, municipality=selection.municipality)


def plotly_locale(lang: str = DEFAULT) -> dict:
    """plotly.js config for the chart toolbar's own texts in `lang` (its dictionary from the catalogue)."""
    code = language(lang)
    dictionary = {
        key.removeprefix("plotly."): value for key, value in CATALOGUES[code].items() if key.startswith("plotly.")
    }
    return {"locale": code, "locales": {code: {"dictionary": dictionary}}}


def long_date(day, lang: str = DEFAULT) -> str:
    """'22 november 2026' / '22 November 2026': the long date for a cover."""
    months = text("deck.months", lang).split()
    return f"{day.day} {months[day.month - 1]} {day.year}"
