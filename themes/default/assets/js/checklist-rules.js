// Checklist rules in the browser: evaluate() mirrors the generator's Java Evaluator exactly
// (three-valued logic, refused answers, outcome, progress), over a checklist's compiled script
// (self.antqChecklists[id]). ChecklistDifferentialTest holds the two together.
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

  self.antqChecklistRuntime = { evaluate, R, isCriterion };
})();
