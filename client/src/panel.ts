// The right-hand panel: an entity's card, the statements an edge aggregates, or a single
// statement. Everything it shows is set as text.
import { button, h, replace } from './dom.ts';
import type { Filters } from './filter-graph.ts';
import { statementCard, statementList, type CardHandlers } from './statement-card.ts';
import { typeStyle } from './style.ts';
import type { Entity, EntityRef, Role, Statement } from './types.ts';

export interface EntityActions extends CardHandlers {
  onExpand(entity: EntityRef): void;
  onHide(entity: EntityRef): void;
  onPathFrom(entity: EntityRef): void;
}

export class Panel {
  readonly element: HTMLElement;
  private readonly title: HTMLElement;
  private readonly body: HTMLElement;

  constructor(onClose: () => void) {
    this.title = h('h2', { class: 'panel-title', testid: 'panel-title', attrs: { id: 'panel-title' } });
    this.body = h('div', { class: 'panel-body', testid: 'panel-body' });
    this.element = h(
      'aside',
      { class: 'panel', testid: 'panel', attrs: { 'aria-labelledby': 'panel-title', hidden: '' } },
      h(
        'header',
        { class: 'panel-header' },
        this.title,
        button('×', onClose, { class: 'icon close', testid: 'panel-close', attrs: { 'aria-label': 'Close the panel (Esc)', title: 'Close (Esc)' } }),
      ),
      this.body,
    );
  }

  get open(): boolean {
    return !this.element.hidden;
  }

  close(): void {
    this.element.hidden = true;
    this.element.removeAttribute('data-entity-id');
  }

  loading(title: string): void {
    this.show(title);
    replace(this.body, h('p', { class: 'muted loading-line', testid: 'panel-loading' }, 'Loading…'));
  }

  message(title: string, text: string): void {
    this.show(title);
    replace(this.body, h('p', { class: 'muted' }, text));
  }

  entity(e: Entity, filters: Filters, actions: EntityActions): void {
    this.show(e.name);
    this.element.dataset.entityId = e.id;
    const style = typeStyle(e.type);
    const aliases = e.aliases.filter((a) => a !== e.name);
    const facts: (HTMLElement | false)[] = [
      aliases.length > 0 && fact('Also known as', aliases.join(', ')),
      e.titles.length > 0 && fact('Titles', e.titles.join(', ')),
      e.affiliation !== null && fact('Belongs to', linkTo(e.affiliation, actions)),
      e.candidates.length > 0 && fact('May be', h('span', { testid: 'entity-candidates' }, ...e.candidates.flatMap((c, i) => [i > 0 ? ', ' : '', linkTo(c, actions)]))),
      e.wikidata !== null && /^Q\d+$/.test(e.wikidata) && fact('Wikidata', h('a', { attrs: { href: `https://www.wikidata.org/wiki/${e.wikidata}`, target: '_blank', rel: 'noopener noreferrer' } }, e.wikidata)),
    ];
    const shown = distinctRoles(e.roles);
    const roles =
      shown.length > 0 &&
      h(
        'ul',
        { class: 'roles', testid: 'entity-roles' },
        ...shown.map((r) => h('li', {}, `${r.title}, `, linkTo(r.organisation, actions), h('span', { class: 'muted' }, ` ${roleWhen(r)}`))),
      );
    const c = e.counts;
    replace(
      this.body,
      h(
        'div',
        { class: 'entity-type' },
        h('span', { class: 'swatch', attrs: { style: `background:${style?.colour ?? '#ccc'}`, 'aria-hidden': 'true' } }),
        style?.label ?? e.type,
      ),
      h('dl', { class: 'facts' }, ...facts),
      roles && h('section', {}, h('h3', {}, 'Roles'), roles),
      h(
        'dl',
        { class: 'counts', testid: 'entity-counts' },
        count('mentions', c.mentions),
        count('articles', c.articles),
        count('said', c.statementsMade),
        count('about', c.statementsAbout),
        count('heard', c.statementsHeard),
      ),
      h(
        'div',
        { class: 'actions' },
        button('Expand neighbours', () => actions.onExpand(e), { testid: 'expand', attrs: { title: 'Also: double-click the node' } }),
        button('Hide', () => actions.onHide(e), { testid: 'hide-node', attrs: { title: 'Hide from the view (Delete); undo in the toolbar' } }),
        button('Path from here', () => actions.onPathFrom(e), { testid: 'path-from-here' }),
      ),
      section(`Statements made (${e.statementsMade.length})`, 'statements-made', statementList(e.statementsMade, filters, actions, 'No statement by this actor.')),
      section(`Statements about (${e.statementsAbout.length})`, 'statements-about', statementList(e.statementsAbout, filters, actions, 'No statement about this actor.')),
    );
  }

  edge(heading: string, relation: string, statements: Statement[], filters: Filters, handlers: CardHandlers): void {
    this.show(heading);
    replace(
      this.body,
      h('p', { class: 'muted', testid: 'edge-summary' }, `${relation} · ${statements.length} statement${statements.length === 1 ? '' : 's'}`),
      statementList(statements, filters, handlers, 'No statements found for this connection.'),
    );
  }

  statement(st: Statement, handlers: CardHandlers): void {
    this.show(st.speaker ? `Statement by ${st.speaker.name}` : 'Statement');
    replace(this.body, statementCard(st, handlers));
  }

  private show(title: string): void {
    this.title.textContent = title;
    this.element.removeAttribute('data-entity-id');
    this.element.hidden = false;
    this.body.scrollTop = 0;
  }
}

function linkTo(ref: EntityRef, actions: CardHandlers): HTMLElement {
  return button(ref.name, () => actions.onEntity(ref), { class: 'link' });
}

function fact(term: string, value: string | HTMLElement): HTMLElement {
  return h('div', { class: 'fact' }, h('dt', {}, term), h('dd', {}, value));
}

function count(label: string, n: number): HTMLElement {
  return h('div', {}, h('dt', {}, label), h('dd', {}, n.toLocaleString('en')));
}

function section(title: string, testid: string, content: HTMLElement): HTMLElement {
  return h('section', { class: 'panel-section', testid }, h('h3', {}, title), content);
}

/** Each title at each body once: the reference table's terms, and the newest article giving any other. */
export function distinctRoles(roles: readonly Role[]): Role[] {
  const seen = new Set<string>();
  return roles.filter((r) => {
    const key = r.source === 'office-holders' ? `${r.title}|${r.organisation.id}|${r.from ?? ''}` : `${r.title}|${r.organisation.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "(1997-05-02 – 2007-06-27)" for a term, "(as of 2005-03-01)" for an article's title. */
export function roleWhen(r: Role): string {
  if (r.source === 'office-holders') return `(${r.from ?? '?'} – ${r.to ?? 'in office'}; office-holders table)`;
  return r.asOf ? `(as of ${r.asOf})` : '';
}
