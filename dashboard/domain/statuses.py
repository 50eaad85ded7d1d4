"""The verdicts Målbild gives, as enums whose values are the Swedish labels of the data contract.

The values are what the CSV and Excel exports write in their `status`, `progress`, `trend` and
`assessment` columns, whatever the page's language; the catalogues (dashboard/i18n) show each
member by its `key`. A StrEnum compares equal to its value, so a frame's plain strings and the
members mix freely.
"""

from __future__ import annotations

from enum import StrEnum


class Label(StrEnum):
    """A verdict with a catalogue key: `<kind>.<member name in lower case>`, where the kind is the
    class name in lower case (status.met, progress.on_track, trend.better, assessment.worse)."""

    @property
    def key(self) -> str:
        return f"{type(self).__name__.lower()}.{self.name.lower()}"


class Status(Label):
    """Outcome against the target for the follow-up year."""

    MET = "Uppnått"
    NEAR = "Nära målet"
    NOT_MET = "Ej uppnått"
    STALE = "Inaktuellt utfall"  # the latest outcome is too old to judge the follow-up year
    NO_OUTCOME = "Utfall saknas"
    NO_TARGET = "Mål saknas"


class Progress(Label):
    """Progress toward the target (or development without one), after Open SDG's measure."""

    TARGET_MET = "Målet nått"
    ON_TRACK = "I fas"
    MODERATE_PROGRESS = "Måttliga framsteg"
    LIMITED_PROGRESS = "Små framsteg"
    STANDING_STILL = "Står still"  # 0 ≤ R < 0,1: the UN's stagnation class
    CLEAR_IMPROVEMENT = "Tydlig förbättring"
    MODERATE_IMPROVEMENT = "Måttlig förbättring"
    WEAK_IMPROVEMENT = "Svag förbättring"
    UNCHANGED = "Oförändrad"  # without a target: no change beyond the trend tolerance
    DETERIORATION = "Försämring"
    TOO_LITTLE_DATA = "För lite data"
    NOT_COMPUTABLE = "Kan inte beräknas"


class Trend(Label):
    """The latest outcome against the previous one, judged by the indicator's direction."""

    BETTER = "↑"
    UNCHANGED = "→"
    WORSE = "↓"


class Assessment(Label):
    """A district's outcome against the whole municipality's, judged by the direction."""

    BETTER = "bättre"
    WORSE = "sämre"
    EQUAL = "lika"


class Fulfilment(Label):
    """A council goal's (or goal area's) fulfilment, from its indicators' statuses."""

    FULFILLED = "Uppfyllt"
    PARTLY = "Delvis uppfyllt"
    NOT_FULFILLED = "Ej uppfyllt"
    NOT_ASSESSABLE = "Kan inte bedömas"


# The statuses that judge an outcome against its target
JUDGED = (Status.MET, Status.NEAR, Status.NOT_MET)
STATUSES = tuple(Status)
PROGRESS_LABELS = tuple(Progress)
