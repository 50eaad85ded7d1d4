"""axe-core in the page: the WCAG 2.1 A and AA rules, run the way an auditor's browser extension runs them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from playwright.sync_api import Page

from dashboard.settings import PROJECT_ROOT

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_script() -> Path:
    """axe.min.js as `make test` fetches it with npm (MALBILD_AXE_JS), else the newest under .tmp/."""
    configured = os.environ.get("MALBILD_AXE_JS")
    found = [Path(configured)] if configured else sorted(PROJECT_ROOT.glob(".tmp/axe-core-*/package/axe.min.js"))
    if not found or not found[-1].exists():
        pytest.fail("axe-core is missing: run `make axe` (or `make test`), which fetches it from the npm registry")
    return found[-1]


def violations(page: Page) -> list[str]:
    """Every WCAG 2.1 A/AA violation on the page as 'rule: element, element …' (none disabled)."""
    page.add_script_tag(path=str(axe_script()))
    result = page.evaluate(
        """tags => axe.run(document, {runOnly: {type: 'tag', values: tags},
                                                       resultTypes: ['violations']})""",
        WCAG_TAGS,
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} → " + ", ".join(str(n["target"]) for n in v["nodes"][:5])
        for v in result["violations"]
    ]
