// Name keys for search and cross-article resolution. Pure.

/** Lowercase with diacritics folded: "Šešelj" → "seselj". */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The folded words of a name, punctuation dropped: "Jean-Marie Le Pen" → [jean, marie, le, pen]. */
export function nameTokens(name: string): string[] {
  return fold(name).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** What the full-text index searches: the name and aliases, folded. */
export function searchText(name: string, aliases: readonly string[]): string {
  return fold([name, ...aliases].join(' '));
}

/**
 * The blocking key for cross-article resolution: candidates for a merge share it.
 * Persons: type + the first three letters of the folded surname (last word), so spelling
 * differences after them still meet ("Balanzino", "Balazino"; Soundex would part these).
 * Others: type + the folded name.
 */
export function matchKey(type: string, name: string): string {
  const t = type.toLowerCase();
  if (type !== 'Person') return `${t}:${nameTokens(name).join(' ')}`;
  const surname = nameTokens(name).at(-1) ?? '';
  return `${t}:${surname.slice(0, 3)}`;
}

/** Levenshtein distance, for short strings such as names. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const sub = (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      cur.push(Math.min(sub, (prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** Compares strings by code unit, the same on every machine and locale. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorted, without duplicates or empty strings. */
export function sortedSet(items: Iterable<string>): string[] {
  return [...new Set([...items].map((s) => s.trim()).filter(Boolean))].sort(byCodeUnit);
}

/** The fuller of two names: the longer, then the first in code-unit order (so the choice never depends on order). */
export function fullerName(a: string, b: string): string {
  if (a.length !== b.length) return a.length > b.length ? a : b;
  return byCodeUnit(a, b) <= 0 ? a : b;
}

const HONORIFIC = /^(mr|mrs|ms|miss|dr|sir|lord|lady|dame|baroness|prof)\.?$/;

/** The words of a name after its honorific: "Mr Blair" → [blair]. */
export function bareTokens(name: string): string[] {
  const t = nameTokens(name);
  return t.length > 1 && HONORIFIC.test(t[0]!) ? t.slice(1) : t;
}

/** A surname alone, with or without an honorific ("Blair", "Mr Blair"). */
export const isSurnameOnly = (name: string): boolean => bareTokens(name).length === 1;
