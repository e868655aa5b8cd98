// Loaded by embed pages only (/embed/...; prerender adds it). Inside another
// site's frame, tells the host page how tall the view is whenever that
// changes, so the host can size the frame to fit (the <iframe> code from
// "Embed this view" does). The message type must equal HEIGHT_MESSAGE in
// src/query/embed.rs.
(function () {
  if (window.parent === window) return;
  var last = -1;
  function report() {
    var body = document.body;
    if (!body) return;
    var style = getComputedStyle(body);
    var height = Math.ceil(body.getBoundingClientRect().height +
      parseFloat(style.marginTop) + parseFloat(style.marginBottom));
    if (height === last) return;
    last = height;
    window.parent.postMessage(
      { type: 'vienna-process-explorer:height', height: height, href: location.href }, '*');
  }
  function start() {
    report();
    if ('ResizeObserver' in window) new ResizeObserver(report).observe(document.body);
    else addEventListener('resize', report);
  }
  if (document.body) start(); else addEventListener('DOMContentLoaded', start);
})();
