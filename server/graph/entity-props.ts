// An entity's names are derived from how the articles that mention it name it (each
// MENTIONED_IN edge keeps that article's name, aliases and titles), so they can be
// recomputed after an article is replaced or deleted, or a merge is undone. Pure.
import { fullerName, matchKey, searchText, sortedSet } from './names.ts';

export interface Surface {
  name: string;
  aliases: readonly string[];
  titles: readonly string[];
}

export interface EntityProps {
  name: string;
  aliases: string[];
  titles: string[];
  searchText: string;
  matchKey: string;
}

/**
 * Name: the fullest of the names used (longest, ties in code-unit order); aliases: every
 * other name or alias, sorted; titles: all, sorted. Order-independent, so adding one
 * article's surface to the current props equals recomputing from every article.
 */
export function entityProps(type: string, surfaces: readonly Surface[]): EntityProps | null {
  const names = surfaces.map((s) => s.name.trim()).filter(Boolean);
  const first = names[0];
  if (first === undefined) return null;
  const name = names.reduce(fullerName, first);
  const aliases = sortedSet(surfaces.flatMap((s) => [s.name, ...s.aliases])).filter((a) => a !== name);
  return {
    name,
    aliases,
    titles: sortedSet(surfaces.flatMap((s) => s.titles)),
    searchText: searchText(name, aliases),
    matchKey: matchKey(type, name),
  };
}
