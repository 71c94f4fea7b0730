// Argument validation beyond what GraphQL types say: ranges, ISO dates, sizes. A bad
// argument becomes a BAD_USER_INPUT error that names it.
import { z } from 'zod';
import { badInput } from './errors.ts';
import { quote } from './quote.ts';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD. */
export const isoDate = z.string().refine((s) => {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}, 'must be a date written YYYY-MM-DD');

export const intRange = (min: number, max: number) =>
  z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`);

export const id = z.string().trim().min(1, 'must not be empty').max(1000, 'is too long');

export const searchText = z.string().trim().min(1, 'must not be empty').max(500, 'is too long (500 characters at most)');

/** Parses one argument; the error names it and quotes what came, cut short: `depth must be at most 3 (got 20)`. */
export function arg<S extends z.ZodType>(schema: S, value: unknown, name: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const message = parsed.error.issues[0]?.message ?? 'is invalid';
  throw badInput(`${name} ${message} (got ${quote(value)})`, { argument: name });
}

/** An optional argument: null and undefined stay null. */
export function optionalArg<S extends z.ZodType>(schema: S, value: unknown, name: string): z.output<S> | null {
  return value === null || value === undefined ? null : arg(schema, value, name);
}
