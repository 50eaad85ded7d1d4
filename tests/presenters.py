"""The page's parts drawn as production draws them: each presenter of layouts/page.PARTS called as
callbacks/drawing.py calls it, with its result checked against the outputs it declares."""

from __future__ import annotations

from dashboard.analysis.selection import for_gender
from layouts.page import PARTS


def draw_parts(dataset, selection, settings) -> dict[str, dict | None]:
    """Every part's result by the part's name (None: not on screen, the callback leaves it as it was)."""
    drawn = {}
    for part in PARTS:
        shown = part.present(for_gender(dataset, selection), selection, settings)  # as callbacks/drawing.py
        assert shown is None or set(shown) == set(part.outputs), (part.name, set(shown) ^ set(part.outputs))
        drawn[part.name] = shown
    return drawn


def texts(component) -> list[str]:
    """Every string inside a tree of components and markup (layouts/markup.py), in order."""
    if isinstance(component, str):
        return [component]
    if isinstance(component, (list, tuple)):
        return [t for child in component for t in texts(child)]
    if isinstance(component, dict):
        children = component.get("props", {}).get("children")
    else:
        children = getattr(component, "children", None)
    return texts(children) if children is not None else []


def find(component, component_id: str):
    """The component with `component_id` inside a tree of components and markup, or None."""
    if isinstance(component, (list, tuple)):
        return next((found for child in component if (found := find(child, component_id)) is not None), None)
    if isinstance(component, dict):
        if component.get("props", {}).get("id") == component_id:
            return component
        return find(component.get("props", {}).get("children"), component_id)
    if getattr(component, "id", None) == component_id:
        return component
    children = getattr(component, "children", None)
    return find(children, component_id) if children is not None else None
