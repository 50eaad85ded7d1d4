"""The accessibility statement (tillgänglighetsredogörelse) in the form Digg prescribes, as a plain page.

Sections: status of compliance, what to do instead, how to report problems, supervision by Digg,
technical information with the known shortcomings, how the statement was made and when.
"""

from __future__ import annotations

from datetime import date

from markupsafe import escape

from dashboard.i18n import text
from dashboard.i18n.formatting import format_date

ASSESSED = UPDATED = date(2026, 11, 22)
DIGG_REPORT = "https://www.digg.se/tdosanmalan"
SECTIONS = (
    ("status_heading", ["status"]),
    ("alternatives_heading", ["alternatives"]),
    ("report_heading", ["report"]),
    ("supervision_heading", ["supervision"]),
    ("technical_heading", ["technical"]),
)
SHORTCOMINGS = ("shortcoming_data", "shortcoming_exports", "shortcoming_zoom")


def statement_page(lang: str, bootstrap_css: str) -> str:
    def t(key: str, **values) -> str:
        return str(escape(text(f"statement.{key}", lang, **values)))

    parts = [f"<h1>{t('title')}</h1>", f"<p>{t('intro')}</p>"]
    for heading, paragraphs in SECTIONS:
        parts.append(f"<h2>{t(heading)}</h2>" + "".join(f"<p>{t(p)}</p>" for p in paragraphs))
        if heading == "supervision_heading":
            parts.append(f'<p><a href="{DIGG_REPORT}">{t("supervision_link")}</a></p>')
    parts.append(
        f"<h3>{t('shortcomings_heading')}</h3><ul>" + "".join(f"<li>{t(k)}</li>" for k in SHORTCOMINGS) + "</ul>"
    )
    parts.append(f"<h2>{t('method_heading')}</h2><p>{t('method')}</p>")
    parts.append(f"<p>{t('dates', assessed=format_date(ASSESSED, lang), updated=format_date(UPDATED, lang))}</p>")
    other = "sv" if lang == "en" else "en"
    switch = (
        f'<a href="/tillganglighet{"?lang=en" if other == "en" else ""}" lang="{other}" hreflang="{other}" '
        f'class="language-switch">{escape(text("app.language_switch", lang))}</a>'
    )
    back = f'<a href="/{"?lang=en" if lang == "en" else ""}">{escape(text("app.back_to_dashboard", lang))}</a>'
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>{t("title")}</title><link rel="stylesheet" href="{bootstrap_css}">'
        f'<link rel="stylesheet" href="/assets/style.css"></head><body>'
        f'<a class="skip-link" href="#main">{escape(text("app.skip", lang))}</a>'
        f'<header class="app-header py-3 mb-3"><div class="container-lg d-flex justify-content-between '
        f'align-items-center"><p class="h3 mb-0">Målbild</p>{switch}</div></header>'
        f'<main id="main" class="container-lg statement" tabindex="-1">{"".join(parts)}</main>'
        f'<footer class="container-lg small my-4">{back}</footer></body></html>'
    )
