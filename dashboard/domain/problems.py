"""A problem found in an input file: where it is (file, spreadsheet row, column) and what it is,
as a code with parameters that the catalogues render (`problem.<code>`).

Rows are numbered as a spreadsheet shows them: the header is row 1, the first data row 2; row and
column are None for problems of the whole file. Parameters are plain JSON values, so problems
travel through the data cache and /healthz as they are.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

ERROR, WARNING = "error", "warning"


@dataclass(frozen=True)
class Problem:
    file: str
    row: int | None
    column: str | None
    code: str
    params: dict[str, Any] = field(default_factory=dict, hash=False)
    severity: str = ERROR

    @property
    def key(self) -> str:
        """The problem's catalogue key."""
        return f"problem.{self.code}"

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def as_dict(self) -> dict:
        return {
            "file": self.file,
            "row": self.row,
            "column": self.column,
            "code": self.code,
            "params": dict(self.params),
            "severity": self.severity,
        }

    @classmethod
    def from_dict(cls, values: dict) -> Problem:
        return cls(
            values["file"],
            values["row"],
            values["column"],
            values["code"],
            dict(values.get("params") or {}),
            values.get("severity", ERROR),
        )


def problem(file: str, row, column: str | None, code: str, severity: str = ERROR, **params) -> Problem:
    """A problem with its parameters given as keywords: problem("a.csv", 4, "year", "not_a_year", text="20x")."""
    return Problem(file, None if row is None else int(row), column, code, params, severity)


def has_errors(problems: Iterable[Problem]) -> bool:
    return any(p.severity == ERROR for p in problems)
