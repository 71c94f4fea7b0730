// Pure: API graphs → cytoscape elements. Cytoscape throws on duplicate ids and on edges
// whose ends are missing, so both are settled here, where Node tests can reach them.
import type { ElementDefinition } from 'cytoscape';
import { oneLine } from './escape.ts';
import type { Graph, GraphEdge, GraphNode } from './types.ts';

export interface NodeData {
  id: string;
  type: string;
  label: string;
  /** The full label, for tooltips and the table. */
  name: string;
  kind: string | null;
  date: string | null;
  weight: number;
  /** Diameter in model pixels, from the weight. */
  size: number;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  count: number;
  /** Line width in model pixels, from the count. */
  width: number;
  firstDate: string | null;
  lastDate: string | null;
  statementIds: string[];
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export function edgeWidth(count: number): number {
  return Math.round(clamp(1 + 1.6 * Math.log2(Math.max(1, count)), 1, 9) * 10) / 10;
}

export function nodeSize(type: string, weight: number): number {
  if (type === 'Statement') return 14;
  return Math.round(clamp(22 + 7 * Math.sqrt(Math.max(0, weight)), 22, 76));
}

function edgeId(e: GraphEdge): string {
  return e.id || `${e.source}->${e.target}:${e.type}`;
}

/** The union of graphs: first occurrence wins, except that a node keeps its largest weight. */
export function mergeGraphs(...graphs: Graph[]): Graph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const g of graphs) {
    for (const n of g.nodes) {
      const seen = nodes.get(n.id);
      if (!seen) nodes.set(n.id, n);
      else if (n.weight > seen.weight) nodes.set(n.id, { ...seen, weight: n.weight });
    }
    for (const e of g.edges) if (!edges.has(edgeId(e))) edges.set(edgeId(e), e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** Removes statement nodes and the edges that touch them (the "statements as nodes" toggle off). */
export function withoutStatementNodes(graph: Graph): Graph {
  const statements = new Set(graph.nodes.filter((n) => n.type === 'Statement').map((n) => n.id));
  if (statements.size === 0) return graph;
  return {
    nodes: graph.nodes.filter((n) => !statements.has(n.id)),
    edges: graph.edges.filter((e) => !statements.has(e.source) && !statements.has(e.target)),
  };
}

function nodeLabel(n: GraphNode): string {
  if (n.type !== 'Statement') return oneLine(n.label, 36);
  const text = oneLine(n.label, 28);
  return n.date ? `${n.date}\n${text}` : text;
}

export function toElements(graph: Graph): ElementDefinition[] {
  const merged = mergeGraphs(graph);
  const ids = new Set(merged.nodes.map((n) => n.id));
  const out: ElementDefinition[] = merged.nodes.map((n) => {
    const data: NodeData = {
      id: n.id,
      type: n.type,
      label: nodeLabel(n),
      name: n.label,
      kind: n.kind,
      date: n.date,
      weight: n.weight,
      size: nodeSize(n.type, n.weight),
    };
    return { group: 'nodes', data: { ...data } };
  });
  for (const e of merged.edges) {
    if (!ids.has(e.source) || !ids.has(e.target)) continue;
    // Cytoscape ids are shared by nodes and edges: an edge may not reuse a node's id.
    const id = ids.has(edgeId(e)) ? `edge:${edgeId(e)}` : edgeId(e);
    const data: EdgeData = {
      id,
      source: e.source,
      target: e.target,
      type: e.type,
      count: e.count,
      width: edgeWidth(e.count),
      firstDate: e.firstDate,
      lastDate: e.lastDate,
      statementIds: e.statementIds,
    };
    out.push({ group: 'edges', data: { ...data } });
  }
  return out;
}
