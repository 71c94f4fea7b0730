// The bar above the network: layout, zoom, the statements-as-nodes toggle, undo, the
// table, and exports.
import { button, h } from './dom.ts';
import { LAYOUTS, type LayoutName } from './url-state.ts';

export interface ToolbarActions {
  onLayout(name: LayoutName): void;
  onFit(): void;
  onZoom(factor: number): void;
  onStatements(on: boolean): void;
  onUndo(): void;
  onTable(): void;
  onPng(): void;
  onClear(): void;
}

const LAYOUT_NAMES: Record<LayoutName, string> = { fcose: 'Force-directed', concentric: 'Concentric', breadthfirst: 'Tree' };

export class Toolbar {
  readonly element: HTMLElement;
  /** "n nodes · m links", shown over the graph. */
  readonly note: HTMLElement;
  private readonly layout: HTMLSelectElement;
  private readonly statements: HTMLInputElement;
  private readonly undo: HTMLButtonElement;
  private readonly copy: HTMLButtonElement;
  private readonly png: HTMLButtonElement;

  constructor(a: ToolbarActions) {
    this.layout = h(
      'select',
      { testid: 'layout', attrs: { 'aria-label': 'Layout' } },
      ...LAYOUTS.map((l) => h('option', { attrs: { value: l } }, LAYOUT_NAMES[l])),
    );
    this.layout.addEventListener('change', () => a.onLayout(this.layout.value as LayoutName));
    this.statements = h('input', { testid: 'toggle-statements', attrs: { type: 'checkbox' } });
    this.statements.addEventListener('change', () => a.onStatements(this.statements.checked));
    this.copy = button('Copy link', () => void this.copyLink(), { testid: 'copy-link', attrs: { title: 'Copy a link to this view' } });
    this.undo = button('Undo hide', a.onUndo, { testid: 'undo-hide', attrs: { hidden: '', title: 'Show the last node hidden again' } });
    // Off until there is something to draw: an empty view would make an empty file.
    this.png = button('PNG', a.onPng, { testid: 'export-png', attrs: { title: 'Download the network as an image, with its legend', disabled: '' } });
    this.note = h('span', { class: 'view-count muted', testid: 'view-count', attrs: { 'aria-live': 'polite' } });
    this.element = h(
      'div',
      { class: 'toolbar', attrs: { role: 'toolbar', 'aria-label': 'View' } },
      this.layout,
      h(
        'span',
        { class: 'group' },
        button('Fit', a.onFit, { testid: 'fit', attrs: { title: 'Fit the view' } }),
        button('+', () => a.onZoom(1.3), { testid: 'zoom-in', attrs: { 'aria-label': 'Zoom in' } }),
        button('−', () => a.onZoom(1 / 1.3), { testid: 'zoom-out', attrs: { 'aria-label': 'Zoom out' } }),
      ),
      h('label', { class: 'inline check' }, this.statements, 'Statements as nodes'),
      this.undo,
      h('span', { class: 'spacer' }),
      button('Table', a.onTable, { testid: 'toggle-table', attrs: { 'aria-pressed': 'false', title: 'Who said what to whom, as a table' } }),
      h(
        'span',
        { class: 'group' },
        this.png,
        this.copy,
      ),
      button('Clear', a.onClear, { testid: 'clear-view', attrs: { title: 'Start again' } }),
    );
  }

  show(layout: LayoutName, statements: boolean, hiddenCount: number): void {
    this.layout.value = layout;
    this.statements.checked = statements;
    this.undo.hidden = hiddenCount === 0;
    this.undo.textContent = `Undo hide (${hiddenCount})`;
  }

  counts(nodes: number, edges: number): void {
    this.note.textContent = nodes > 0 ? `${nodes} nodes · ${edges} links` : '';
    this.png.disabled = nodes === 0;
  }

  /** Copies the page's URL (the view state lives there); says so on the button for a moment. */
  private async copyLink(): Promise<void> {
    try {
      await navigator.clipboard.writeText(location.href);
      this.copy.textContent = 'Copied';
    } catch {
      // No clipboard (an insecure origin, or permission refused): let the analyst copy it.
      window.prompt('Copy this link to share the view:', location.href);
    }
    setTimeout(() => (this.copy.textContent = 'Copy link'), 1500);
  }

  tableOpen(open: boolean): void {
    this.element.querySelector('[data-testid="toggle-table"]')?.setAttribute('aria-pressed', String(open));
  }
}
