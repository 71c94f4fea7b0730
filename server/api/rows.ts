// Rows from the database are plain values (server/db converts Neo4j types); these helpers
// read them into the typed shapes the resolvers use, tolerating missing properties.
import type { Plain, Row } from '../db/index.ts';

export function str(v: Plain | undefined): string {
  return typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v);
}

export function strOrNull(v: Plain | undefined): string | null {
  return v === null || v === undefined ? null : typeof v === 'string' ? v : String(v);
}

/** Dates are stored as ISO strings; an empty string (the sort key of "unknown") is null. */
export function dateOrNull(v: Plain | undefined): string | null {
  const s = strOrNull(v);
  return s ? s : null;
}

export function num(v: Plain | undefined): number {
  return typeof v === 'number' ? v : Number(v ?? 0) || 0;
}

export function bool(v: Plain | undefined): boolean {
  return v === true;
}

export function strList(v: Plain | undefined): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

export function numList(v: Plain | undefined): number[] {
  return Array.isArray(v) ? v.filter((x): x is number => typeof x === 'number') : [];
}

/** A list of maps (from `collect({…})` or a pattern comprehension) as rows. */
export function rowList(v: Plain | undefined): Row[] {
  return Array.isArray(v) ? v.filter((x): x is Row => typeof x === 'object' && x !== null && !Array.isArray(x)) : [];
}
