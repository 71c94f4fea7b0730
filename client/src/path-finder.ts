// Path finder: two actors, and the shortest chain of statements and roles between them.
import { button, h } from './dom.ts';
import { createSearchBox, type SearchBox } from './search-box.ts';
import type { EntityRef } from './types.ts';

export class PathFinder {
  readonly element: HTMLElement;
  private readonly from: SearchBox;
  private readonly to: SearchBox;
  private readonly result: HTMLElement;

  constructor(handlers: { onFind(from: EntityRef, to: EntityRef): void; onClear(): void; onError(err: unknown): void }) {
    const box = (label: string, testid: string) =>
      createSearchBox({ label, placeholder: label, testid, onPick: () => this.result.replaceChildren(), onError: handlers.onError });
    this.from = box('From actor', 'path-from');
    this.to = box('To actor', 'path-to');
    this.result = h('p', { class: 'path-result', testid: 'path-result', attrs: { 'aria-live': 'polite' } });
    const find = () => {
      const a = this.from.value();
      const b = this.to.value();
      if (!a || !b) {
        this.result.textContent = 'Pick both actors from the suggestions.';
        return;
      }
      handlers.onFind(a, b);
    };
    this.element = h(
      'section',
      { class: 'path-finder filter-group', attrs: { 'aria-label': 'Path finder' } },
      h('h3', {}, 'Path between two actors'),
      this.from.element,
      this.to.element,
      h(
        'div',
        { class: 'row' },
        button('Find path', find, { class: 'primary', testid: 'path-find' }),
        button('Clear', () => {
          this.result.replaceChildren();
          handlers.onClear();
        }, { testid: 'path-clear' }),
      ),
      this.result,
    );
  }

  set(from: EntityRef | null, to: EntityRef | null = this.to.value()): void {
    this.from.setValue(from);
    this.to.setValue(to);
    if (from && !to) this.to.input.focus();
  }

  /** Shows the chain found (names in order) or why there is none. */
  show(names: string[] | string): void {
    this.result.replaceChildren();
    if (typeof names === 'string') {
      this.result.textContent = names;
      return;
    }
    this.result.append(
      ...names.flatMap((n, i) => (i === 0 ? [h('strong', {}, n)] : [h('span', { class: 'muted' }, ' → '), h('strong', {}, n)])),
    );
  }
}
