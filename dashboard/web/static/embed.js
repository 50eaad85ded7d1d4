// Målbild embed: draw the figure given as JSON in the page, sized to the iframe.
// Tell the page around the iframe how high the content is (embed-resize.js there fits the frame).
(function () {
  if (window.parent === window) { return; }
  var last = 0;
  function post() {
    // the content's own height: the bottom of the last thing shown, plus the page's 8 px padding
    // (the page is as high as its frame, so the document's height would only echo the frame's)
    var main = document.querySelector(".embed");
    if (!main) { return; }
    var bottom = 0;
    for (var i = 0; i < main.children.length; i++) {
      bottom = Math.max(bottom, main.children[i].getBoundingClientRect().bottom + window.scrollY);
    }
    var height = Math.ceil(bottom + 8);
    if (height !== last) { last = height; window.parent.postMessage({type: "malbild:height", height: height}, "*"); }
  }
  window.addEventListener("load", post);
  if (window.ResizeObserver) { new ResizeObserver(post).observe(document.body); }
})();
(function () {
  // the figure drawn for a phone-wide frame where the frame is that narrow (names above bars, wrapped text)
  var narrow = window.innerWidth < 576 && document.getElementById("figure-data-narrow");
  var data = narrow || document.getElementById("figure-data");
  var target = document.getElementById("chart");
  if (!data || !target || !window.Plotly) { return; }
  var figure = JSON.parse(data.textContent);
  var layout = figure.layout || {};
  // The figure was laid out for `designed` pixels: its margins hold the title, legend and source lines
  // in pixels, while plotly places a title (and a legend below the plot) as a share of the height. So
  // the frame's height is taken as it is, never less than the design (a shorter frame scrolls rather
  // than squeezing bars and names together), and those shares are worked out again for it.
  var designed = layout.height || 450;
  var title = layout.title && layout.title.yref === "container" ? (1 - layout.title.y) * designed : null;
  var legend = layout.legend && layout.legend.yref === "container" ? layout.legend.y * designed : null;
  var caption = document.querySelector(".embed-caption");
  function sized() {
    // the frame less the page's padding (8 px above and below) and the caption line under the chart
    var room = window.innerHeight - 16 - (caption ? caption.offsetHeight + 6 : 0);
    var height = Math.max(designed, Math.floor(room));
    var update = {height: height};
    if (title !== null) { update["title.y"] = 1 - title / height; }
    if (legend !== null) { update["legend.y"] = legend / height; }
    return update;
  }
  var first = sized();
  layout.height = first.height;
  if (title !== null) { layout.title.y = first["title.y"]; }
  if (legend !== null) { layout.legend.y = first["legend.y"]; }
  delete layout.width;
  target.style.height = first.height + "px";
  var config = JSON.parse(target.getAttribute("data-config") || "{}");
  config.responsive = true;
  window.Plotly.newPlot(target, figure.data, layout, config);
  window.addEventListener("resize", function () {
    var update = sized();
    target.style.height = update.height + "px";
    window.Plotly.relayout(target, update);
  });
})();
