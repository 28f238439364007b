// A self-assessment checklist page: progress, conditional items, refused answers, criteria
// not met, save and resume (several units' copies), share links, exports and the printed
// report. Rules: checklist-rules.js; storage and files: checklist-store.js.
'use strict';

(function () {
  const { evaluate, isCriterion } = self.antqChecklistRuntime;
  const { STORE, unitKey, fileName, hasAnswers, emptyCopy, loadStore, saveStore, keepStorage, download } = self.antqChecklistStore;
  const form = document.querySelector('form[data-checklist]');
  if (!form) return;
  const id = form.dataset.checklist;
  const def = (self.antqChecklists || {})[id];
  const $ = (sel, root = document) => root.querySelector(sel);
  const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));
  const text = (key) => (form.dataset[key] || '');
  const notice = $('[data-checklist-notice]');
  const say = (message, append = false) => {
    if (!append) notice.textContent = '';
    const p = document.createElement('p');
    p.textContent = message;
    notice.appendChild(p);
    notice.hidden = false;
  };
  if (!def) {
    say(text('msgMissingScript'));
    return;
  }
  const storageKey = STORE + id;
  const byId = new Map(def.items.map((i) => [i.id, i]));
  const unitInput = $('[data-unit]', form);
  const unitName = () => (unitInput ? unitInput.value.trim() : '');
  const itemText = (itemId) => $(`[data-item="${itemId}"] .item-text`, form).textContent.trim();
  const vn = (n) => String(n).replace('.', ',');
  let store = null;
  let activeKey = null;
  let pendingShare = null; // shared answers shown read-only until the user chooses
  const touched = new Set(); // number fields left at least once: only then is unreadable text an error

  $$('[data-js-only]').forEach((el) => { el.hidden = false; });
  $$('[data-no-js]').forEach((el) => { el.hidden = true; });

  /** The form's answers; a number field holding text the browser cannot read as a number gives '?'. */
  function readAnswers(withUnreadable = true) {
    const answers = {};
    for (const item of def.items) {
      if (item.kind === 'computed') continue;
      for (const input of $$(`[name="${item.id}"]`, form)) {
        if (input.type === 'radio' || input.type === 'checkbox') {
          if (input.checked) answers[item.id] = input.value;
        } else if (input.value.trim() !== '') {
          answers[item.id] = input.value.trim();
        } else if (withUnreadable && input.validity && input.validity.badInput && touched.has(item.id)) {
          answers[item.id] = '?';
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

  function applyAnswers(answers, notes) {
    for (const [itemId, value] of Object.entries(answers || {})) {
      const item = byId.get(itemId);
      if (!item || item.kind === 'computed' || typeof value !== 'string') continue;
      const inputs = $$(`[name="${itemId}"]`, form);
      const choice = inputs.find((i) => (i.type === 'radio' || i.type === 'checkbox') && i.value === value);
      const number = inputs.find((i) => i.type === 'number');
      if (choice) choice.checked = true; // an option, or "không áp dụng" of a number item
      else if (number) number.value = value;
    }
    for (const [itemId, note] of Object.entries(notes || {})) {
      const area = $(`textarea[data-note="${itemId}"]`, form);
      if (area && typeof note === 'string') area.value = note;
    }
  }

  function clearForm() {
    touched.clear();
    for (const input of $$('input, textarea', form)) {
      if (input.type === 'radio' || input.type === 'checkbox') input.checked = false;
      else input.value = '';
    }
  }

  function showCopy(copy) {
    clearForm();
    applyAnswers(copy.answers, copy.notes);
    if (unitInput) unitInput.value = copy.unit || '';
  }

  const label = (outcomeId) => {
    const li = $(`[data-outcome-label="${outcomeId}"]`);
    return li ? li.textContent : outcomeId;
  };
  const progressOf = (answers) => {
    const r = evaluate(def, answers || {});
    return r.answered + '/' + r.total;
  };

  function errorMessage(itemId, kind) {
    const item = byId.get(itemId);
    const input = $(`[name="${itemId}"]`, form);
    switch (kind) {
      case 'min': return text('msgErrorMin').replace('{0}', vn(item.min));
      case 'max': return text('msgErrorMax').replace('{0}', vn(item.max));
      case 'integer': return text('msgErrorInteger');
      case 'constraint': return (input && input.dataset.constraintMessage) || '';
      default: return text('msgErrorNumber');
    }
  }

  function links(container, ids, textOf) {
    const list = $('ul, ol', container);
    list.textContent = '';
    for (const itemId of ids) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = '#item-' + itemId;
      a.textContent = textOf(itemId);
      li.appendChild(a);
      list.appendChild(li);
    }
    container.hidden = ids.length === 0;
  }

  /** GOV.UK pattern: a summary at the top linking to each refused answer, the message beside its field. */
  function showErrors(errors) {
    for (const el of $$('[data-item-error]', form)) {
      const itemId = el.id.slice('error-'.length);
      const kind = errors[itemId];
      el.textContent = kind ? errorMessage(itemId, kind) : '';
      el.hidden = !kind;
      for (const input of $$(`[name="${itemId}"]`, form)) {
        const described = (input.getAttribute('aria-describedby') || '').split(' ').filter((x) => x && x !== el.id);
        if (kind) {
          input.setAttribute('aria-invalid', 'true');
          described.push(el.id);
        } else {
          input.removeAttribute('aria-invalid');
        }
        if (described.length) input.setAttribute('aria-describedby', described.join(' '));
        else input.removeAttribute('aria-describedby');
      }
      $(`[data-item="${itemId}"]`, form).classList.toggle('has-error', !!kind);
    }
    const summary = $('[data-checklist-errors]');
    const ids = Object.keys(errors);
    $('[data-errors-title]', summary).textContent = text('msgErrorsTitle').replace('{0}', ids.length);
    links(summary, ids, (itemId) => itemText(itemId) + ' — ' + errorMessage(itemId, errors[itemId]));
  }

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
    const hasErrors = Object.keys(r.errors).length > 0;
    const outcomeText = hasErrors ? text('msgHasErrors') : r.outcome ? label(r.outcome) : text('msgNoResult');
    const result = $('[data-checklist-result]');
    result.setAttribute('data-checklist-result', r.outcome);
    result.textContent = outcomeText;
    $('[data-result-text]').textContent = outcomeText;
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
    showErrors(r.errors);
    links($('[data-checklist-failed]'), r.outcome ? r.failed : [], itemText);
    links($('[data-missing]'), r.missing, itemText);
    if (save) persist(true);
  }

  /** What an export (and the list page's "export everything") says of the result. */
  function resultSummary(r, answers) {
    const criteria = {};
    for (const i of def.items) {
      if (!isCriterion(i) || !r.visible.includes(i.id)) continue;
      const value = r.values[i.id];
      criteria[i.id] = value === true ? 'met' : value === false ? 'not-met' : answers[i.id] === 'na' && i.na ? 'na' : 'unknown';
    }
    return {
      title: form.dataset.title,
      outcome: r.outcome,
      outcomeLabel: r.outcome ? label(r.outcome) : '',
      score: r.score,
      scored: def.type === 'score',
      progress: r.answered + '/' + r.total,
      criteria,
      failed: r.outcome ? r.failed : [],
      errors: Object.keys(r.errors),
    };
  }

  function persist(changed) {
    if (pendingShare || !store) return;
    const copy = store.copies[activeKey];
    copy.version = def.version;
    copy.answers = readAnswers(false);
    copy.notes = readNotes();
    copy.unit = unitName();
    if (changed) copy.changedAt = Date.now();
    copy.result = resultSummary(evaluate(def, copy.answers), copy.answers);
    store.active = activeKey;
    if (saveStore(storageKey, store) && hasAnswers(copy)) keepStorage();
    renderCopies();
  }

  // ------------------------------------------------ several units' copies on one office computer
  const copySelect = $('[data-copies]', form);
  function renderCopies() {
    copySelect.textContent = '';
    for (const [key, copy] of Object.entries(store.copies)) {
      const live = key === activeKey && !pendingShare;
      const option = new Option(text('msgCopyLabel').replace('{0}', (live ? unitName() : copy.unit) || text('msgNoUnit'))
        .replace('{1}', progressOf(live ? readAnswers(false) : copy.answers)), key);
      option.selected = key === activeKey;
      copySelect.appendChild(option);
    }
  }
  function switchTo(key) {
    persist(false);
    activeKey = key;
    showCopy(store.copies[key]);
    update(false);
    persist(false);
  }
  function newKey() {
    let n = Object.keys(store.copies).length + 1;
    while (store.copies['b' + n]) n++;
    return 'b' + n;
  }
  copySelect.addEventListener('change', (e) => {
    e.stopPropagation();
    switchTo(copySelect.value);
  });
  copySelect.addEventListener('input', (e) => e.stopPropagation());

  // --------------------------------------------------------------------------- share links
  // Share links carry the answers in the fragment, which browsers never send to a server.
  function encodeShare(obj) {
    const bytes = new TextEncoder().encode(JSON.stringify(obj));
    let bin = '';
    bytes.forEach((b) => { bin += String.fromCharCode(b); });
    return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }
  function decodeShare(s) {
    const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
    const data = JSON.parse(new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0))));
    if (!data || typeof data !== 'object' || typeof data.a !== 'object' || data.a === null) throw new Error('shape');
    return { answers: data.a, notes: data.n && typeof data.n === 'object' ? data.n : null, unit: typeof data.u === 'string' ? data.u : '' };
  }
  const dropFragment = () => history.replaceState(null, '', location.pathname + location.search);
  const sameAnswers = (a, b) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
  const choice = $('[data-share-choice]');

  function setReadOnly(on) {
    for (const el of $$('input, textarea, select, button', form)) el.disabled = on;
    if (on) return;
    for (const el of $$('.differs', form)) el.classList.remove('differs');
    for (const el of $$('.tag-differs', form)) el.remove();
  }

  function offerShared(shared, mine) {
    pendingShare = shared;
    showCopy({ answers: shared.answers, notes: shared.notes || {}, unit: shared.unit });
    setReadOnly(true);
    update(false);
    // the questions answered differently are marked, so the choice is an informed one
    const differs = def.items.filter((i) => (shared.answers[i.id] || '') !== (mine.answers[i.id] || '')).map((i) => i.id);
    for (const itemId of differs) {
      const item = $(`[data-item="${itemId}"]`, form);
      item.classList.add('differs');
      const tag = document.createElement('span');
      tag.className = 'tag tag-differs';
      tag.textContent = text('msgDiffers');
      $('legend', item).append(' ', tag);
    }
    $('[data-share-choice-text]', choice).textContent = text('msgShareChoice')
      .replace('{0}', shared.unit || text('msgNoUnit')).replace('{1}', progressOf(shared.answers))
      .replace('{2}', mine.unit || text('msgNoUnit')).replace('{3}', progressOf(mine.answers))
      .replace('{4}', differs.length);
    renderCopies();
    choice.hidden = false;
    notice.hidden = true;
    choice.focus(); // arriving from a link, the choice is the first thing to see and hear
  }

  const choices = {
    'keep-shared': () => {
      const shared = pendingShare;
      const mine = store.copies[activeKey];
      pendingShare = null;
      setReadOnly(false);
      choice.hidden = true;
      if (shared.unit && unitKey(shared.unit) === unitKey(mine.unit || '')) {
        // a link too long for its notes carries none: the unit's own notes stay
        if (!shared.notes) applyAnswers({}, mine.notes);
        say(text('msgShareTaken').replace('{0}', shared.unit));
      } else {
        // the user's own answers stay as a copy of their own: nothing is ever lost
        activeKey = newKey();
        store.copies[activeKey] = emptyCopy();
        say(text('msgShareTakenCopy').replace('{0}', shared.unit || text('msgNoUnit')));
      }
      persist(true);
      dropFragment();
    },
    'keep-mine': () => {
      pendingShare = null;
      setReadOnly(false);
      choice.hidden = true;
      showCopy(store.copies[activeKey]);
      update(false);
      say(text('msgShareKeptMine'));
      dropFragment();
    },
  };

  /** A share link in the address: applied at once over an empty copy, else offered. False when there is none. */
  function openShared() {
    if (!location.hash.startsWith('#tra-loi=') || pendingShare) return false;
    let shared;
    try {
      shared = decodeShare(location.hash.slice('#tra-loi='.length));
    } catch (e) {
      say(text('msgBadShare'));
      dropFragment();
      return false;
    }
    const mine = store.copies[activeKey];
    if (!hasAnswers(mine) && !mine.unit) {
      showCopy({ answers: shared.answers, notes: shared.notes || {}, unit: shared.unit });
      update(false);
      persist(true);
      say(text('msgShared').replace('{0}', last.result.answered + '/' + last.result.total));
      dropFragment();
    } else if (sameAnswers(shared.answers, mine.answers) && unitKey(shared.unit) === unitKey(mine.unit || '')) {
      say(text('msgShareSame'));
      dropFragment();
    } else {
      offerShared(shared, mine);
      return true;
    }
    update(false);
    renderCopies();
    return true;
  }

  function restore() {
    const loaded = loadStore(storageKey);
    store = loaded.store;
    activeKey = store.active;
    if (loaded.corrupt) {
      say(text('msgCorrupt'));
      try { localStorage.removeItem(storageKey); } catch (ignored) { /* nothing to clean */ }
    }
    const mine = store.copies[activeKey];
    showCopy(mine);
    if (openShared()) return;
    if (hasAnswers(mine)) {
      update(false);
      const done = last.result.answered + '/' + last.result.total;
      if (mine.version !== undefined && mine.version !== def.version) say(text('msgNewVersion').replace('{0}', def.version).replace('{1}', done));
      else say(text('msgResumed').replace('{0}', done));
    }
    update(false);
    renderCopies();
  }

  // ------------------------------------------------------------------- exports and the report
  function answerLabel(itemId, value) {
    if (value === undefined) return '';
    if (byId.get(itemId).kind === 'number') return vn(value);
    const input = $$(`[name="${itemId}"]`, form).find((i) => i.value === value && (i.type === 'radio' || i.type === 'checkbox'));
    if (input && input.labels && input.labels[0]) return input.labels[0].textContent.trim();
    return value;
  }
  const shownAnswer = (item, answers) => (item.kind === 'computed' ? $(`[data-computed="${item.id}"]`, form).textContent
    : answerLabel(item.id, answers[item.id]));
  const basisOf = (itemId) => {
    const b = $(`[data-item="${itemId}"] .basis-text`, form);
    return b ? b.textContent.trim() : '';
  };

  function exportObject() {
    update(false);
    const answers = readAnswers(false);
    return Object.assign({ checklist: id }, resultSummary(last.result, answers), {
      version: def.version, unit: unitName(), exportedAt: new Date().toISOString(), answers, notes: readNotes(),
    });
  }

  function exported() {
    const copy = store.copies[activeKey];
    copy.exportedAt = Date.now();
    saveStore(storageKey, store);
    if (!unitName()) say(text('msgExportNoUnit'));
  }

  const csvField = (s) => '"' + String(s).replace(/"/g, '""') + '"';
  function exportCsv() {
    const data = exportObject();
    const date = new Date(data.exportedAt).toLocaleDateString('vi-VN');
    const title = form.dataset.title;
    const rows = [['csvUnit', 'csvDate', 'csvChecklist', 'csvId', 'csvQuestion', 'csvBasis', 'csvAnswer', 'csvNote'].map(text)];
    for (const item of def.items) {
      if (!last.result.visible.includes(item.id)) continue;
      rows.push([data.unit, date, title, item.id, itemText(item.id), basisOf(item.id), shownAnswer(item, data.answers),
        data.notes[item.id] || '']);
    }
    rows.push([data.unit, date, title, 'ket_qua', text('csvResult'), '', data.outcomeLabel || $('[data-result-text]').textContent, '']);
    if (data.scored) rows.push([data.unit, date, title, 'diem', text('csvScore'), '', String(data.score), '']);
    // BOM so spreadsheet programs read the Vietnamese as UTF-8
    return '\uFEFF' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
  }

  function fillReport() {
    const data = exportObject();
    $('[data-report-unit]').textContent = data.unit || '—';
    $('[data-report-date]').textContent = new Date().toLocaleDateString('vi-VN');
    $('[data-report-result]').textContent = $('[data-result-text]').textContent;
    $('[data-report-progress]').textContent = data.progress;
    const score = $('[data-report-score]');
    if (score) score.textContent = String(data.score);
    const plain = (container, ids) => {
      const list = $('ol', container);
      list.textContent = '';
      for (const itemId of ids) {
        const li = document.createElement('li');
        li.textContent = itemText(itemId) + (basisOf(itemId) ? ' (' + basisOf(itemId) + ')' : '');
        list.appendChild(li);
      }
      container.hidden = ids.length === 0;
    };
    plain($('[data-report-failed]'), data.failed);
    plain($('[data-report-missing]'), last.result.missing);
    const body = $('[data-report-rows]');
    body.textContent = '';
    for (const item of def.items) {
      if (!last.result.visible.includes(item.id)) continue;
      const tr = document.createElement('tr');
      for (const cell of [itemText(item.id), basisOf(item.id), shownAnswer(item, data.answers) || '—', data.notes[item.id] || '']) {
        const td = document.createElement('td');
        td.textContent = cell;
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
  }

  // two presses, no dialog: a slip of the finger must not wipe a unit's work
  const armed = new Map();
  function confirmed(button, message) {
    if (armed.get(button)) {
      clearTimeout(armed.get(button));
      armed.delete(button);
      button.textContent = button.dataset.label;
      return true;
    }
    button.dataset.label = button.textContent;
    button.textContent = message;
    armed.set(button, setTimeout(() => { armed.delete(button); button.textContent = button.dataset.label; }, 5000));
    return false;
  }

  const actions = Object.assign({
    'export-json': () => {
      const data = exportObject();
      download(fileName(id, data.unit, '.json'), 'application/json', JSON.stringify(data, null, 2));
      exported();
    },
    'export-csv': () => {
      download(fileName(id, unitName(), '.csv'), 'text/csv;charset=utf-8', exportCsv());
      exported();
    },
    print: () => { fillReport(); window.print(); },
    share: () => {
      const base = location.href.split('#')[0] + '#tra-loi=';
      const payload = { v: def.version, a: readAnswers(false), u: unitName() };
      const notes = readNotes();
      let url = base + encodeShare(payload);
      let notesLeftOut = false;
      if (Object.keys(notes).length > 0) {
        // evidence notes ride along while the link stays short enough for mail and chat programs
        const withNotes = base + encodeShare(Object.assign({ n: notes }, payload));
        if (withNotes.length <= 8000) url = withNotes;
        else notesLeftOut = true;
      }
      $('[data-share-box]').hidden = false;
      const out = $('[data-share-output]');
      out.value = url;
      out.select();
      $('[data-share-local]').hidden = location.protocol !== 'file:';
      const left = $('[data-share-notes]');
      left.textContent = notesLeftOut ? text('msgShareNoNotes') : '';
      left.hidden = !notesLeftOut;
      if (navigator.clipboard && location.protocol !== 'file:') {
        navigator.clipboard.writeText(url).catch(() => { /* the link is shown to copy by hand */ });
      }
    },
    reset: (button) => {
      if (!confirmed(button, text('msgResetConfirm'))) return;
      clearForm();
      update(true);
    },
    'new-copy': () => {
      if (hasAnswers(store.copies[activeKey]) || unitName()) {
        persist(false);
        const key = newKey();
        store.copies[key] = emptyCopy();
        switchTo(key);
      }
      unitInput.focus();
    },
    'delete-copy': (button) => {
      if (!confirmed(button, text('msgDeleteConfirm'))) return;
      const gone = store.copies[activeKey].unit || text('msgNoUnit');
      delete store.copies[activeKey];
      if (Object.keys(store.copies).length === 0) store.copies[newKey()] = emptyCopy();
      activeKey = Object.keys(store.copies)[0];
      showCopy(store.copies[activeKey]);
      update(false);
      persist(false);
      say(text('msgCopyDeleted').replace('{0}', gone));
    },
  }, choices);
  for (const button of $$('[data-action]')) {
    const action = actions[button.dataset.action];
    if (action) button.addEventListener('click', () => action(button));
  }

  // Leaving with answers changed since the last export: the answers stay saved here, but the
  // unit may not have sent them on yet. Following the site's own links does not ask.
  let followingLink = false;
  document.addEventListener('click', (e) => {
    const a = e.target.closest && e.target.closest('a[href]');
    if (a && !a.target && a.origin === location.origin) followingLink = true;
  });
  window.addEventListener('beforeunload', (e) => {
    const copy = store && store.copies[activeKey];
    if (followingLink || pendingShare || !copy || !hasAnswers(copy)) { followingLink = false; return; }
    if ((copy.changedAt || 0) > (copy.exportedAt || 0)) {
      e.preventDefault();
      e.returnValue = text('msgLeave');
    }
  });

  // a share link opened on this very page changes only the fragment
  window.addEventListener('hashchange', openShared);
  window.addEventListener('beforeprint', fillReport);
  form.addEventListener('change', (e) => {
    if (e.target.type === 'number') touched.add(e.target.name);
    update();
  });
  form.addEventListener('input', () => update());
  form.addEventListener('submit', (e) => { e.preventDefault(); update(); });
  restore();
})();
