// The shapes resolvers pass around: what the loaders return for each GraphQL object type.
// Related objects are ids, resolved through the per-request loaders (no N+1).
import type { EntityType, StatementKind } from '../../common/extraction.ts';
import type { ArticleRow as StoredArticle } from '../graph/rows.ts';

export type { EntityType, StatementKind };

export interface RoleRow {
  title: string;
  organisationId: string;
  asOf: string | null;
  from: string | null;
  to: string | null;
  /** The article that gives the title, or "office-holders" for the reference table. */
  source: string | null;
}

export interface EntityRow {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  titles: string[];
  affiliationId: string | null;
  roles: RoleRow[];
  wikidata: string | null;
}

export interface StatementRow {
  id: string;
  kind: StatementKind;
  text: string;
  date: string | null;
  cue: string | null;
  speakerId: string | null;
  audienceIds: string[];
  audienceText: string[];
  aboutIds: string[];
  viaId: string | null;
  articleId: string | null;
  start: number;
  end: number;
}

/** An article as the API lists it: the stored article's metadata. */
export type ArticleRow = Pick<StoredArticle, 'id' | 'title' | 'published' | 'source' | 'url'>;

export interface MentionRow {
  entityId: string;
  start: number;
  end: number;
}

export interface CounterpartRow {
  entityId: string;
  count: number;
}

export interface CounterpartsRow {
  spokeTo: CounterpartRow[];
  spokenToBy: CounterpartRow[];
  spokenAboutBy: CounterpartRow[];
}

export interface EntityCounts {
  mentions: number;
  articles: number;
  statementsMade: number;
  statementsAbout: number;
  statementsHeard: number;
}

export interface MergeRow {
  mergedId: string;
  mergedName: string;
  reason: string;
  manual: boolean;
  at: string;
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Edge {
  cursor: string;
  /** The node's id; `node` is resolved through a loader. */
  id: string;
}

export type { Graph, GraphEdge, GraphNode } from '../../common/graph.ts';
