// Pure: which nodes and edges of the view the filters let through. Works on element data
// (see to-elements.ts), so the ids are exactly the ones cytoscape holds.
import type { EdgeData, NodeData } from './to-elements.ts';
import type { StatementKind } from './types.ts';

export interface Filters {
  /** Node types shown. */
  types: readonly string[];
  from: number | null;
  to: number | null;
  kind: StatementKind | null;
  /** Nodes the analyst hid. */
  hidden: readonly string[];
  /** Nodes kept even when the filters leave them unconnected (the focus). */
  keep: readonly string[];
}

const year = (date: string | null): number | null => {
  const y = date ? Number(date.slice(0, 4)) : NaN;
  return Number.isFinite(y) ? y : null;
};

/** Whether a dated statement of a kind passes the date and kind filters. Undated passes. */
export function statementPasses(date: string | null, kind: StatementKind | null, f: Pick<Filters, 'from' | 'to' | 'kind'>): boolean {
  if (f.kind && kind && kind !== f.kind) return false;
  const y = year(date);
  if (y === null) return true;
  return (f.from === null || y >= f.from) && (f.to === null || y <= f.to);
}

/** Whether an edge's date range overlaps the filter's years. Undated edges pass. */
export function edgePasses(e: Pick<EdgeData, 'firstDate' | 'lastDate'>, f: Pick<Filters, 'from' | 'to'>): boolean {
  const first = year(e.firstDate) ?? year(e.lastDate);
  const last = year(e.lastDate) ?? first;
  if (first === null || last === null) return true;
  return (f.from === null || last >= f.from) && (f.to === null || first <= f.to);
}

export interface Visible {
  nodes: Set<string>;
  edges: Set<string>;
}

export function visibleElements(nodes: readonly NodeData[], edges: readonly EdgeData[], f: Filters): Visible {
  const hidden = new Set(f.hidden);
  const keep = new Set(f.keep);
  const types = new Set(f.types);
  const shown = new Set<string>();
  for (const n of nodes) {
    if (hidden.has(n.id)) continue;
    if (!types.has(n.type) && !keep.has(n.id)) continue;
    if (n.type === 'Statement' && !statementPasses(n.date, n.kind === 'direct' || n.kind === 'indirect' ? n.kind : null, f)) continue;
    shown.add(n.id);
  }
  const visibleEdges = new Set<string>();
  const connected = new Set<string>();
  const hadEdges = new Set<string>();
  for (const e of edges) {
    hadEdges.add(e.source).add(e.target);
    if (!shown.has(e.source) || !shown.has(e.target) || !edgePasses(e, f)) continue;
    visibleEdges.add(e.id);
    connected.add(e.source).add(e.target);
  }
  // A node that only came into view through edges the filters removed goes with them.
  for (const id of [...shown]) {
    if (hadEdges.has(id) && !connected.has(id) && !keep.has(id)) shown.delete(id);
  }
  return { nodes: shown, edges: visibleEdges };
}
