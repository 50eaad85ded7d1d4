"""Plain HTTP routes beside the Dash page: health, table exports and the local Bootstrap CSS."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from importlib.resources import files
from urllib.parse import parse_qsl, urlsplit

from flask import Flask, Response, jsonify, request

from dashboard.analysis.report import comparison_export
from dashboard.analysis.selection import Selection, for_gender, normalize, normalize_compared_municipalities
from dashboard.data.groups import ALL_PEERS
from dashboard.exports.names import file_stem, gender_word, table_file_name
from dashboard.exports.tables import goals_file, scorecard_file, to_csv_bytes
from dashboard.i18n import language, problem_message, text
from dashboard.web.embed import embed_page
from dashboard.web.statement import statement_page
from dashboard.web.written import approved_texts

BOOTSTRAP_CSS = "/vendor/bootstrap.min.css"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX_TYPE = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# where dcc.Graph loads plotly.js from when the app serves its own files (set by Dash's renderer)
DASH_PLOTLY_JS = "/_dash-component-suites/plotly/package_data/plotly.min.js"


def register_routes(server: Flask, source, settings) -> None:
    @server.get("/healthz")
    def healthz():
        dataset, status = source.current(), source.status
        load = dataset.load
        body = {
            "status": "stale" if status.stale else ("ok" if not dataset.is_empty else "no data"),
            "stale": status.stale,
            "rows": dataset.row_count,
            "loaded_at": datetime.fromtimestamp(status.loaded_at, UTC).isoformat(timespec="seconds"),
            "loaded_files": list(load.loaded_files),
            "failed_files": list(load.failed_files),
            "problems": [_problem_json(problem) for problem in load.problems],
            "rejected_problems": [_problem_json(problem) for problem in status.problems],
        }
        return jsonify(body), (503 if dataset.is_empty else 200)

    @server.errorhandler(413)
    def too_large(_error):
        limit = settings.max_content_length
        size = f"{limit // (1024 * 1024)} MB" if limit >= 1024 * 1024 else f"{limit // 1024} kB"
        # An upload travels in a callback POST: the page's URL (and its language) is the referrer.
        return _plain_reply("upload.too_large_reply", 413, size=size)

    @server.get("/export/gaps.csv")
    def export_gaps_csv():
        return _export(source.current(), settings, "csv")

    @server.get("/export/compare.csv")
    def export_compare_csv():
        return _compare_export(source.current())

    @server.get("/export/slides.pptx")
    def export_slides():
        dataset = source.current()
        if dataset.is_empty:
            return _plain_reply("view.no_data", 503)
        selection, _, _ = normalize(replace(Selection.from_query(request.args), view=None), dataset)
        dataset = for_gender(dataset, selection)
        from dashboard.exports.deck import build_deck  # python-pptx is imported when a deck is asked for

        return Response(
            build_deck(
                dataset,
                selection,
                settings,
                approved=approved_texts(selection),
                with_untargeted=request.args.get("with_untargeted") == "1",
            ),
            mimetype=PPTX_TYPE,
            headers={"Content-Disposition": f'attachment; filename="{table_file_name(selection, "pptx")}"'},
        )

    @server.get("/export/report.docx")
    def export_report():
        dataset = source.current()
        if dataset.is_empty:
            return _plain_reply("view.no_data", 503)
        selection, _, _ = normalize(replace(Selection.from_query(request.args), view=None), dataset)
        dataset = for_gender(dataset, selection)
        from dashboard.exports.word_report import build_report  # python-docx and kaleido when a report is asked for
        from dashboard.web.images import png_renderer

        payload = build_report(dataset, selection, settings, approved_texts(selection), png_renderer())
        name = table_file_name(selection, "docx", "rapport")
        return Response(payload, mimetype=DOCX_TYPE, headers={"Content-Disposition": f'attachment; filename="{name}"'})

    @server.get("/embed", strict_slashes=False)
    def embed():
        dataset = source.current()
        selection, _, _ = normalize(Selection.from_query(request.args), dataset)
        dataset = for_gender(dataset, selection)
        full_view = request.host_url.rstrip("/") + "/" + selection.to_query()
        return Response(
            embed_page(dataset, selection, settings, request.args.get("embed", "chart"), full_view),
            mimetype="text/html",
        )

    @server.get("/tillganglighet", strict_slashes=False)
    def accessibility_statement():
        lang = language(request.args.get("lang"))
        return Response(statement_page(lang, BOOTSTRAP_CSS), mimetype="text/html")

    # the basic build when fetched (dashboard/cli/plotly_bundle.py), else plotly's full one: served
    # to embeds, and to dcc.Graph in place of the full build it would load
    plotly_js = (
        settings.plotly_js.read_bytes()
        if settings.plotly_js
        else (files("plotly") / "package_data" / "plotly.min.js").read_bytes()
    )
    embed_js = (files("dashboard.web") / "static" / "embed.js").read_bytes()
    embed_resize_js = (files("dashboard.web") / "static" / "embed-resize.js").read_bytes()

    if settings.plotly_js:

        @server.before_request
        def basic_plotly():
            if request.path.endswith(DASH_PLOTLY_JS):
                return Response(
                    plotly_js, mimetype="text/javascript", headers={"Cache-Control": "public, max-age=86400"}
                )
            return None

    @server.get("/vendor/plotly.min.js")
    def vendor_plotly():
        return Response(plotly_js, mimetype="text/javascript", headers={"Cache-Control": "public, max-age=86400"})

    @server.get("/vendor/embed.js")
    def vendor_embed():
        return Response(embed_js, mimetype="text/javascript")

    @server.get("/vendor/embed-resize.js")
    def vendor_embed_resize():
        # loaded by other sites' pages: readable across origins, cached a day
        headers = {"Cache-Control": "public, max-age=86400", "Access-Control-Allow-Origin": "*"}
        return Response(embed_resize_js, mimetype="text/javascript", headers=headers)

    @server.get("/export/gaps.xlsx")
    def export_gaps_xlsx():
        return _export(source.current(), settings, "xlsx")

    @server.get("/export/goals.csv")
    def export_goals_csv():
        return _export(source.current(), settings, "csv", goals_with_texts)

    @server.get("/export/goals.xlsx")
    def export_goals_xlsx():
        return _export(source.current(), settings, "xlsx", goals_with_texts)

    # Bootstrap ships inside the pinned bootstrap-flask wheel, so offline intranets get it too.
    css = (files("flask_bootstrap") / "static" / "bootstrap5" / "css" / "bootstrap.min.css").read_bytes()

    @server.get(BOOTSTRAP_CSS)
    def bootstrap_css():
        return Response(css, mimetype="text/css", headers={"Cache-Control": "public, max-age=86400"})


def goals_with_texts(dataset, selection, settings, kind: str, view_url: str = ""):
    """goals.csv with the approved follow-up texts of its municipality, area and year (none when the
    database does not answer: the figures are exported all the same)."""
    return goals_file(dataset, selection, settings, kind, approved_texts(selection), view_url)


def _problem_json(problem) -> dict:
    """A problem for /healthz: its code and parameters, and the message in Swedish for people."""
    return {**problem.as_dict(), "message": problem_message(problem)}


def _export(dataset, settings, kind: str, build=scorecard_file) -> Response:
    """A table of the overview's selection (the scorecard, or with `goals_file` the goals' fulfilment)."""
    if dataset.is_empty:
        return _plain_reply("view.no_data", 503)
    selection, _, _ = normalize(replace(Selection.from_query(request.args), view=None), dataset)
    dataset = for_gender(dataset, selection)
    view_url = request.host_url.rstrip("/") + "/" + selection.to_query()  # for the workbook's "Om uttaget"
    payload, name = build(dataset, selection, settings, kind, view_url=view_url)
    mimetype = "text/csv; charset=utf-8" if kind == "csv" else XLSX_TYPE
    return Response(payload, mimetype=mimetype, headers={"Content-Disposition": f'attachment; filename="{name}"'})


def _plain_reply(key: str, status: int, **values) -> Response:
    """A short text reply in the language of the asking page: `lang` in the link, else in the URL of
    the page that sent the request (an upload is a callback POST, whose referrer is the page)."""
    asked = request.args.get("lang") or dict(parse_qsl(urlsplit(request.referrer or "").query)).get("lang")
    return Response(text(key, language(asked), **values) + "\n", status=status, mimetype="text/plain")


def _compare_export(dataset) -> Response:
    """The compared numbers of view=areas (every indicator unless one is named) or view=municipalities
    (`municipalities=alla` for every municipality with the indicator), with the reference of `peers`
    when it is given."""
    if dataset.is_empty:
        return _plain_reply("view.no_data", 503)
    asked = Selection.from_query(request.args)
    if not asked.compares:
        return _plain_reply("downloads.view_required", 400)
    if asked.view == "municipalities" and [name.casefold() for name in asked.municipalities] == [ALL_PEERS]:
        asked = replace(asked, municipalities=tuple(dataset.municipalities()))  # every one, without a long URL
    if asked.view == "municipalities":  # the chosen municipality's own rows are not part of it
        selection = normalize_compared_municipalities(asked, dataset)
    else:
        selection, _, _ = normalize(asked, dataset)
    dataset = for_gender(dataset, selection)
    table = comparison_export(dataset, selection, only_indicator=asked.indicator is not None)
    subject = selection.municipality if asked.view == "areas" else str(selection.indicator)
    name = file_stem("malbild-jamforelse", asked.view, subject, selection.year, gender_word(selection)) + ".csv"
    return Response(
        to_csv_bytes(table),
        mimetype="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
