// Search without a server, in small files: the manifest (tim-kiem/chi-muc.js), one shard per
// syllable typed (t/N.js) and per pair of syllables side by side (p/N.js), then the files of the
// results shown (d/N.js). Each is a script calling BANTIN_SEARCH_LOADED, so that it also works
// from the disk. Text is cut into syllables by the same rules as the site's builder
// (VietnameseFolding): NFD, lower case, "1.010" as 1010, each syllable folded (no marks,
// đ Đ Ð Ɖ as d) and exact (its tone mark moved to its end: hòa and hoà alike).
(function () {
  "use strict";
  var MARK = /\p{M}/u, WORD = /[\p{L}\p{N}\p{M}]/u, DIGIT = /[0-9]/, TONE = /[\u0300\u0301\u0303\u0309\u0323]/;
  var D_LIKE = "\u0111\u0110\u00d0\u00f0\u0189\u0256";
  var BITMAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
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

  function decodeList(text) {
    var out = [], i, b, previous = 0;
    if (!text) return out;
    if (text.charAt(0) === "~") {
      for (i = 1; i < text.length; i++) {
        var value = BITMAP.indexOf(text.charAt(i));
        for (b = 0; b < 6; b++) if (value & (1 << b)) out.push((i - 1) * 6 + b);
      }
      return out;
    }
    text.split(",").forEach(function (gap) { previous += parseInt(gap, 36); out.push(previous); });
    return out;
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

  function entries(folder, indices, key, prefix) {
    var out = [];
    indices.forEach(function (i) {
      var shard = loaded[folder + "/" + i] || {};
      Object.keys(shard).forEach(function (k) {
        if (prefix ? k.indexOf(key) === 0 && (folder === "p" || k.indexOf(" ") < 0) : k === key) out.push([k, shard[k]]);
      });
    });
    return out;
  }

  // Articles ranked: syllables side by side, exact diacritics, in the title, then newer.
  function rank(manifest, query, typing) {
    var plan = query.map(function (t, position) {
      var prefix = typing && position === query.length - 1;
      var termShards = shards(manifest.t, t.folded, prefix);
      if (termShards.length > MAX_SHARDS) { prefix = false; termShards = shards(manifest.t, t.folded, false); }
      var pair = position > 0 ? query[position - 1].folded + " " + t.folded : null;
      return { token: t, prefix: prefix, terms: termShards, pair: pair, pairs: pair ? shards(manifest.p, pair, prefix).slice(0, MAX_SHARDS) : [] };
    });
    var names = [];
    plan.forEach(function (p) {
      p.terms.forEach(function (i) { names.push("t/" + i); });
      p.pairs.forEach(function (i) { names.push("p/" + i); });
    });
    return Promise.all(names.map(load)).then(function () {
      var candidates = null, score = {};
      function add(id, slot) { (score[id] = score[id] || [0, 0, 0])[slot] += 1; }
      plan.forEach(function (p) {
        var found = new Set(), exact = new Set(), titled = new Set();
        entries("t", p.terms, p.token.folded, p.prefix).forEach(function (entry) {
          var value = entry[1];
          decodeList(value[0]).forEach(function (id) { found.add(id); });
          decodeList(value[1]).forEach(function (id) { titled.add(id); });
          var variants = typeof value[2] === "string" ? [[value[2], value[0]]] : Object.keys(value[2]).map(function (v) { return [v, value[2][v]]; });
          variants.forEach(function (variant) {
            if (p.prefix ? variant[0].indexOf(p.token.exact) === 0 : variant[0] === p.token.exact) {
              decodeList(variant[1]).forEach(function (id) { exact.add(id); });
            }
          });
        });
        candidates = candidates === null ? found : new Set(Array.from(candidates).filter(function (id) { return found.has(id); }));
        exact.forEach(function (id) { add(id, 1); });
        titled.forEach(function (id) { add(id, 2); });
        if (p.pair) {
          var adjacent = new Set();
          entries("p", p.pairs, p.pair, p.prefix).forEach(function (entry) { decodeList(entry[1]).forEach(function (id) { adjacent.add(id); }); });
          adjacent.forEach(function (id) { add(id, 0); });
        }
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
