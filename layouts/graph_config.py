"""How every chart is configured: its toolbar in the page's language and the name of its images."""

from dashboard.exports.names import file_stem, gender_word
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


def chart_file_name(dataset, selection, suffix: str = "") -> str:
    """A chart's image file name: what it shows and the year, e.g. malbild_boras_personer-som-en-…_2020."""
    subject = selection.indicator or selection.goal_area or "alla-malomraden"
    if selection.indicator and selection.municipality:
        names = dataset.resolved(selection.municipality, selection.as_of_date)
        match = names.loc[names["indicator_key"] == selection.indicator, "indicator"]
        subject = match.iloc[-1] if not match.empty else subject
    stem = file_stem("malbild", selection.municipality, subject, selection.year, gender_word(selection))
    return f"{stem}_{suffix}" if suffix else stem
