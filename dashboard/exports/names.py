"""File names that say what a download holds: 'malbild_boras_vard-och-omsorg_2020.csv'."""

from __future__ import annotations

import unicodedata

from dashboard.domain.schema import MEN, WHOLE_MUNICIPALITY, WOMEN


def file_stem(*parts) -> str:
    """A file name (without extension) from what it shows: 'malbild_boras_vard-och-omsorg_2020'."""
    return "_".join(file_slug(str(part)) for part in parts if part not in (None, ""))


def file_slug(text: str, max_length: int = 60) -> str:
    """ASCII for file names, cut between words: 'Vård och omsorg' → 'vard-och-omsorg'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    cleaned = "".join(c if c.isalnum() else "-" for c in ascii_text.lower())
    slug = "-".join(filter(None, cleaned.split("-")))
    if len(slug) > max_length:
        slug = slug[: max_length + 1].rsplit("-", 1)[0]
    return slug


# a file of women's or men's figures says so in its name (the total's names stay as they were)
GENDER_WORDS = {WOMEN: "kvinnor", MEN: "man"}


def gender_word(selection) -> str | None:
    """'kvinnor' or 'man' for a file of women's or men's figures: every file name ends with it."""
    return GENDER_WORDS.get(selection.gender)


def table_file_name(selection, extension: str, what: str | None = None) -> str:
    """An ASCII file name that says what the table holds, e.g. malbild_boras_vard-och-omsorg_2020.csv
    (malbild-mal_… for the goals' fulfilment)."""
    parts = [
        "malbild" if what is None else f"malbild-{what}",
        selection.municipality,
        selection.area if selection.area != WHOLE_MUNICIPALITY else None,
        selection.goal_area,
        selection.year,
        gender_word(selection),
    ]
    return f"{file_stem(*parts)}.{extension}"
