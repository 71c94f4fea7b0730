import { describe, expect, it } from 'vitest';
import { entitySearchParams, rankWords } from './search.ts';

describe('entity search parameters', () => {
  it('folds the words typed as the Cypher folds names: case, diacritics and punctuation gone', () => {
    expect(rankWords('  José-Manuel  BARROSO! ')).toEqual(['jose', 'manuel', 'barroso']);
    expect(rankWords("O'Brien")).toEqual(['o', 'brien']);
    expect(rankWords('Wałęsa')).toEqual(['wałesa']);
    expect(rankWords('" ) ( ~ ^')).toEqual([]);
  });

  it('gives the Lucene query, the words and their phrase, the candidates taken', () => {
    expect(entitySearchParams('Tony  Blair', 8, null)).toEqual({
      query: '(tony^4 OR tony*^2 OR tony~1) AND (blair^4 OR blair*^2 OR blair~1)',
      words: ['tony', 'blair'],
      phrase: 'tony blair',
      types: null,
      first: 8,
      candidates: 100,
    });
    expect(entitySearchParams('NATO', 50, ['Organisation'])).toMatchObject({ types: ['Organisation'], candidates: 500 });
    expect(entitySearchParams('NATO', 10, [])).toMatchObject({ types: null });
  });

  it('is null when there is nothing to search for', () => {
    expect(entitySearchParams('?!', 10, null)).toBeNull();
  });
});
