// Preview only (served by `fiches serve`, never part of the published site): asks the server
// for its build version every second and reloads the page once a rebuild has happened.
(function () {
  'use strict';
  var script = document.currentScript;
  var known = script ? script.getAttribute('data-version') : null;
  function poll() {
    fetch('/__live/version', { cache: 'no-store' })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (version) {
        if (version === null) { window.setTimeout(poll, 1000); return; }
        if (known !== null && version.trim() !== known) {
          window.location.reload();
          return;
        }
        known = version.trim();
        window.setTimeout(poll, 1000);
      })
      .catch(function () { window.setTimeout(poll, 1000); });
  }
  poll();
}());
