// Opaque cursors: base64url of the JSON sort key of the last item ([date, id]). Clients
// must not build them; a malformed one is a BAD_USER_INPUT error.
import { badInput } from './errors.ts';

export type SortKey = [string, string];

export function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, name = 'after'): SortKey | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === 2 && typeof key[0] === 'string' && typeof key[1] === 'string') {
      return [key[0], key[1]];
    }
  } catch {
    // falls through to the error below
  }
  throw badInput(`${name} is not a cursor this API gave out`, { argument: name });
}
