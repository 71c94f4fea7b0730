import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor.ts';

describe('cursors', () => {
  it('round-trips a sort key, unicode and quotes included', () => {
    const key: [string, string] = ['1997-05-06', 'api-test:é"#12-40'];
    expect(decodeCursor(encodeCursor(key))).toEqual(key);
  });

  it('treats a missing cursor as the first page', () => {
    expect(decodeCursor(null)).toBeNull();
    expect(decodeCursor(undefined)).toBeNull();
    expect(decodeCursor('')).toBeNull();
  });

  it('refuses a cursor it did not make', () => {
    expect(() => decodeCursor('not a cursor')).toThrow(/not a cursor/);
    expect(() => decodeCursor(Buffer.from('[1,2]').toString('base64url'))).toThrow(/not a cursor/);
    expect(() => decodeCursor(Buffer.from('{"a":1}').toString('base64url'))).toThrow(/not a cursor/);
  });
});
