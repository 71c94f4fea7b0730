// A search box with autocomplete over Query.search, as an ARIA combobox: arrow keys move
// through the suggestions, Enter picks, Esc closes. Used for the main search and the
// two ends of the path finder.
import { search } from './api.ts';
import { h, replace } from './dom.ts';
import { typeStyle } from './style.ts';
import type { EntityRef, SearchHit } from './types.ts';

export interface SearchBox {
  element: HTMLElement;
  input: HTMLInputElement;
  /** Shows a picked entity's name in the box (after a restore, say). */
  setValue(entity: EntityRef | null): void;
  value(): EntityRef | null;
}

let nextId = 0;

export function createSearchBox(opts: {
  label: string;
  placeholder: string;
  testid: string;
  onPick: (entity: EntityRef) => void;
  onError: (err: unknown) => void;
  clearOnPick?: boolean;
}): SearchBox {
  const listId = `suggestions-${++nextId}`;
  const input = h('input', {
    class: 'search-input',
    testid: opts.testid,
    attrs: {
      type: 'search',
      placeholder: opts.placeholder,
      'aria-label': opts.label,
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
      autocomplete: 'off',
      spellcheck: 'false',
    },
  });
  const list = h('ul', { class: 'suggestions', testid: `${opts.testid}-suggestions`, attrs: { id: listId, role: 'listbox', hidden: '' } });
  const element = h('div', { class: 'search-box' }, input, list);
  let hits: SearchHit[] = [];
  let active = -1;
  let picked: EntityRef | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: AbortController | null = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const highlight = (i: number) => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    const li = list.children[i];
    if (li) {
      input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({ block: 'nearest' });
    }
  };

  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    picked = hit.entity;
    input.value = opts.clearOnPick ? '' : hit.entity.name;
    close();
    opts.onPick(hit.entity);
  };

  const render = (query: string) => {
    replace(list);
    if (hits.length === 0) {
      list.append(h('li', { class: 'suggestion-empty', attrs: { role: 'option', 'aria-disabled': 'true' } }, `No match for “${query}”`));
    }
    hits.forEach((hit, i) => {
      const style = typeStyle(hit.entity.type);
      const aliases = hit.entity.aliases.filter((a) => a !== hit.entity.name).slice(0, 3);
      const li = h(
        'li',
        {
          class: 'suggestion',
          testid: 'suggestion',
          attrs: { id: `${listId}-${i}`, role: 'option', 'aria-selected': 'false' },
          on: {
            mousedown: (ev) => {
              ev.preventDefault();
              pick(i);
            },
            mousemove: () => highlight(i),
          },
        },
        h('span', { class: 'swatch', attrs: { style: `background:${style?.colour ?? '#ccc'}`, 'aria-hidden': 'true' } }),
        h('span', { class: 'suggestion-name' }, hit.entity.name),
        h('span', { class: 'suggestion-type' }, style?.label ?? hit.entity.type),
        aliases.length > 0 && h('span', { class: 'suggestion-aliases' }, aliases.join(' · ')),
      );
      list.append(li);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  };

  const lookup = async (query: string) => {
    pending?.abort();
    const ctl = new AbortController();
    pending = ctl;
    element.classList.add('busy');
    try {
      hits = await search(query, ctl.signal);
      if (!ctl.signal.aborted && input.value.trim() === query) render(query);
    } catch (err) {
      if (!ctl.signal.aborted) opts.onError(err);
    } finally {
      if (pending === ctl) element.classList.remove('busy');
    }
  };

  input.addEventListener('input', () => {
    picked = null;
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) {
      pending?.abort();
      close();
      return;
    }
    timer = setTimeout(() => void lookup(q), 160);
  });
  input.addEventListener('keydown', (ev) => {
    const open = !list.hidden && hits.length > 0;
    if (ev.key === 'ArrowDown' && open) {
      ev.preventDefault();
      highlight((active + 1) % hits.length);
    } else if (ev.key === 'ArrowUp' && open) {
      ev.preventDefault();
      highlight(active <= 0 ? hits.length - 1 : active - 1);
    } else if (ev.key === 'Enter') {
      ev.preventDefault();
      if (open) pick(active >= 0 ? active : 0);
    } else if (ev.key === 'Escape' && !list.hidden) {
      ev.preventDefault();
      ev.stopPropagation();
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 120));

  return {
    element,
    input,
    setValue(entity) {
      picked = entity;
      input.value = entity?.name ?? '';
    },
    value: () => picked,
  };
}
