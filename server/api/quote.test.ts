import { describe, expect, it } from 'vitest';
import { clipMessage, MESSAGE_MAX, quote, QUOTE_MAX } from './quote.ts';

describe('quote', () => {
  it('quotes short input whole, as JSON', () => {
    expect(quote('Primakov')).toBe('"Primakov"');
    expect(quote(20)).toBe('20');
    expect(quote({ a: [1, 2] })).toBe('{"a":[1,2]}');
  });

  it('cuts long input to 80 characters and says how long it was', () => {
    const q = quote('x'.repeat(1_000_000));
    expect(q).toBe(`"${'x'.repeat(QUOTE_MAX)}…" (1000000 characters)`);
    const o = quote({ pad: 'y'.repeat(500) });
    expect(o.length).toBeLessThan(QUOTE_MAX + 30);
    expect(o).toMatch(/… \(510 characters\)$/);
  });

  it('describes what JSON cannot write instead of throwing', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(quote(cyclic)).toBe('[object Object]');
    expect(quote(10n)).toBe('[object BigInt]');
  });
});

describe('clipMessage', () => {
  it("cuts each quoted string of graphql's messages, leaving the words around them", () => {
    const v = `"${'S'.repeat(5000)}"`;
    const message = `Variable "$n" got invalid value ${v}; Int cannot represent non-integer value: ${v}`;
    const clipped = clipMessage(message);
    expect(clipped).toMatch(/^Variable "\$n" got invalid value "S{80}…"; Int cannot represent non-integer value: "S{80}…"$/);
  });

  it('keeps short messages as they are, and caps any message', () => {
    expect(clipMessage('Cannot query field "nope" on type "Query".')).toBe('Cannot query field "nope" on type "Query".');
    const unquoted = clipMessage(`{ ${'k'.repeat(10_000)}: 1 }`);
    expect(unquoted.length).toBe(MESSAGE_MAX + 1);
  });
});
