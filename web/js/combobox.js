// An entity search box with suggestions as you type (the ARIA 1.2 combobox pattern):
// arrows move, Enter picks, Escape closes. Matches names and aliases in any language.
import { search } from './data.js';
import { debounce, fill, h } from './dom.js';

let counter = 0;

/**
 * Wires `input` to a listbox of suggestions. `onPick(entity)` gets the chosen one;
 * `types()` may narrow the search to some entity types.
 */
export function combobox(input, { onPick, types = () => null, label = 'Suggestions' } = {}) {
  const id = `cb${++counter}`;
  const list = h('ul', { id: `${id}-list`, role: 'listbox', class: 'suggestions', 'aria-label': label, hidden: true });
  input.after(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('autocomplete', 'off');
  input.setAttribute('spellcheck', 'false');

  let items = [];
  let active = -1;
  let seq = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (i) => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) {
      input.setAttribute('aria-activedescendant', `${id}-o${i}`);
      list.children[i]?.scrollIntoView?.({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const pick = (i) => {
    const e = items[i];
    if (!e) return;
    input.value = e.name;
    input.dataset.entityId = e.id;
    close();
    onPick?.(e);
  };
  const render = (text) => {
    if (!items.length) {
      fill(list, h('li', { class: 'empty', role: 'option', 'aria-disabled': 'true' }, `Nothing matches “${text}”.`));
    } else {
      fill(
        list,
        items.map((e, i) => {
          const alias = matchedAlias(e, text);
          return h(
            'li',
            { id: `${id}-o${i}`, role: 'option', 'aria-selected': 'false', dataset: { id: e.id }, onmousedown: (ev) => ev.preventDefault(), onclick: () => pick(i) },
            h('span', { class: 'swatch', 'aria-hidden': 'true', dataset: { type: e.type } }),
            h('span', { class: 'name' }, e.name),
            alias ? h('span', { class: 'alias' }, `“${alias}”`) : null,
            h('span', { class: `type type-${e.type}` }, e.type),
          );
        }),
      );
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(items.length ? 0 : -1);
  };
  const lookup = debounce(async () => {
    const text = input.value.trim();
    const mine = ++seq;
    if (!text) return close();
    try {
      const found = await search(text, types());
      if (mine !== seq) return;
      items = found;
      render(text);
    } catch (err) {
      if (mine !== seq) return;
      items = [];
      fill(list, h('li', { class: 'empty', role: 'option', 'aria-disabled': 'true' }, `Search failed: ${err.message}`));
      list.hidden = false;
    }
  }, 150);

  input.addEventListener('input', () => {
    delete input.dataset.entityId;
    lookup();
  });
  input.addEventListener('keydown', (ev) => {
    const open = !list.hidden && items.length;
    if (ev.key === 'ArrowDown') {
      ev.preventDefault();
      if (!open) return lookup();
      highlight((active + 1) % items.length);
    } else if (ev.key === 'ArrowUp' && open) {
      ev.preventDefault();
      highlight((active - 1 + items.length) % items.length);
    } else if (ev.key === 'Enter') {
      if (open && active >= 0) {
        ev.preventDefault();
        pick(active);
      }
    } else if (ev.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  return { close, clear: () => ((input.value = ''), delete input.dataset.entityId, close()) };
}

/** The alias the text matched, when it did not match the canonical name ("Kina" → China). */
function matchedAlias(e, text) {
  const t = text.toLowerCase();
  if (e.name.toLowerCase().includes(t)) return null;
  return (e.aliases ?? []).find((a) => a.toLowerCase().includes(t)) ?? null;
}

