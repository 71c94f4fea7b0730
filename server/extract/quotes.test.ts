import { describe, expect, it } from 'vitest';
import { findQuotes } from './quotes.ts';

const quotes = (t: string) => findQuotes(t).map((q) => t.slice(q.start, q.end));

describe('findQuotes', () => {
  it('pairs straight and curly quotation marks', () => {
    expect(quotes('He said "yes, indeed," and left.')).toEqual(['yes, indeed']);
    expect(quotes('“It is with the US that we will work,” Lavrov said.')).toEqual(['It is with the US that we will work']);
  });

  it('closes a quote when another opens before its closing mark (dropped marks in wire copy)', () => {
    expect(quotes('it was: "not ready to give a veto. "There will never be a clause," he added.')).toEqual([
      'not ready to give a veto.',
      'There will never be a clause',
    ]);
  });

  it('keeps nested single quotes inside and ends each paragraph of a long quotation', () => {
    expect(quotes(`"This is not a 'Yalta Two' but a 'Brussels One,'" he said.`)).toEqual(["This is not a 'Yalta Two' but a 'Brussels One,'"]);
    expect(quotes('"First paragraph of the quote.\n"Second paragraph," she said.')).toEqual(['First paragraph of the quote.', 'Second paragraph']);
  });
});

describe('findQuotes in British style', () => {
  it('reads single quotation marks when an article has no double ones, apostrophes aside', () => {
    const t = "Mr Johnson said: 'We won't back down.' The minister's aides agreed.";
    expect(quotes(t)).toEqual(["We won't back down."]);
    expect(quotes("He said ‘Russia’s position is clear’, officials added.")).toEqual(['Russia’s position is clear']);
  });
});

describe('findQuotes with mixed marks', () => {
  it('keeps straight quotes inside curly ones as part of the quotation', () => {
    expect(quotes('“<img src=x onerror="alert(1)"> is text,” he said.')).toEqual(['<img src=x onerror="alert(1)"> is text']);
  });
});
