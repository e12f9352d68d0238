// Preview only (served by `fiches serve`, never part of the published site): asks the server ten
// times a second which build last changed this page, and reloads it once a newer one has. A rebuild
// that changed other pages only leaves this one alone.
(function () {
  'use strict';
  var script = document.currentScript;
  var known = script ? Number(script.getAttribute('data-version')) : NaN;
  var address = '/__live/page?chemin=' + window.location.pathname;
  var delay = 100;
  function poll() {
    fetch(address, { cache: 'no-store' })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (text) {
        var version = text === null ? NaN : Number(text.trim());
        if (!isNaN(known) && version > known) {
          window.location.reload();
          return;
        }
        window.setTimeout(poll, delay);
      })
      .catch(function () { window.setTimeout(poll, 1000); });
  }
  poll();
}());
