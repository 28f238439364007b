// Self-assessment checklists: scoring, progress, conditional items, save and resume,
// export, print and share — entirely in the browser. Answers never leave it unless the
// user exports or shares them. Rules come from the checklist's compiled script
// (self.antqChecklists[id]); evaluate() mirrors the generator's Java Evaluator exactly.
'use strict';

(function () {
  // Three-valued logic: null is "unknown" (unanswered, hidden, not applicable).
  const R = {
    and: (a, b) => (a === false || b === false ? false : a === null || b === null ? null : true),
    or: (a, b) => (a === true || b === true ? true : a === null || b === null ? null : false),
    not: (a) => (a === null ? null : !a),
    neg: (a) => (a === null ? null : -a),
    eq: (a, b) => (a === null || b === null ? null : a === b),
    ne: (a, b) => (a === null || b === null ? null : a !== b),
    lt: (a, b) => (a === null || b === null ? null : a < b),
    le: (a, b) => (a === null || b === null ? null : a <= b),
    gt: (a, b) => (a === null || b === null ? null : a > b),
    ge: (a, b) => (a === null || b === null ? null : a >= b),
    add: (a, b) => (a === null || b === null ? null : a + b),
    sub: (a, b) => (a === null || b === null ? null : a - b),
    mul: (a, b) => (a === null || b === null ? null : a * b),
    div: (a, b) => (a === null || b === null || b === 0 ? null : a / b),
  };
  const NUMBER = /^-?\d+(\.\d+)?$/;
  const isCriterion = (item) => item.kind === 'yes-no' || item.kind === 'not-happened' || item.kind === 'computed';

  /**
   * Evaluates one answer set: {outcome, score, answered, total, sections, visible, missing,
   * errors (item id → number|min|max|integer|constraint), failed, values}.
   */
  function evaluate(def, answers) {
    const v = {};
    const visible = new Set();
    const na = new Set();
    const errors = {};
    const done = [];
    const countable = (i) => visible.has(i.id) && i.kind !== 'computed' && !na.has(i.id);
    const met = (i) => (isCriterion(i) ? v[i.id] : v[i.id] === null ? null : true);
    const earns = (i) => isCriterion(i) && visible.has(i.id) && !na.has(i.id) && v[i.id] === true;
    const s = {
      allMet() {
        let unknown = false;
        for (const i of done) {
          if (!i.required || !visible.has(i.id) || na.has(i.id)) continue;
          const m = met(i);
          if (m === false) return false;
          if (m === null) unknown = true;
        }
        return unknown ? null : true;
      },
      score: () => done.reduce((sum, i) => sum + (earns(i) ? i.points || 0 : 0), 0),
      countMet: () => done.filter(earns).length,
      answered: (id) => v[id] !== null,
      isNa: (id) => na.has(id),
    };
    for (const item of def.items) {
      done.push(item);
      if (item.when && item.when(v, s, R) !== true) {
        v[item.id] = null;
        continue;
      }
      visible.add(item.id);
      const raw = Object.prototype.hasOwnProperty.call(answers, item.id) ? answers[item.id] : null;
      let value = null;
      if (item.kind === 'computed') {
        const r = item.rule(v, s, R);
        value = typeof r === 'boolean' ? r : null;
      } else if (raw === 'na' && item.na) {
        na.add(item.id);
      } else if (typeof raw === 'string') {
        if (item.kind === 'yes-no' || item.kind === 'not-happened') {
          value = raw === 'yes' ? true : raw === 'no' ? false : null;
        } else if (item.kind === 'number') {
          const d = Number(raw);
          const error = !NUMBER.test(raw) ? 'number'
            : item.min !== undefined && d < item.min ? 'min'
              : item.max !== undefined && d > item.max ? 'max'
                : item.integer && d !== Math.floor(d) ? 'integer' : null;
          if (error) errors[item.id] = error;
          else value = d;
        } else if (item.kind === 'choice') {
          value = item.options.includes(raw) ? raw : null;
        }
      }
      v[item.id] = value;
      if (value !== null && item.constraint && item.constraint(v, s, R) === false) {
        errors[item.id] = 'constraint';
        v[item.id] = null;
      }
    }
    let outcome = '';
    if (Object.keys(errors).length > 0) {
      // an impossible answer never yields an outcome
    } else if (def.type === 'pass-fail') {
      const o = def.outcomes.find((x) => x.when(v, s, R) === true);
      if (o) outcome = o.id;
    } else {
      const final = done.every((i) => !(i.points > 0) || !visible.has(i.id) || na.has(i.id) || v[i.id] !== null);
      if (final) {
        const score = s.score();
        const band = def.bands.find((b) => b.min !== null && score >= b.min);
        if (band) outcome = band.id;
      }
    }
    const sections = {};
    for (const i of def.items) {
      const p = sections[i.section] || (sections[i.section] = [0, 0]);
      if (countable(i)) {
        p[1]++;
        if (v[i.id] !== null) p[0]++;
      }
    }
    const sectionProgress = {};
    for (const [id, [a, t]] of Object.entries(sections)) sectionProgress[id] = a + '/' + t;
    const countables = def.items.filter(countable);
    return {
      outcome,
      score: s.score(),
      answered: countables.filter((i) => v[i.id] !== null).length,
      total: countables.length,
      sections: sectionProgress,
      visible: Array.from(visible),
      missing: def.items.filter((i) => i.required && countable(i) && v[i.id] === null && !(i.id in errors)).map((i) => i.id),
      errors,
      failed: def.items.filter((i) => isCriterion(i) && visible.has(i.id) && !na.has(i.id) && v[i.id] === false).map((i) => i.id),
      values: v,
    };
  }

  self.antqChecklistRuntime = { evaluate, R };

  // ---------------------------------------------------------------- the page
  const form = document.querySelector('form[data-checklist]');
  if (!form) return;
  const id = form.dataset.checklist;
  const def = (self.antqChecklists || {})[id];
  const $ = (sel, root = document) => root.querySelector(sel);
  const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));
  const text = (key) => (form.dataset[key] || '');
  const notice = $('[data-checklist-notice]');
  const say = (message) => {
    const p = document.createElement('p');
    p.textContent = message;
    notice.appendChild(p);
    notice.hidden = false;
  };
  if (!def) {
    say(text('msgMissingScript'));
    return;
  }
  const storageKey = 'antq-checklist:' + id;
  const byId = new Map(def.items.map((i) => [i.id, i]));

  $$('[data-js-only]').forEach((el) => { el.hidden = false; });
  $$('[data-no-js]').forEach((el) => { el.hidden = true; });

  function readAnswers() {
    const answers = {};
    for (const item of def.items) {
      if (item.kind === 'computed') continue;
      const inputs = $$(`[name="${item.id}"]`, form);
      for (const input of inputs) {
        if (input.type === 'radio' || input.type === 'checkbox') {
          if (input.checked) answers[item.id] = input.value;
        } else if (input.value.trim() !== '') {
          answers[item.id] = input.value.trim();
        }
      }
    }
    return answers;
  }

  function readNotes() {
    const notes = {};
    for (const area of $$('textarea[data-note]', form)) if (area.value.trim()) notes[area.dataset.note] = area.value;
    return notes;
  }

  /** Puts saved or shared answers into the form; returns how many were applied. */
  function applyAnswers(answers, notes) {
    let applied = 0;
    for (const [itemId, value] of Object.entries(answers || {})) {
      const item = byId.get(itemId);
      if (!item || item.kind === 'computed' || typeof value !== 'string') continue;
      const inputs = $$(`[name="${itemId}"]`, form);
      if (item.kind === 'number') {
        if (NUMBER.test(value) && inputs[0]) { inputs[0].value = value; applied++; }
        continue;
      }
      const match = inputs.find((i) => i.value === value);
      if (match) { match.checked = true; applied++; }
    }
    for (const [itemId, note] of Object.entries(notes || {})) {
      const area = $(`textarea[data-note="${itemId}"]`, form);
      if (area && typeof note === 'string') area.value = note;
    }
    return applied;
  }

  function clearForm() {
    for (const input of $$('input, textarea, select', form)) {
      if (input.type === 'radio' || input.type === 'checkbox') input.checked = false;
      else input.value = '';
    }
  }

  const label = (outcomeId) => {
    const li = $(`[data-outcome-label="${outcomeId}"]`);
    return li ? li.textContent : outcomeId;
  };

  let last = null;
  function update(save = true) {
    const answers = readAnswers();
    const r = evaluate(def, answers);
    last = { answers, result: r };
    const visible = new Set(r.visible);
    for (const el of $$('[data-item]', form)) el.hidden = !visible.has(el.dataset.item);
    for (const out of $$('[data-computed]', form)) {
      const value = r.values[out.dataset.computed];
      out.textContent = value === true ? text('msgMet') : value === false ? text('msgNotMet') : text('msgUnknown');
      out.dataset.state = value === true ? 'met' : value === false ? 'not-met' : 'unknown';
    }
    const result = $('[data-checklist-result]');
    result.setAttribute('data-checklist-result', r.outcome);
    result.textContent = r.outcome ? label(r.outcome) : text('msgNoResult');
    const score = $('[data-checklist-score]');
    if (score) {
      score.setAttribute('data-checklist-score', String(r.score));
      score.textContent = String(r.score);
    }
    const progress = $('[data-checklist-progress]');
    progress.setAttribute('data-checklist-progress', r.answered + '/' + r.total);
    progress.textContent = r.answered + '/' + r.total;
    const bar = $('progress[data-progress-bar]');
    if (bar) { bar.max = Math.max(1, r.total); bar.value = r.answered; }
    for (const el of $$('[data-section-progress]', form)) {
      el.textContent = text('msgSectionProgress').replace('{0}', r.sections[el.dataset.sectionProgress] || '0/0');
    }
    const missing = $('[data-missing]');
    const list = $('ul', missing);
    list.textContent = '';
    for (const itemId of r.missing) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = '#item-' + itemId;
      a.textContent = $(`[data-item="${itemId}"] .item-text`, form).textContent;
      li.appendChild(a);
      list.appendChild(li);
    }
    missing.hidden = r.missing.length === 0;
    if (save) persist();
  }

  function persist() {
    try {
      localStorage.setItem(storageKey, JSON.stringify({
        version: def.version, answers: readAnswers(), notes: readNotes(), unit: unitName(),
      }));
    } catch (e) {
      // storage full or disabled (private mode): the form still works, it just will not resume
    }
  }

  const unitInput = $('[data-unit]', form);
  const unitName = () => (unitInput ? unitInput.value.trim() : '');

  function restore() {
    const hash = location.hash;
    if (hash.startsWith('#tra-loi=')) {
      try {
        const data = JSON.parse(decodeShare(hash.slice('#tra-loi='.length)));
        clearForm();
        const applied = applyAnswers(data.a, {});
        say(text('msgShared').replace('{0}', applied));
        history.replaceState(null, '', location.pathname + location.search);
        return;
      } catch (e) {
        say(text('msgBadShare'));
      }
    }
    let raw = null;
    try { raw = localStorage.getItem(storageKey); } catch (e) { raw = null; }
    if (!raw) return;
    let data;
    try {
      data = JSON.parse(raw);
      if (!data || typeof data !== 'object' || typeof data.answers !== 'object' || data.answers === null) throw new Error('shape');
    } catch (e) {
      say(text('msgCorrupt'));
      try { localStorage.removeItem(storageKey); } catch (ignored) { /* nothing to clean */ }
      return;
    }
    const applied = applyAnswers(data.answers, data.notes);
    if (unitInput && typeof data.unit === 'string') unitInput.value = data.unit;
    if (data.version !== def.version) {
      say(text('msgNewVersion').replace('{0}', def.version).replace('{1}', applied));
    } else if (applied > 0) {
      say(text('msgResumed').replace('{0}', applied));
    }
  }

  // Share links carry the answers in the fragment, which browsers never send to a server.
  function encodeShare(obj) {
    const bytes = new TextEncoder().encode(JSON.stringify(obj));
    let bin = '';
    bytes.forEach((b) => { bin += String.fromCharCode(b); });
    return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }
  function decodeShare(s) {
    const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
  }

  function download(name, type, content) {
    const url = URL.createObjectURL(new Blob([content], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  function answerLabel(itemId, value) {
    if (value === undefined) return '';
    const input = $$(`[name="${itemId}"]`, form).find((i) => i.value === value && (i.type === 'radio' || i.type === 'checkbox'));
    if (input && input.labels && input.labels[0]) return input.labels[0].textContent.trim();
    return value;
  }

  function exportObject() {
    update(false);
    const { answers, result } = last;
    return {
      checklist: id,
      title: document.title,
      version: def.version,
      unit: unitName(),
      exportedAt: new Date().toISOString(),
      outcome: result.outcome,
      outcomeLabel: result.outcome ? label(result.outcome) : '',
      score: result.score,
      progress: result.answered + '/' + result.total,
      answers,
      notes: readNotes(),
    };
  }

  const csvField = (s) => '"' + String(s).replace(/"/g, '""') + '"';
  function exportCsv() {
    const data = exportObject();
    const rows = [[text('csvId'), text('csvQuestion'), text('csvAnswer'), text('csvNote')]];
    for (const item of def.items) {
      if (!last.result.visible.includes(item.id)) continue;
      const question = $(`[data-item="${item.id}"] .item-text`, form).textContent.trim();
      let answer = answerLabel(item.id, data.answers[item.id]);
      if (item.kind === 'computed') answer = $(`[data-computed="${item.id}"]`, form).textContent;
      rows.push([item.id, question, answer, data.notes[item.id] || '']);
    }
    rows.push(['', text('csvResult'), data.outcomeLabel, '']);
    // BOM so spreadsheet programs read the Vietnamese as UTF-8
    return '\uFEFF' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
  }

  function fillReport() {
    const data = exportObject();
    $('[data-report-unit]').textContent = data.unit || '—';
    $('[data-report-date]').textContent = new Date().toLocaleDateString('vi-VN');
    $('[data-report-result]').textContent = data.outcomeLabel || text('msgNoResult');
    $('[data-report-progress]').textContent = data.progress;
    const body = $('[data-report-rows]');
    body.textContent = '';
    for (const item of def.items) {
      if (!last.result.visible.includes(item.id)) continue;
      const tr = document.createElement('tr');
      const q = document.createElement('td');
      q.textContent = $(`[data-item="${item.id}"] .item-text`, form).textContent.trim();
      const a = document.createElement('td');
      a.textContent = item.kind === 'computed' ? $(`[data-computed="${item.id}"]`, form).textContent
        : answerLabel(item.id, data.answers[item.id]) || '—';
      const n = document.createElement('td');
      n.textContent = data.notes[item.id] || '';
      tr.append(q, a, n);
      body.appendChild(tr);
    }
  }

  let resetArmed = null;
  const actions = {
    'export-json': () => download(id + '.json', 'application/json', JSON.stringify(exportObject(), null, 2)),
    'export-csv': () => download(id + '.csv', 'text/csv;charset=utf-8', exportCsv()),
    print: () => { fillReport(); window.print(); },
    share: () => {
      const url = location.href.split('#')[0] + '#tra-loi=' + encodeShare({ v: def.version, a: readAnswers() });
      const out = $('[data-share-output]');
      out.value = url;
      out.hidden = false;
      out.select();
      if (navigator.clipboard) navigator.clipboard.writeText(url).catch(() => { /* the link is shown to copy by hand */ });
    },
    reset: (button) => {
      // two presses, no dialog: a slip of the finger must not wipe a unit's work
      if (resetArmed !== button) {
        resetArmed = button;
        button.dataset.label = button.textContent;
        button.textContent = text('msgResetConfirm');
        setTimeout(() => {
          if (resetArmed === button) { resetArmed = null; button.textContent = button.dataset.label; }
        }, 5000);
        return;
      }
      resetArmed = null;
      button.textContent = button.dataset.label;
      clearForm();
      try { localStorage.removeItem(storageKey); } catch (e) { /* nothing saved */ }
      update(false);
    },
  };
  for (const button of $$('[data-action]')) {
    const action = actions[button.dataset.action];
    if (action) button.addEventListener('click', () => action(button));
  }
  window.addEventListener('beforeprint', fillReport);
  form.addEventListener('input', () => update());
  form.addEventListener('change', () => update());
  form.addEventListener('submit', (e) => { e.preventDefault(); update(); });
  restore();
  update();
})();
