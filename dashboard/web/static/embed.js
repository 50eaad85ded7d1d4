// Målbild embed: draw the figure given as JSON in the page, sized to the iframe.
(function () {
  var data = document.getElementById("figure-data");
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
