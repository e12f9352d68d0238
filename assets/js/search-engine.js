/*
 * Search engine of the search page: French analysis, matching, scoring and facet counts over the index
 * that the Java build writes to assets/search-index.js. No DOM here; assets/js/search.js is the page.
 *
 * The analysis mirrors ca.pratiqueshlm.index.search.FrenchAnalyzer and FrenchStemmer exactly: the
 * browser tests compare both on a word list. docs/SEARCH.md describes the scoring.
 */
(function (global) {
  "use strict";

  var STOP_WORDS = new Set(("a au aux avec c ce ces cet cette d dans de des du elle elles en est et il ils j jusqu " +
    "l la le les leur leurs lorsqu m n ne ni nos notre nous on ont ou par pas pour puisqu qu que qui s sa se ses " +
    "son sont sur t un une y").split(" "));
  var SUFFIXES = ["issement", "atrice", "ateur", "ation", "ative", "ement",
    "atif", "ment", "ance", "ence", "ique", "iste", "isme", "able", "ible", "euse", "iere", "tion",
    "age", "ite", "eur", "ier", "ive", "ion", "ant", "ee", "er", "if", "e"];
  var MIN_STEM = 4;
  var EXACT = 1, PREFIX = 0.6, TYPO = 0.5;
  var MIN_TYPO_LENGTH = 5;
  var MAX_EXPANSIONS = 60;

  function fold(text) {
    return String(text).toLowerCase().replace(/œ/g, "oe").replace(/æ/g, "ae")
      .normalize("NFD").replace(/\p{M}+/gu, "");
  }

  function words(text) {
    return fold(text).split(/[^a-z0-9]+/).filter(function (w) { return w.length > 0; });
  }

  function stem(word) {
    if (word.length <= MIN_STEM || !/^[a-z]+$/.test(word)) {
      return word;
    }
    var w = word;
    if (w.endsWith("aux") && w.length > 4) {
      w = w.slice(0, -3) + "al";
    } else if ((w.endsWith("s") && !w.endsWith("ss")) || w.endsWith("x")) {
      w = w.slice(0, -1);
    }
    for (var i = 0; i < SUFFIXES.length; i++) {
      var suffix = SUFFIXES[i];
      if (w.endsWith(suffix) && w.length - suffix.length >= MIN_STEM) {
        return w.slice(0, w.length - suffix.length);
      }
    }
    return w;
  }

  function terms(text) {
    return words(text).filter(function (w) { return !STOP_WORDS.has(w); }).map(stem);
  }

  /** True when a and b differ by at most one edit (insertion, deletion, substitution, swap of neighbours). */
  function withinOneEdit(a, b) {
    var la = a.length, lb = b.length;
    if (la - lb > 1 || lb - la > 1) return false;
    var i = 0;
    while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
    if (i === la && i === lb) return true;
    if (la === lb) {
      // A substitution at i, or a swap of i and i + 1.
      var from = sameFrom(a, b, i + 1, i + 1) ? -1 : i + 2;
      if (from < 0) return true;
      return i + 1 < la && a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) &&
        sameFrom(a, b, from, from);
    }
    return la > lb ? sameFrom(a, b, i + 1, i) : sameFrom(a, b, i, i + 1);
  }

  /** a from index i equals b from index j (no substrings: this runs over the whole vocabulary). */
  function sameFrom(a, b, i, j) {
    if (a.length - i !== b.length - j) return false;
    for (; i < a.length; i++, j++) {
      if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
    }
    return true;
  }


  function Engine(data) {
    this.data = data;
    this.docs = data.docs;
    this.facets = data.facets;
    this.vocabulary = Object.keys(data.terms).sort();
    this.byLength = [];
    for (var i = 0; i < this.vocabulary.length; i++) {
      var length = this.vocabulary[i].length;
      (this.byLength[length] = this.byLength[length] || []).push(this.vocabulary[i]);
    }
    this.cache = new Map();
    this.expansions = new Map();
    // Alphabetical order of titles, computed once: collating at every keystroke is too slow.
    var collator = new Intl.Collator("fr-CA");
    var order = this.docs.map(function (d, index) { return index; });
    var docs = this.docs;
    order.sort(function (a, b) { return collator.compare(docs[a].t, docs[b].t) || a - b; });
    this.titleRank = new Int32Array(order.length);
    for (var r = 0; r < order.length; r++) this.titleRank[order[r]] = r;
  }

  /** Doc ids and weights of a term, decoded from [first doc, weight, gap, weight, ...]. */
  Engine.prototype.postings = function (term) {
    var hit = this.cache.get(term);
    if (hit) return hit;
    var coded = this.data.terms[term];
    var docs = new Int32Array(coded.length / 2), weights = new Int32Array(coded.length / 2);
    var doc = 0;
    for (var k = 0; k < coded.length; k += 2) {
      doc += coded[k];
      docs[k / 2] = doc;
      weights[k / 2] = coded[k + 1];
    }
    var entry = { docs: docs, weights: weights, idf: Math.log(1 + this.docs.length / docs.length) };
    this.cache.set(term, entry);
    return entry;
  };

  /**
   * Index terms a query word matches, each with its factor: exact stem, stem as a prefix (only for the
   * word being typed), one typo.
   */
  Engine.prototype.expand = function (word, typing) {
    // While a reader types, the words before the last one come back at every keystroke.
    var key = (typing ? "+" : "=") + word;
    var known = this.expansions.get(key);
    if (known) return known;
    if (this.expansions.size > 1000) this.expansions.clear();
    var s = stem(word), found = new Map(), vocabulary = this.vocabulary;
    if (Object.prototype.hasOwnProperty.call(this.data.terms, s)) found.set(s, EXACT);
    var lo = 0, hi = vocabulary.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (vocabulary[mid] < s) lo = mid + 1; else hi = mid;
    }
    var prefixes = [];
    for (var i = lo; typing && i < vocabulary.length && vocabulary[i].startsWith(s); i++) {
      if (vocabulary[i] !== s) prefixes.push(vocabulary[i]);
    }
    if (prefixes.length > MAX_EXPANSIONS) {
      // A short prefix: keep the most common completions, the ones a reader most likely means.
      var self = this;
      prefixes.sort(function (a, b) { return self.data.terms[b].length - self.data.terms[a].length || (a < b ? -1 : 1); });
      prefixes.length = MAX_EXPANSIONS;
    }
    prefixes.forEach(function (t) { found.set(t, PREFIX); });
    // One typo, in words and stems of five letters or more: shorter ones have too many neighbours.
    if (word.length >= MIN_TYPO_LENGTH && s.length >= MIN_TYPO_LENGTH && /^[a-z]+$/.test(word)) {
      for (var length = s.length - 1; length <= s.length + 1; length++) {
        var candidates = this.byLength[length] || [];
        for (var j = 0; j < candidates.length; j++) {
          var t = candidates[j];
          if (!found.has(t) && withinOneEdit(s, t)) found.set(t, TYPO);
        }
      }
    }
    this.expansions.set(key, found);
    return found;
  };

  /**
   * Runs a query with facet selections ({facetId: [valueIndex...]}). Returns the ranked results, the
   * count of each facet value given the query and the other facets, and the matched terms for highlights.
   */
  Engine.prototype.search = function (query, selections) {
    selections = selections || {};
    var self = this, n = this.docs.length;
    var queryWords = words(query).filter(function (w) { return !STOP_WORDS.has(w); });
    // The last word is still being typed unless a space or a sign follows it: only it matches as a prefix.
    var open = /[\p{L}\p{N}]$/u.test(query);
    var scores = new Float64Array(n), matched = new Int32Array(n), highlight = new Set();
    queryWords.forEach(function (word, position) {
      var best = new Float64Array(n);
      self.expand(word, open && position === queryWords.length - 1).forEach(function (factor, term) {
        highlight.add(term);
        var p = self.postings(term);
        for (var k = 0; k < p.docs.length; k++) {
          var value = factor * p.idf * p.weights[k];
          if (value > best[p.docs[k]]) best[p.docs[k]] = value;
        }
      });
      for (var d = 0; d < n; d++) {
        if (best[d] > 0) {
          scores[d] += best[d];
          matched[d]++;
        }
      }
    });
    var required = 0;
    if (queryWords.length > 0) {
      // Every word if some fiche has them all; otherwise as many as any fiche has.
      for (var d = 0; d < n; d++) required = Math.max(required, matched[d]);
      if (required === 0) required = 1;
    }
    var textMatch = function (d) { return matched[d] >= required; };
    var facetIds = this.facets.map(function (f) { return f.id; });
    var chosen = facetIds.map(function (id) { return new Set(selections[id] || []); });
    var passes = function (doc, k) {
      if (chosen[k].size === 0) return true;
      var values = doc.f[k];
      for (var i = 0; i < values.length; i++) if (chosen[k].has(values[i])) return true;
      return false;
    };
    var counts = {};
    this.facets.forEach(function (f) { counts[f.id] = new Array(f.values.length).fill(0); });
    var results = [];
    for (var doc = 0; doc < n; doc++) {
      if (!textMatch(doc)) continue;
      var entry = this.docs[doc], failed = -1, failures = 0;
      for (var k = 0; k < chosen.length; k++) {
        if (!passes(entry, k)) { failures++; failed = k; }
      }
      if (failures === 0) {
        results.push({ doc: entry, id: doc, score: scores[doc] });
        for (var k2 = 0; k2 < chosen.length; k2++) {
          entry.f[k2].forEach(function (v) { counts[facetIds[k2]][v]++; });
        }
      } else if (failures === 1) {
        // Counts of a facet ignore its own selection, so they show what checking a value would add.
        entry.f[failed].forEach(function (v) { counts[facetIds[failed]][v]++; });
      }
    }
    var rank = this.titleRank;
    // Best score first; ties (and every fiche, without words) in title order.
    results.sort(function (a, b) { return b.score - a.score || rank[a.id] - rank[b.id]; });
    return { results: results, counts: counts, terms: highlight, words: queryWords };
  };

  /** Splits text into [text, isMatch] pieces: words whose stem was matched are marked. */
  function highlightParts(text, matchedTerms) {
    var parts = [], re = /[\p{L}\p{N}]+/gu, last = 0, m;
    while ((m = re.exec(text)) !== null) {
      var w = words(m[0])[0];
      if (w && !STOP_WORDS.has(w) && matchedTerms.has(stem(w))) {
        if (m.index > last) parts.push([text.slice(last, m.index), false]);
        parts.push([m[0], true]);
        last = m.index + m[0].length;
      }
    }
    if (last < text.length) parts.push([text.slice(last), false]);
    return parts;
  }

  global.PratiquesRecherche = {
    fold: fold, words: words, stem: stem, terms: terms, withinOneEdit: withinOneEdit,
    highlightParts: highlightParts,
    create: function (data) { return new Engine(data); }
  };
})(typeof window !== "undefined" ? window : globalThis);
