// Relay-style connections: a page of ids with cursors, nodes resolved through loaders,
// and a total count computed only when asked for.
import type { Row } from '../../db/index.ts';
import { encodeCursor } from '../cursor.ts';
import { str } from '../rows.ts';
import type { Edge, PageInfo } from '../types.ts';

export interface Connection {
  edges: Edge[];
  pageInfo: PageInfo;
  /** Runs the count query; called by the totalCount resolver only. */
  count: () => Promise<number>;
}

/** Rows are `first + 1` items of {id, <key>}; the extra one only tells that a next page exists. */
export function toConnection(rows: Row[], first: number, keyField: string, count: () => Promise<number>): Connection {
  const edges = rows.slice(0, first).map((r) => ({ id: str(r.id), cursor: encodeCursor([str(r[keyField]), str(r.id)]) }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }, count };
}
