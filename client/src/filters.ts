// The filter column: node types, a year range over the corpus, and the statement kind.
import { button, h } from './dom.ts';
import { TYPE_STYLES } from './style.ts';
import type { NodeType, StatementKind } from './types.ts';
import type { ViewState } from './url-state.ts';

export type FilterPatch = Partial<Pick<ViewState, 'types' | 'from' | 'to' | 'kind'>>;

export class FilterControls {
  readonly element: HTMLElement;
  private readonly boxes = new Map<NodeType, HTMLInputElement>();
  private readonly fromInput: HTMLInputElement;
  private readonly toInput: HTMLInputElement;
  private readonly rangeLabel: HTMLElement;
  private readonly kind: HTMLSelectElement;
  private min = 1990;
  private max = new Date().getFullYear();
  private known = false;

  constructor(private readonly onChange: (patch: FilterPatch) => void) {
    const types = h('fieldset', { class: 'filter-group', testid: 'type-filters' }, h('legend', {}, 'Show'));
    for (const t of TYPE_STYLES) {
      const box = h('input', { testid: `type-${t.type}`, attrs: { type: 'checkbox', checked: '' } });
      box.addEventListener('change', () => this.onChange({ types: this.checkedTypes() }));
      this.boxes.set(t.type, box);
      types.append(
        h(
          'label',
          { class: 'check' },
          box,
          h('span', { class: `swatch shape-${t.shape}`, attrs: { style: `background:${t.colour};border-color:${t.border}`, 'aria-hidden': 'true' } }),
          t.label,
        ),
      );
    }

    const range = (testid: string, label: string) =>
      h('input', { class: 'year-range', testid, attrs: { type: 'range', step: '1', 'aria-label': label } });
    this.fromInput = range('year-from', 'From year');
    this.toInput = range('year-to', 'To year');
    this.rangeLabel = h('output', { class: 'range-label', testid: 'year-label' });
    const onRange = (changed: 'from' | 'to') => {
      let from = Number(this.fromInput.value);
      let to = Number(this.toInput.value);
      if (from > to) {
        if (changed === 'from') to = from;
        else from = to;
        this.fromInput.value = String(from);
        this.toInput.value = String(to);
      }
      this.showRange(from, to);
      this.onChange({ from: from <= this.min ? null : from, to: to >= this.max ? null : to });
    };
    this.fromInput.addEventListener('input', () => onRange('from'));
    this.toInput.addEventListener('input', () => onRange('to'));
    const dates = h(
      'fieldset',
      { class: 'filter-group' },
      h('legend', {}, 'Statement dates'),
      this.rangeLabel,
      h('div', { class: 'dual-range' }, this.fromInput, this.toInput),
      button('All dates', () => this.onChange({ from: null, to: null }), { class: 'link small', testid: 'year-reset' }),
    );

    this.kind = h(
      'select',
      { testid: 'kind-filter', attrs: { 'aria-label': 'Statement kind' } },
      h('option', { attrs: { value: '' } }, 'Quotes and reported speech'),
      h('option', { attrs: { value: 'direct' } }, 'Direct quotes only'),
      h('option', { attrs: { value: 'indirect' } }, 'Reported speech only'),
    );
    this.kind.addEventListener('change', () => {
      const v = this.kind.value;
      this.onChange({ kind: v === 'direct' || v === 'indirect' ? (v as StatementKind) : null });
    });
    const kinds = h('fieldset', { class: 'filter-group' }, h('legend', {}, 'Statements'), this.kind);

    this.element = h('section', { class: 'filters', attrs: { 'aria-label': 'Filters' } }, types, dates, kinds);
    this.setBounds(null);
  }

  /** The years the sliders span; null (nothing dated yet) disables them. */
  setBounds(bounds: { min: number; max: number } | null): void {
    this.known = bounds !== null;
    if (bounds) {
      this.min = Math.min(bounds.min, bounds.max);
      this.max = Math.max(bounds.min, bounds.max);
    }
    for (const input of [this.fromInput, this.toInput]) {
      input.min = String(this.min);
      input.max = String(this.max);
      input.disabled = !this.known;
    }
  }

  /** Shows a state's filters (after a restore or an external change). */
  show(s: ViewState): void {
    for (const [type, box] of this.boxes) box.checked = s.types.includes(type);
    const from = Math.max(this.min, Math.min(this.max, s.from ?? this.min));
    const to = Math.max(this.min, Math.min(this.max, s.to ?? this.max));
    this.fromInput.value = String(from);
    this.toInput.value = String(to);
    this.showRange(from, to);
    this.kind.value = s.kind ?? '';
  }

  private showRange(from: number, to: number): void {
    if (!this.known) {
      this.rangeLabel.textContent = 'No dated statements yet';
      return;
    }
    this.rangeLabel.textContent = from <= this.min && to >= this.max ? `All years (${this.min}–${this.max})` : `${from} – ${to}`;
  }

  private checkedTypes(): NodeType[] {
    return [...this.boxes].filter(([, b]) => b.checked).map(([t]) => t);
  }
}
