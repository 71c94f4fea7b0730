// Builds Lucene queries for the fulltext indexes from what a user typed. User text never
// reaches Lucene's syntax: it is split into words, and each word is escaped before the
// operators (`~` fuzzy, `*` prefix, `^` boost) are added by us.

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const MAX_WORDS = 8;

/** Escapes every character the Lucene query parser gives a meaning to. */
export function escapeLucene(term: string): string {
  return term.replace(SPECIAL, (c) => `\\${c}`);
}

/** Lowercase, diacritics removed: how the `standard-folding` analyzer indexes names. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The words of a text: runs of letters and digits (inner apostrophes kept: O'Brien). */
export function words(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? []).slice(0, MAX_WORDS);
}

/** Edit distance allowed for a word: none for short words, 1 from 4 letters, 2 from 7. */
export function fuzziness(word: string): 0 | 1 | 2 {
  return word.length >= 7 ? 2 : word.length >= 4 ? 1 : 0;
}

/**
 * A query for `actor_search` and `source_search` (names and aliases): every word must match, exactly
 * (ranked highest), within a few typos, or as a prefix (autocomplete). Null when the text
 * has no words.
 */
export function entitySearchQuery(text: string): string | null {
  const ws = words(fold(text));
  if (ws.length === 0) return null;
  return ws
    .map((w) => {
      const e = escapeLucene(w);
      const parts = [`${e}^4`, `${e}*^2`];
      const f = fuzziness(w);
      if (f > 0) parts.push(`${e}~${f}`);
      return `(${parts.join(' OR ')})`;
    })
    .join(' AND ');
}

/** A query for `statement_search` (the English analyzer stems): every word must occur. */
export function statementSearchQuery(text: string): string | null {
  const ws = words(text.toLowerCase());
  return ws.length === 0 ? null : ws.map(escapeLucene).join(' AND ');
}
