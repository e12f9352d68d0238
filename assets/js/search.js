/*
 * The search page (recherche.html): results as you type, facets with live counts, state in the URL
 * (?q=...&categorie=...&region=...) so that a search can be shared and the back button works.
 * Needs assets/search-index.js and assets/js/search-engine.js, loaded before it.
 */
(function () {
  "use strict";

  var data = window.PRATIQUES_RECHERCHE;
  var form = document.getElementById("recherche");
  var field = document.getElementById("q");
  var facetBox = document.getElementById("facettes");
  var status = document.getElementById("etat-recherche");
  var list = document.getElementById("resultats");
  if (!form || !field || !facetBox || !status || !list) return;
  form.hidden = false;
  if (!data || !window.PratiquesRecherche) {
    status.textContent = "L'index de recherche n'a pas pu être chargé. Parcourez les fiches par catégorie, région ou partenaire.";
    return;
  }
  var engine = window.PratiquesRecherche.create(data);
  // A split index has parts beside the first script (assets/recherche/), loaded when a query needs them.
  var indexScript = document.querySelector('script[src$="search-index.js"]');
  var partsBase = indexScript ? indexScript.src.replace(/search-index\.js$/, "recherche/") : "";
  var requested = new Set(), failed = false;

  /** Loads parts with script elements (file:// refuses fetch), then calls done once. */
  function load(names, done) {
    var fresh = names.filter(function (name) { return !requested.has(name); });
    if (fresh.length === 0) {
      // Asked before and still missing: the part could not be loaded.
      failed = true;
      status.textContent = "L'index de recherche n'a pas pu être chargé en entier. Parcourez les fiches par catégorie, région ou partenaire.";
      return;
    }
    var waiting = fresh.length;
    fresh.forEach(function (name) {
      requested.add(name);
      var script = document.createElement("script");
      script.src = partsBase + name + ".js";
      script.onload = script.onerror = function () {
        if (--waiting === 0) done();
      };
      document.head.appendChild(script);
    });
  }

  var PAGE = 50;
  var last = null, shown = 0;
  var more = el("button", { type: "button", "class": "search-more", hidden: "" });
  list.parentNode.appendChild(more);
  more.addEventListener("click", function () {
    var first = shown, missing = engine.missingDocs(last.results, shown, shown + PAGE);
    var draw = function () {
      showResults(last, shown + PAGE);
      var link = list.children[first] && list.children[first].querySelector("a");
      if (link) link.focus();
    };
    if (missing.length) load(missing, draw); else draw();
  });
  var state = { q: "", selections: {} };
  var typing = false;

  function readUrl() {
    var params = new URLSearchParams(window.location.search);
    var selections = {};
    data.facets.forEach(function (facet) {
      var ids = facet.values.map(function (v) { return v[0]; });
      // A value repeated in the address (categorie=x&categorie=x) counts once.
      var chosen = params.getAll(facet.id).map(function (id) { return ids.indexOf(id); })
        .filter(function (i, at, all) { return i >= 0 && all.indexOf(i) === at; });
      if (chosen.length) selections[facet.id] = chosen;
    });
    return { q: params.get("q") || "", selections: selections };
  }

  function toUrl(s) {
    var params = new URLSearchParams();
    if (s.q.trim()) params.set("q", s.q.trim());
    data.facets.forEach(function (facet) {
      (s.selections[facet.id] || []).slice().sort(function (a, b) { return a - b; })
        .forEach(function (i) { params.append(facet.id, facet.values[i][0]); });
    });
    var query = params.toString();
    return window.location.pathname + (query ? "?" + query : "");
  }

  /** Typing replaces the current history entry; a new search or a filter change adds one. */
  function saveUrl(push) {
    var url = toUrl(state);
    if (url === window.location.pathname + window.location.search) return;
    try {
      if (push) window.history.pushState(null, "", url); else window.history.replaceState(null, "", url);
    } catch (e) {
      // Some browsers refuse history changes on file:// pages; the search still works.
    }
  }

  function el(name, attributes, text) {
    var node = document.createElement(name);
    Object.keys(attributes || {}).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function buildFacets() {
    var clear = el("button", { type: "button", "class": "facet-clear", hidden: "" }, "Effacer les filtres");
    clear.addEventListener("click", function () {
      state.selections = {};
      run(true);
      field.focus();
    });
    facetBox.appendChild(clear);
    data.facets.forEach(function (facet) {
      var set = el("fieldset", { "data-facet": facet.id });
      set.appendChild(el("legend", {}, facet.label));
      facet.values.forEach(function (value, index) {
        var id = "f-" + facet.id + "-" + value[0];
        var label = el("label", { "for": id });
        var box = el("input", { type: "checkbox", id: id, name: facet.id, value: value[0] });
        box.addEventListener("change", function () {
          var chosen = new Set(state.selections[facet.id] || []);
          if (box.checked) chosen.add(index); else chosen.delete(index);
          state.selections[facet.id] = Array.from(chosen);
          typing = false;
          run(true);
        });
        label.appendChild(box);
        label.appendChild(el("span", { "class": "facet-label" }, value[1]));
        label.appendChild(el("span", { "class": "facet-count" }, ""));
        set.appendChild(label);
      });
      facetBox.appendChild(set);
    });
  }

  function updateFacets(counts) {
    var any = false;
    data.facets.forEach(function (facet) {
      var chosen = new Set(state.selections[facet.id] || []);
      if (chosen.size) any = true;
      var labels = facetBox.querySelectorAll('fieldset[data-facet="' + facet.id + '"] label');
      labels.forEach(function (label, index) {
        var count = counts[facet.id][index];
        label.querySelector("input").checked = chosen.has(index);
        label.querySelector(".facet-count").textContent = String(count);
        label.classList.toggle("facet-empty", count === 0 && !chosen.has(index));
      });
    });
    facetBox.querySelector(".facet-clear").hidden = !any;
    var active = Object.keys(state.selections).reduce(function (n, k) { return n + state.selections[k].length; }, 0);
    if (filters) {
      filters.querySelector("summary").textContent = active ? "Filtres (" + plural(active, "actif", "actifs") + ")" : "Filtres";
    }
  }

  function summary(text, terms) {
    var p = el("p", { "class": "result-summary" });
    engine.highlightParts(text, terms).forEach(function (part) {
      p.appendChild(part[1] ? el("mark", {}, part[0]) : document.createTextNode(part[0]));
    });
    return p;
  }

  function plural(count, one, many) {
    return count + " " + (count === 1 ? one : many);
  }

  /** Shows results up to {@code limit}; the rest waits behind the "more" button, to keep typing fast. */
  function showResults(outcome, limit) {
    var from = list.children.length;
    var to = Math.min(outcome.results.length, limit);
    var fragment = document.createDocumentFragment();
    for (var i = from; i < to; i++) {
      var doc = engine.doc(outcome.results[i].id);
      var item = el("li", { "class": "result" });
      var heading = el("h2");
      heading.appendChild(el("a", { href: doc.u }, doc.t));
      item.appendChild(heading);
      if (outcome.results[i].partial) {
        item.classList.add("result-partial");
        item.appendChild(el("p", { "class": "result-partial-note" }, "Correspondance partielle : " +
          plural(outcome.results[i].matched, "terme", "termes") + " sur " + outcome.units));
      }
      item.appendChild(el("p", { "class": "card-meta" }, doc.p + " · " + doc.d + " · " + doc.c));
      item.appendChild(summary(doc.s, outcome.terms));
      fragment.appendChild(item);
    }
    list.appendChild(fragment);
    var rest = outcome.results.length - to;
    more.hidden = rest <= 0;
    more.textContent = "Afficher " + plural(Math.min(rest, PAGE), "fiche de plus", "fiches de plus") +
      " (" + rest + " en attente)";
    shown = to;
  }

  function render(outcome) {
    last = outcome;
    list.textContent = "";
    showResults(outcome, PAGE);
    var count = outcome.results.length, q = state.q.trim();
    var filtered = Object.keys(state.selections).some(function (k) { return state.selections[k].length; });
    var message;
    if (count === 0) {
      message = "Aucune fiche ne correspond" + (q ? " à « " + q + " »" : "") + (filtered ? " avec ces filtres" : "") +
        ". Essayez un autre mot ou retirez un filtre.";
    } else if (!q) {
      message = plural(count, "fiche", "fiches") + (filtered ? " avec ces filtres" : " au total") + ".";
    } else if (outcome.partial) {
      message = "Aucune fiche ne contient tous les mots de « " + q + " » ; " +
        plural(count, "fiche en contient", "fiches en contiennent") + " une partie" +
        (filtered ? " avec ces filtres" : "") + ".";
    } else {
      message = plural(count, "fiche trouvée", "fiches trouvées") + " pour « " + q + " »" +
        (filtered ? " avec ces filtres" : "") + ".";
    }
    status.textContent = message;
    updateFacets(outcome.counts);
  }

  function run(push) {
    if (failed) return;
    var outcome = engine.search(state.q, state.selections);
    var missing = outcome.missing.length ? outcome.missing : engine.missingDocs(outcome.results, 0, PAGE);
    if (missing.length) {
      // The answer is complete once these parts are there; the query may have changed by then.
      load(missing, function () { run(push); });
      return;
    }
    render(outcome);
    saveUrl(push);
  }

  function restore() {
    state = readUrl();
    field.value = state.q;
    typing = false;
    run(false);
  }

  // On a narrow screen the filters start folded, so that the results come right after the field.
  var filters = document.getElementById("filtres");
  if (filters && window.matchMedia && window.matchMedia("(max-width: 48rem)").matches) filters.open = false;
  buildFacets();
  field.addEventListener("input", function () {
    state.q = field.value;
    var push = !typing;
    typing = true;
    run(push);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    typing = false;
  });
  window.addEventListener("popstate", restore);
  var skip = form.querySelector(".search-skip");
  if (skip) {
    skip.addEventListener("click", function (event) {
      event.preventDefault(); // focus, without a #fragment in the address and the history
      status.focus();
    });
  }
  var header = document.getElementById("recherche-entete");
  restore();
  if (header) header.value = state.q;
  if (state.q) field.focus();
})();
