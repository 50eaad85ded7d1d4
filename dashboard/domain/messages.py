"""What the core says to people, as a catalogue key and parameters, never as a finished sentence.

The catalogues (dashboard/i18n/sv.py, en.py) render a Message in the page's language, plurals
included (a parameter named `count` chooses the form). A parameter that is itself a word of
Målbild's own (such as "all" or "the whole municipality") is a Term, rendered in the same language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Term:
    """A catalogue key used as a parameter: rendered in the message's language."""

    key: str


@dataclass(frozen=True)
class Message:
    key: str
    params: dict[str, Any] = field(default_factory=dict, hash=False)

    @classmethod
    def of(cls, key: str, **params) -> Message:
        return cls(key, params)


class Refusal(ValueError):
    """A request refused for a reason people are told: a catalogue key and its parameters."""

    def __init__(self, key: str, **params):
        self.key, self.params = key, params
        super().__init__(key)
