/* Selection page: tick fiches, then print them together. Without this script the page is a plain
   list of links to the fiches and their PDFs. Each chosen fiche's <article> comes from the script its
   list item names (data-script: assets/selection/fiches-<n>.js, twenty fiches each;
   print.SelectionScripts), loaded with a script element because browsers refuse fetch to a site
   opened from disk; the articles are copied into #impression (shown only on
   paper, see print.css), then the browser prints. */
(function () {
  "use strict";
  var root = document.querySelector("[data-selection]");
  var target = document.getElementById("impression");
  if (!root || !target || !window.Promise || !window.DOMParser) {
    return;
  }
  var items = Array.prototype.slice.call(root.querySelectorAll("li[data-fiche]"));
  var storageKey = "pratiques-hlm-selection";

  function saved() {
    try {
      return JSON.parse(window.localStorage.getItem(storageKey) || "[]");
    } catch (e) {
      return [];
    }
  }

  function save() {
    try {
      window.localStorage.setItem(storageKey, JSON.stringify(chosen().map(function (i) { return i.dataset.fiche; })));
    } catch (e) { /* private mode: the choice lasts for this visit only */ }
  }

  function chosen() {
    return items.filter(function (item) { return item.querySelector("input").checked; });
  }

  var remembered = saved();
  items.forEach(function (item) {
    var title = item.querySelector("a").textContent;
    var box = document.createElement("input");
    box.type = "checkbox";
    box.id = "choix-" + item.dataset.fiche;
    box.setAttribute("aria-label", "Choisir « " + title + " »");
    box.checked = remembered.indexOf(item.dataset.fiche) >= 0;
    item.insertBefore(box, item.firstChild);
    item.classList.add("selectable");
  });

  var bar = document.createElement("div");
  bar.className = "selection-bar";
  bar.setAttribute("role", "group");
  bar.setAttribute("aria-label", "Impression de la sélection");
  var status = document.createElement("p");
  status.className = "selection-status";
  status.setAttribute("role", "status");
  var print = button("Imprimer la sélection", printSelection);
  bar.appendChild(status);
  bar.appendChild(print);
  bar.appendChild(button("Tout choisir", function () { setAll(true); }));
  bar.appendChild(button("Tout retirer", function () { setAll(false); }));
  // Above the list, not stuck to the screen: a sticky bar would hide the checkboxes under it.
  root.insertBefore(bar, root.querySelector("h2").nextSibling);

  root.addEventListener("change", function () { save(); update(); });
  update();

  function button(label, action) {
    var b = document.createElement("button");
    b.type = "button";
    b.textContent = label;
    b.addEventListener("click", action);
    return b;
  }

  function setAll(value) {
    items.forEach(function (item) { item.querySelector("input").checked = value; });
    save();
    update();
  }

  function update(message) {
    var n = chosen().length;
    status.textContent = message || (n === 0 ? "Aucune fiche choisie."
        : n === 1 ? "1 fiche choisie." : n + " fiches choisies.");
    print.disabled = n === 0;
  }

  /* Links and images of a fetched fiche are relative to its own address: make them absolute. */
  function absolutize(node, base) {
    [["a", "href"], ["img", "src"]].forEach(function (pair) {
      node.querySelectorAll(pair[0] + "[" + pair[1] + "]").forEach(function (el) {
        el.setAttribute(pair[1], new URL(el.getAttribute(pair[1]), base).href);
      });
    });
  }

  var loaded = window.PRATIQUES_SELECTION = window.PRATIQUES_SELECTION || {};
  var scripts = {};

  /* Resolves once the script holding the fiche's article has run; a script holds twenty fiches
     and is loaded once, however many of them are chosen. */
  function load(item) {
    var slug = item.dataset.fiche;
    var src = item.dataset.script;
    if (loaded[slug]) {
      return Promise.resolve();
    }
    if (!scripts[src]) {
      scripts[src] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = src;
        script.onload = resolve;
        script.onerror = function () { script.remove(); delete scripts[src]; reject(new Error(src)); };
        document.head.appendChild(script);
      });
    }
    return scripts[src].then(function () {
      if (!loaded[slug]) {
        throw new Error(slug);
      }
    });
  }

  function article(item) {
    var html = loaded[item.dataset.fiche];
    var node = new DOMParser().parseFromString(html, "text/html").querySelector("article.fiche");
    absolutize(node, new URL(item.dataset.href, document.baseURI).href);
    return document.importNode(node, true);
  }

  function printSelection() {
    var selected = chosen();
    update("Préparation de " + selected.length + (selected.length === 1 ? " fiche…" : " fiches…"));
    Promise.all(selected.map(load)).then(function () {
      target.textContent = "";
      selected.forEach(function (item) { target.appendChild(article(item)); });
      document.body.classList.add("printing-selection");
      update();
      window.print();
    }).catch(function () {
      update("Les fiches n’ont pas pu être chargées. "
          + "Ouvrez chaque fiche pour l’imprimer, ou utilisez les PDF.");
    });
  }

  window.addEventListener("afterprint", function () {
    document.body.classList.remove("printing-selection");
    target.textContent = "";
  });
}());
