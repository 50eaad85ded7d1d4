"""The small real examples of data/README.md ("Every format and source") read as the text says:
the long CSV and the published wide table give Borås's U21505 (82 % in 2017, 81 % in 2018, a target
of 90 % for 2019), and the gender example gives Köping's women and men."""

from __future__ import annotations

import re

from dashboard.data.readers import ImportOptions, read_text
from dashboard.settings import PROJECT_ROOT

README = (PROJECT_ROOT / "data" / "README.md").read_text(encoding="utf-8")


def _blocks(heading: str) -> list[str]:
    """The ```csv blocks of the section under `heading` (indented blocks included, dedented)."""
    section = README.split(heading, 1)[1].split("\n### ", 1)[0].split("\n## ", 1)[0]
    blocks = re.findall(r"^( *)```csv\n(.*?)^\1```", section, flags=re.S | re.M)
    return ["\n".join(line[len(indent) :] for line in body.splitlines()) + "\n" for indent, body in blocks]


def _series(frame) -> list[tuple]:
    return sorted(
        (int(year), None if outcome != outcome else outcome, None if target != target else target)
        for year, outcome, target in zip(frame["year"], frame["outcome"], frame["target"])
    )


def test_the_long_and_the_wide_example_give_the_same_real_figures():
    long_csv, wide_csv = _blocks("### Every format and source")
    frame, problems = read_text(long_csv, "exempel.csv")
    assert problems == []
    assert _series(frame) == [(2017, 82.0, None), (2019, None, 90.0)]
    options = ImportOptions(municipality="Borås", goal_area="Vård och omsorg")
    frame, problems = read_text(wide_csv, "tabell.csv", options)
    assert [p.code for p in problems] == []
    assert _series(frame) == [(2017, 82.0, None), (2018, 81.0, None), (2019, None, 90.0)]
    assert set(frame["indicator_id"]) == {"U21505"}


def test_the_gender_example_gives_women_and_men():
    (example,) = _blocks("### Women and men")
    frame, problems = read_text(example, "kon.csv")
    assert [p.code for p in problems if p.severity == "error"] == []
    assert sorted(zip(frame["gender"], frame["outcome"])) == [("K", 2.7), ("M", 3.0)]
