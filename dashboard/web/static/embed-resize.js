// Målbild embeds on another site: fit each Målbild iframe's height to its content.
// Paste after the iframe: <script src="https://MÅLBILD/vendor/embed-resize.js" async></script>.
// The embed page posts {type: "malbild:height", height} to its parent; only messages from the
// origin this script was loaded from, and only for the iframe that sent them, are followed.
(function () {
  var script = document.currentScript;
  var origin = script ? new URL(script.src).origin : null;
  if (!origin || window.__malbildResize) { return; }
  window.__malbildResize = true;
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== "malbild:height") { return; }
    var height = Math.round(Number(data.height));
    if (!(height >= 120 && height <= 5000)) { return; }
    var frames = document.querySelectorAll("iframe[data-malbild-embed]");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) { frames[i].style.height = height + "px"; }
    }
  });
})();
