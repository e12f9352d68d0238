// Preview only (served by `fiches serve`, never part of the published site): asks the server which
// build last changed this page, and reloads it once a newer one has. The server holds each question
// until this page changes (or a few seconds pass), so the reload follows the rebuild at once; a
// rebuild that changed other pages only leaves this one alone.
(function () {
  'use strict';
  var script = document.currentScript;
  var known = script ? Number(script.getAttribute('data-version')) : NaN;
  // "chemin" last: a path may hold "&".
  var address = '/__live/page?connu=' + (isNaN(known) ? 0 : known) + '&chemin=' + window.location.pathname;
  function poll() {
    var asked = Date.now();
    fetch(address, { cache: 'no-store' })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (text) {
        var version = text === null ? NaN : Number(text.trim());
        if (!isNaN(known) && version > known) {
          window.location.reload();
          return;
        }
        // An answer that did not wait (a busy server) is not asked again at once.
        window.setTimeout(poll, Date.now() - asked < 1000 ? 100 : 0);
      })
      .catch(function () { window.setTimeout(poll, 1000); });
  }
  poll();
}());
