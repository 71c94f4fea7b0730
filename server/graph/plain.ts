// Reading typed values out of query rows (plain values from the database port).
import type { Plain } from '../db/index.ts';

export const str = (v: Plain | undefined): string => (typeof v === 'string' ? v : '');
export const strOrNull = (v: Plain | undefined): string | null => (typeof v === 'string' ? v : null);
export const num = (v: Plain | undefined): number => (typeof v === 'number' ? v : 0);
export const strs = (v: Plain | undefined): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
export const maps = (v: Plain | undefined): { [key: string]: Plain }[] =>
  Array.isArray(v) ? v.filter((x): x is { [key: string]: Plain } => typeof x === 'object' && x !== null && !Array.isArray(x)) : [];
