// The register of documents: filter and sort every document, not only the page shown.
// Without JavaScript each page of the register lists its documents, newest first, with page
// links. With it, a filter or a sort loads the register's data files (one script per page of
// the register: they load from file:// too) and shows the matching documents in place of the
// page, growing as each file arrives: on a slow link the first results do not wait for all.
'use strict';

const table = document.querySelector('table[data-register]');
const form = document.querySelector('[data-register-filters]');

if (table && form) {
  const body = table.tBodies[0];
  const pageRows = Array.from(body.rows);
  const total = Number(form.dataset.total || pageRows.length);
  const count = form.querySelector('[data-register-count]');
  const more = document.querySelector('[data-register-more]');
  const pager = document.querySelector('[data-pager]');
  const root = document.body.dataset.root || '';
  const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });
  const STEP = 100; // rows added at a time: a phone keeps a short table
  const headers = Array.from(table.tHead.rows[0].cells);
  const labels = pageRows.length ? Array.from(pageRows[0].cells, (c) => c.dataset.label || '') : headers.map((h) => h.textContent.trim());
  const selects = Array.from(form.querySelectorAll('select[data-filter]'));
  const input = form.querySelector('[data-filter="text"]');
  const search = self.antqSearch; // search.js: the same folding and abbreviations as site search

  // the same folding as the generator: no tone marks, đ → d, lower case, words split on anything else
  const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  const words = (s) => fold(s).replace(/[^a-z0-9]+/g, ' ').trim();

  const urls = (form.dataset.registerData || '').split(' ').filter(Boolean);
  const shards = new Array(urls.length); // the documents of each data file, as it arrives
  let data = []; // the documents of the files arrived so far, in the register's order
  let arrived = 0;
  let failed = false;
  let started = false;
  let sort = null; // {column, ascending}
  let shown = STEP;

  self.antqRegisterLoaded = (k, d) => {
    // rows [slug (or path), number, title, type, issuer, dateIso, status, date shown unless the ISO date reversed]; type, issuer, status by index
    shards[k] = d.rows.map((r) => {
      const doc = {
        path: r[0].includes('/') ? r[0] : 'van-ban/' + r[0] + '/index.html', number: r[1], title: r[2],
        type: d.types[r[3]][0], typeLabel: d.types[r[3]][1], issuer: d.issuers[r[4]], iso: r[5], year: r[5].slice(0, 4),
        status: d.statuses[r[6]], date: r.length > 7 ? r[7] : r[5].split('-').reverse().join('/'),
      };
      // what a row is matched by: its type word, number, title and issuer, folded
      doc.text = ' ' + words([doc.typeLabel, doc.number, doc.title, doc.issuer].join(' ')) + ' ';
      return doc;
    });
    arrived++;
    data = shards.filter(Boolean).flat();
    apply();
  };

  /** Asks for every data file at once (the browser fetches them side by side). */
  function load() {
    if (started) return;
    started = true;
    for (const url of urls) {
      const s = document.createElement('script');
      s.src = url;
      s.onerror = () => { failed = true; apply(); };
      document.head.appendChild(s);
    }
  }

  /** The folded word lists a query stands for: itself, and with abbreviations expanded or contracted. */
  function queries(text) {
    if (!text.trim()) return [];
    if (search) {
      const toks = search.tokens(text);
      if (toks.length) return search.alternatives(toks).map((alt) => alt.map((t) => t.folded));
    }
    return [words(text).split(' ')];
  }

  const filters = () => ({
    text: input.value,
    selects: selects.map((s) => [s.dataset.filter, s.value]).filter(([, v]) => v),
  });
  const active = (f) => f.text.trim() !== '' || f.selects.length > 0 || sort !== null;
  function matching(f) {
    const alts = queries(f.text);
    return data.filter((r) => f.selects.every(([k, v]) => r[k] === v)
      // each word typed must start a word of the row ("hai" finds "Hải Phòng", not "triển khai")
      && (alts.length === 0 || alts.some((ws) => ws.every((w) => r.text.includes(' ' + w)))));
  }

  const sortValue = [(r) => r.number, (r) => r.title, (r) => r.typeLabel, (r) => r.issuer, (r) => r.iso, (r) => r.status];

  function row(r) {
    const tr = document.createElement('tr');
    const cell = (text, cls) => {
      const td = document.createElement('td');
      if (cls) td.className = cls;
      td.dataset.label = labels[tr.cells.length]; // the column's name, shown on a phone's card
      td.textContent = text;
      tr.appendChild(td);
      return td;
    };
    cell(r.number, 'nowrap');
    const title = cell('');
    const a = document.createElement('a');
    a.href = root + r.path;
    a.textContent = r.title;
    title.appendChild(a);
    cell(r.typeLabel);
    cell(r.issuer);
    const date = cell('');
    date.dataset.value = r.iso;
    const time = document.createElement('time');
    time.dateTime = r.iso;
    time.textContent = r.date;
    date.appendChild(time);
    cell(r.status);
    return tr;
  }

  function showCount(n, partial) {
    let text = n === 0 && !partial ? count.dataset.none : count.dataset.template.replace('{0}', n).replace('{1}', total);
    if (partial) text += ' ' + form.dataset.loading.replace('{0}', arrived).replace('{1}', urls.length);
    if (failed) text = form.dataset.failed;
    count.textContent = text;
  }

  function remember(f) {
    const p = new URLSearchParams();
    if (f.text.trim()) p.set('q', f.text.trim());
    for (const [k, v] of f.selects) p.set(k, v);
    if (sort) p.set('sort', sort.column + (sort.ascending ? '-asc' : '-desc'));
    const query = p.toString();
    try {
      history.replaceState(null, '', query ? '?' + query : location.pathname);
    } catch (e) {
      // a page opened from disk may not rewrite its address: the filters still work
    }
  }

  let drawn = null; // the state last shown: the "change" after typing (on leaving the field) must not redraw the rows under the pointer
  function apply() {
    const f = filters();
    const state = JSON.stringify([f, sort, shown, arrived, failed]);
    if (state === drawn) return;
    remember(f);
    if (!active(f)) {
      drawn = state;
      body.replaceChildren(...pageRows);
      if (pager) pager.hidden = false;
      if (more) more.hidden = true;
      showCount(pageRows.length);
      return;
    }
    load();
    if (arrived === 0 && !failed) { // nothing to show yet: the page's rows stay until the first file arrives
      showCount(0, true);
      return;
    }
    drawn = state;
    let rows = matching(f);
    if (sort) {
      const v = sortValue[sort.column];
      rows = rows.slice().sort((a, b) => (sort.ascending ? 1 : -1) * collator.compare(v(a), v(b)));
    }
    body.replaceChildren(...rows.slice(0, shown).map(row));
    if (pager) pager.hidden = true;
    if (more) more.hidden = rows.length <= shown;
    showCount(rows.length, arrived < urls.length);
  }

  const changed = () => { shown = STEP; apply(); };
  form.hidden = false;
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  if (more) more.querySelector('button').addEventListener('click', () => { shown += STEP; apply(); });

  headers.forEach((th, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = th.textContent;
    th.textContent = '';
    th.appendChild(button);
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      sort = { column, ascending };
      changed();
    });
  });

  // filters given in the address (a shared or reloaded link)
  const params = new URLSearchParams(location.search);
  if (params.has('q')) input.value = params.get('q');
  for (const s of selects) if (params.has(s.dataset.filter)) s.value = params.get(s.dataset.filter);
  const sorted = /^(\d)-(asc|desc)$/.exec(params.get('sort') || '');
  if (sorted && headers[Number(sorted[1])]) {
    sort = { column: Number(sorted[1]), ascending: sorted[2] === 'asc' };
    for (const other of headers) other.removeAttribute('aria-sort');
    headers[sort.column].setAttribute('aria-sort', sort.ascending ? 'ascending' : 'descending');
  }
  apply();
}
