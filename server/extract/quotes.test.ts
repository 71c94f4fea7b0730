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

describe('findQuotes in hard-wrapped copy', () => {
  it('pairs marks across a line break inside a paragraph, and ends an open quotation at the next paragraph', () => {
    const t = [
      'MINERS RETURN',
      '',
      '    "The pits will be open again by the end of the',
      'month," the mine manager told the local paper on Monday.',
      '    "We lost a great deal of coal in the strike, and a great',
      'deal of goodwill.',
      '    "It will take a year to win that back," he added.',
    ].join('\n');
    expect(findQuotes(t).map((q) => [t.slice(q.start, q.end).replace(/\s+/g, ' '), q.close >= 0])).toEqual([
      ['The pits will be open again by the end of the month', true],
      ['We lost a great deal of coal in the strike, and a great deal of goodwill.', false],
      ['It will take a year to win that back', true],
    ]);
  });
});
