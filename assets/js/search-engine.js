/*
 * Search engine of the search page: analysis, matching, scoring and facet counts over the index that the
 * Java build writes (assets/search-index.js). No DOM here; assets/js/search.js is the page.
 *
 * Only the algorithm lives here. The analyser's settings (function words, suffixes, ligatures, minimum
 * stem), the match factors and limits, and the synonym groups come with the index, written by the Java
 * build from the classes that analyse the fiches (FrenchAnalyzer, FrenchStemmer, Matching): one source
 * of truth. ca.pratiqueshlm.index.search.SearchEngine is the same scoring in Java; the browser tests
 * check that both rank alike. docs/SEARCH.md describes the scoring.
 */
(function (global) {
  "use strict";

  function Analyzer(settings) {
    this.stop = new Set(settings.stop);
    this.suffixes = settings.suffixes;
    this.minStem = settings.minStem;
    this.ligatures = settings.ligatures;
  }

  Analyzer.prototype.fold = function (text) {
    var lower = String(text).toLowerCase();
    this.ligatures.forEach(function (pair) { lower = lower.split(pair[0]).join(pair[1]); });
    return lower.normalize("NFD").replace(/\p{M}+/gu, "");
  };

  Analyzer.prototype.words = function (text) {
    return this.fold(text).split(/[^a-z0-9]+/).filter(function (w) { return w.length > 0; });
  };

  Analyzer.prototype.stem = function (word) {
    if (word.length <= this.minStem || !/^[a-z]+$/.test(word)) return word;
    var w = word;
    if (w.endsWith("aux") && w.length > 4) {
      w = w.slice(0, -3) + "al";
    } else if ((w.endsWith("s") && !w.endsWith("ss")) || w.endsWith("x")) {
      w = w.slice(0, -1);
    }
    for (var i = 0; i < this.suffixes.length; i++) {
      var suffix = this.suffixes[i];
      if (w.endsWith(suffix) && w.length - suffix.length >= this.minStem) return w.slice(0, w.length - suffix.length);
    }
    return w;
  };

  /** Words that are not function words. */
  Analyzer.prototype.keptWords = function (text) {
    var stop = this.stop;
    return this.words(text).filter(function (w) { return !stop.has(w); });
  };

  Analyzer.prototype.terms = function (text) {
    return this.keptWords(text).map(this.stem, this);
  };

  /**
   * Edit distance (insertions, deletions, substitutions, swaps of neighbours) if it is at most max,
   * else max + 1. Rows are reused: this runs over a large part of the vocabulary.
   */
  function distance(a, b, max, rows) {
    var la = a.length, lb = b.length;
    if (Math.abs(la - lb) > max) return max + 1;
    var prev2 = rows[0], prev = rows[1], cur = rows[2];
    for (var j = 0; j <= lb; j++) prev[j] = j;
    for (var i = 1; i <= la; i++) {
      cur[0] = i;
      var low = i;
      for (j = 1; j <= lb; j++) {
        var cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
        var v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        cur[j] = v;
        if (v < low) low = v;
      }
      if (low > max) return max + 1;
      var t = prev2; prev2 = prev; prev = cur; cur = t;
    }
    return prev[lb];
  }

  var hasOwn = function (o, k) { return Object.prototype.hasOwnProperty.call(o, k); };

  /**
   * Where the index data is: all in the first script, or split into parts (assets/recherche/*.js) that
   * the page loads when a query needs them. What a query needed and did not find is in {@code missing}.
   */
  function Store(data) {
    this.data = data;
    this.parts = data.parts || null;
    this.n = this.parts ? this.parts.n : data.docs.length;
    this.vocabularies = new Map();
    this.missing = new Set();
  }

  Store.prototype.part = function (name) {
    var all = global.PRATIQUES_RECHERCHE_PARTIES, value = all && all[name];
    if (value === undefined) this.missing.add(name);
    return value;
  };

  /** A term's coded postings, or undefined. */
  Store.prototype.postings = function (term) {
    if (!this.parts) return hasOwn(this.data.terms, term) ? this.data.terms[term] : undefined;
    var firsts = this.parts.t, lo = 0, hi = firsts.length - 1;
    if (firsts.length === 0 || term < firsts[0]) return undefined;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (firsts[mid] <= term) lo = mid; else hi = mid - 1;
    }
    var part = this.part("t" + lo);
    return part && hasOwn(part, term) ? part[term] : undefined;
  };

  /** The single-word terms that start with a letter: sorted, by length, and their document counts. */
  Store.prototype.vocabulary = function (letter) {
    var known = this.vocabularies.get(letter);
    if (known) return known;
    var df = {};
    if (!this.parts) {
      var terms = this.data.terms;
      Object.keys(terms).forEach(function (t) {
        if (t.charAt(0) === letter && t.indexOf(" ") < 0) df[t] = terms[t].length / 2;
      });
    } else if (this.parts.letters.indexOf(letter) >= 0) {
      df = this.part("v" + letter);
      if (!df) return null;
    }
    var sorted = Object.keys(df).sort(), byLength = [];
    sorted.forEach(function (t) { (byLength[t.length] = byLength[t.length] || []).push(t); });
    var vocabulary = { sorted: sorted, byLength: byLength, df: df };
    this.vocabularies.set(letter, vocabulary);
    return vocabulary;
  };

  /** What results show of a fiche (title, address, place, category, period, summary), or null. */
  Store.prototype.doc = function (id) {
    if (!this.parts) return this.data.docs[id];
    var group = this.part("d" + Math.floor(id / this.parts.d));
    return group ? group[id % this.parts.d] : null;
  };

  function Engine(data) {
    this.analyzer = new Analyzer(data.a);
    this.m = data.m;
    this.store = new Store(data);
    this.n = this.store.n;
    this.facets = data.facets;
    this.facetValues = data.fv;
    this.groups = data.syn;
    this.groupOf = new Map();
    this.longest = 1;
    var self = this;
    data.syn.forEach(function (group, g) {
      group.forEach(function (member) {
        self.groupOf.set(member, g);
        self.longest = Math.max(self.longest, member.split(" ").length);
      });
    });
    this.cache = new Map();
    this.expansions = new Map();
    this.rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];
  }

  Engine.prototype.has = function (term) {
    return this.store.postings(term) !== undefined;
  };

  /** A fiche's result data, or null until its part is loaded (then it is in search()'s missing). */
  Engine.prototype.doc = function (id) {
    return this.store.doc(id);
  };

  /** The parts to load before the results from..to can be shown. */
  Engine.prototype.missingDocs = function (results, from, to) {
    this.store.missing = new Set();
    for (var i = from; i < Math.min(to, results.length); i++) this.store.doc(results[i].id);
    return Array.from(this.store.missing);
  };

  /** Doc ids and weights of a term, decoded from [first doc, weight, gap, weight, ...]. */
  Engine.prototype.postings = function (term) {
    var hit = this.cache.get(term);
    if (hit) return hit;
    var coded = this.store.postings(term);
    if (coded === undefined) return null;
    var docs = new Int32Array(coded.length / 2), weights = new Int32Array(coded.length / 2);
    var doc = 0;
    for (var k = 0; k < coded.length; k += 2) {
      doc += coded[k];
      docs[k / 2] = doc;
      weights[k / 2] = coded[k + 1];
    }
    var entry = { docs: docs, weights: weights, idf: Math.log(1 + this.n / docs.length) };
    this.cache.set(term, entry);
    return entry;
  };

  /**
   * Index terms a query word matches, each with its factor: its stem; completions while it is typed,
   * from three letters; and only when the stem is no index term (nor a prefix of one, while typed), near
   * spellings with the same first letter: one edit from five letters, two from eight if nothing is one
   * edit away. A split index loads the vocabulary by first letter, hence that rule.
   */
  Engine.prototype.expand = function (word, typing) {
    var key = (typing ? "+" : "=") + word;
    var known = this.expansions.get(key);
    if (known) return known;
    if (this.expansions.size > 1000) this.expansions.clear();
    var m = this.m, s = this.analyzer.stem(word), found = new Map(), missingBefore = this.store.missing.size;
    if (this.has(s)) found.set(s, m.exact);
    var vocabulary = typing && s.length >= m.minPrefix ? this.store.vocabulary(s.charAt(0)) : null;
    if (vocabulary) {
      var sorted = vocabulary.sorted, lo = 0, hi = sorted.length;
      while (lo < hi) {
        var mid = (lo + hi) >> 1;
        if (sorted[mid] < s) lo = mid + 1; else hi = mid;
      }
      var prefixes = [];
      for (var i = lo; i < sorted.length && sorted[i].startsWith(s); i++) {
        if (sorted[i] !== s) prefixes.push(sorted[i]);
      }
      if (prefixes.length > m.maxExpansions) {
        // A short prefix: keep the most common completions, the ones a reader most likely means.
        var df = vocabulary.df;
        prefixes.sort(function (a, b) { return df[b] - df[a] || (a < b ? -1 : 1); });
        prefixes.length = m.maxExpansions;
      }
      prefixes.forEach(function (t) { found.set(t, m.prefix); });
    }
    // Near spellings only once the stem's own part is there: a stem whose part is still loading may well
    // be an index term, and its letter's vocabulary would be loaded for nothing.
    if (found.size === 0 && this.store.missing.size === missingBefore && word.length >= m.minTypo &&
        s.length >= m.minTypo && /^[a-z]+$/.test(word)) {
      var near = this.store.vocabulary(s.charAt(0));
      if (near) {
        this.nearTerms(near.byLength, s, 1, m.typo, found);
        if (found.size === 0 && s.length >= m.minTypo2) this.nearTerms(near.byLength, s, 2, m.typo2, found);
      }
    }
    // An answer given while a part was missing is redone once the part is there.
    if (this.store.missing.size === missingBefore) this.expansions.set(key, found);
    return found;
  };

  Engine.prototype.nearTerms = function (byLength, s, edits, factor, found) {
    if (this.rows[0].length <= s.length + edits) {
      var size = s.length + edits + 1;
      this.rows = [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
    }
    for (var length = s.length - edits; length <= s.length + edits; length++) {
      var candidates = byLength[length] || [];
      for (var j = 0; j < candidates.length; j++) {
        if (distance(s, candidates[j], edits, this.rows) <= edits) found.set(candidates[j], factor);
      }
    }
  };

  /**
   * Splits the query's stems into units: a run of stems that is a synonym ("habit loyer modiqu") is
   * one unit, the longest first; every other stem is its own unit.
   */
  Engine.prototype.units = function (words) {
    var stems = words.map(this.analyzer.stem, this.analyzer), units = [];
    for (var i = 0; i < words.length;) {
      var to = i + 1, group = -1;
      for (var k = Math.min(this.longest, words.length - i); k >= 1; k--) {
        var phrase = stems.slice(i, i + k).join(" ");
        if (this.groupOf.has(phrase)) { to = i + k; group = this.groupOf.get(phrase); break; }
      }
      units.push({ from: i, to: to, phrase: stems.slice(i, to).join(" "), group: group });
      i = to;
    }
    return units;
  };

  /** Per fiche, the best factor × idf × weight over some terms and their factors. */
  Engine.prototype.best = function (termFactors, n, highlight) {
    var best = new Float64Array(n), self = this;
    termFactors.forEach(function (factor, term) {
      var p = self.postings(term);
      if (!p) return;
      term.split(" ").forEach(function (t) { highlight.add(t); });
      for (var k = 0; k < p.docs.length; k++) {
        var value = factor * p.idf * p.weights[k];
        if (value > best[p.docs[k]]) best[p.docs[k]] = value;
      }
    });
    return best;
  };

  /**
   * A unit's score per fiche: its words as typed (each word's best, summed, if every word is there) or,
   * if better, the synonym phrase itself (exact) or another member of its group (a little less).
   */
  Engine.prototype.unitScores = function (unit, words, open, highlight) {
    var n = this.n, scores = new Float64Array(n), hits = new Int32Array(n), self = this;
    for (var w = unit.from; w < unit.to; w++) {
      var best = this.best(this.expand(words[w], open && w === words.length - 1), n, highlight);
      for (var d = 0; d < n; d++) {
        if (best[d] > 0) { scores[d] += best[d]; hits[d]++; }
      }
    }
    var size = unit.to - unit.from;
    for (var d2 = 0; d2 < n; d2++) if (hits[d2] < size) scores[d2] = 0;
    if (unit.group >= 0) {
      var alternatives = new Map();
      this.groups[unit.group].forEach(function (member) {
        alternatives.set(member, member === unit.phrase ? self.m.exact : self.m.synonym);
      });
      var synonym = this.best(alternatives, n, highlight);
      for (var d3 = 0; d3 < n; d3++) if (synonym[d3] > scores[d3]) scores[d3] = synonym[d3];
    }
    return scores;
  };

  /**
   * Runs a query with facet selections ({facetId: [valueIndex...]}). Returns the ranked results, the
   * count of each facet value given the query and the other facets, and the matched terms for highlights.
   * A fiche must match every unit if some fiche does; otherwise the fiches matching most units come
   * first, marked partial. With a split index, {@code missing} names the parts to load before the
   * answer is complete (then run it again).
   */
  Engine.prototype.search = function (query, selections) {
    selections = selections || {};
    var self = this, n = this.n;
    this.store.missing = new Set();
    var words = this.analyzer.keptWords(query);
    // The last word is still being typed unless a space or a sign follows it: only it matches as a prefix.
    var open = /[\p{L}\p{N}]$/u.test(query);
    var units = this.units(words);
    var scores = new Float64Array(n), matched = new Int32Array(n), highlight = new Set();
    units.forEach(function (unit) {
      var unitScores = self.unitScores(unit, words, open, highlight);
      for (var d = 0; d < n; d++) {
        if (unitScores[d] > 0) { scores[d] += unitScores[d]; matched[d]++; }
      }
    });
    var most = 0;
    for (var d = 0; d < n; d++) most = Math.max(most, matched[d]);
    var partial = units.length > 0 && most < units.length;
    var textMatch = function (doc) { return units.length === 0 || matched[doc] >= (partial ? 1 : units.length); };
    var facetIds = this.facets.map(function (f) { return f.id; });
    var chosen = facetIds.map(function (id) { return new Set(selections[id] || []); });
    var facetValues = this.facetValues;
    var passes = function (doc, k) {
      if (chosen[k].size === 0) return true;
      var values = facetValues[doc][k];
      for (var i = 0; i < values.length; i++) if (chosen[k].has(values[i])) return true;
      return false;
    };
    var counts = {};
    this.facets.forEach(function (f) { counts[f.id] = new Array(f.values.length).fill(0); });
    var results = [];
    for (var doc = 0; doc < n; doc++) {
      if (!textMatch(doc)) continue;
      var values = facetValues[doc], failed = -1, failures = 0;
      for (var k = 0; k < chosen.length; k++) {
        if (!passes(doc, k)) { failures++; failed = k; }
      }
      if (failures === 0) {
        results.push({ id: doc, score: scores[doc], matched: matched[doc], partial: matched[doc] < units.length });
        for (var k2 = 0; k2 < chosen.length; k2++) {
          values[k2].forEach(function (v) { counts[facetIds[k2]][v]++; });
        }
      } else if (failures === 1) {
        // Counts of a facet ignore its own selection, so they show what checking a value would add.
        values[failed].forEach(function (v) { counts[facetIds[failed]][v]++; });
      }
    }
    // Most units first, then best score; ties (and every fiche, without words) in title order, which
    // is the order of the fiches in the index.
    results.sort(function (a, b) { return b.matched - a.matched || b.score - a.score || a.id - b.id; });
    return { results: results, counts: counts, terms: highlight, words: words, units: units.length, partial: partial,
      missing: Array.from(this.store.missing) };
  };

  /** Splits text into [text, isMatch] pieces: words whose stem was matched are marked. */
  Engine.prototype.highlightParts = function (text, matchedTerms) {
    var parts = [], re = /[\p{L}\p{N}]+/gu, last = 0, m, analyzer = this.analyzer;
    while ((m = re.exec(text)) !== null) {
      var w = analyzer.words(m[0])[0];
      if (w && !analyzer.stop.has(w) && matchedTerms.has(analyzer.stem(w))) {
        if (m.index > last) parts.push([text.slice(last, m.index), false]);
        parts.push([m[0], true]);
        last = m.index + m[0].length;
      }
    }
    if (last < text.length) parts.push([text.slice(last), false]);
    return parts;
  };

  global.PratiquesRecherche = {
    distance: function (a, b, max) {
      var size = Math.max(a.length, b.length) + 1;
      return distance(a, b, max, [new Int32Array(size), new Int32Array(size), new Int32Array(size)]);
    },
    create: function (data) { return new Engine(data); }
  };
})(typeof window !== "undefined" ? window : globalThis);
