// Turns rows into the client's Graph: nodes deduplicated by id, edges deduplicated by id,
// and no edge whose end is not a node (cytoscape throws on both).
import type { Row } from '../../db/index.ts';
import { dateOrNull, num, str, strList } from '../rows.ts';
import type { Graph, GraphEdge, GraphNode, StatementKind } from '../types.ts';

const LABEL_MAX = 80;

export function edgeId(type: string, source: string, target: string): string {
  return `${type}:${source}->${target}`;
}

export function buildGraph(nodes: GraphNode[], edges: GraphEdge[]): Graph {
  const byId = new Map<string, GraphNode>();
  for (const n of nodes) if (!byId.has(n.id)) byId.set(n.id, n);
  const edgeById = new Map<string, GraphEdge>();
  for (const e of edges) {
    if (!byId.has(e.source) || !byId.has(e.target) || edgeById.has(e.id)) continue;
    edgeById.set(e.id, e);
  }
  return { nodes: [...byId.values()], edges: [...edgeById.values()] };
}

/** A row of api/graph-nodes. */
export const toActorNode = (r: Row): GraphNode => ({
  id: str(r.id),
  type: str(r.type),
  label: str(r.label),
  kind: null,
  date: null,
  weight: num(r.weight),
});

/** A row of api/actor-edges. */
export function toActorEdge(r: Row): GraphEdge {
  const type = str(r.type);
  const source = str(r.source);
  const target = str(r.target);
  return {
    id: edgeId(type, source, target),
    source,
    target,
    type,
    count: num(r.count),
    firstDate: dateOrNull(r.firstDate),
    lastDate: dateOrNull(r.lastDate),
    statementIds: strList(r.statementIds),
  };
}

function shorten(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= LABEL_MAX ? t : `${t.slice(0, LABEL_MAX - 1)}…`;
}

/** A row of api/statement-graph: the statement node and its SAID, TO and ABOUT edges. */
export function toStatementElements(r: Row): { node: GraphNode; edges: GraphEdge[] } {
  const id = str(r.id);
  const date = dateOrNull(r.date);
  const link = (type: string, source: string, target: string): GraphEdge => ({
    id: edgeId(type, source, target),
    source,
    target,
    type,
    count: 1,
    firstDate: date,
    lastDate: date,
    statementIds: [id],
  });
  const speaker = str(r.speakerId);
  return {
    node: { id, type: 'Statement', label: shorten(str(r.text)), kind: str(r.kind) as StatementKind, date, weight: 1 },
    edges: [
      link('SAID', speaker, id),
      ...strList(r.audienceIds).map((t) => link('TO', id, t)),
      ...strList(r.aboutIds).map((t) => link('ABOUT', id, t)),
    ],
  };
}
