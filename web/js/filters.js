// The filter form: relationship types, entity types, a date range and a minimum
// confidence. It holds no data; it tells `onChange` the current state.
import { ENTITY_TYPES, RELATIONSHIP_TYPES } from './data.js';
import { h } from './dom.js';

export function filterForm(onChange) {
  const state = () => ({
    relTypes: new Set(RELATIONSHIP_TYPES.filter((t) => form.elements[`rel-${t}`].checked)),
    entityTypes: new Set(ENTITY_TYPES.filter((t) => form.elements[`ent-${t}`].checked)),
    from: form.elements.from.value || null,
    to: form.elements.to.value || null,
    minConfidence: Number(form.elements.confidence.value),
  });
  const changed = () => {
    out.value = Number(form.elements.confidence.value).toFixed(2);
    onChange(state());
  };
  const box = (prefix, t, cls) =>
    h('label', { class: `check ${cls ?? ''}` }, h('input', { type: 'checkbox', name: `${prefix}-${t}`, checked: true }), h('span', {}, t));
  const allNone = (prefix, types) =>
    h(
      'span',
      { class: 'all-none' },
      h('button', { type: 'button', class: 'link', onclick: () => setAll(prefix, types, true) }, 'all'),
      ' / ',
      h('button', { type: 'button', class: 'link', onclick: () => setAll(prefix, types, false) }, 'none'),
    );
  const setAll = (prefix, types, on) => {
    for (const t of types) form.elements[`${prefix}-${t}`].checked = on;
    changed();
  };
  const out = h('output', { for: 'f-confidence', id: 'f-confidence-out' }, '0.00');
  const form = h(
    'form',
    { class: 'filters', 'aria-label': 'Filter the graph', onsubmit: (e) => e.preventDefault() },
    h('fieldset', {}, h('legend', {}, 'Relationship types ', allNone('rel', RELATIONSHIP_TYPES)), RELATIONSHIP_TYPES.map((t) => box('rel', t))),
    h('fieldset', {}, h('legend', {}, 'Entity types ', allNone('ent', ENTITY_TYPES)), ENTITY_TYPES.map((t) => box('ent', t, `type-${t}`))),
    h(
      'fieldset',
      { class: 'dates' },
      h('legend', {}, 'Seen between'),
      h('label', {}, h('span', {}, 'From'), h('input', { type: 'date', name: 'from' })),
      h('label', {}, h('span', {}, 'To'), h('input', { type: 'date', name: 'to' })),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Minimum confidence'),
      h('div', { class: 'range' }, h('input', { id: 'f-confidence', type: 'range', name: 'confidence', min: 0, max: 1, step: 0.05, value: 0, 'aria-describedby': 'f-confidence-out' }), out),
    ),
  );
  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  return { form, state };
}
