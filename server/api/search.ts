// Parameters of the entity search (cypher/api/search-entities.cypher): the Lucene query
// that finds the candidates, and the folded words that re-rank them. Pure.
import { entitySearchQuery, fold } from './lucene.ts';

const MAX_WORDS = 8;

/**
 * The words typed as the ranking compares them with names and aliases: folded (lowercase,
 * diacritics removed) and split on anything but letters and digits ("O'Brien" → o, brien),
 * exactly as the Cypher folds each name and alias.
 */
export function rankWords(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_WORDS);
}

export type EntitySearchParams = {
  query: string;
  words: string[];
  phrase: string;
  types: string[] | null;
  first: number;
  candidates: number;
};

/** Null when the text has no words to search for. */
export function entitySearchParams(text: string, first: number, types: readonly string[] | null): EntitySearchParams | null {
  const query = entitySearchQuery(text);
  const words = rankWords(text);
  if (query === null || words.length === 0) return null;
  // Enough hits per index that a type filter still leaves `first`; the fulltext query never
  // gives more, so re-ranking costs the same on any graph.
  const candidates = Math.max(100, first * 10);
  return { query, words, phrase: words.join(' '), types: types && types.length > 0 ? [...types] : null, first, candidates };
}
