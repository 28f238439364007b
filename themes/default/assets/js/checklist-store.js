// What the checklist pages, the list page and the supervisor page share: saved copies of a
// checklist in localStorage (answers never leave this browser unless the user exports or
// shares them), unit names folded for identity and file names, the local date, downloads.
'use strict';

(function () {
  const STORE = 'antq-checklist:';
  /** ASCII slug of a name, folded like the generator's ids: "Công ty Đông Á" → "cong-ty-dong-a". */
  const slug = (s) => s.normalize('NFD').replace(/\p{Mn}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const pad = (n) => String(n).padStart(2, '0');
  const localDate = (d) => d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
  /** Unit identity: "Công ty A" and "công ty a " are one unit (tone marks, đ, case, spaces, punctuation folded). */
  const unitKey = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const fileName = (prefix, unit, ext) => [prefix, slug(unit || ''), localDate(new Date())].filter(Boolean).join('-') + ext;
  const hasAnswers = (copy) => Object.keys(copy.answers || {}).length > 0 || Object.keys(copy.notes || {}).length > 0;
  const emptyCopy = () => ({ answers: {}, notes: {}, unit: '' });

  /**
   * The saved copies of one checklist, one per unit sharing this browser:
   * {format: 2, active, copies: {key: {version, unit, answers, notes, changedAt, exportedAt, result}}}.
   * The first format (a single copy) is read as a store of one. Returns {store, corrupt}.
   */
  function loadStore(key) {
    const fresh = () => ({ format: 2, active: 'b1', copies: { b1: emptyCopy() } });
    let raw = null;
    try { raw = localStorage.getItem(key); } catch (e) { raw = null; }
    if (!raw) return { store: fresh(), corrupt: false };
    try {
      const data = JSON.parse(raw);
      const valid = (c) => c && typeof c === 'object' && typeof c.answers === 'object' && c.answers !== null;
      let store;
      if (data && data.format === 2 && data.copies && typeof data.copies === 'object') store = data;
      else if (valid(data)) store = { format: 2, active: 'b1', copies: { b1: data } };
      else throw new Error('shape');
      for (const k of Object.keys(store.copies)) {
        if (!valid(store.copies[k])) throw new Error('copy');
        store.copies[k].notes = store.copies[k].notes && typeof store.copies[k].notes === 'object' ? store.copies[k].notes : {};
        if (typeof store.copies[k].unit !== 'string') store.copies[k].unit = '';
      }
      if (Object.keys(store.copies).length === 0) store.copies.b1 = emptyCopy();
      if (!store.copies[store.active]) store.active = Object.keys(store.copies)[0];
      return { store, corrupt: false };
    } catch (e) {
      return { store: fresh(), corrupt: true };
    }
  }
  function saveStore(key, store) {
    try {
      localStorage.setItem(key, JSON.stringify(store));
      return true;
    } catch (e) {
      return false; // storage full or disabled (private mode): the form still works, it just will not resume
    }
  }
  let persistAsked = false;
  function keepStorage() {
    // ask once that the browser not evict a unit's answers under storage pressure
    if (persistAsked || !navigator.storage || !navigator.storage.persist) return;
    persistAsked = true;
    navigator.storage.persist().catch(() => { /* best effort */ });
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

  // the checklist pages, the list page below and the supervisor page (supervisor.js) share these
  self.antqChecklistStore = { STORE, slug, unitKey, localDate, fileName, hasAnswers, emptyCopy, loadStore, saveStore, keepStorage, download };

  // ------------------------------------------ list page: every checklist of one unit in one file
  const all = document.querySelector('[data-export-all]');
  if (all) {
    const saved = [];
    try {
      for (let n = 0; n < localStorage.length; n++) {
        const key = localStorage.key(n);
        if (!key.startsWith(STORE)) continue;
        const { store, corrupt } = loadStore(key);
        if (corrupt) continue;
        for (const [copyKey, copy] of Object.entries(store.copies)) {
          if (hasAnswers(copy)) saved.push({ key, copyKey, checklist: key.slice(STORE.length), copy });
        }
      }
    } catch (e) { /* storage disabled: nothing to export */ }
    saved.sort((a, b) => a.checklist.localeCompare(b.checklist));
    const units = new Map();
    for (const s of saved) if (!units.has(unitKey(s.copy.unit))) units.set(unitKey(s.copy.unit), s.copy.unit || all.dataset.msgNoUnit);
    const select = all.querySelector('[data-export-all-unit]');
    const status = all.querySelector('[data-export-all-status]');
    for (const [k, name] of units) select.appendChild(new Option(name, k));
    const button = all.querySelector('[data-action=export-all]');
    button.disabled = saved.length === 0;
    if (saved.length === 0) status.textContent = all.dataset.msgNone;
    button.addEventListener('click', () => {
      const unit = select.value;
      const now = new Date();
      const chosen = saved.filter((s) => unitKey(s.copy.unit) === unit);
      const results = chosen.map((s) => Object.assign({ checklist: s.checklist, outcome: '' }, s.copy.result || {}, {
        checklist: s.checklist, version: s.copy.version, unit: s.copy.unit, exportedAt: now.toISOString(),
        answers: s.copy.answers, notes: s.copy.notes,
      }));
      const name = units.get(unit);
      download(fileName('tat-ca-bang-kiem', chosen[0].copy.unit, '.json'), 'application/json', JSON.stringify(results, null, 2));
      for (const s of chosen) {
        const { store } = loadStore(s.key);
        if (store.copies[s.copyKey]) store.copies[s.copyKey].exportedAt = now.getTime();
        saveStore(s.key, store);
      }
      status.textContent = all.dataset.msgDone.replace('{0}', results.length).replace('{1}', name);
    });
    all.hidden = false;
  }
})();
