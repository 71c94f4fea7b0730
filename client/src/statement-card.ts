// A statement as the analyst reads it: the words, who said them to whom and about whom,
// when, and the article it comes from, with a way into the evidence.
import { button, h } from './dom.ts';
import { statementPasses, type Filters } from './filter-graph.ts';
import type { EntityRef, Statement } from './types.ts';

export interface CardHandlers {
  onEntity(ref: EntityRef): void;
  onEvidence(statement: Statement): void;
}

function entityLink(ref: EntityRef, handlers: CardHandlers): HTMLElement {
  return button(ref.name, () => handlers.onEntity(ref), { class: 'link', attrs: { title: `Show ${ref.name}` } });
}

function joined(parts: (HTMLElement | string)[]): (HTMLElement | string)[] {
  return parts.flatMap((p, i) => (i === 0 ? [p] : [', ', p]));
}

export function statementCard(st: Statement, handlers: CardHandlers): HTMLElement {
  const audience = [...st.audience.map((a) => entityLink(a, handlers)), ...st.audienceText];
  const who = h(
    'div',
    { class: 'stmt-who' },
    st.speaker ? entityLink(st.speaker, handlers) : h('span', { class: 'muted' }, 'Unknown speaker'),
    audience.length > 0 && h('span', {}, h('span', { class: 'arrow', attrs: { 'aria-label': 'to' } }, ' → '), ...joined(audience)),
    st.via && h('span', {}, ' via ', entityLink(st.via, handlers)),
  );
  const about = st.about.length > 0 && h('div', { class: 'stmt-about' }, 'About ', ...joined(st.about.map((a) => entityLink(a, handlers))));
  const a = st.article;
  const source = h(
    'div',
    { class: 'stmt-source' },
    h('span', { class: 'stmt-article', attrs: { title: a.title ?? a.id } }, [a.source, a.title].filter(Boolean).join(' — ') || a.id),
    button('Evidence', () => handlers.onEvidence(st), {
      class: 'small',
      testid: 'open-evidence',
      attrs: { title: 'Show the statement in its article' },
    }),
  );
  return h(
    'article',
    { class: `stmt stmt-${st.kind}`, testid: 'statement', attrs: { 'data-statement-id': st.id, 'data-date': st.date ?? '' } },
    h(
      'div',
      { class: 'stmt-meta' },
      h('span', { class: `badge badge-${st.kind}` }, st.kind === 'direct' ? 'Quote' : 'Reported'),
      h('time', { attrs: st.date ? { datetime: st.date } : {} }, st.date ?? 'undated'),
      st.cue && h('span', { class: 'cue', attrs: { title: 'The reporting verb' } }, st.cue),
    ),
    h('blockquote', { class: 'stmt-text', testid: 'statement-text' }, st.kind === 'direct' ? `“${st.text}”` : st.text),
    who,
    about,
    source,
  );
}

/** A list of statements that pass the filters, with a note of how many the filters hide. */
export function statementList(statements: Statement[], filters: Filters, handlers: CardHandlers, emptyText: string): HTMLElement {
  const seen = new Set<string>();
  const unique = statements.filter((s) => !seen.has(s.id) && seen.add(s.id));
  const shown = unique.filter((s) => statementPasses(s.date, s.kind, filters));
  const hiddenCount = unique.length - shown.length;
  return h(
    'div',
    { class: 'stmt-list' },
    shown.length === 0 && h('p', { class: 'muted' }, unique.length === 0 ? emptyText : 'No statement matches the filters.'),
    ...shown.map((s) => statementCard(s, handlers)),
    hiddenCount > 0 && h('p', { class: 'muted small-note', testid: 'filtered-note' }, `${hiddenCount} more hidden by the filters.`),
  );
}
