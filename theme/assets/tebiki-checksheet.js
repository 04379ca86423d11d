// tebiki check sheet (checksheet.html): weights and provider scores for the book's check
// items, weighted totals per phase and overall, kept in localStorage, saved as CSV for Excel.
// The items come from the page's <script type="application/json" id="checksheet-data">, so
// the sheet works from file:// as well as from a server. Plain ES2017, no dependency.
(function () {
  'use strict';

  const MAX_PROVIDERS = 5;
  const MARKS = [  // the answer choices and their points (explained on the page)
    { value: '', label: '－', points: null, name: '未評価' },
    { value: 'o', label: '○', points: 2, name: '満たす' },
    { value: 't', label: '△', points: 1, name: '一部満たす' },
    { value: 'x', label: '×', points: 0, name: '満たさない' },
  ];
  const FULL_POINTS = 2;

  function element(tag, attributes, children) {
    const node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (key) {
      if (key === 'text') node.textContent = attributes[key];
      else node.setAttribute(key, attributes[key]);
    });
    (children || []).forEach(function (child) { node.appendChild(child); });
    return node;
  }

  function pointsOf(mark) {
    const found = MARKS.find(function (m) { return m.value === mark; });
    return found ? found.points : null;
  }

  // --- state: what the user entered, saved in localStorage -------------------------------

  function defaultState(data) {
    const weights = {};
    data.items.forEach(function (item) { weights[item.id] = item.weight; });
    return { count: 3, names: ['事業者A', '事業者B', '事業者C', '事業者D', '事業者E'], weights: weights, scores: {} };
  }

  function loadState(data) {
    const state = defaultState(data);
    try {
      const saved = JSON.parse(localStorage.getItem(data.storageKey) || 'null');
      if (saved && typeof saved === 'object') {
        if (saved.count >= 1 && saved.count <= MAX_PROVIDERS) state.count = saved.count;
        if (Array.isArray(saved.names)) saved.names.slice(0, MAX_PROVIDERS).forEach(function (n, i) { if (typeof n === 'string') state.names[i] = n; });
        Object.assign(state.weights, saved.weights || {});
        Object.assign(state.scores, saved.scores || {});
      }
    } catch (e) { /* storage unavailable or damaged: start afresh */ }
    return state;
  }

  function saveState(data, state) {
    try { localStorage.setItem(data.storageKey, JSON.stringify(state)); } catch (e) { /* not kept */ }
  }

  // --- totals --------------------------------------------------------------------------

  /// { score, full } per provider for the given items.
  function totals(items, state) {
    const result = [];
    for (let p = 0; p < state.count; p++) {
      let score = 0;
      let full = 0;
      items.forEach(function (item) {
        const weight = Number(state.weights[item.id]) || 0;
        const points = pointsOf((state.scores[item.id] || [])[p] || '');
        full += weight * FULL_POINTS;
        score += weight * (points || 0);
      });
      result.push({ score: score, full: full });
    }
    return result;
  }

  function totalText(total) {
    const rate = total.full ? Math.round((total.score / total.full) * 100) : 0;
    return total.score + ' / ' + total.full + '（' + rate + '%）';
  }

  // --- the form ------------------------------------------------------------------------

  function providerName(state, p) {
    return state.names[p] || '事業者' + (p + 1);
  }

  function weightSelect(item, state, onChange) {
    const select = element('select', { 'aria-label': item.id + ' の重み', 'data-item': item.id, class: 'checksheet-weight' });
    [3, 2, 1, 0].forEach(function (w) {
      const option = element('option', { value: String(w), text: String(w) });
      if (Number(state.weights[item.id]) === w) option.selected = true;
      select.appendChild(option);
    });
    select.addEventListener('change', function () { state.weights[item.id] = Number(select.value); onChange(); });
    return select;
  }

  function scoreSelect(item, p, state, onChange) {
    const select = element('select', { 'aria-label': item.id + ' ' + providerName(state, p) + ' の評価', 'data-item': item.id, 'data-provider': String(p), class: 'checksheet-score' });
    MARKS.forEach(function (mark) {
      const option = element('option', { value: mark.value, text: mark.label + (mark.points === null ? '' : ' ' + mark.name) });
      if (((state.scores[item.id] || [])[p] || '') === mark.value) option.selected = true;
      select.appendChild(option);
    });
    select.addEventListener('change', function () {
      const row = state.scores[item.id] || [];
      row[p] = select.value;
      state.scores[item.id] = row;
      onChange();
    });
    return select;
  }

  function headRow(state) {
    const cells = [element('th', { scope: 'col', text: 'ID' }), element('th', { scope: 'col', text: '確認項目' }), element('th', { scope: 'col', text: '重み' })];
    for (let p = 0; p < state.count; p++) cells.push(element('th', { scope: 'col', class: 'checksheet-provider', text: providerName(state, p) }));
    return element('tr', {}, cells);
  }

  function itemRow(item, state, onChange) {
    const question = element('td', {}, [element('span', { text: item.question }), element('span', { class: 'checksheet-why', text: item.why })]);
    const cells = [element('th', { scope: 'row', text: item.id }), question, element('td', {}, [weightSelect(item, state, onChange)])];
    for (let p = 0; p < state.count; p++) cells.push(element('td', {}, [scoreSelect(item, p, state, onChange)]));
    return element('tr', { id: 'sheet-' + item.id }, cells);
  }

  function totalRow(label, items, state, phase) {
    const cells = [element('th', { scope: 'row', colspan: '3', text: label })];
    totals(items, state).forEach(function (total, p) {
      cells.push(element('td', { class: 'checksheet-total', 'data-phase': phase, 'data-provider': String(p), text: totalText(total) }));
    });
    return element('tr', {}, cells);
  }

  function phaseTable(phase, items, state, onChange) {
    const body = element('tbody', {}, items.map(function (item) { return itemRow(item, state, onChange); }));
    const foot = element('tfoot', {}, [totalRow('小計（' + phase.title + '）', items, state, phase.id)]);
    const table = element('table', { class: 'checksheet-items' }, [element('thead', {}, [headRow(state)]), body, foot]);
    return element('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': phase.title + 'の採点表' }, [table]);
  }

  function summaryTable(data, state) {
    const head = [element('th', { scope: 'col', text: 'フェーズ' })];
    for (let p = 0; p < state.count; p++) head.push(element('th', { scope: 'col', text: providerName(state, p) }));
    const rows = data.phases.map(function (phase) {
      const items = data.items.filter(function (item) { return item.phase === phase.id; });
      const cells = [element('th', { scope: 'row', text: phase.title })];
      totals(items, state).forEach(function (t) { cells.push(element('td', { text: totalText(t) })); });
      return element('tr', {}, cells);
    });
    const all = [element('th', { scope: 'row', text: '合計' })];
    totals(data.items, state).forEach(function (t, p) {
      all.push(element('td', { class: 'checksheet-grand-total', 'data-provider': String(p), text: totalText(t) }));
    });
    const table = element('table', { class: 'checksheet-summary-table' }, [
      element('thead', {}, [element('tr', {}, head)]), element('tbody', {}, rows), element('tfoot', {}, [element('tr', {}, all)])]);
    return element('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': '合計' }, [table]);
  }

  // --- CSV for Excel: UTF-8 with a BOM, CRLF line ends, every field quoted ----------------

  function csvField(value) {
    return '"' + String(value).replace(/"/g, '""') + '"';
  }

  function csvText(data, state) {
    const names = [];
    for (let p = 0; p < state.count; p++) names.push(providerName(state, p));
    const lines = [['フェーズ', 'ID', '確認項目', '重み'].concat(names)];
    data.phases.forEach(function (phase) {
      data.items.filter(function (item) { return item.phase === phase.id; }).forEach(function (item) {
        const scores = names.map(function (name, p) {
          const points = pointsOf((state.scores[item.id] || [])[p] || '');
          return points === null ? '' : points;
        });
        lines.push([phase.title, item.id, item.question, state.weights[item.id]].concat(scores));
      });
    });
    data.phases.forEach(function (phase) {
      const items = data.items.filter(function (item) { return item.phase === phase.id; });
      lines.push(['小計', '', phase.title, ''].concat(totals(items, state).map(function (t) { return t.score + '/' + t.full; })));
    });
    lines.push(['合計', '', '', ''].concat(totals(data.items, state).map(function (t) { return t.score + '/' + t.full; })));
    return '\ufeff' + lines.map(function (line) { return line.map(csvField).join(','); }).join('\r\n') + '\r\n';
  }

  function downloadCsv(data, state) {
    const blob = new Blob([csvText(data, state)], { type: 'text/csv;charset=utf-8' });
    const link = element('a', { href: URL.createObjectURL(blob), download: 'checksheet.csv' });
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
  }

  // --- controls ------------------------------------------------------------------------

  function countSelect(state, onChange) {
    const select = element('select', { id: 'checksheet-count' });
    for (let n = 1; n <= MAX_PROVIDERS; n++) {
      const option = element('option', { value: String(n), text: n + '社' });
      if (n === state.count) option.selected = true;
      select.appendChild(option);
    }
    select.addEventListener('change', function () { state.count = Number(select.value); onChange(true); });
    return element('p', {}, [element('label', { for: 'checksheet-count', text: '比較する事業者の数 ' }), select]);
  }

  function nameInputs(state, onChange) {
    const list = element('p', { class: 'checksheet-names' });
    for (let p = 0; p < state.count; p++) {
      const input = element('input', { type: 'text', id: 'checksheet-name-' + p, value: providerName(state, p), maxlength: '40' });
      input.addEventListener('change', function () { state.names[p] = input.value.trim() || '事業者' + (p + 1); onChange(true); });
      list.appendChild(element('label', { for: input.id, text: '事業者' + (p + 1) + 'の名前 ' }));
      list.appendChild(input);
    }
    return list;
  }

  function buttons(data, state, onChange) {
    const csv = element('button', { type: 'button', id: 'checksheet-csv', text: 'CSVで保存' });
    csv.addEventListener('click', function () { downloadCsv(data, state); });
    const print = element('button', { type: 'button', text: '印刷' });
    print.addEventListener('click', function () { window.print(); });
    const reset = element('button', { type: 'button', id: 'checksheet-reset', text: '入力を消去' });
    reset.addEventListener('click', function () {
      if (!window.confirm('重みと評価をすべて初期状態に戻しますか。')) return;
      Object.assign(state, defaultState(data));
      onChange(true);
    });
    return element('p', { class: 'checksheet-buttons' }, [csv, print, reset]);
  }

  function init() {
    const source = document.getElementById('checksheet-data');
    const controls = document.getElementById('checksheet-controls');
    if (!source || !controls) return;
    const data = JSON.parse(source.textContent);
    const state = loadState(data);

    // Totals are redrawn on every change; the whole form only when columns change, so the
    // focus stays where the user is.
    function render() {
      controls.replaceChildren(countSelect(state, changed), nameInputs(state, changed), buttons(data, state, changed));
      document.querySelectorAll('.checksheet-phase').forEach(function (section) {
        const phase = data.phases.find(function (p) { return p.id === section.getAttribute('data-phase'); });
        const items = data.items.filter(function (item) { return phase && item.phase === phase.id; });
        section.querySelector('.checksheet-table').replaceChildren(phaseTable(phase, items, state, changed));
      });
      renderTotals();
    }
    function renderTotals() {
      document.querySelectorAll('.checksheet-phase').forEach(function (section) {
        const id = section.getAttribute('data-phase');
        const items = data.items.filter(function (item) { return item.phase === id; });
        totals(items, state).forEach(function (t, p) {
          const cell = section.querySelector('.checksheet-total[data-provider="' + p + '"]');
          if (cell) cell.textContent = totalText(t);
        });
      });
      document.querySelector('.checksheet-summary .checksheet-table').replaceChildren(summaryTable(data, state));
    }
    function changed(columns) {
      saveState(data, state);
      if (columns === true) render();
      else renderTotals();
    }
    render();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
}());
