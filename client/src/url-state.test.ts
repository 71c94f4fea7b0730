import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, formatState, parseState, type ViewState } from './url-state.ts';

const state = (over: Partial<ViewState>): ViewState => ({ ...DEFAULT_STATE, ...over });

describe('url state', () => {
  it('writes nothing for the default view and reads the default back', () => {
    expect(formatState(DEFAULT_STATE)).toBe('');
    expect(parseState('')).toEqual(DEFAULT_STATE);
  });

  it('round-trips a full view', () => {
    const s = state({
      focus: ['person:yevgeny-primakov', 'org:nato'],
      selected: 'person:yevgeny-primakov',
      types: ['Person', 'Country'],
      from: 1994,
      to: 2020,
      kind: 'direct',
      layout: 'concentric',
      statements: true,
      hidden: ['source:sha256:abc:1'],
      path: { from: 'person:andrei-kozyrev', to: 'person:sergey-lavrov' },
    });
    expect(parseState(formatState(s))).toEqual(s);
  });

  it('keeps ids with reserved characters intact', () => {
    const s = state({ focus: ['source:https://example.org/a?b=1&c=2,3#x:1'], selected: 'a b&c' });
    expect(parseState(formatState(s))).toEqual(s);
  });

  it('writes types in a fixed order, whatever order they were ticked in', () => {
    expect(formatState(state({ types: ['Country', 'Person'] }))).toBe('?types=Person%2CCountry');
  });

  it('reads an empty types list as nothing shown', () => {
    expect(parseState('?types=').types).toEqual([]);
  });

  it('ignores unknown or malformed values', () => {
    const s = parseState('?types=Person,Alien&from=19x4&to=99999&kind=rumour&layout=spiral&stmts=yes');
    expect(s.types).toEqual(['Person']);
    expect(s.from).toBeNull();
    expect(s.to).toBeNull();
    expect(s.kind).toBeNull();
    expect(s.layout).toBe('fcose');
    expect(s.statements).toBe(false);
  });

  it('swaps a reversed year range', () => {
    const s = parseState('?from=2021&to=1994');
    expect([s.from, s.to]).toEqual([1994, 2021]);
  });

  it('drops duplicate, empty and oversized ids, and caps their number', () => {
    const many = Array.from({ length: 80 }, (_, i) => `focus=n${i}`).join('&');
    expect(parseState(`?focus=a&focus=a&focus=&focus=${'x'.repeat(400)}`).focus).toEqual(['a']);
    expect(parseState(`?${many}`).focus).toHaveLength(50);
  });

  it('needs both ends of a path', () => {
    expect(parseState('?pathFrom=a').path).toBeNull();
    expect(parseState('?pathFrom=a&pathTo=b').path).toEqual({ from: 'a', to: 'b' });
  });
});
