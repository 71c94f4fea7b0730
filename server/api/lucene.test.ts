import { describe, expect, it } from 'vitest';
import { entitySearchQuery, escapeLucene, fold, statementSearchQuery, words } from './lucene.ts';

describe('Lucene query building', () => {
  it('escapes every special character', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });

  it('folds diacritics and case like the index does', () => {
    expect(fold('Sergéy LAVRÓV')).toBe('sergey lavrov');
  });

  it('keeps only words, so user syntax never reaches the parser', () => {
    expect(words('primakov") OR *:* AND NOT x~9')).toEqual(['primakov', 'OR', 'AND', 'NOT', 'x', '9']);
    expect(entitySearchQuery('*:* OR "')).toBe('(or^4 OR or*^2)');
    expect(entitySearchQuery('" ) ( ~ ^')).toBeNull();
  });

  it('adds exact, prefix and fuzzy terms per word, all words required', () => {
    expect(entitySearchQuery('Primakow')).toBe('(primakow^4 OR primakow*^2 OR primakow~2)');
    expect(entitySearchQuery('Sergio Balanzino')).toBe(
      '(sergio^4 OR sergio*^2 OR sergio~1) AND (balanzino^4 OR balanzino*^2 OR balanzino~2)',
    );
    expect(entitySearchQuery('un')).toBe('(un^4 OR un*^2)');
  });

  it("keeps an inner apostrophe and drops a leading one", () => {
    expect(words("O'Brien 'quoted'")).toEqual(["O'Brien", 'quoted']);
  });

  it('requires every word of a statement search', () => {
    expect(statementSearchQuery('Sign on May 27!')).toBe('sign AND on AND may AND 27');
    expect(statementSearchQuery('?!')).toBeNull();
  });
});
