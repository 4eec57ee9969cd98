// sciimg results browser: filters, sorting, search and keyboard navigation over the static page.
// The page is complete without this script; the data comes from data.js (a <script>, so file:// works: no fetch).
(function () {
  "use strict";
  var data = window.SCIIMG_BROWSE || { items: [], entries: [] };
  var form = document.getElementById("filters");
  var tbody = document.querySelector("#entries tbody");
  if (!form || !tbody) return;
  var rows = Array.prototype.slice.call(tbody.querySelectorAll("tr.entry"));
  var items = {};
  data.items.forEach(function (it, i) { it.order = i; items[it.slug] = it; });
  rows.forEach(function (r, i) { r.dataset.row = String(i); });
  var order = []; // the slugs of the items the list shows, in its order: what next / previous walk through
  form.hidden = false;
  document.body.classList.add("js");

  function state() {
    var f = form.elements;
    return { subject: f.subject.value, type: f.type.value, gen: f.gen.value, outcome: f.outcome.value,
             q: f.q.value.trim().toLowerCase(), sort: f.sort.value };
  }

  function matches(row, s) {
    var it = items[row.dataset.item];
    if (!it) return false;
    if (s.subject && it.subject !== s.subject) return false;
    if (s.type && it.type !== s.type) return false;
    if (s.gen && row.dataset.gen !== s.gen) return false;
    if (s.outcome === "noimage") { if (row.dataset.image !== "no") return false; }
    else if (s.outcome && row.dataset.outcome !== s.outcome) return false;
    return !s.q || it.text.indexOf(s.q) >= 0;
  }

  function compare(sort) {
    return function (a, b) {
      var x = items[a.dataset.item], y = items[b.dataset.item], d = 0;
      if (sort === "disagree") d = y.disagree - x.disagree;
      else if (sort === "id") d = x.id < y.id ? -1 : (x.id > y.id ? 1 : 0);
      return d || (x.order - y.order) || (Number(a.dataset.row) - Number(b.dataset.row));
    };
  }

  function apply() {
    var s = state(), seen = {}, shown = 0;
    order = [];
    rows.slice().sort(compare(s.sort)).forEach(function (r) {
      var ok = matches(r, s);
      r.hidden = !ok;
      tbody.appendChild(r);
      if (!ok) return;
      shown += 1;
      if (!seen[r.dataset.item]) { seen[r.dataset.item] = true; order.push(r.dataset.item); }
    });
    form.elements.count.value = shown + " of " + rows.length + " entries, " + order.length + " items";
    pager();
  }

  function current() {
    var h = location.hash;
    return h.indexOf("#item-") === 0 ? decodeURIComponent(h.slice(6)) : null;
  }

  function neighbour(slug, step) {
    if (!order.length) return null;
    var i = order.indexOf(slug);
    if (i < 0) return order[step > 0 ? 0 : order.length - 1];
    return order[(i + step + order.length) % order.length];
  }

  function pager() { // the previous / next links of the item shown follow the list's filter and order
    var slug = current(), sec = slug && document.getElementById("item-" + slug);
    if (!sec) return;
    var prev = sec.querySelector("a.prev"), next = sec.querySelector("a.next");
    if (prev && neighbour(slug, -1)) prev.href = "#item-" + neighbour(slug, -1);
    if (next && neighbour(slug, 1)) next.href = "#item-" + neighbour(slug, 1);
  }

  function go(step) {
    var to = neighbour(current(), step);
    if (to) location.hash = "#item-" + to;
  }

  document.addEventListener("keydown", function (ev) {
    var t = ev.target, tag = t && t.tagName;
    if (ev.altKey || ev.ctrlKey || ev.metaKey || tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA") return;
    if (ev.key === "ArrowRight" || ev.key === "j") { go(1); ev.preventDefault(); }
    else if (ev.key === "ArrowLeft" || ev.key === "k") { go(-1); ev.preventDefault(); }
    else if (ev.key === "Escape") { location.hash = "#list"; }
  });
  document.addEventListener("click", function (ev) {
    var a = ev.target.closest ? ev.target.closest("[data-filter-gen]") : null;
    if (!a) return;
    form.elements.gen.value = a.dataset.filterGen;
    form.elements.outcome.value = a.dataset.filterOutcome || "";
    apply();
  });
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (ev) { ev.preventDefault(); });
  window.addEventListener("hashchange", pager);
  apply();
})();
