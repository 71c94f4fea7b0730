// Deterministic network views of a given size, shaped like the API's actor graphs: mostly
// people, a few organisations and countries that many link to (preferential attachment),
// SAID_TO and SAID_ABOUT edges with counts and dates, and some roles and affiliations.
import type { Graph, GraphEdge, GraphNode } from '../../common/graph.ts';
import { seededRandom } from '../../common/seeded-random.ts';


const TYPES = [
  ['Person', 0.6],
  ['Organisation', 0.15],
  ['Country', 0.1],
  ['Source', 0.1],
  ['Place', 0.05],
] as const;
const NAMES = ['Ivanenko', 'Brandt', 'Sato', 'Dvorak', 'Okafor', 'Lindqvist', 'Moreau', 'Haddad', 'Kowalski', 'Almeida'];

/** `elements` nodes and edges in all, about 30% of them nodes. */
export function syntheticGraph(elements: number, seed = 1): Graph {
  const r = seededRandom(seed);
  const nodeCount = Math.max(2, Math.round(elements * 0.3));
  const edgeCount = elements - nodeCount;
  const nodes: GraphNode[] = [];
  for (let i = 0; i < nodeCount; i++) {
    let x = r();
    const type = TYPES.find(([, share]) => (x -= share) < 0)?.[0] ?? 'Person';
    const name = `${NAMES[i % NAMES.length]} ${type === 'Person' ? String.fromCharCode(65 + (i % 26)) + '.' : type} ${i}`;
    nodes.push({ id: `${type.toLowerCase()}:${i}`, type, label: name, kind: null, date: null, weight: 0 });
  }
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  const ends: number[] = [];
  const pickNode = () => (ends.length > 0 && r() < 0.7 ? (ends[Math.floor(r() * ends.length)] as number) : Math.floor(r() * nodeCount));
  for (let tries = 0; edges.length < edgeCount && tries < edgeCount * 20; tries++) {
    const s = Math.floor(r() * nodeCount);
    const t = pickNode();
    const x = r();
    const type = x < 0.45 ? 'SAID_TO' : x < 0.9 ? 'SAID_ABOUT' : x < 0.95 ? 'HOLDS_ROLE' : 'AFFILIATED_WITH';
    const source = nodes[s]?.id;
    const target = nodes[t]?.id;
    const id = `${source}->${target}:${type}`;
    if (!source || !target || s === t || seen.has(id)) continue;
    seen.add(id);
    ends.push(s, t);
    const count = 1 + Math.floor(-Math.log(1 - r()) * 3);
    const year = 1994 + Math.floor(r() * 30);
    edges.push({ id, source, target, type, count, firstDate: `${year}-01-15`, lastDate: `${year + 1}-06-30`, statementIds: Array.from({ length: Math.min(count, 3) }, (_, k) => `${id}#${k}`) });
    const from = nodes[s];
    const to = nodes[t];
    if (from) from.weight += count;
    if (to) to.weight += count;
  }
  return { nodes, edges };
}
