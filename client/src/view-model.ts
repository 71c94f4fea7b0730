// Pure pieces of the controller: the order of a path, the statements of a view, and the
// years the date filter spans.
import { statementPasses, type Filters } from './filter-graph.ts';
import type { Entity, Graph, Statement, Stats } from './types.ts';

/** The ids along a path graph from `from` to `to` (breadth-first over its edges, either way). */
export function orderPath(g: Graph, from: string, to: string): string[] {
  const next = new Map<string, string[]>();
  for (const e of g.edges) {
    next.set(e.source, [...(next.get(e.source) ?? []), e.target]);
    next.set(e.target, [...(next.get(e.target) ?? []), e.source]);
  }
  const prev = new Map<string, string>([[from, from]]);
  const queue = [from];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (id === to) break;
    for (const n of next.get(id) ?? []) {
      if (!prev.has(n)) {
        prev.set(n, id);
        queue.push(n);
      }
    }
  }
  if (!prev.has(to)) return g.nodes.map((n) => n.id);
  const out = [to];
  while (out[0] !== from) out.unshift(prev.get(out[0] as string) as string);
  return out;
}

/** The statements of the loaded entities whose speaker is in view and that pass the filters. */
export function viewStatements(entities: readonly Entity[], visible: ReadonlySet<string>, f: Filters): Statement[] {
  const seen = new Set<string>();
  const out: Statement[] = [];
  for (const e of entities) {
    for (const s of [...e.statementsMade, ...e.statementsAbout]) {
      if (seen.has(s.id)) continue;
      seen.add(s.id);
      if (s.speaker && !visible.has(s.speaker.id)) continue;
      if (statementPasses(s.date, s.kind, f)) out.push(s);
    }
  }
  return out;
}

/** The years the date filter spans: the corpus's, widened by anything loaded; null when nothing is dated. */
export function yearBounds(stats: Pick<Stats, 'firstDate' | 'lastDate'> | null, graphs: readonly Graph[]): { min: number; max: number } | null {
  const years: number[] = [];
  const add = (d: string | null | undefined) => {
    const y = d ? Number(d.slice(0, 4)) : NaN;
    if (Number.isInteger(y) && y > 0) years.push(y);
  };
  add(stats?.firstDate);
  add(stats?.lastDate);
  for (const g of graphs) {
    for (const n of g.nodes) add(n.date);
    for (const e of g.edges) {
      add(e.firstDate);
      add(e.lastDate);
    }
  }
  if (years.length === 0) return null;
  const min = Math.min(...years);
  const max = Math.max(...years);
  return { min: min === max ? min - 1 : min, max };
}
