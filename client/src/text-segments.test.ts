import { describe, expect, it } from 'vitest';
import { segments } from './text-segments.ts';
import type { EntityRef } from './types.ts';

const primakov: EntityRef = { id: 'person:yevgeny-primakov', type: 'Person', name: 'Yevgeny Primakov' };
const nato: EntityRef = { id: 'org:nato', type: 'Organisation', name: 'NATO' };

describe('segments', () => {
  const text = 'Primakov said: "We sign on May 27." NATO agreed.';
  const quote = { start: text.indexOf('We'), end: text.indexOf('."') + 1 };

  it('marks the statement and the mentions, and keeps all of the text', () => {
    const out = segments(text, quote, [], [
      { start: 0, end: 8, entity: primakov },
      { start: text.indexOf('NATO'), end: text.indexOf('NATO') + 4, entity: nato },
    ]);
    expect(out.map((s) => s.text).join('')).toBe(text);
    expect(out.find((s) => s.statement === 'focus')?.text).toBe('We sign on May 27.');
    expect(out.filter((s) => s.mention).map((s) => [s.text, s.mention?.id])).toEqual([
      ['Primakov', 'person:yevgeny-primakov'],
      ['NATO', 'org:nato'],
    ]);
  });

  it('splits a mention inside the statement into its own run, still in the statement', () => {
    const t = 'He said Primakov will come.';
    const out = segments(t, { start: 8, end: 26 }, [], [{ start: 8, end: 16, entity: primakov }]);
    expect(out.map((s) => [s.text, s.statement, s.mention?.name ?? null])).toEqual([
      ['He said ', null, null],
      ['Primakov', 'focus', 'Yevgeny Primakov'],
      [' will come', 'focus', null],
      ['.', null, null],
    ]);
  });

  it('marks other statements apart from the one shown', () => {
    const out = segments('one two three', { start: 0, end: 3 }, [{ start: 8, end: 13 }], []);
    expect(out.map((s) => [s.text, s.statement])).toEqual([
      ['one', 'focus'],
      [' two ', null],
      ['three', 'other'],
    ]);
  });

  it('clamps spans outside the text and ignores empty ones', () => {
    const out = segments('abc', { start: -5, end: 99 }, [{ start: 2, end: 2 }], [{ start: 10, end: 12, entity: nato }]);
    expect(out).toEqual([{ text: 'abc', start: 0, statement: 'focus', mention: null }]);
  });

  it('drops a mention that overlaps an earlier, longer one', () => {
    const out = segments('Yevgeny Primakov', null, [], [
      { start: 8, end: 16, entity: nato },
      { start: 0, end: 16, entity: primakov },
    ]);
    expect(out).toEqual([{ text: 'Yevgeny Primakov', start: 0, statement: null, mention: primakov }]);
  });

  it('returns the markup-looking text untouched as plain text', () => {
    const t = '<img src=x onerror="window.__xss=1">';
    expect(segments(t, { start: 0, end: t.length }, [], [])[0]?.text).toBe(t);
  });

  it('handles an empty text', () => {
    expect(segments('', null, [], [])).toEqual([]);
  });
});
