"""Settings shared by several layouts."""

GRAPH_CONFIG = {"displaylogo": False, "responsive": True,
                "modeBarButtonsToRemove": ["lasso2d", "select2d", "autoScale2d"],
                "toImageButtonOptions": {"format": "png", "scale": 3}}

def graph_config(filename: str) -> dict:
    """The chart's settings with the name its exported images get (PNG at 3× and SVG)."""
    return {**GRAPH_CONFIG, "toImageButtonOptions": {"format": "png", "scale": 3, "filename": filename}}
