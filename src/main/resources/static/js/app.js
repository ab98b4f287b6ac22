// Regiomonitor client behaviour. Pages work without it; it adds charts, maps and table sorting.
// No inline scripts (strict CSP): charts read their ECharts option from a JSON data block.
(function () {
  'use strict';

  const maps = {};

  function json(id) {
    const el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }

  // <div class="chart" data-chart-option="id-of-json-block"></div>
  function initCharts(root) {
    if (!window.echarts) return;
    root.querySelectorAll('[data-chart-option]').forEach(function (el) {
      if (el.dataset.ready) return;
      const option = json(el.dataset.chartOption);
      if (!option) return;
      el.dataset.ready = '1';
      const chart = echarts.init(el, null, { renderer: 'svg' });
      chart.setOption(option);
      window.addEventListener('resize', function () { chart.resize(); });
    });
    // <div class="map" data-map-geojson="/api/areas/geojson?region=CR12" data-map-name="twente"
    //      data-map-option="id-of-json-block"></div>: registers the GeoJSON, then draws the option.
    root.querySelectorAll('[data-map-geojson]').forEach(function (el) {
      if (el.dataset.ready) return;
      el.dataset.ready = '1';
      const name = el.dataset.mapName || 'areas';
      const draw = function () {
        const option = json(el.dataset.mapOption);
        const chart = echarts.init(el, null, { renderer: 'svg' });
        chart.setOption(option);
        if (el.dataset.mapLinkPrefix) {
          chart.on('click', function (p) {
            if (p.data && p.data.code) window.location.href = el.dataset.mapLinkPrefix + p.data.code;
          });
        }
        window.addEventListener('resize', function () { chart.resize(); });
      };
      if (maps[name]) { draw(); return; }
      fetch(el.dataset.mapGeojson, { headers: { 'Accept': 'application/geo+json, application/json' } })
        .then(function (r) { return r.json(); })
        .then(function (geo) { echarts.registerMap(name, geo); maps[name] = true; draw(); });
    });
  }

  // Sorting, one rule: a paged list sorts on the server (fragments/list.html sort-header: links with ?sort=, which
  // htmx follows without a full reload), because the browser only has one page of it. A table that holds all its
  // rows (programme, theme, area and organisation pages, dashboard, funders, sources) sorts here, in the
  // browser: <table class="sortable">; click a header to sort; numbers sort by data-value when given. Both
  // look and behave the same: a button or link in the th with an arrow, aria-sort and a visible focus.
  function cellValue(row, index) {
    const cell = row.cells[index];
    if (!cell) return '';
    const v = cell.dataset.value !== undefined ? cell.dataset.value : cell.textContent.trim();
    const n = Number(v);
    return v !== '' && !isNaN(n) ? n : v.toLowerCase();
  }

  function initSortable(root) {
    root.querySelectorAll('table.sortable').forEach(function (table) {
      if (table.dataset.ready) return;
      table.dataset.ready = '1';
      const headers = table.tHead ? table.tHead.rows[0].cells : [];
      Array.prototype.forEach.call(headers, function (th, index) {
        if (th.hasAttribute('data-nosort')) return;
        const button = document.createElement('button');
        button.type = 'button';
        button.innerHTML = th.innerHTML;
        const arrow = document.createElement('span');
        arrow.className = 'sort-arrow';
        arrow.setAttribute('aria-hidden', 'true');
        arrow.textContent = '↕';
        button.appendChild(arrow);
        th.innerHTML = '';
        th.appendChild(button);
        th.classList.add('sortable');
        button.addEventListener('click', function () {
          const asc = th.getAttribute('aria-sort') !== 'ascending';
          Array.prototype.forEach.call(headers, function (h) {
            h.removeAttribute('aria-sort');
            const a = h.querySelector('.sort-arrow');
            if (a) a.textContent = '↕';
          });
          th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
          arrow.textContent = asc ? '▲' : '▼';
          const body = table.tBodies[0];
          const rows = Array.prototype.slice.call(body.rows);
          rows.sort(function (a, b) {
            const x = cellValue(a, index), y = cellValue(b, index);
            return (x < y ? -1 : x > y ? 1 : 0) * (asc ? 1 : -1);
          });
          rows.forEach(function (r) { body.appendChild(r); });
        });
      });
    });
    // <input data-filter-table="table-id">: hides rows that do not contain the text.
    root.querySelectorAll('[data-filter-table]').forEach(function (input) {
      if (input.dataset.ready) return;
      input.dataset.ready = '1';
      input.addEventListener('input', function () {
        const table = document.getElementById(input.dataset.filterTable);
        const q = input.value.trim().toLowerCase();
        Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
          row.hidden = q !== '' && row.textContent.toLowerCase().indexOf(q) < 0;
        });
      });
    });
  }

  function init(root) {
    initCharts(root);
    initSortable(root);
  }

  // List pages (fragments/list.html): the filter bar, pager and sort headers swap the results region with htmx.
  // Afterwards the new count is read out (a live region outside the swapped part, which a screen reader keeps
  // watching) and the focus goes back to the link that was used, or to the count when that link is gone.
  let listFocusKey = null;
  let listFocusInside = false;
  document.addEventListener('htmx:beforeRequest', function (e) {
    const active = document.activeElement;
    listFocusKey = active && active.dataset ? active.dataset.focusKey || null : null;
    listFocusInside = !!(active && active.closest && active.closest('[data-list-results]'));
  });
  document.addEventListener('htmx:afterSettle', function () {
    const region = document.querySelector('[data-list-results]');
    if (!region) return;
    const count = region.querySelector('[data-list-count]');
    const announce = document.querySelector('[data-list-announce]');
    if (count && announce) announce.textContent = count.textContent;
    if (!listFocusInside) return;
    const again = listFocusKey && region.querySelector('[data-focus-key="' + listFocusKey + '"]');
    if (again) again.focus(); else if (count) count.focus();
    listFocusInside = false;
  });

  document.addEventListener('DOMContentLoaded', function () { init(document); });
  document.addEventListener('htmx:afterSwap', function (e) { init(e.target); });
  // htmx requests carry the CSRF token.
  document.addEventListener('htmx:configRequest', function (e) {
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) e.detail.headers[header.content] = token.content;
  });
})();
