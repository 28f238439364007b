// The register of documents: sort by any column and filter, in the browser.
// Without JavaScript the table is complete and ordered newest first.
'use strict';

const table = document.querySelector('table[data-register]');
const form = document.querySelector('[data-register-filters]');

if (table && form) {
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  const total = rows.length;
  const count = form.querySelector('[data-register-count]');
  const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

  // Same folding as the generator: strip tone marks, đ → d, lower case.
  const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

  form.hidden = false;
  form.addEventListener('submit', (e) => e.preventDefault());

  const applyFilters = () => {
    const text = fold(form.querySelector('[data-filter="text"]').value).replace(/[^a-z0-9]+/g, ' ').trim();
    const words = text.split(/\s+/).filter(Boolean);
    const selects = Array.from(form.querySelectorAll('select[data-filter]'));
    let shown = 0;
    for (const row of rows) {
      const matchesSelects = selects.every((s) => !s.value || row.dataset[s.dataset.filter] === s.value);
      // each word typed must start a word of the row ("hai" finds "Hải Phòng", not "triển khai")
      const matchesText = words.every((w) => (' ' + row.dataset.text).includes(' ' + w));
      row.hidden = !(matchesSelects && matchesText);
      if (!row.hidden) shown++;
    }
    count.textContent = shown === 0 ? count.dataset.none
      : count.dataset.template.replace('{0}', shown).replace('{1}', total);
  };
  form.addEventListener('input', applyFilters);
  form.addEventListener('change', applyFilters);

  const headers = Array.from(table.tHead.rows[0].cells);
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
      const value = (row) => {
        const cell = row.cells[column];
        return cell.dataset.value ?? cell.textContent.trim();
      };
      const sorted = rows.slice().sort((a, b) => {
        const c = collator.compare(value(a), value(b));
        return ascending ? c : -c;
      });
      for (const row of sorted) body.appendChild(row);
    });
  });
  applyFilters();
}
