// Search without a server: the index is a script (window.BANTIN_SEARCH) so that it also
// works when the site is opened from the disk. Queries and index text are folded alike:
// lower case, diacritics removed, đ → d, so "lam ha" finds "Lâm Hà".
(function () {
  "use strict";
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d")
      .toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  }
  var input = document.getElementById("q");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var index = window.BANTIN_SEARCH || [];
  var base = document.querySelector('script[src$="chi-muc.js"]').getAttribute("src").replace(/tim-kiem\/chi-muc\.js$/, "");
  function run(query) {
    var words = fold(query).split(" ").filter(Boolean);
    list.textContent = "";
    if (!words.length) { status.textContent = ""; return; }
    var found = index.filter(function (entry) {
      var text = " " + entry[4] + " ";
      return words.every(function (word) { return text.indexOf(" " + word) >= 0; });
    });
    status.textContent = found.length + " kết quả";
    found.slice(0, 50).forEach(function (entry) {
      var item = document.createElement("li");
      item.className = "article-item";
      var heading = document.createElement("h3");
      var link = document.createElement("a");
      link.href = base + entry[1];
      link.textContent = entry[0];
      heading.appendChild(link);
      var meta = document.createElement("p");
      meta.className = "meta";
      meta.textContent = entry[2] + " · " + entry[3];
      item.appendChild(heading);
      item.appendChild(meta);
      list.appendChild(item);
    });
  }
  var params = new URLSearchParams(window.location.search);
  if (params.get("q")) { input.value = params.get("q"); run(input.value); }
  input.addEventListener("input", function () { run(input.value); });
})();
