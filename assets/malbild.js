// Browser-side helpers for Målbild's clientside callbacks.
window.dash_clientside = Object.assign({}, window.dash_clientside, {
  malbild: {
    // Download a chart as PNG (3×) or SVG, named after its indicator and year.
    downloadImage: function (png, svg, graphId, config) {
      var triggered = window.dash_clientside.callback_context.triggered;
      if (!triggered.length) { return window.dash_clientside.no_update; }
      var format = triggered[0].prop_id.indexOf("-svg.") >= 0 ? "svg" : "png";
      var gd = document.querySelector("#" + graphId + " .js-plotly-plot");
      if (!gd || !window.Plotly) { return window.dash_clientside.no_update; }
      var options = (config && config.toImageButtonOptions) || {};
      window.Plotly.downloadImage(gd, {
        format: format, filename: options.filename || "malbild", scale: format === "png" ? 3 : 1,
        width: gd._fullLayout.width, height: gd._fullLayout.height
      });
      return Date.now();
    },
    currentLink: function () { return window.location.href; },
    // The window's width when the page loads, so the server draws charts for a phone when narrow.
    viewport: function () { return { width: window.innerWidth }; },
    // The detail dialog's close button (named in the page's language).
    closeDialog: function () { return false; },
    // The follow-up edit button that was clicked, as {goal_area, goal, at}; no_update when the
    // buttons were only drawn again (their clicks all empty), so no request reaches the server.
    editAsked: function (clicks) {
      var triggered = window.dash_clientside.callback_context.triggered || [];
      if (!triggered.length || !triggered[0].value) { return window.dash_clientside.no_update; }
      var id = JSON.parse(triggered[0].prop_id.split(".n_clicks")[0]);
      return {goal_area: id.goal_area, goal: id.goal, at: Date.now()};
    },
    // Text typed in the follow-up editor, kept in local storage by goal and version until it is saved
    // (the name is the one layouts/followup_editor.py draft_name gives).
    keepDraft: function (analysis, assessment, target, drafts) {
      if (!target) { return window.dash_clientside.no_update; }
      var name = [target.municipality, target.area, target.year, target.goal_area, target.goal,
                  target.version].join("|");
      var kept = Object.assign({}, drafts || {});
      kept[name] = {analysis: analysis || "", assessment: assessment || ""};
      return kept;
    },
    // The header's language switch: the same view, in the other language (Swedish is the default).
    languageLink: function (search, lang) {
      var params = new URLSearchParams(search || "");
      if (lang === "en") { params.delete("lang"); } else { params.set("lang", "en"); }
      var query = params.toString();
      return query ? "?" + query : "/";
    },
    embedCode: function (search, kind, lang, height, opened) {
      // the view's parameters with the chosen kind and language; the code sizes the frame to its content
      // (embed-resize.js answers the embed page's postMessage) and keeps the chosen height without it
      var params = new URLSearchParams(search || "");
      params.delete("embed");
      params.delete("lang");
      if (kind && kind !== "chart") { params.set("embed", kind); }
      if (lang === "en") { params.set("lang", "en"); }
      var query = params.toString();
      var path = "/embed" + (query ? "?" + query : "");
      var rows = Math.min(1600, Math.max(240, parseInt(height, 10) || 520));
      var source = window.location.origin + path;
      var code = '<iframe src="' + source.replace(/&/g, "&amp;").replace(/"/g, "&quot;") + '" width="100%" height="' +
        rows + '" style="border:0" title="Målbild" loading="lazy" data-malbild-embed></iframe>\n' +
        '<script src="' + window.location.origin + '/vendor/embed-resize.js" async></script>';
      return [code, opened ? path : window.dash_clientside.no_update, {height: rows + "px"}];
    }
  }
});

// The meeting screen's pages: the arrow keys and Page Up/Down follow the pager's links (a clicker
// for presentations sends Page Up/Down). Not while typing in a field or with the dialog open.
document.addEventListener("keydown", function (event) {
  var root = document.getElementById("page-root");
  if (!root || root.className.indexOf("meeting-mode") < 0 || event.altKey || event.ctrlKey || event.metaKey) { return; }
  var target = event.target;
  if (target && (/^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName) || target.isContentEditable)) { return; }
  if (document.querySelector(".modal.show")) { return; }
  var forward = { ArrowRight: true, PageDown: true }, backward = { ArrowLeft: true, PageUp: true };
  var id = forward[event.key] ? "meeting-next" : backward[event.key] ? "meeting-prev" : null;
  var link = id && document.getElementById(id);
  if (!link || link.getAttribute("aria-disabled") === "true") { return; }
  event.preventDefault();
  link.click();
});
