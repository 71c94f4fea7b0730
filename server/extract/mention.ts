// What the mention finders produce: a span of text that refers to something.
export type MentionKind =
  | 'person' // a named person
  | 'country' // a country by name
  | 'demonym' // "Russian", "Dutch"
  | 'capital' // "Moscow": the city, or the state by metonymy
  | 'org' // an organisation
  | 'place' // a place that is only a place
  | 'pronoun' // he, she
  | 'role' // "the minister", "Russia's top diplomat"
  | 'source' // "a NATO source", "the official"
  | 'anaphor'; // "the alliance"

export interface Mention {
  kind: MentionKind;
  start: number;
  end: number;
  text: string;
  /** Canonical name: the gazetteer name, the person's name as written, the org's name. */
  key: string;
  /** Index of the sentence holding it. */
  sentence: number;
  /** Persons: the title written before or beside the name ("Foreign Minister"). Roles: the role noun. */
  title?: string;
  /** Where a title written before the name starts (for aliases like "Foreign Minister Yevgeny Primakov"). */
  titleStart?: number;
  /** Persons and sources: the organisation or country a title or description names; a source may speak for a person. */
  affiliation?: { kind: 'org' | 'country' | 'person'; key: string } | null;
  /** After a locative preposition or in a dateline: a place, not an actor. */
  locative?: boolean;
  /** A relative's given name alone ("his wife Sandra"); `key` is the full name it stands for. */
  kin?: boolean;
  /** Sources and roles: "the source" with nothing more refers back. */
  definite?: boolean;
  plural?: boolean;
  /** Capitals: the city's name. */
  city?: string;
  orgKind?: string;
}

/** Can it speak or be spoken to? A capital or country named as a location cannot. */
export const isActor = (m: Mention): boolean => ACTOR_KINDS.has(m.kind) && !(m.locative && (m.kind === 'capital' || m.kind === 'country'));

export const ACTOR_KINDS: ReadonlySet<MentionKind> = new Set(['person', 'country', 'capital', 'org', 'source', 'pronoun', 'role', 'anaphor']);
