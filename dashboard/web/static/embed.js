// Målbild embed: draw the figure given as JSON in the page, sized to the iframe.
(function () {
  // the figure drawn for a phone-wide frame where the frame is that narrow (names above bars, wrapped text)
  var narrow = window.innerWidth < 576 && document.getElementById("figure-data-narrow");
  var data = narrow || document.getElementById("figure-data");
  var target = document.getElementById("chart");
  if (!data || !target || !window.Plotly) { return; }
  var figure = JSON.parse(data.textContent);
  figure.layout = figure.layout || {};
  figure.layout.autosize = true;
  delete figure.layout.height;
  delete figure.layout.width;
  var config = JSON.parse(target.getAttribute("data-config") || "{}");
  config.responsive = true;
  window.Plotly.newPlot(target, figure.data, figure.layout, config);
})();
