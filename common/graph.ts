// The network the API serves (`neighbourhood`, `path`) and the client draws: one shape
// for both sides.
import type { StatementKind } from './extraction.ts';

export interface GraphNode {
  id: string;
  /** Person, Organisation, Country, Place, Source, or Statement. */
  type: string;
  label: string;
  /** For statement nodes: the kind; for others null. */
  kind: StatementKind | null;
  date: string | null;
  /** Statements made plus statements about. */
  weight: number;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  count: number;
  firstDate: string | null;
  lastDate: string | null;
  statementIds: string[];
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}
