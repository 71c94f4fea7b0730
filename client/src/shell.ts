// The page's frame: the search and filter column on the left, the network with its
// toolbar in the centre, the panel on the right.
import { h } from './dom.ts';
import { legend } from './legend.ts';

export interface ShellParts {
  search: HTMLElement;
  filters: HTMLElement;
  pathFinder: HTMLElement;
  toolbar: HTMLElement;
  viewCount: HTMLElement;
  banner: HTMLElement;
  busy: HTMLElement;
  table: HTMLElement;
  panel: HTMLElement;
  evidence: HTMLElement;
}

export interface Shell {
  graph: HTMLElement;
  empty: HTMLElement;
  corpusNote: HTMLElement;
}

export function buildShell(root: HTMLElement, p: ShellParts): Shell {
  const graph = h('div', { class: 'graph', testid: 'graph' });
  const corpusNote = h('p', { class: 'muted small-note', testid: 'corpus-stats' });
  const empty = h(
    'div',
    { class: 'empty-state', testid: 'empty-state' },
    h('h2', {}, 'Search for a person, organisation or country'),
    h('p', { class: 'muted' }, 'See who said what to whom, and read every statement in its source article.'),
    corpusNote,
    h('p', { class: 'muted small-note' }, 'Press ', h('kbd', {}, '/'), ' to search.'),
  );
  const sidebar = h(
    'aside',
    { class: 'sidebar' },
    h('header', { class: 'brand' }, h('h1', {}, 'Who said what to whom'), h('p', { class: 'muted' }, 'Statements in the news, as a network')),
    h('section', { class: 'filter-group search-group' }, h('h3', {}, 'Find an actor'), p.search),
    p.filters,
    p.pathFinder,
  );
  const stage = h(
    'main',
    { class: 'stage' },
    p.toolbar,
    p.banner,
    h('div', { class: 'graph-wrap' }, graph, empty, p.busy, legend(), p.viewCount),
    p.table,
  );
  root.replaceChildren(h('div', { class: 'shell' }, sidebar, stage, p.panel), p.evidence);
  return { graph, empty, corpusNote };
}
