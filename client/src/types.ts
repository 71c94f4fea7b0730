// The shapes the client reads from the GraphQL API (server/api/schema.graphql), only the
// fields it asks for. Entity types and statement kinds come from the shared contract.
import type { EntityType, StatementKind } from '../../common/extraction.ts';

export type { EntityType, StatementKind };

/** What a node of the network can be: an actor, an unnamed source, or a statement. */
export type NodeType = EntityType | 'Statement';
export const NODE_TYPES: readonly NodeType[] = ['Person', 'Organisation', 'Country', 'Place', 'Source', 'Statement'];

export type { Graph, GraphEdge, GraphNode } from '../../common/graph.ts';

export interface EntityRef {
  id: string;
  type: EntityType;
  name: string;
}

export interface ArticleRef {
  id: string;
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
}

export interface Statement {
  id: string;
  kind: StatementKind;
  text: string;
  date: string | null;
  cue: string | null;
  speaker: EntityRef | null;
  audience: EntityRef[];
  audienceText: string[];
  about: EntityRef[];
  via: EntityRef | null;
  article: ArticleRef;
  span: { start: number; end: number };
}

export interface Role {
  title: string;
  organisation: EntityRef;
  asOf: string | null;
  /** Reference-table offices: the term (ISO dates, perhaps partial). */
  from: string | null;
  to: string | null;
  /** An article's id, or "office-holders" for the reference table. */
  source: string | null;
}

export interface Entity extends EntityRef {
  aliases: string[];
  titles: string[];
  affiliation: EntityRef | null;
  roles: Role[];
  wikidata: string | null;
  /** For a surname alone: the full-name people it may be. */
  candidates: EntityRef[];
  counts: {
    mentions: number;
    articles: number;
    statementsMade: number;
    statementsAbout: number;
    statementsHeard: number;
  };
  statementsMade: Statement[];
  statementsAbout: Statement[];
}

export interface SearchHit {
  entity: EntityRef & { aliases: string[] };
  score: number;
}

export interface Mention {
  entity: EntityRef;
  start: number;
  end: number;
}

export interface Article extends ArticleRef {
  text: string;
  mentions: Mention[];
  statements: Statement[];
}

export interface Stats {
  articles: number;
  entities: number;
  statements: number;
  firstDate: string | null;
  lastDate: string | null;
}
