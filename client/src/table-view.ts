// "Who said what to whom" for the current view, as a table, with CSV export.
import { button, download, h, replace } from './dom.ts';
import { toCsv } from './csv.ts';
import { safeFilename } from './escape.ts';
import type { Statement } from './types.ts';

const HEADER = ['Date', 'Speaker', 'Kind', 'Statement', 'To', 'About', 'Source', 'Article'];
/** On screen the kind is a badge in the statement cell and the source joins the article. */
const SHOWN = ['Date', 'Speaker', 'Statement', 'To', 'About', 'Evidence'];

export function statementRow(s: Statement): string[] {
  return [
    s.date ?? '',
    s.speaker?.name ?? '',
    s.kind,
    s.text,
    [...s.audience.map((a) => a.name), ...s.audienceText].join('; '),
    s.about.map((a) => a.name).join('; '),
    s.article.source ?? '',
    s.article.title ?? s.article.id,
  ];
}

export class TableView {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  private readonly caption: HTMLElement;
  private rows: Statement[] = [];
  private name = 'view';

  constructor(
    onClose: () => void,
    private readonly onEvidence: (s: Statement) => void,
  ) {
    this.caption = h('span', { class: 'muted', testid: 'table-count' });
    this.body = h('tbody');
    this.element = h(
      'section',
      { class: 'table-drawer', testid: 'table', attrs: { hidden: '', 'aria-label': 'Who said what to whom' } },
      h(
        'header',
        { class: 'drawer-header' },
        h('h2', {}, 'Who said what to whom'),
        this.caption,
        h('span', { class: 'spacer' }),
        button('Export CSV', () => this.exportCsv(), { testid: 'export-csv' }),
        button('×', onClose, { class: 'icon close', attrs: { 'aria-label': 'Close the table' } }),
      ),
      h(
        'div',
        { class: 'table-scroll' },
        h(
          'table',
          {},
          h('thead', {}, h('tr', {}, ...SHOWN.map((c) => h('th', { attrs: { scope: 'col' } }, c)))),
          this.body,
        ),
      ),
    );
  }

  get open(): boolean {
    return !this.element.hidden;
  }

  toggle(force?: boolean): void {
    this.element.hidden = !(force ?? this.element.hidden);
  }

  loading(): void {
    this.caption.textContent = 'Loading…';
  }

  show(statements: Statement[], name: string): void {
    this.rows = [...statements].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
    this.name = name;
    this.caption.textContent = `${this.rows.length} statement${this.rows.length === 1 ? '' : 's'}`;
    replace(
      this.body,
      ...this.rows.map((s) =>
        h(
          'tr',
          { testid: 'table-row' },
          h('td', { class: 'cell-date' }, s.date ?? ''),
          h('td', {}, s.speaker?.name ?? ''),
          h(
            'td',
            { class: 'cell-text' },
            h('span', { class: `badge badge-${s.kind}` }, s.kind === 'direct' ? 'Quote' : 'Reported'),
            ' ',
            s.text,
          ),
          h('td', {}, [...s.audience.map((a) => a.name), ...s.audienceText].join(', ')),
          h('td', {}, s.about.map((a) => a.name).join(', ')),
          h(
            'td',
            { class: 'cell-article' },
            button(s.article.title ?? s.article.id, () => this.onEvidence(s), {
              class: 'link',
              testid: 'table-evidence',
              attrs: { title: `Show the evidence: ${[s.article.source, s.article.title].filter(Boolean).join(' — ')}` },
            }),
          ),
        ),
      ),
    );
    if (this.rows.length === 0) this.body.append(h('tr', {}, h('td', { class: 'muted', attrs: { colspan: String(SHOWN.length) } }, 'No statements in this view.')));
  }

  csv(): string {
    return toCsv(HEADER, this.rows.map(statementRow));
  }

  private exportCsv(): void {
    download(new Blob([this.csv()], { type: 'text/csv;charset=utf-8' }), `who-said-what-${safeFilename(this.name, 'view')}.csv`);
  }
}
