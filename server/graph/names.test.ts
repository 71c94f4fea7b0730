import { describe, expect, it } from 'vitest';
import { editDistance, fold, fullerName, matchKey, nameTokens, searchText, sortedSet } from './names.ts';

describe('names', () => {
  it('folds case and diacritics', () => {
    expect(fold('Vojislav Šešelj')).toBe('vojislav seselj');
    expect(searchText('Zoë Baird', ['ZOE BAIRD', 'Ms Baird'])).toBe('zoe baird zoe baird ms baird');
    expect(nameTokens("Jean-Marie Le Pen's")).toEqual(['jean', 'marie', 'le', 'pen', 's']);
  });


  it('keys persons by the start of the surname and others by folded name', () => {
    expect(matchKey('Person', 'Sergio Balanzino')).toBe(matchKey('Person', 'Sergio Balanzio'));
    expect(matchKey('Person', 'Sergio Balanzino')).toBe(matchKey('Person', 'Sergio Balazino'));
    expect(matchKey('Person', 'Primakov')).toBe(matchKey('Person', 'Yevgeny Primakov'));
    expect(matchKey('Organisation', 'NATO')).toBe('organisation:nato');
  });

  it('measures edit distance', () => {
    expect(editDistance('balanzino', 'balanzio')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('chooses the fuller name whatever the order', () => {
    expect(fullerName('Primakov', 'Yevgeny Primakov')).toBe('Yevgeny Primakov');
    expect(fullerName('Sergio Balanzio', 'Sergio Balanzino')).toBe('Sergio Balanzino');
    expect(fullerName('abc', 'abd')).toBe(fullerName('abd', 'abc'));
    expect(sortedSet(['b', 'a', ' b ', ''])).toEqual(['a', 'b']);
  });
});
