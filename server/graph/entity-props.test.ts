import { describe, expect, it } from 'vitest';
import { entityProps } from './entity-props.ts';

describe('entityProps', () => {
  const a = { name: 'Sergio Balanzio', aliases: ['Balanzio'], titles: ['Deputy Secretary General'] };
  const b = { name: 'Sergio Balanzino', aliases: ['Balanzino', 'Mr Balanzino'], titles: ['Deputy Secretary-General', 'Deputy Secretary General'] };

  it('keeps the fullest name and every other name as an alias, without duplicates', () => {
    expect(entityProps('Person', [a, b])).toEqual({
      name: 'Sergio Balanzino',
      aliases: ['Balanzino', 'Balanzio', 'Mr Balanzino', 'Sergio Balanzio'],
      titles: ['Deputy Secretary General', 'Deputy Secretary-General'],
      searchText: 'sergio balanzino balanzino balanzio mr balanzino sergio balanzio',
      matchKey: 'person:bal',
    });
  });

  it('does not depend on order, so adding to current props equals recomputing', () => {
    const c = { name: 'Balanzino', aliases: [], titles: ['envoy'] };
    const all = entityProps('Person', [a, b, c]);
    expect(entityProps('Person', [c, b, a])).toEqual(all);
    const current = entityProps('Person', [a, b]);
    if (!current) throw new Error('no props');
    expect(entityProps('Person', [current, c])).toEqual(all);
  });

  it('folds diacritics into searchText and has nothing to say with no surface', () => {
    expect(entityProps('Country', [{ name: 'Côte d’Ivoire', aliases: [], titles: [] }])?.searchText).toBe('cote d’ivoire');
    expect(entityProps('Person', [])).toBeNull();
  });
});
