/* Selection page: tick fiches, then print them together. Without this script the page is a plain
   list of links to the fiches and their PDFs. The chosen fiches are fetched from the site, their
   <article> copied into #impression (shown only on paper, see print.css), then the browser prints. */
(function () {
  "use strict";
  var root = document.querySelector("[data-selection]");
  var target = document.getElementById("impression");
  if (!root || !target || !window.fetch || !window.DOMParser) {
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

  function printSelection() {
    var selected = chosen();
    update("Préparation de " + selected.length + (selected.length === 1 ? " fiche…" : " fiches…"));
    Promise.all(selected.map(function (item) {
      var url = new URL(item.dataset.href, document.baseURI).href;
      return fetch(url).then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.text();
      }).then(function (html) {
        var article = new DOMParser().parseFromString(html, "text/html").querySelector("article.fiche");
        absolutize(article, url);
        return document.importNode(article, true);
      });
    })).then(function (articles) {
      target.textContent = "";
      articles.forEach(function (article) { target.appendChild(article); });
      document.body.classList.add("printing-selection");
      update();
      window.print();
    }).catch(function () {
      update("Les fiches n’ont pas pu être chargées (site ouvert depuis un fichier ?). "
          + "Ouvrez chaque fiche pour l’imprimer, ou utilisez les PDF.");
    });
  }

  window.addEventListener("afterprint", function () {
    document.body.classList.remove("printing-selection");
    target.textContent = "";
  });
}());
