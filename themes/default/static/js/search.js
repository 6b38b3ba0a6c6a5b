// Search without a server, in small files: the manifest (tim-kiem/chi-muc.js), one shard per
// syllable typed (t/N.js, which also holds the syllables that follow each one, for ranking words
// side by side), then the files of the results shown (d/N.js). Each is a script calling
// BANTIN_SEARCH_LOADED, so that it also works from the disk. Text is cut into syllables by the
// same rules as the site's builder (VietnameseFolding): NFD, lower case, "1.010" as 1010, each
// syllable folded (no marks, đ Đ Ð Ɖ as d) and exact (its tone mark moved to its end: hòa and
// hoà alike).
(function () {
  "use strict";
  var MARK = /\p{M}/u, WORD = /[\p{L}\p{N}\p{M}]/u, DIGIT = /[0-9]/, TONE = /[\u0300\u0301\u0303\u0309\u0323]/;
  var D_LIKE = "\u0111\u0110\u00d0\u00f0\u0189\u0256";
  var DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  var PAGE = 20, MAX_LENGTH = 200, MAX_SHARDS = 4;

  function token(run) {
    var folded = "", exact = "", tone = "";
    run.forEach(function (c) {
      if (D_LIKE.indexOf(c) >= 0) { folded += "d"; exact += "\u0111"; }
      else if (MARK.test(c)) { if (TONE.test(c)) { if (!tone) tone = c; } else exact += c; }
      else { folded += c; exact += c; }
    });
    return folded ? { folded: folded, exact: (exact + tone).normalize("NFC") } : null;
  }

  function tokens(text) {
    var chars = Array.from(text.normalize("NFD").toLowerCase().normalize("NFD"));
    var found = [], run = [];
    function close() {
      var t = run.length ? token(run) : null;
      if (t) found.push(t);
      run = [];
    }
    chars.forEach(function (c, i) {
      if (WORD.test(c)) run.push(c);
      else if ((c === "." || c === ",") && run.length && DIGIT.test(run[run.length - 1]) && i + 1 < chars.length && DIGIT.test(chars[i + 1])) return;
      else close();
    });
    close();
    return found;
  }

  var DIGIT_VALUE = {};
  for (var d = 0; d < DIGITS.length; d++) DIGIT_VALUE[DIGITS.charAt(d)] = d;

  // The places of a list written by PostingList.encode, in a universe of `count`: gaps in base
  // 32 (a digit of the upper half says more follow), "!" and the gaps of the places missing, or
  // "~" and a bitmap.
  function decodeList(text, count) {
    var out = [], i, b, value = 0, previous = -1;
    if (!text) return out;
    if (text.charAt(0) === "~") {
      for (i = 1; i < text.length; i++) {
        var bits = DIGIT_VALUE[text.charAt(i)];
        for (b = 0; b < 6; b++) if (bits & (1 << b)) out.push((i - 1) * 6 + b);
      }
      return out;
    }
    var complement = text.charAt(0) === "!";
    for (i = complement ? 1 : 0; i < text.length; i++) {
      var digit = DIGIT_VALUE[text.charAt(i)];
      value = value * 32 + (digit & 31);
      if (digit < 32) { previous += value + 1; out.push(previous); value = 0; }
    }
    if (!complement) return out;
    var all = [], j = 0;
    for (i = 0; i < count; i++) { if (j < out.length && out[j] === i) j++; else all.push(i); }
    return all;
  }

  window.BantinSearch = { tokens: tokens, decodeList: decodeList };
  var script = document.currentScript;
  var list = document.getElementById("search-results");
  if (!list || !script) return;
  var root = script.getAttribute("data-root") || "";
  var input = document.getElementById("q");
  var status = document.getElementById("search-status");
  var more = document.getElementById("search-more");
  var text = list.dataset;
  var loaded = {}, waiting = {};

  window.BANTIN_SEARCH_LOADED = function (name, data) { loaded[name] = data; };

  function load(name) {
    if (loaded.hasOwnProperty(name)) return Promise.resolve(loaded[name]);
    if (!waiting[name]) {
      waiting[name] = new Promise(function (resolve, reject) {
        var element = document.createElement("script");
        element.src = root + "tim-kiem/" + name + ".js";
        element.onload = function () { loaded.hasOwnProperty(name) ? resolve(loaded[name]) : reject(new Error(name)); };
        element.onerror = function () { delete waiting[name]; reject(new Error(name)); };
        document.head.appendChild(element);
      });
    }
    return waiting[name];
  }

  // The shards whose keys may start with `key` (prefix) or be `key`.
  function shards(firsts, key, prefix) {
    var low = 0;
    for (var i = 0; i < firsts.length; i++) if (firsts[i] <= key) low = i;
    var high = low;
    if (prefix) for (i = low + 1; i < firsts.length && firsts[i] <= key + "\uffff"; i++) high = i;
    var found = [];
    for (i = low; i <= high; i++) found.push(i);
    return found;
  }

  function entries(indices, key, prefix) {
    var out = [];
    indices.forEach(function (i) {
      var shard = loaded["t/" + i] || {};
      Object.keys(shard).forEach(function (k) {
        if (prefix ? k.indexOf(key) === 0 : k === key) out.push([k, shard[k]]);
      });
    });
    return out;
  }

  // Articles ranked: syllables side by side, exact diacritics, in the title, then newer. An
  // entry is [articles, title, spellings, following syllables]; all but the first are places
  // in the first.
  function rank(manifest, query, typing) {
    var plan = query.map(function (t, position) {
      var prefix = typing && position === query.length - 1;
      var termShards = shards(manifest.t, t.folded, prefix);
      if (termShards.length > MAX_SHARDS) { prefix = false; termShards = shards(manifest.t, t.folded, false); }
      return { token: t, prefix: prefix, terms: termShards };
    });
    var names = [];
    plan.forEach(function (p) { p.terms.forEach(function (i) { if (names.indexOf("t/" + i) < 0) names.push("t/" + i); }); });
    return Promise.all(names.map(load)).then(function () {
      var candidates = null, score = {}, previous = [];
      function add(id, slot) { (score[id] = score[id] || [0, 0, 0])[slot] += 1; }
      plan.forEach(function (p) {
        var found = new Set(), exact = new Set(), titled = new Set(), adjacent = new Set(), these = [];
        function matches(key, typed) { return p.prefix ? key.indexOf(typed) === 0 : key === typed; }
        entries(p.terms, p.token.folded, p.prefix).forEach(function (entry) {
          var value = entry[1], ids = decodeList(value[0], manifest.n);
          function each(list, set) { decodeList(list, ids.length).forEach(function (place) { set.add(ids[place]); }); }
          ids.forEach(function (id) { found.add(id); });
          each(value[1], titled);
          if (typeof value[2] === "string") {
            if (matches(value[2], p.token.exact)) ids.forEach(function (id) { exact.add(id); });
          } else {
            Object.keys(value[2]).forEach(function (variant) { if (matches(variant, p.token.exact)) each(value[2][variant], exact); });
          }
          these.push({ ids: ids, next: value[3] || {} });
        });
        previous.forEach(function (before) {
          Object.keys(before.next).forEach(function (next) {
            if (matches(next, p.token.folded)) decodeList(before.next[next], 0).forEach(function (place) { adjacent.add(before.ids[place]); });
          });
        });
        previous = these;
        candidates = candidates === null ? found : new Set(Array.from(candidates).filter(function (id) { return found.has(id); }));
        exact.forEach(function (id) { add(id, 1); });
        titled.forEach(function (id) { add(id, 2); });
        adjacent.forEach(function (id) { add(id, 0); });
      });
      return Array.from(candidates || []).sort(function (a, b) {
        var x = score[a] || [0, 0, 0], y = score[b] || [0, 0, 0];
        for (var i = 0; i < 3; i++) if (x[i] !== y[i]) return y[i] - x[i];
        return a - b;
      });
    });
  }

  function matcher(query, typing) {
    return function (word) {
      return tokens(word).some(function (t) {
        return query.some(function (q, position) {
          return typing && position === query.length - 1 ? t.folded.indexOf(q.folded) === 0 : t.folded === q.folded;
        });
      });
    };
  }

  // `value` into `element` as text, with the words the query matches in <mark>.
  function marked(element, value, matches) {
    var pattern = /[\p{L}\p{N}\p{M}]+(?:[.,][0-9]+)*/gu, last = 0, found;
    while ((found = pattern.exec(value)) !== null) {
      if (!matches(found[0])) continue;
      element.appendChild(document.createTextNode(value.slice(last, found.index)));
      var mark = document.createElement("mark");
      mark.textContent = found[0];
      element.appendChild(mark);
      last = found.index + found[0].length;
    }
    element.appendChild(document.createTextNode(value.slice(last)));
  }

  // The body's start, from a little before the first word the query matches.
  function snippet(value, matches) {
    var pattern = /[\p{L}\p{N}\p{M}]+(?:[.,][0-9]+)*/gu, found;
    while ((found = pattern.exec(value)) !== null) {
      if (!matches(found[0])) continue;
      if (found.index < 80) return value;
      var start = value.lastIndexOf(" ", found.index - 40);
      return "… " + value.slice(start + 1);
    }
    return value;
  }

  function fill(item, id, group, matches) {
    load("d/" + Math.floor(id / group)).then(function (documents) {
      var d = documents[id % group];
      var link = item.querySelector("a");
      link.href = root + d[1];
      link.textContent = "";
      marked(link, d[0], matches);
      item.querySelector(".meta").textContent = d[2] + " · " + d[3];
      marked(item.querySelector(".snippet"), snippet(d[4], matches), matches);
    }, failed);
  }

  var observer = "IntersectionObserver" in window ? new IntersectionObserver(function (seen) {
    seen.forEach(function (entry) {
      if (!entry.isIntersecting) return;
      observer.unobserve(entry.target);
      entry.target.bantinFill();
    });
  }, { rootMargin: "200px" }) : null;

  var shown = [], shownCount = 0, manifestGroup = 1, currentMatches = null, runs = 0;

  function showMore() {
    shown.slice(shownCount, shownCount + PAGE).forEach(function (id) {
      var item = document.createElement("li");
      item.className = "article-item";
      var heading = document.createElement("h3");
      var link = document.createElement("a");
      link.textContent = "…";
      heading.appendChild(link);
      var meta = document.createElement("p");
      meta.className = "meta";
      var body = document.createElement("p");
      body.className = "snippet";
      item.appendChild(heading);
      item.appendChild(meta);
      item.appendChild(body);
      list.appendChild(item);
      var matches = currentMatches, group = manifestGroup;
      item.bantinFill = function () { fill(item, id, group, matches); };
      if (observer) observer.observe(item); else item.bantinFill();
    });
    shownCount = Math.min(shown.length, shownCount + PAGE);
    more.hidden = shownCount >= shown.length;
  }

  function say(message) {
    list.textContent = "";
    more.hidden = true;
    status.textContent = message;
  }

  function failed() {
    say(text.failed);
  }

  function count(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  }

  function run(value, typing) {
    var run = ++runs;
    if (value.length > MAX_LENGTH) return say(text.tooLong);
    var query = tokens(value).slice(0, 12);
    if (!query.length) return say(value.trim() ? text.noWords : "");
    load("chi-muc").then(function (manifest) {
      return rank(manifest, query, typing).then(function (ids) {
        if (run !== runs) return;
        say(ids.length ? count(ids.length) + " " + text.results : text.none);
        shown = ids;
        shownCount = 0;
        manifestGroup = manifest.g;
        currentMatches = matcher(query, typing);
        showMore();
      });
    }).catch(function () { if (run === runs) failed(); });
  }

  more.addEventListener("click", showMore);
  var params = new URLSearchParams(window.location.search);
  if (params.get("q")) { input.value = params.get("q"); run(input.value, false); }
  input.addEventListener("input", function () { run(input.value, !/\s$/.test(input.value)); });
})();
