"""Settings shared by several layouts."""

from dashboard.i18n import plotly_locale

GRAPH_CONFIG = {
    "displaylogo": False,
    "responsive": True,
    "modeBarButtonsToRemove": ["lasso2d", "select2d", "autoScale2d"],
    "toImageButtonOptions": {"format": "png", "scale": 3},
}


def graph_config(filename: str, lang: str = "sv") -> dict:
    """The chart's settings with the name its exported images get (PNG at 3× and SVG), and the
    toolbar's texts in the page's language."""
    return {
        **GRAPH_CONFIG,
        **plotly_locale(lang),
        "toImageButtonOptions": {"format": "png", "scale": 3, "filename": filename},
    }
