// The actors around one, breadth first up to `depth` actor hops, heaviest links first,
// at most `limit` actors. One query per hop, then one for the nodes and one for the edges,
// all in one read transaction.
import type { Tx } from '../../db/index.ts';
import { num, str } from '../rows.ts';
import type { Graph, GraphEdge, GraphNode } from '../types.ts';
import { buildGraph, toActorEdge, toActorNode, toStatementElements } from './build.ts';

export interface NeighbourhoodArgs {
  id: string;
  depth: number;
  limit: number;
  withStatements: boolean;
}

/** Statement ids kept on one aggregated edge; `count` stays exact. */
export const MAX_STATEMENT_IDS = 200;

export async function actorsAround(tx: Tx, { id, depth, limit }: NeighbourhoodArgs): Promise<string[]> {
  const seen = new Set<string>([id]);
  let frontier = [id];
  for (let hop = 1; hop <= depth && frontier.length > 0 && seen.size < limit; hop++) {
    const rows = await tx.run('api/actor-neighbours', { ids: frontier, perNode: limit });
    const weight = new Map<string, number>();
    for (const r of rows) {
      const nb = str(r.neighbourId);
      if (!seen.has(nb)) weight.set(nb, Math.max(weight.get(nb) ?? 0, num(r.weight)));
    }
    const ranked = [...weight].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    frontier = [];
    for (const [nb] of ranked) {
      if (seen.size >= limit) break;
      seen.add(nb);
      frontier.push(nb);
    }
  }
  return [...seen];
}

/** Nodes and edges among `ids`: aggregated actor edges, or statement nodes with SAID/TO/ABOUT. */
export async function graphAmong(tx: Tx, ids: string[], withStatements: boolean, statementLimit: number): Promise<Graph> {
  const nodes: GraphNode[] = (await tx.run('api/graph-nodes', { ids })).map(toActorNode);
  let edges: GraphEdge[] = (await tx.run('api/actor-edges', { ids, maxStatementIds: MAX_STATEMENT_IDS })).map(toActorEdge);
  if (withStatements) {
    edges = edges.filter((e) => e.type !== 'SAID_TO' && e.type !== 'SAID_ABOUT');
    for (const r of await tx.run('api/statement-graph', { ids, limit: statementLimit })) {
      const el = toStatementElements(r);
      nodes.push(el.node);
      edges.push(...el.edges);
    }
  }
  return buildGraph(nodes, edges);
}

export async function neighbourhood(tx: Tx, args: NeighbourhoodArgs): Promise<Graph> {
  const ids = await actorsAround(tx, args);
  return graphAmong(tx, ids, args.withStatements, args.limit);
}
