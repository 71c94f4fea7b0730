// The rows one article writes, shaped for `UNWIND $rows`: what to-rows.ts produces,
// remap-rows.ts rewrites and ingest.ts writes.
import type { EntityType } from '../../common/extraction.ts';

export type GraphEntityType = Exclude<EntityType, 'Source'>;

export interface ArticleRow {
  id: string;
  title: string | null;
  published: string | null;
  source: string | null;
  url: string | null;
  file: string;
  dateline: string | null;
  text: string;
  sha256: string;
}

/** An entity as this article names it; also its MENTIONED_IN edge. */
export interface EntityRow {
  id: string;
  type: GraphEntityType;
  name: string;
  aliases: string[];
  titles: string[];
  count: number;
  /** Flat `[s0, e0, s1, e1, …]`. */
  spans: number[];
  /** Extractor ids that entity resolution mapped onto `id` (null when none): what a split moves back. */
  mergedFrom: string[] | null;
  /** Entities mapped onto `id` in an article that names `id` too: their part of the combined mention. */
  absorbed: Absorbed | null;
  /** The person's Wikidata QID, from the table of office-holders. */
  wikidata: string | null;
}

/** The part of a combined mention that came from merged entities, kept apart for a split. */
export interface Absorbed {
  ids: string[];
  /** Appended last to the mention's spans. */
  spans: number[];
  names: string[];
  titles: string[];
}

export interface SourceRow {
  id: string;
  name: string;
  description: string | null;
  affiliation: string | null;
  mergedFrom: string[] | null;
}

export interface StatementRow {
  id: string;
  text: string;
  kind: 'direct' | 'indirect';
  date: string | null;
  start: number;
  end: number;
  cue: string | null;
  audienceText: string[];
  speakerEntity: string | null;
  speakerSource: string | null;
  mergedFrom: string[] | null;
}

/** A statement's TO, ABOUT or VIA edge. */
export interface LinkRow {
  statement: string;
  entity: string;
  mergedFrom: string[] | null;
}

export interface RoleRow {
  person: string;
  org: string;
  title: string | null;
  asOf: string | null;
  mergedFrom: string[] | null;
}

/**
 * An office from the reference table of office-holders, dated: a fact about the person,
 * not owned by the article (written once, whichever article names them first).
 */
export interface OfficeRow {
  person: string;
  /** The state's or body's entity id, and what to create if the graph lacks it. */
  org: string;
  orgType: 'Country' | 'Organisation';
  orgName: string;
  orgSearchText: string;
  orgMatchKey: string;
  /** The record's identity, so a re-run writes no second edge: dataset, office, start. */
  ref: string;
  title: string;
  office: string;
  from: string | null;
  to: string | null;
  /** The table's own source: "wikidata", "ifg", "us-exec". */
  dataset: string;
}

export interface RelationRow {
  from: string;
  to: string;
  type: string;
  start: number;
  end: number;
  mergedFrom: string[] | null;
}

export interface ArticleRows {
  article: ArticleRow;
  entities: EntityRow[];
  sources: SourceRow[];
  statements: StatementRow[];
  to: LinkRow[];
  about: LinkRow[];
  via: LinkRow[];
  roles: RoleRow[];
  offices: OfficeRow[];
  relations: RelationRow[];
}
