// Supervisor view: many units' exported results (JSON) read in this browser only,
// shown as a table and compared with the plan's targets, with a bar chart in SVG.
'use strict';

(function () {
  const form = document.querySelector('[data-supervisor]');
  if (!form) return;
  const input = form.querySelector('[data-files]');
  const table = document.querySelector('table[data-units] tbody');
  const notice = document.querySelector('[data-supervisor-notice]');
  const chart = document.querySelector('[data-chart]');
  const msg = (key) => form.dataset[key] || '';
  const labelOf = (selector) => {
    const el = document.querySelector(selector);
    return el ? el.textContent : '';
  };
  const SVG = 'http://www.w3.org/2000/svg';
  let results = [];

  const valid = (r) => r && typeof r === 'object' && typeof r.checklist === 'string'
    && typeof r.outcome === 'string' && typeof r.answers === 'object';

  function render() {
    table.textContent = '';
    for (const r of results) {
      const tr = document.createElement('tr');
      const cells = [
        r.data.unit || '—',
        labelOf(`[data-checklist-title="${CSS.escape(r.data.checklist)}"]`) || r.data.checklist,
        r.data.outcome ? labelOf(`[data-outcome="${CSS.escape(r.data.checklist + ':' + r.data.outcome)}"]`) || r.data.outcome : '—',
        String(r.data.score ?? ''),
        String(r.data.progress ?? ''),
        r.file,
      ];
      for (const c of cells) {
        const td = document.createElement('td');
        td.textContent = c;
        tr.appendChild(td);
      }
      table.appendChild(tr);
    }
    const bars = [];
    for (const dd of document.querySelectorAll('[data-target]')) {
      const ids = dd.dataset.checklists.split(' ');
      const good = dd.dataset.outcomes.split(' ');
      const min = Number(dd.dataset.min);
      const relevant = results.filter((r) => ids.includes(r.data.checklist));
      if (relevant.length === 0) {
        dd.textContent = msg('msgNoData');
        dd.dataset.state = 'none';
        continue;
      }
      const n = relevant.filter((r) => good.includes(r.data.outcome)).length;
      const pct = Math.round((1000 * n) / relevant.length) / 10;
      const reached = dd.dataset.strict === 'true' ? pct > min : pct >= min;
      dd.textContent = msg('msgOfUnits').replace('{0}', n).replace('{1}', relevant.length).replace('{2}', pct.toLocaleString('vi-VN'))
        + ' — ' + (reached ? msg('msgReached') : msg('msgNotReached'));
      dd.dataset.state = reached ? 'reached' : 'not-reached';
      bars.push({ label: dd.previousElementSibling.textContent, pct, min, reached });
    }
    drawChart(bars);
  }

  function drawChart(bars) {
    chart.textContent = '';
    if (bars.length === 0) return;
    const width = 320;
    const rowH = 46;
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', `0 0 ${width} ${rowH * bars.length + 10}`);
    svg.setAttribute('class', 'bar-chart');
    svg.setAttribute('role', 'img');
    const title = document.createElementNS(SVG, 'title');
    title.textContent = bars.map((b) => `${b.label}: ${b.pct}% (${b.min}%)`).join('; ');
    svg.appendChild(title);
    bars.forEach((b, i) => {
      const y = 5 + i * rowH;
      const text = document.createElementNS(SVG, 'text');
      text.setAttribute('x', '0');
      text.setAttribute('y', String(y + 12));
      text.textContent = `${b.pct}% — ${b.label}`.slice(0, 60);
      const track = document.createElementNS(SVG, 'rect');
      track.setAttribute('x', '0');
      track.setAttribute('y', String(y + 18));
      track.setAttribute('width', String(width));
      track.setAttribute('height', '16');
      track.setAttribute('class', 'bar-track');
      const bar = document.createElementNS(SVG, 'rect');
      bar.setAttribute('x', '0');
      bar.setAttribute('y', String(y + 18));
      bar.setAttribute('width', String((width * Math.min(100, b.pct)) / 100));
      bar.setAttribute('height', '16');
      bar.setAttribute('class', b.reached ? 'bar bar-reached' : 'bar bar-not-reached');
      const target = document.createElementNS(SVG, 'line');
      const x = (width * b.min) / 100;
      target.setAttribute('x1', String(x));
      target.setAttribute('x2', String(x));
      target.setAttribute('y1', String(y + 14));
      target.setAttribute('y2', String(y + 38));
      target.setAttribute('class', 'bar-target');
      svg.append(text, track, bar, target);
    });
    chart.appendChild(svg);
  }

  input.addEventListener('change', async () => {
    notice.textContent = '';
    notice.hidden = true;
    const loaded = [];
    for (const file of Array.from(input.files).sort((a, b) => a.name.localeCompare(b.name))) {
      try {
        const data = JSON.parse(await file.text());
        if (!valid(data)) throw new Error('shape');
        loaded.push({ file: file.name, data });
      } catch (e) {
        const p = document.createElement('p');
        p.textContent = msg('msgBadFile').replace('{0}', file.name);
        notice.appendChild(p);
        notice.hidden = false;
      }
    }
    results = loaded;
    render();
  });
})();
