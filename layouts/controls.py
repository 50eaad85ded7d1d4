"""Native form controls for the filters: <select> for one choice, a fieldset of checkboxes for several.

They replace Dash's dcc.Dropdown, whose focus input is aria-hidden and whose multi-select name does
not match its label (axe: aria-hidden-focus, label-content-name-mismatch). Native controls are
reachable and usable with the keyboard alone, and every screen reader knows them.
"""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import html


def select_field(
    label: str, component_id: str, width: int | bool = 3, class_name: str = "", md: int = 6, xs: int = 12
) -> dbc.Col:
    """A labelled single choice; the options (and an "all"/"latest" option where it applies) come
    from the state callback. `width=True` shares one row from 1200 px by each field's flex class,
    and three a row below that (five in one row cut "Senaste publicering" at 1024 px)."""
    widths = {"lg": 4, "xl": True} if width is True else {"lg": width}
    return dbc.Col(
        [
            dbc.Label(label, html_for=component_id, className="form-label fw-semibold mb-1"),
            dbc.Select(id=component_id, options=[], value=""),
        ],
        xs=xs,
        md=md,
        className=class_name,
        **widths,
    )


def checklist_field(legend: str, component_id: str, width: int = 6, class_name: str = "", hint: str = "") -> dbc.Col:
    """Several choices as checkboxes in a fieldset whose legend names them."""
    hint_id = f"{component_id}-hint"
    return dbc.Col(
        html.Fieldset(
            [
                html.Legend(legend, className="form-label fw-semibold mb-1 fs-6"),
                html.P(hint, id=hint_id, className="small text-muted mb-1") if hint else None,
                dbc.Checklist(id=component_id, options=[], value=[], className="checklist-scroll", inline=False),
            ],
            className="mb-0",
        ),
        xs=12,
        lg=width,
        className=class_name,
    )
