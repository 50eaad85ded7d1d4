"""Settings shared by several layouts."""

GRAPH_CONFIG = {"displaylogo": False, "responsive": True,
                "modeBarButtonsToRemove": ["lasso2d", "select2d", "autoScale2d"],
                "toImageButtonOptions": {"format": "png", "scale": 3}}

# Dash 4's dropdown texts, in Swedish.
DROPDOWN_LABELS = {"select_all": "Välj alla", "deselect_all": "Avmarkera alla", "selected_count": "{num_selected} valda",
                   "search": "Sök", "clear_search": "Rensa sökningen", "clear_selection": "Rensa valet",
                   "no_options_found": "Inga alternativ"}


def graph_config(filename: str) -> dict:
    """The chart's settings with the name its exported images get (PNG at 3× and SVG)."""
    return {**GRAPH_CONFIG, "toImageButtonOptions": {"format": "png", "scale": 3, "filename": filename}}
