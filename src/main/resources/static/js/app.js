// Regiomonitor client behaviour. Pages work without it; it adds charts, maps and table sorting.
// No inline scripts (strict CSP): charts read their ECharts option from a JSON data block.
(function () {
  'use strict';

  const maps = {};

  function json(id) {
    const el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }

  // Numbers on value axes as the page's language writes them (ECharts writes 1,500 everywhere).
  function localAxes(option) {
    const format = new Intl.NumberFormat(document.documentElement.lang || undefined);
    [].concat(option.xAxis || [], option.yAxis || []).forEach(function (axis) {
      if (axis.type === 'value') {
        // hideOverlap: on a phone "80", "100" and "120" ran into each other
        axis.axisLabel = Object.assign({ formatter: function (v) { return format.format(v); }, hideOverlap: true },
          axis.axisLabel);
      }
    });
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  // Tooltips show each item's display text from the server (in the page's language, "geen gegeven" for a
  // missing figure), never ECharts' raw value or NaN.
  function tooltip(params) {
    const list = Array.isArray(params) ? params : [params];
    if (!list.length) return '';
    const lines = list.map(function (p) {
      const d = p.data && typeof p.data === 'object' ? p.data : {};
      const shown = d.display !== undefined ? d.display : p.value;
      if (shown === undefined || shown === null || (typeof shown === 'number' && isNaN(shown))) return null;
      return (list.length > 1 ? p.marker : '') + escapeHtml(p.seriesName) + ': ' + escapeHtml(shown);
    }).filter(function (l) { return l !== null; });
    return '<strong>' + escapeHtml(list[0].name) + '</strong>' + (lines.length ? '<br>' + lines.join('<br>') : '');
  }

  // Category labels take at most 40 % of the chart's width (the server's width is the most they need), so
  // on a phone the bars keep room and the value axis' numbers do not run into each other.
  function fitLabels(el, option) {
    [].concat(option.xAxis || [], option.yAxis || []).forEach(function (axis) {
      // fewer ticks on a narrow chart: "80", "100" and "120" touched on a phone
      if (axis.type === 'value') axis.splitNumber = el.clientWidth < 480 ? 3 : 5;
      const label = axis.type === 'category' ? axis.axisLabel : null;
      if (!label || !label.width) return;
      // the server's width, kept out of ECharts' sight (not enumerable)
      if (!label.serverWidth) Object.defineProperty(label, 'serverWidth', { value: label.width });
      label.width = Math.min(label.serverWidth, Math.max(80, Math.round(el.clientWidth * 0.4)));
    });
  }

  function draw(el, option) {
    if (option.tooltip) option.tooltip.formatter = tooltip;
    localAxes(option);
    fitLabels(el, option);
    const chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption(option);
    window.addEventListener('resize', function () {
      fitLabels(el, option);
      chart.setOption({ xAxis: option.xAxis, yAxis: option.yAxis });
      chart.resize();
    });
    return chart;
  }

  // A focused map: arrow keys walk the areas (tooltip, highlight and a status line for screen readers),
  // Enter opens the area's page, Escape hides the tooltip. Hover shows the same tooltip.
  function mapKeys(el, chart, option) {
    const data = option.series[0].data || [];
    const status = el.dataset.mapStatus ? document.getElementById(el.dataset.mapStatus) : null;
    let index = -1;
    function show(i) {
      if (!data.length) return;
      if (index >= 0) chart.dispatchAction({ type: 'downplay', seriesIndex: 0, dataIndex: index });
      index = (i + data.length) % data.length;
      chart.dispatchAction({ type: 'highlight', seriesIndex: 0, dataIndex: index });
      chart.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: index });
      const d = data[index];
      if (status) status.textContent = d.name + (d.display !== undefined ? ': ' + d.display : '');
    }
    el.addEventListener('focus', function () { show(index < 0 ? 0 : index); });
    el.addEventListener('blur', function () { chart.dispatchAction({ type: 'hideTip' }); });
    el.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowRight' || e.key === 'ArrowDown') { show(index + 1); e.preventDefault(); }
      else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') { show(index - 1); e.preventDefault(); }
      else if (e.key === 'Home') { show(0); e.preventDefault(); }
      else if (e.key === 'End') { show(data.length - 1); e.preventDefault(); }
      else if (e.key === 'Escape') { chart.dispatchAction({ type: 'hideTip' }); }
      else if (e.key === 'Enter' && el.dataset.mapLinkPrefix && index >= 0 && data[index].code) {
        window.location.href = el.dataset.mapLinkPrefix + data[index].code;
      }
    });
  }

  // <div class="chart" data-chart-option="id-of-json-block"></div>
  function initCharts(root) {
    if (!window.echarts) return;
    root.querySelectorAll('[data-chart-option]').forEach(function (el) {
      if (el.dataset.ready) return;
      const option = json(el.dataset.chartOption);
      if (!option) return;
      el.dataset.ready = '1';
      draw(el, option);
    });
    // <div class="map" data-map-geojson="/api/areas/geojson?region=CR12" data-map-name="twente"
    //      data-map-option="id-of-json-block"></div>: registers the GeoJSON, then draws the option.
    root.querySelectorAll('[data-map-geojson]').forEach(function (el) {
      if (el.dataset.ready) return;
      el.dataset.ready = '1';
      const name = el.dataset.mapName || 'areas';
      const drawMap = function () {
        const option = json(el.dataset.mapOption);
        const chart = draw(el, option);
        if (el.dataset.mapLinkPrefix) {
          chart.on('click', function (p) {
            if (p.data && p.data.code) window.location.href = el.dataset.mapLinkPrefix + p.data.code;
          });
        }
        mapKeys(el, chart, option);
      };
      if (maps[name]) { drawMap(); return; }
      fetch(el.dataset.mapGeojson, { headers: { 'Accept': 'application/geo+json, application/json' } })
        .then(function (r) { return r.json(); })
        .then(function (geo) { echarts.registerMap(name, geo); maps[name] = true; drawMap(); });
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

/* ==== Forms (fragments/form.html): error summary focus, municipality picker, and keeping what was typed
   when the session expired during an edit. Kept apart from the chart and table code above. ==== */
(function () {
  'use strict';

  /* The error summary takes the focus, so keyboard and screen reader users start from the list of problems. */
  function focusErrorSummary() {
    const summary = document.querySelector('[data-error-summary]');
    if (summary) summary.focus();
  }

  /* Municipality picker: a name chosen in the search field becomes one more ticked checkbox. */
  function addMunicipality(picker, id, name) {
    const existing = picker.querySelector('input[type="checkbox"][value="' + id + '"]');
    if (existing) { existing.checked = true; return; }
    const label = document.createElement('label');
    label.className = 'choice';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = picker.getAttribute('data-field');
    box.value = id;
    box.checked = true;
    const text = document.createElement('span');
    text.textContent = name;
    label.appendChild(box);
    label.appendChild(document.createTextNode(' '));
    label.appendChild(text);
    picker.querySelector('.picker-choices').appendChild(label);
  }

  function optionNamed(list, name) {
    const wanted = name.trim().toLowerCase();
    return Array.prototype.find.call(list.options, function (o) { return o.value.toLowerCase() === wanted; });
  }

  function initPickers(root) {
    root.querySelectorAll('[data-municipality-picker]').forEach(function (picker) {
      const search = picker.querySelector('[data-picker-search]');
      const list = document.getElementById(search.getAttribute('list'));
      const take = function () {
        const option = optionNamed(list, search.value);
        if (!option) return false;
        addMunicipality(picker, option.getAttribute('data-id'), option.value);
        search.value = '';
        return true;
      };
      // a pick from the list (insertReplacementText) is taken at once; typed text on Enter or on leaving the field
      search.addEventListener('input', function (e) { if (!e.inputType || e.inputType === 'insertReplacementText') take(); });
      search.addEventListener('change', take);
      search.addEventListener('keydown', function (e) {
        if (e.key === 'Enter') { e.preventDefault(); take(); }
      });
    });
  }

  /* Searched choice (fragments/form :: choice): the search field asks GET /choices/{kind} as people type (or on
     Enter and the button) and the matches fill the announced region under it; a ticked match moves up to the chosen
     ones, so the next search does not take it away. The button and the field leave the posted form: Enter
     elsewhere in the form saves, as before. Down arrow goes from the field to the first match. */
  function initChoices(root) {
    root.querySelectorAll('[data-searched-choice]').forEach(function (box) {
      if (box.hasAttribute('data-choice-ready')) return;
      box.setAttribute('data-choice-ready', '');
      const query = box.querySelector('[data-choice-query]');
      const button = box.querySelector('[data-choice-find]');
      const matches = box.querySelector('[data-choice-matches]');
      const chosen = box.querySelector('[data-choice-selected]');
      const many = box.getAttribute('data-multiple') === 'true';
      const queryName = query.name;
      button.type = 'button';
      query.removeAttribute('name');
      let timer = null;
      let latest = 0;
      const offered = function () { return matches.querySelectorAll('[data-choice-match]'); };
      const search = function () {
        clearTimeout(timer);
        const params = new URLSearchParams(box.getAttribute('data-params') || '');
        params.set('q', query.value);
        params.set('name', box.getAttribute('data-name'));
        params.set('multiple', String(many));
        const include = box.getAttribute('data-include');
        const other = include && box.form ? box.form.elements.namedItem(include) : null;
        if (other && other.value) params.set(include, other.value);
        // what is chosen already is not offered twice
        chosen.querySelectorAll('input').forEach(function (c) { if (c.value !== '') params.append('skip', c.value); });
        const mine = ++latest;
        fetch(box.getAttribute('data-url') + '?' + params.toString(), { credentials: 'same-origin' })
          .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
          .then(function (html) {
            if (mine !== latest) return;
            matches.innerHTML = html;
          })
          // on failure the button goes back to the no-script search: it posts the form and the page shows the matches
          .catch(function () { button.type = 'submit'; query.name = queryName; });
      };
      query.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(search, 250); });
      query.addEventListener('keydown', function (e) {
        if (e.key === 'Enter') { e.preventDefault(); search(); }
        if (e.key === 'ArrowDown' && offered().length) { e.preventDefault(); offered()[0].focus(); }
      });
      button.addEventListener('click', function (e) { if (button.type === 'button') { e.preventDefault(); search(); } });
      matches.addEventListener('change', function (e) {
        const input = e.target;
        if (!input.hasAttribute('data-choice-match') || !input.checked) return;
        if (!many) {
          chosen.querySelectorAll('input').forEach(function (r) { if (r.value !== '' && r !== input) r.closest('label').remove(); });
        }
        input.removeAttribute('data-choice-match');
        const item = input.closest('li');
        chosen.appendChild(input.closest('label'));
        if (item) item.remove();
        input.focus();
        const status = matches.querySelector('.choice-count');
        const name = input.parentNode.querySelector('span');
        if (status && name) status.textContent = box.getAttribute('data-chosen-text').replace('{0}', name.textContent);
      });
    });
  }

  /* Form restore: every posted form's values go to sessionStorage (this tab only; never passwords or the
     CSRF token). If the answer is the session-expired page, they are marked; after log-in the user is sent
     back to the form's page, where they are put back with a visible notice. Any other answer drops them. */
  const KEY = 'regiomonitor.form';

  function here() { return location.pathname + location.search; }

  function valuesOf(form) {
    const values = [];
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.name === '_csrf' || el.disabled) return;
      if (el.type === 'password' || el.type === 'file' || el.type === 'submit' || el.type === 'button') return;
      if ((el.type === 'checkbox' || el.type === 'radio') && !el.checked) return;
      if (el.type === 'select-multiple') {
        Array.prototype.forEach.call(el.selectedOptions, function (o) { values.push([el.name, o.value]); });
        return;
      }
      values.push([el.name, el.value]);
    });
    return values;
  }

  function restore(form, values) {
    const has = function (name, value) { return values.some(function (v) { return v[0] === name && v[1] === value; }); };
    form.querySelectorAll('[data-municipality-picker]').forEach(function (picker) {
      const list = document.getElementById(picker.querySelector('[data-picker-search]').getAttribute('list'));
      values.forEach(function (v) {
        if (v[0] !== picker.getAttribute('data-field')) return;
        const option = list.querySelector('option[data-id="' + v[1] + '"]');
        if (option) addMunicipality(picker, v[1], option.value);
      });
    });
    const next = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.name === '_csrf' || el.type === 'password' || el.type === 'file') return;
      if (el.type === 'checkbox' || el.type === 'radio') { el.checked = has(el.name, el.value); return; }
      if (el.type === 'select-multiple') {
        Array.prototype.forEach.call(el.options, function (o) { o.selected = has(el.name, o.value); });
        return;
      }
      if (el.type === 'submit' || el.type === 'button') return;
      const all = values.filter(function (v) { return v[0] === el.name; });
      const i = next[el.name] || 0;
      if (i < all.length) el.value = all[i][1];
      next[el.name] = i + 1;
    });
  }

  function initRestore() {
    document.addEventListener('submit', function (e) {
      const form = e.target;
      const action = form.getAttribute('action') || '';
      if ((form.method || '').toLowerCase() !== 'post' || /\/(login|logout)$/.test(action)) return;
      try {
        sessionStorage.setItem(KEY, JSON.stringify({ page: here(), action: action, values: valuesOf(form), expired: false }));
      } catch (ignored) { /* storage full or off: nothing to keep */ }
    });
    let saved = null;
    try { saved = JSON.parse(sessionStorage.getItem(KEY) || 'null'); } catch (ignored) { return; }
    if (!saved) return;
    // On the way back (the expired page, the log-in page) the values wait.
    if (document.querySelector('[data-session-expired]')) {
      saved.expired = true;
      sessionStorage.setItem(KEY, JSON.stringify(saved));
      return;
    }
    if (/\/login$/.test(location.pathname)) return;
    // Back at the form after logging in again: from the log-in page the expired page led to (its link says
    // ?expired), or marked by the expired page. Anything else means the post was answered: drop the values.
    const afterExpiry = saved.expired || /\/login\?(.*&)?expired(=|&|$)/.test(document.referrer);
    const form = saved.page === here() && afterExpiry
      ? Array.prototype.find.call(document.forms, function (f) { return f.getAttribute('action') === saved.action; })
      : null;
    sessionStorage.removeItem(KEY);
    if (!form) return;
    restore(form, saved.values);
    const notice = form.querySelector('[data-form-restored]');
    if (notice) {
      notice.setAttribute('role', 'status');
      notice.hidden = false;
    }
  }

  /* Results update form: the parts of a value are added up while the lead types, against the total (the server
     checks again on saving and flags what does not add up; this only warns). Numbers as people type them:
     a comma or a point as decimal separator. <fieldset data-sum-check data-sum-rule="equal|atMost"
     data-sum-ok="... {sum} ..." data-sum-off="... {sum} ... {total} ..."> with a [data-sum-status] inside. */
  function typed(text) {
    const s = (text || '').replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
    return s === '' || isNaN(Number(s)) ? null : Number(s);
  }

  function initSumChecks(root) {
    root.querySelectorAll('[data-sum-check]').forEach(function (group) {
      const form = group.closest('form');
      const total = form && form.querySelector('[name="value"]');
      const status = group.querySelector('[data-sum-status]');
      if (!total || !status) return;
      const format = new Intl.NumberFormat(document.documentElement.lang || undefined, { maximumFractionDigits: 6 });
      const check = function () {
        let sum = 0, any = false;
        group.querySelectorAll('input[name$=".value"]').forEach(function (input) {
          const v = typed(input.value);
          if (v !== null) { sum += v; any = true; }
        });
        const whole = typed(total.value);
        if (!any || whole === null) { status.textContent = ''; status.classList.remove('sum-off'); return; }
        sum = Math.round(sum * 1e6) / 1e6;
        const fits = group.dataset.sumRule === 'atMost' ? sum <= whole : sum === whole;
        status.textContent = (fits ? group.dataset.sumOk : group.dataset.sumOff)
          .replace('{sum}', format.format(sum)).replace('{total}', format.format(whole));
        status.classList.toggle('sum-off', !fits);
      };
      group.addEventListener('input', check);
      total.addEventListener('input', check);
      check();
    });
  }

  /* A file input with data-max-bytes says at once (with its hint) when a file is too large, before it is sent
     (the server refuses it anyway). */
  function initFileLimits(root) {
    root.querySelectorAll('input[type="file"][data-max-bytes]').forEach(function (input) {
      input.addEventListener('change', function () {
        const file = input.files && input.files[0];
        const tooLarge = file && file.size > Number(input.dataset.maxBytes);
        const hint = document.getElementById(input.id + '-hint');
        input.setCustomValidity(tooLarge ? (hint ? hint.textContent : 'Too large') : '');
        if (tooLarge) input.reportValidity();
      });
    });
  }

  /* Form parts that apply only to some choices (a computed indicator's formula fields, a weighted mean's weight):
     data-shown-when names the field that decides, data-shown-for its values (space-separated; "-" is the empty
     choice). Other parts are hidden and their controls disabled, so they are not sent. Without script everything
     shows; a part with an error always shows. */
  function initShownWhen(root) {
    root.querySelectorAll('[data-shown-when]').forEach(function (part) {
      const form = part.closest('form');
      const name = part.dataset.shownWhen;
      const values = part.dataset.shownFor.split(' ').map(function (v) { return v === '-' ? '' : v; });
      function current() {
        const checked = form.querySelector('[name="' + name + '"]:checked');
        if (checked) return checked.value;
        const field = form.querySelector('select[name="' + name + '"]');
        return field ? field.value : '';
      }
      function update() {
        const hide = values.indexOf(current()) < 0 && !part.querySelector('.invalid');
        part.hidden = hide;
        part.querySelectorAll('input, select, textarea').forEach(function (c) { c.disabled = hide; });
      }
      form.addEventListener('change', update);
      update();
    });
  }

  /* A period slider (<input type="range" data-period-slider="select-id" hidden>) beside the period select of the
     same GET form: shown with script, it moves the select through the periods and shows the map of the period
     where it is let go. Without script the select and its button do the same. */
  function initPeriodSliders(root) {
    root.querySelectorAll('[data-period-slider]').forEach(function (slider) {
      const select = document.getElementById(slider.dataset.periodSlider);
      const output = slider.form.querySelector('output[for="' + slider.id + '"]');
      function show() {
        select.selectedIndex = Number(slider.value);
        const label = select.options[select.selectedIndex].text;
        slider.setAttribute('aria-valuetext', label);
        if (output) output.textContent = label;
      }
      slider.hidden = false;
      if (output) output.hidden = false;
      slider.addEventListener('input', show);
      slider.addEventListener('change', function () { show(); slider.form.requestSubmit(); });
      select.addEventListener('change', function () { slider.value = String(select.selectedIndex); show(); });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    initPeriodSliders(document);
    initShownWhen(document);
    initPickers(document);
    initChoices(document);
    initRestore();
    focusErrorSummary();
    initSumChecks(document);
    initFileLimits(document);
  });
  document.addEventListener('htmx:afterSwap', function (e) { initPickers(e.target); initChoices(e.target); });
})();
