// A shortest path between two actors over the actor-level graph (statements to or about,
// roles, affiliations): bidirectional breadth-first search, one query per hop, expanding
// the smaller side. The first meeting is a shortest path (neither side had met before).
import type { Tx } from '../../db/index.ts';
import { str } from '../rows.ts';
import type { Graph } from '../types.ts';
import { buildGraph, toActorEdge, toActorNode } from './build.ts';
import { MAX_STATEMENT_IDS } from './neighbourhood.ts';

/** Neighbours followed per actor per hop, heaviest first: bounds the work around hubs. */
const PER_NODE = 1000;

function walk(parents: Map<string, string | null>, from: string): string[] {
  const out: string[] = [];
  for (let at: string | null | undefined = from; at; at = parents.get(at)) out.push(at);
  return out;
}

export async function shortestActorPath(tx: Tx, from: string, to: string, maxHops: number): Promise<string[] | null> {
  if (from === to) return [from];
  const fwd = new Map<string, string | null>([[from, null]]);
  const bwd = new Map<string, string | null>([[to, null]]);
  let fwdFrontier = [from];
  let bwdFrontier = [to];
  for (let hops = 0; hops < maxHops && fwdFrontier.length > 0 && bwdFrontier.length > 0; hops++) {
    const forward = fwdFrontier.length <= bwdFrontier.length;
    const [mine, other, frontier] = forward ? [fwd, bwd, fwdFrontier] : [bwd, fwd, bwdFrontier];
    const rows = await tx.run('api/actor-neighbours', { ids: frontier, perNode: PER_NODE });
    const next: string[] = [];
    for (const r of rows) {
      const nb = str(r.neighbourId);
      if (mine.has(nb)) continue;
      mine.set(nb, str(r.id));
      next.push(nb);
      if (other.has(nb)) return [...walk(fwd, nb).reverse(), ...walk(bwd, nb).slice(1)];
    }
    if (forward) fwdFrontier = next;
    else bwdFrontier = next;
  }
  return null;
}

/** The path as a Graph: its actors, and the edges between consecutive ones. */
export async function pathGraph(tx: Tx, from: string, to: string, maxHops: number): Promise<Graph> {
  const ids = await shortestActorPath(tx, from, to, maxHops);
  if (!ids) return { nodes: [], edges: [] };
  const steps = new Set<string>();
  ids.forEach((id, i) => {
    const next = ids[i + 1];
    if (next) steps.add(`${id}\n${next}`).add(`${next}\n${id}`);
  });
  const nodes = (await tx.run('api/graph-nodes', { ids })).map(toActorNode);
  const edges = (await tx.run('api/actor-edges', { ids, maxStatementIds: MAX_STATEMENT_IDS }))
    .map(toActorEdge)
    .filter((e) => steps.has(`${e.source}\n${e.target}`));
  const order = new Map(ids.map((id, i) => [id, i]));
  nodes.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return buildGraph(nodes, edges);
}
