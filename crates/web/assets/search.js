// The static portal's search (teilhabe export site): filters the index of suche/index.js as one
// types. Without JavaScript the page offers the letter and field indexes instead.
(function () {
  "use strict";
  var pages = window.teilhabeSearch;
  var form = document.getElementById("static-search");
  var input = document.getElementById("static-search-q");
  var status = document.getElementById("static-search-status");
  var list = document.getElementById("static-search-results");
  if (!pages || !form || !input || !status || !list) { return; }
  // The same folding as the server's search: case, umlauts and ß do not matter.
  function fold(text) {
    return text.toLowerCase()
      .replace(/[äàáâ]/g, "a").replace(/[öóô]/g, "o").replace(/[üúû]/g, "u")
      .replace(/[éèê]/g, "e").replace(/ß/g, "ss")
      .replace(/ae/g, "a").replace(/oe/g, "o").replace(/ue/g, "u")
      .replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  }
  var folded = pages.map(function (page) { return fold(page.t + " " + page.x); });
  function search() {
    var words = fold(input.value).split(" ").filter(Boolean);
    list.textContent = "";
    if (words.length === 0) { status.textContent = ""; return; }
    var hits = 0;
    pages.forEach(function (page, index) {
      if (hits >= 50) { return; }
      if (!words.every(function (word) { return folded[index].indexOf(word) >= 0; })) { return; }
      hits += 1;
      var item = document.createElement("li");
      item.className = "search-result";
      var kind = document.createElement("p");
      kind.className = "kern-preline";
      kind.textContent = page.k;
      var line = document.createElement("p");
      line.className = "kern-body";
      var link = document.createElement("a");
      link.className = "kern-link";
      link.href = "../" + page.p;
      link.textContent = page.t;
      line.appendChild(link);
      item.appendChild(kind);
      item.appendChild(line);
      list.appendChild(item);
    });
    status.textContent = (hits === 0 ? status.dataset.none : status.dataset.some).replace("%n", hits);
  }
  form.hidden = false;
  form.addEventListener("submit", function (event) { event.preventDefault(); search(); });
  input.addEventListener("input", search);
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) { input.value = query; search(); }
})();
