// Vietnamese full-text search over the index the generator writes as script files, so it
// works from file:// and under script-src 'self'. A query loads only the shards of its
// terms and, per result shown, the one chunk of passages it points into (a few kilobytes).
// search() mirrors the Java QueryEngine.
'use strict';

(function () {
  const meta = self.antqSearchMeta;
  if (!meta) return;
  const root = document.body.dataset.root || '';
  const ALTERNATIVE = 0.9, OTHER_SPELLING = 0.6, PAIR = 1.0, TITLE = 2.0;

  // ------------------------------------------------------------------ loading
  const loaded = new Map();
  const waiting = new Map();
  self.antqSearchLoaded = (key, data) => {
    loaded.set(key, data);
    const w = waiting.get(key);
    if (w) { waiting.delete(key); w.resolve(data); }
  };
  function load(key, path) {
    if (loaded.has(key)) return Promise.resolve(loaded.get(key));
    if (waiting.has(key)) return waiting.get(key).promise;
    let resolve, reject;
    const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
    waiting.set(key, { promise, resolve });
    const script = document.createElement('script');
    script.src = root + meta.dir + path;
    script.onerror = () => { waiting.delete(key); reject(new Error('search index: ' + path)); };
    document.head.appendChild(script);
    return promise;
  }

  // ------------------------------------------------------------------ text
  const fold = (s) => s.normalize('NFD').replace(/\p{Mn}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  function tokens(text) {
    const s = text.normalize('NFC').toLowerCase();
    return Array.from(s.matchAll(/[\p{L}\p{M}\p{N}]+/gu), (m) => ({ exact: m[0], folded: fold(m[0]) }));
  }
  const folded = (text) => tokens(text).map((t) => t.folded);
  const bigram = (a, b) => a + '_' + b;
  function indexOf(haystack, needle) {
    outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
      for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
      return i;
    }
    return -1;
  }
  function shardOf(key) {
    let h = 0x811c9dc5;
    for (const b of new TextEncoder().encode(key)) {
      h ^= b;
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h % meta.shards;
  }
  const round = (v) => Math.round(v * 1e6) / 1e6;
  const idf = (df) => Math.log(1 + (meta.n - df + 0.5) / (df + 0.5));

  // Postings are varints in a string: 5 bits a character, the 6th bit says "more follows";
  // triples of (doc id gap, value, passage code). See SearchWriter.encode.
  const DIGITS = {};
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split('').forEach((c, i) => { DIGITS[c] = i; });
  function decode(s) {
    const out = [];
    let value = 0, shift = 0, prev = 0;
    for (let i = 0; i < s.length; i++) {
      const c = DIGITS[s[i]];
      value |= (c & 31) << shift;
      if (c >= 32) { shift += 5; continue; }
      if (out.length % 3 === 0) { prev += value; out.push(prev); } else out.push(value);
      value = 0;
      shift = 0;
    }
    return out;
  }

  async function term(key) {
    const shard = shardOf(key);
    const data = await load('t' + shard, 't/' + shard + '.js');
    const entry = data[key];
    if (!entry) return null;
    const variants = {};
    for (const [v, encoded] of Object.entries(entry[1])) variants[v] = decode(encoded);
    return { df: entry[0], variants };
  }

  function alternatives(toks) {
    const out = [toks];
    const f = toks.map((t) => t.folded);
    for (const pair of meta.expansions) {
      for (let dir = 0; dir < 2; dir++) {
        const from = pair[dir], to = pair[1 - dir];
        const at = indexOf(f, from);
        if (at < 0) continue;
        out.push([...toks.slice(0, at), ...to.map((t) => ({ exact: t, folded: t })), ...toks.slice(at + from.length)]);
      }
    }
    return out;
  }

  async function score(toks, terms) {
    let scores = null;
    const seen = new Set();
    for (const t of toks) {
      const k = t.exact + '\u0000' + t.folded;
      if (seen.has(k)) continue;
      seen.add(k);
      const tm = terms.get(t.folded);
      if (!tm) return new Map();
      const plain = t.exact === t.folded;
      const contribution = new Map();
      const titles = new Map();
      for (const [v, p] of Object.entries(tm.variants)) {
        const factor = plain || v === t.exact ? 1.0 : OTHER_SPELLING;
        for (let i = 0; i < p.length; i += 3) {
          const c = factor * (p[i + 1] >> 2) / 100.0;
          const old = contribution.get(p[i]);
          if (old === undefined || c > old) contribution.set(p[i], c);
          const code = p[i + 1] & 3;
          if (code !== 0 && !(titles.get(p[i]) >= code)) titles.set(p[i], code);
        }
      }
      const w = idf(tm.df);
      const next = new Map();
      if (scores === null) {
        for (const [d, c] of contribution) next.set(d, w * c);
      } else {
        for (const [d, s] of scores) {
          const c = contribution.get(d);
          if (c !== undefined) next.set(d, s + w * c);
        }
      }
      for (const [d, code] of titles) {
        const s = next.get(d);
        if (s !== undefined) next.set(d, s + w * TITLE * (code === 2 ? 120 : 100) / 100.0);
      }
      scores = next;
      if (scores.size === 0) return scores;
    }
    const pairs = [];
    for (let i = 0; i + 1 < toks.length; i++) {
      const p = bigram(toks[i].folded, toks[i + 1].folded);
      if (!pairs.includes(p)) pairs.push(p);
    }
    for (const pair of pairs) {
      const tm = terms.get(pair);
      if (!tm) continue;
      const w = idf(tm.df);
      const p = tm.variants[''];
      for (let i = 0; i < p.length; i += 3) {
        const s = scores.get(p[i]);
        if (s !== undefined) scores.set(p[i], s + PAIR * w * (p[i + 1] >> 2) / 100.0);
      }
    }
    return scores || new Map();
  }

  // where doc's posting starts in a decoded list, or -1
  function find(list, doc) {
    let lo = 0, hi = list.length / 3 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1, d = list[mid * 3];
      if (d < doc) lo = mid + 1;
      else if (d > doc) hi = mid - 1;
      else return mid * 3;
    }
    return -1;
  }
  const has = (tm, doc) => !!tm && Object.values(tm.variants).some((list) => find(list, doc) >= 0);

  // a phrase of one syllable needs the syllable, a longer one each of its adjacent pairs
  function hasPhrases(doc, phrases, terms) {
    return phrases.every((p) => {
      if (p.length === 1 && !has(terms.get(p[0]), doc)) return false;
      for (let i = 0; i + 1 < p.length; i++) if (!has(terms.get(bigram(p[i], p[i + 1])), doc)) return false;
      return true;
    });
  }

  // the code of the passage where the query weighs most (see QueryEngine.passage)
  function passage(doc, toks, terms) {
    const votes = new Map();
    const vote = (code, w) => { if (code !== 0) votes.set(code, (votes.get(code) || 0) + w); };
    const seen = new Set();
    for (const t of toks) {
      const k = t.exact + '\u0000' + t.folded;
      if (seen.has(k)) continue;
      seen.add(k);
      const tm = terms.get(t.folded);
      if (!tm) continue;
      const plain = t.exact === t.folded;
      let bestValue = -1, code = 0;
      for (const [v, list] of Object.entries(tm.variants)) {
        const at = find(list, doc);
        if (at < 0) continue;
        const value = (plain || v === t.exact ? 1.0 : OTHER_SPELLING) * (list[at + 1] >> 2);
        if (value > bestValue) { bestValue = value; code = list[at + 2]; }
      }
      vote(code, idf(tm.df));
    }
    const pairs = [];
    for (let i = 0; i + 1 < toks.length; i++) {
      const p = bigram(toks[i].folded, toks[i + 1].folded);
      if (!pairs.includes(p)) pairs.push(p);
    }
    for (const pair of pairs) {
      const tm = terms.get(pair);
      if (!tm) continue;
      const list = tm.variants[''];
      const at = find(list, doc);
      if (at >= 0) vote(list[at + 2], idf(tm.df));
    }
    let best = 0, bestScore = 0;
    for (const code of Array.from(votes.keys()).sort((a, b) => a - b)) {
      const sc = round(votes.get(code));
      if (sc > bestScore) { bestScore = sc; best = code; }
    }
    return best;
  }

  // a result's chunk of passages, and the passage and section it shows
  const chunkOf = (code) => (code === 0 ? 0 : (code - 1) >> 6);
  function shown(chunk, code) {
    const p = chunk.p[code === 0 ? 0 : (code - 1) & 63];
    if (!p) return { anchor: '', heading: '', text: '' };
    const s = chunk.s[p[0]];
    return { anchor: code === 0 ? '' : s[0], heading: s[1], text: p[1] };
  }

  /** Ranked results: [{doc, url, anchor, score}] (see QueryEngine). filters: {type, issuer, audience, year}. */
  async function search(query, filters = {}, limit = 20) {
    const phrases = [];
    for (const m of query.matchAll(/["“”]([^"“”]*)["“”]/g)) {
      const p = folded(m[1]);
      if (p.length) phrases.push(p);
    }
    const toks = tokens(query.replace(/["“”]/g, ' '));
    if (toks.length === 0) return [];
    const alts = alternatives(toks);
    const keys = new Set();
    for (const a of alts) {
      for (const t of a) keys.add(t.folded);
      for (let i = 0; i + 1 < a.length; i++) keys.add(bigram(a[i].folded, a[i + 1].folded));
    }
    const terms = new Map();
    await Promise.all(Array.from(keys, async (k) => { const t = await term(k); if (t) terms.set(k, t); }));
    const best = new Map();
    const bestAlt = new Map();
    for (let a = 0; a < alts.length; a++) {
      const scores = await score(alts[a], terms);
      const factor = a === 0 ? 1.0 : ALTERNATIVE * Math.min(1.0, toks.length / alts[a].length);
      for (const [d, v] of scores) {
        const s = v * factor;
        const old = best.get(d);
        if (old === undefined || s > old) { best.set(d, s); bestAlt.set(d, a); }
      }
    }
    const active = filters.type || filters.issuer || filters.audience || filters.year;
    const table = active ? await load('f', 'f.js') : null;
    const passes = (d) => {
      if (!table) return true;
      const row = table.docs[d];
      if (filters.type && table.types[row[0]] !== filters.type) return false;
      if (filters.issuer && table.issuers[row[1]] !== filters.issuer) return false;
      if (filters.audience && !row.slice(3).some((i) => table.audiences[i] === filters.audience)) return false;
      return !filters.year || row[2] === Number(filters.year);
    };
    const order = [];
    for (const [d, s] of best) if (passes(d)) order.push([d, round(s * (meta.priors[d] || 1))]);
    order.sort((x, y) => (y[1] - x[1]) || (x[0] - y[0]));
    const top = [];
    let total = 0;
    for (const [d, s] of order) {
      if (phrases.length && !hasPhrases(d, phrases, terms)) continue;
      if (total++ < limit) top.push({ doc: d, score: s, code: passage(d, alts[bestAlt.get(d)], terms) });
    }
    // the results' chunks load in parallel; results keep rank order
    const chunks = await Promise.all(top.map((h) => {
      const c = chunkOf(h.code);
      return load('x' + h.doc + '-' + c, 'x/' + h.doc + '-' + c + '.js');
    }));
    const hits = top.map((h, i) => {
      const part = shown(chunks[i], h.code);
      return { doc: h.doc, url: chunks[i].u, anchor: part.anchor, score: h.score, excerpt: chunks[i], part };
    });
    hits.total = total; // all the results, of which the first `limit` are here
    return hits;
  }

  /** What to suggest when nothing is found: the query without diacritics, or with abbreviations swapped. */
  function suggestions(query) {
    const out = [];
    const plain = fold(query);
    if (plain !== query.toLowerCase()) out.push(plain);
    for (const alt of alternatives(tokens(query)).slice(1)) out.push(alt.map((t) => t.exact).join(' '));
    return out;
  }

  self.antqSearch = { search, tokens, fold, suggestions, alternatives };

  // ------------------------------------------------------------------ display
  /** Text with the query's syllables marked, built as DOM nodes (never as HTML). */
  function highlight(text, words, into) {
    const wanted = new Set(words);
    let last = 0;
    for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
      if (!wanted.has(fold(m[0].toLowerCase()))) continue;
      into.append(text.slice(last, m.index));
      const mark = document.createElement('mark');
      mark.textContent = m[0];
      into.append(mark);
      last = m.index + m[0].length;
    }
    into.append(text.slice(last));
  }

  function snippet(text, words) {
    const f = fold(text.toLowerCase());
    let at = -1;
    for (const w of words) {
      const re = new RegExp('(^|[^\\p{L}\\p{N}])' + w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '($|[^\\p{L}\\p{N}])', 'u');
      const m = re.exec(f);
      if (m && (at < 0 || m.index < at)) at = m.index;
    }
    const start = Math.max(0, at - 60);
    const cut = text.slice(start, start + 220);
    return (start > 0 ? '… ' : '') + cut + (start + 220 < text.length ? ' …' : '');
  }

  function resultLink(hit) {
    if (!hit.anchor) return root + hit.url;
    // a long page's part ("chuong-ii.html#dieu-5") lives beside the page
    if (hit.anchor.includes('.html')) return root + hit.url.slice(0, hit.url.lastIndexOf('/') + 1) + hit.anchor;
    return root + hit.url + '#' + hit.anchor;
  }

  // ---- the search page
  const results = document.querySelector('[data-search-results]');
  if (results) {
    const form = document.querySelector('[data-search-form]');
    const input = form.querySelector('input[name=q]');
    const status = document.querySelector('[data-search-status]');
    const selects = Array.from(form.querySelectorAll('select[data-filter]'));
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') || '';
    for (const s of selects) s.value = params.get(s.name) || '';
    for (const el of document.querySelectorAll('[data-search-js]')) el.hidden = false;
    for (const el of document.querySelectorAll('[data-search-nojs]')) el.hidden = true;
    let run = 0;
    // a page of results at a time: each shown result costs one chunk download on a slow link
    const PAGE = 10;
    let limit = PAGE;
    async function show(focusFrom = -1) {
      const query = input.value.trim();
      const mine = ++run;
      const filters = {};
      for (const s of selects) if (s.value) filters[s.dataset.filter] = s.value;
      if (!query) { results.textContent = ''; status.textContent = ''; return; }
      const t0 = performance.now();
      const hits = await search(query, filters, limit);
      if (mine !== run) return;
      results.textContent = '';
      const words = tokens(query.replace(/["“”]/g, ' ')).map((t) => t.folded);
      for (const a of alternatives(tokens(query)).slice(1)) for (const t of a) words.push(t.folded);
      status.textContent = hits.length
        ? status.dataset.found.replace('{0}', hits.total).replace('{1}', Math.round(performance.now() - t0))
        : status.dataset.none;
      if (!hits.length) {
        for (const s of suggestions(query)) {
          const p = document.createElement('p');
          p.append(status.dataset.suggest + ' ');
          const a = document.createElement('a');
          a.href = '?q=' + encodeURIComponent(s);
          a.textContent = s;
          p.append(a);
          results.append(p);
        }
        return;
      }
      const list = document.createElement('ol');
      list.className = 'search-results';
      for (const hit of hits) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = resultLink(hit);
        a.dataset.result = '';
        a.className = 'result-title';
        highlight(hit.excerpt.t, words, a);
        li.append(a);
        const kind = document.createElement('p');
        kind.className = 'result-meta';
        kind.textContent = [hit.excerpt.k, hit.excerpt.m].filter(Boolean).join(' · ');
        li.append(kind);
        if (hit.part.heading) {
          const h = document.createElement('p');
          h.className = 'result-section';
          highlight(hit.part.heading, words, h);
          li.append(h);
        }
        if (hit.part.text) {
          const p = document.createElement('p');
          p.className = 'result-excerpt';
          highlight(snippet(hit.part.text, words), words, p);
          li.append(p);
        }
        list.append(li);
      }
      results.append(list);
      if (hits.total > hits.length) {
        const more = document.createElement('button');
        more.type = 'button';
        more.className = 'search-more secondary';
        more.dataset.searchMore = '';
        more.textContent = results.dataset.more.replace('{0}', Math.min(PAGE, hits.total - hits.length));
        more.addEventListener('click', () => { const from = hits.length; limit += PAGE; show(from); });
        results.append(more);
      }
      // after "more", the first new result takes the focus (a keyboard or screen-reader user goes on from there)
      if (focusFrom >= 0) { const links = list.querySelectorAll('[data-result]'); if (links[focusFrom]) links[focusFrom].focus(); }
    }
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      limit = PAGE;
      const params2 = new URLSearchParams();
      params2.set('q', input.value);
      for (const s of selects) if (s.value) params2.set(s.name, s.value);
      history.replaceState(null, '', '?' + params2.toString());
      show();
    });
    for (const s of selects) s.addEventListener('change', () => form.requestSubmit());
    show();
  }

  // ---- instant results under every search field: an ARIA combobox
  let counter = 0;
  for (const input of document.querySelectorAll('input[type=search][name=q]:not([data-no-instant])')) {
    const id = 'goi-y-' + (++counter);
    const list = document.createElement('ul');
    list.id = id;
    list.className = 'instant-results';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', input.dataset.listLabel || '');
    list.hidden = true;
    input.after(list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', id);
    let active = -1;
    let run = 0;
    const options = () => Array.from(list.querySelectorAll('[role=option]'));
    const close = () => {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    };
    const select = (i) => {
      const opts = options();
      opts.forEach((o, k) => o.setAttribute('aria-selected', String(k === i)));
      active = i;
      if (i >= 0) input.setAttribute('aria-activedescendant', opts[i].id);
      else input.removeAttribute('aria-activedescendant');
    };
    input.addEventListener('input', async () => {
      const query = input.value.trim();
      const mine = ++run;
      if (query.length < 2) { close(); return; }
      const hits = await search(query, {}, 6);
      if (mine !== run) return;
      list.textContent = '';
      const words = tokens(query).map((t) => t.folded);
      hits.forEach((hit, i) => {
        const li = document.createElement('li');
        li.id = id + '-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        const a = document.createElement('a');
        a.href = resultLink(hit);
        a.tabIndex = -1;
        highlight(hit.excerpt.t, words, a);
        li.append(a);
        if (hit.anchor && hit.part.heading) {
          const small = document.createElement('span');
          small.className = 'instant-section';
          small.textContent = hit.part.heading;
          li.append(small);
        }
        list.append(li);
      });
      if (hits.length === 0) { close(); return; }
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      active = -1;
    });
    input.addEventListener('keydown', (e) => {
      const opts = options();
      if (list.hidden || opts.length === 0) return;
      if (e.key === 'ArrowDown') { e.preventDefault(); select((active + 1) % opts.length); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); select(active <= 0 ? opts.length - 1 : active - 1); }
      else if (e.key === 'Escape') { close(); }
      else if (e.key === 'Enter' && active >= 0) { e.preventDefault(); location.href = opts[active].querySelector('a').href; }
    });
    input.addEventListener('blur', () => setTimeout(close, 200));
  }
})();
