// Supervisor view: results that units exported from the checklists (JSON files holding one
// result or an array of them), read in this browser only; nothing is sent anywhere. Each choice
// or drop adds to what is loaded, and a unit's result for a checklist counts once (its latest
// export). The page is laid out by the template (one section per checklist, its criteria and
// targets); this script fills in the units, the counts, the bars and the notices.
'use strict';

(function () {
  const root = document.querySelector('[data-supervisor]');
  if (!root) return;
  const input = root.querySelector('[data-files]');
  const zone = root.querySelector('[data-drop-zone]');
  const status = root.querySelector('[data-supervisor-status]');
  const actions = root.querySelector('[data-supervisor-actions]');
  const notice = document.querySelector('[data-supervisor-notice]');
  const printedOn = document.querySelector('[data-printed-on]');

  /** A message of messages.yaml (passed as data-msg-*), {0}, {1}… filled in. */
  const msg = (key, ...args) => (root.dataset['msg' + key] || '').replace(/\{(\d+)\}/g, (m, n) => String(args[n] ?? ''));

  // numbers the Vietnamese way; the bar and the sentence show the very same string ("66,7 %")
  const percentFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
  const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
  const percent = (x) => percentFormat.format(x) + '\u202F%';
  const dateFormat = new Intl.DateTimeFormat('vi-VN',
    { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  const when = (time) => (Number.isFinite(time) ? dateFormat.format(new Date(time)) : msg('UnknownDate'));
  const collator = new Intl.Collator('vi');
  const byCodePoint = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

  // unit identity, the local date and downloads as the checklist pages have them (checklist-store.js)
  const { unitKey: fold, localDate, download } = self.antqChecklistStore;

  // ------------------------------------------------------------ what the template laid out
  const checklists = new Map();
  for (const el of document.querySelectorAll('[data-checklist-summary]')) {
    const table = el.querySelector('[data-unit-table]');
    const c = {
      id: el.dataset.checklistSummary,
      el,
      title: el.dataset.title,
      version: Number(el.dataset.version),
      scored: el.dataset.scored === 'true',
      outcomes: new Map(Array.from(el.querySelectorAll('[data-outcome-labels] [data-outcome]'),
        (li) => [li.dataset.outcome, li.textContent])),
      count: el.querySelector('[data-units]'),
      body: table.querySelector('tbody'),
      headers: Array.from(table.querySelectorAll('thead th'), (th) => th.textContent.trim()),
      criteria: Array.from(el.querySelectorAll('[data-criterion]'), (row) => ({
        id: row.dataset.criterion, kind: row.dataset.kind, text: row.querySelector('th').textContent.trim(), row,
      })),
      targets: Array.from(el.querySelectorAll('[data-target]'), (li) => ({
        el: li,
        label: li.dataset.label,
        outcomes: li.dataset.outcomes.split(' ').filter(Boolean),
        min: Number(li.dataset.min),
        strict: li.dataset.strict === 'true',
        source: li.dataset.source || '',
      })),
    };
    // the target's mark on the bar: set through the CSSOM (no style attributes under the CSP)
    for (const t of c.targets) t.el.querySelector('[data-bar-mark]').style.left = Math.min(100, t.min) + '%';
    checklists.set(c.id, c);
  }

  // ------------------------------------------------------------------- reading the files
  /** Counted results by checklist and unit: the latest export wins (on a tie, the file added last). */
  const counted = new Map();
  let order = 0;
  let batches = 0;
  let queue = Promise.resolve();

  const isResult = (r) => r !== null && typeof r === 'object' && !Array.isArray(r) && typeof r.checklist === 'string'
    && typeof r.outcome === 'string' && r.answers !== null && typeof r.answers === 'object' && !Array.isArray(r.answers);
  const unitName = (e) => e.unit || msg('NoUnit');

  /** Adds the files' results; returns the notices to show (bad files, replaced results). */
  async function add(files) {
    const notes = [];
    // files of one choice in name order, so "the file added last" does not depend on the dialog
    for (const file of Array.from(files).sort((a, b) => byCodePoint(a.name, b.name))) {
      let parsed;
      try {
        parsed = JSON.parse(await file.text());
      } catch (e) {
        notes.push(msg('BadFile', file.name));
        continue;
      }
      const items = Array.isArray(parsed) ? parsed : [parsed];
      if (items.length === 0) {
        notes.push(msg('EmptyFile', file.name));
        continue;
      }
      if (!items.some(isResult)) {
        notes.push(msg('BadFile', file.name));
        continue;
      }
      const fileNotes = [];
      let valid = 0;
      let again = 0; // results this very file (same name, same content) already gave
      let unnamed = false;
      items.forEach((data, n) => {
        if (!isResult(data)) return fileNotes.push(msg('BadItem', file.name, n + 1));
        const c = checklists.get(data.checklist);
        if (!c) return fileNotes.push(msg('UnknownChecklist', file.name, data.checklist));
        valid++;
        const unit = typeof data.unit === 'string' ? data.unit.trim() : '';
        if (!unit) unnamed = true;
        // a result without a unit name is a unit of its own (its file and place in it), never merged
        const unitKey = unit && fold(unit) ? fold(unit) : '\u0000' + file.name + '#' + n;
        const parsedTime = Date.parse(data.exportedAt);
        const entry = {
          file: file.name, order: order++, data, unit, unitKey, json: JSON.stringify(data),
          time: Number.isNaN(parsedTime) ? -Infinity : parsedTime, // no date: older than any
        };
        const key = c.id + '\u0000' + unitKey;
        const old = counted.get(key);
        if (old && old.json === entry.json) {
          if (old.file === entry.file) again++;
          else fileNotes.push(msg('SameResult', unitName(old), c.title, entry.file, old.file));
        } else if (!old || entry.time >= old.time) {
          counted.set(key, entry);
          if (old && entry.time === old.time) fileNotes.push(msg('ReplacedTie', unitName(old), c.title, old.file, entry.file));
          else if (old) fileNotes.push(msg('Replaced', unitName(old), c.title, old.file, when(old.time), entry.file, when(entry.time)));
        } else {
          fileNotes.push(msg('Older', unitName(entry), c.title, entry.file, when(entry.time), old.file, when(old.time)));
        }
      });
      if (valid > 0 && again === valid) fileNotes.push(msg('SameFile', file.name));
      if (unnamed) fileNotes.push(msg('NoUnitFile', file.name));
      notes.push(...fileNotes);
    }
    return notes;
  }

  // -------------------------------------------------------------------------- the summary
  /** How a counted result stands on one criterion: met, not-met, na or unknown. */
  function criterionState(c, item, r) {
    if (r.criteria && typeof r.criteria === 'object') {
      const s = r.criteria[item.id];
      if (['met', 'not-met', 'na', 'unknown'].includes(s)) return s;
      // the export lists the criteria shown to the unit: one left out did not apply to it
      // (unless the export is of another version of the checklist)
      return s === undefined && Number(r.version) === c.version ? 'na' : 'unknown';
    }
    // older exports carry only the answers: a yes/no criterion is met by "yes"
    if (item.kind === 'computed') return 'unknown';
    const a = r.answers[item.id];
    return a === 'yes' ? 'met' : a === 'no' ? 'not-met' : a === 'na' ? 'na' : 'unknown';
  }

  const outcomeLabel = (c, r) => (r.outcome ? c.outcomes.get(r.outcome) || r.outcomeLabel || r.outcome : msg('NoOutcome'));
  const scoreText = (r) => (typeof r.score === 'number' && Number.isFinite(r.score) ? numberFormat.format(r.score) : '');
  const progressText = (r) => (typeof r.progress === 'string' ? r.progress : '');

  /** Everything shown and exported, per checklist: its units in name order, criteria counts, targets. */
  function summary() {
    const out = [];
    for (const c of checklists.values()) {
      const rows = Array.from(counted.values()).filter((e) => e.data.checklist === c.id)
        .sort((a, b) => collator.compare(unitName(a), unitName(b)) || byCodePoint(a.file, b.file) || a.order - b.order);
      const criteria = c.criteria.map((item) => {
        const counts = { met: 0, 'not-met': 0, na: 0, unknown: 0 };
        const notMet = [];
        for (const e of rows) {
          const s = criterionState(c, item, e.data);
          counts[s]++;
          if (s === 'not-met') notMet.push(unitName(e));
        }
        return { item, counts, notMet };
      });
      const targets = c.targets.map((t) => {
        const total = rows.length;
        const good = rows.filter((e) => t.outcomes.includes(e.data.outcome)).length;
        // the exact share is compared, not the rounded one: 69,96 % does not reach 70 %
        const reached = total > 0 && (t.strict ? good * 100 > t.min * total : good * 100 >= t.min * total);
        return { t, total, good, share: total ? (100 * good) / total : 0, reached };
      });
      out.push({ c, rows, criteria, targets });
    }
    return out;
  }

  function cell(tr, tag, text, label) {
    const td = document.createElement(tag);
    td.textContent = text;
    if (tag === 'th') td.scope = 'row';
    if (label) td.dataset.label = label; // the phone layout shows each cell with its column's name
    tr.appendChild(td);
    return td;
  }

  function render() {
    const units = new Set();
    let shown = 0;
    for (const { c, rows, criteria, targets } of summary()) {
      c.el.hidden = rows.length === 0;
      c.count.dataset.count = String(rows.length);
      c.count.textContent = String(rows.length);
      if (rows.length) shown++;
      c.body.textContent = '';
      for (const e of rows) {
        units.add(e.unitKey);
        const tr = document.createElement('tr');
        const h = c.headers;
        let n = 0;
        cell(tr, 'th', unitName(e), h[n++]);
        const outcome = cell(tr, 'td', outcomeLabel(c, e.data), h[n++]);
        outcome.dataset.outcome = e.data.outcome;
        if (c.scored) cell(tr, 'td', scoreText(e.data), h[n++]);
        cell(tr, 'td', progressText(e.data), h[n++]);
        cell(tr, 'td', when(e.time), h[n++]);
        cell(tr, 'td', e.file, h[n++]).className = 'sv-file';
        c.body.appendChild(tr);
      }
      for (const { item, counts, notMet } of criteria) {
        for (const td of item.row.querySelectorAll('[data-criterion-count]')) {
          const n = counts[td.dataset.criterionCount];
          td.textContent = String(n);
          td.toggleAttribute('data-zero', n === 0);
        }
        item.row.querySelector('[data-criterion-units]').textContent = notMet.join(', ');
      }
      for (const { t, total, good, share, reached } of targets) {
        const value = t.el.querySelector('[data-target-value]');
        const label = t.el.querySelector('[data-bar-label]');
        const fill = t.el.querySelector('[data-bar-fill]');
        const state = total === 0 ? 'none' : reached ? 'reached' : 'not-reached';
        t.el.dataset.state = state;
        value.dataset.state = state;
        label.textContent = total === 0 ? '—' : percent(share);
        value.textContent = total === 0 ? msg('NoData')
          : msg('OfUnits', good, total, percent(share)) + ' — ' + msg(reached ? 'Reached' : 'NotReached');
        fill.style.width = Math.min(100, share) + '%';
      }
    }
    status.textContent = counted.size === 0 ? msg('Empty') : msg('Loaded', counted.size, units.size, shown);
    actions.hidden = counted.size === 0;
    printedOn.textContent = msg('PrintedOn', new Date().toLocaleDateString('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' }));
    printedOn.hidden = counted.size === 0;
  }

  function say(notes) {
    notice.textContent = '';
    if (notes.length) {
      const ul = document.createElement('ul');
      for (const text of notes) {
        const li = document.createElement('li');
        li.textContent = text;
        ul.appendChild(li);
      }
      notice.appendChild(ul);
    }
    notice.hidden = notes.length === 0;
  }

  /** Reads one choice or drop after the ones before it (reading is asynchronous; the order decides ties). */
  function enqueue(files) {
    if (!files || files.length === 0) return;
    status.textContent = msg('Loading');
    queue = queue.then(() => add(files)).then((notes) => {
      render();
      say(notes);
    }).finally(() => {
      root.dataset.batches = String(++batches);
    });
  }

  // ------------------------------------------------------------------------------- CSV
  // a text from a file that a spreadsheet would take for a formula is kept as text
  const safeText = (s) => (/^[=+\-@\t\r]/.test(s) ? "'" + s : s);
  const csvField = (s) => '"' + String(s).replace(/"/g, '""') + '"';

  function csv() {
    const data = summary().filter((s) => s.rows.length);
    const rows = [['Checklist', 'ChecklistId', 'Unit', 'Outcome', 'Score', 'Progress', 'Exported', 'File'].map((k) => msg(k))];
    for (const { c, rows: units } of data) {
      for (const e of units) {
        rows.push([c.title, c.id, safeText(unitName(e)), safeText(outcomeLabel(c, e.data)), c.scored ? scoreText(e.data) : '',
          progressText(e.data), when(e.time), safeText(e.file)]);
      }
    }
    rows.push([]);
    rows.push(['Checklist', 'ChecklistId', 'CriterionId', 'Criterion', 'Met', 'NotMet', 'Na', 'Unknown', 'NotMetUnits'].map((k) => msg(k)));
    for (const { c, criteria } of data) {
      for (const { item, counts, notMet } of criteria) {
        rows.push([c.title, c.id, item.id, item.text, counts.met, counts['not-met'], counts.na, counts.unknown,
          safeText(notMet.join(', '))]);
      }
    }
    const targets = data.flatMap((s) => s.targets.map((x) => [s.c, x]));
    if (targets.length) {
      rows.push([]);
      rows.push(['Checklist', 'Target', 'TargetLevel', 'ReachedUnits', 'UnitsTotal', 'Share', 'State', 'SourceColumn'].map((k) => msg(k)));
      for (const [c, { t, total, good, share, reached }] of targets) {
        rows.push([c.title, t.label, msg(t.strict ? 'MoreThan' : 'AtLeast', percent(t.min)), good, total, percent(share),
          msg(reached ? 'Reached' : 'NotReached'), t.source]);
      }
    }
    // BOM and CRLF so spreadsheet programs read the Vietnamese as UTF-8, row by row
    return '\uFEFF' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
  }


  // ---------------------------------------------------------------------------- events
  input.addEventListener('change', () => {
    const files = Array.from(input.files);
    input.value = ''; // so that choosing the same file again is seen (and found to be counted already)
    enqueue(files);
  });

  // drag and drop: a file dropped anywhere on the page is added (the browser would otherwise open
  // it in place of the page, losing what is loaded); the drop zone shows where
  zone.querySelector('[data-drop-hint]').hidden = false;
  const hasFiles = (e) => e.dataTransfer && Array.from(e.dataTransfer.types || []).includes('Files');
  document.addEventListener('dragover', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    zone.classList.add('is-over');
  });
  document.addEventListener('dragleave', (e) => {
    if (e.relatedTarget === null) zone.classList.remove('is-over');
  });
  document.addEventListener('drop', (e) => {
    zone.classList.remove('is-over');
    if (!hasFiles(e)) return;
    e.preventDefault();
    enqueue(Array.from(e.dataTransfer.files));
  });

  root.querySelector('[data-supervisor-action=csv]').addEventListener('click', () => {
    download('tong-hop-' + localDate(new Date()) + '.csv', 'text/csv;charset=utf-8', csv());
  });
  root.querySelector('[data-supervisor-action=print]').addEventListener('click', () => window.print());

  // clearing takes two presses: what was loaded may have taken many files to gather
  const clear = root.querySelector('[data-supervisor-action=clear]');
  let armed = null;
  const disarm = () => {
    clearTimeout(armed);
    armed = null;
    clear.textContent = msg('Clear');
  };
  clear.addEventListener('click', () => {
    if (!armed) {
      clear.textContent = msg('ClearConfirm');
      armed = setTimeout(disarm, 6000);
      return;
    }
    disarm();
    queue = queue.then(() => {
      counted.clear();
      render();
      say([msg('Cleared')]);
      input.focus(); // the buttons are hidden now
    });
  });
  clear.addEventListener('blur', disarm);

  render();
})();
