// The extraction contract: what `kg extract` writes and `kg ingest` reads.
// Offsets are JavaScript string indices (UTF-16 code units) into the article text as read.

export type Span = [start: number, end: number];

export type EntityType = 'Person' | 'Organisation' | 'Country' | 'Place' | 'Source';
export const ENTITY_TYPES: readonly EntityType[] = ['Person', 'Organisation', 'Country', 'Place', 'Source'];

export type StatementKind = 'direct' | 'indirect';

export interface ArticleMeta {
  /** File name the article came from (for .jsonl, `file#line`). */
  file: string;
  title: string | null;
  /** ISO date YYYY-MM-DD, or null when unknown. */
  published: string | null;
  source: string | null;
  dateline: string | null;
  /** Optional identity given by the input (id or url); ingestion falls back to a content hash. */
  id?: string | null;
  url?: string | null;
}

export interface ExtractedEntity {
  /** Stable across articles for the same real-world entity: `person:yevgeny-primakov`, `org:nato`, `country:russia`. */
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  titles: string[];
  /** For a Source: the organisation or country it belongs to. For a Person: an employer when known. */
  affiliation: string | null;
  mentions: Span[];
  /** For a person the reference table of office-holders knows: the Wikidata QID, when it has one. */
  wikidata?: string | null;
  /** For such a person: the offices the table says they held, with dates. */
  offices?: HeldOffice[];
}

/** An office from the reference table (data/knowledge/office-holders.json). */
export interface HeldOffice {
  /** Normalised: "head of government", "foreign minister", … */
  office: string;
  /** The local title: "prime minister", "home secretary". */
  title: string;
  /** The state or body: a country's or organisation's name. */
  jurisdiction: string;
  /** ISO dates, perhaps partial ("1998"); `to` null while in office when the table was taken. */
  from: string | null;
  to: string | null;
  /** Where the table took it from: "wikidata", "ifg", "us-exec". */
  source: string;
}

export interface ExtractedStatement {
  id: string;
  speaker: string | null;
  /** Entity ids, or plain lowercase phrases such as "reporters". */
  audience: string[];
  kind: StatementKind;
  /** Direct: the words inside the quotation marks. Indirect: the reported clause. */
  text: string;
  span: Span;
  /** The entity that relayed the statement ("according to Interfax"). */
  via: string | null;
  about: string[];
  date: string | null;
  /** The reporting verb or phrase that attributes the statement ("said", "according to"). */
  cue: string | null;
}

export interface ExtractedRelation {
  type: string;
  from: string;
  to: string;
  span: Span;
}

export interface Extraction {
  article: ArticleMeta;
  entities: ExtractedEntity[];
  statements: ExtractedStatement[];
  relations: ExtractedRelation[];
  /** Faults the extractor survived: the stage, where in the text, and what went wrong. */
  warnings?: ExtractionWarning[];
}

/** A fault inside one stage that cost only part of the article (a sentence, or that stage's output). */
export interface ExtractionWarning {
  stage: string;
  offset: number;
  message: string;
}

/** An article as read from disk, before extraction. */
export interface ArticleInput {
  meta: ArticleMeta;
  text: string;
}
