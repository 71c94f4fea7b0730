// The pieces entity grouping leans on: the gender a given name carries, known names matched
// word by word in their own case, and a description resolved to the body it can only mean
// (also for descriptions found only while reading statements, which carry no sentence).
import { describe, expect, it } from 'vitest';
import { clean } from './clean.ts';
import { buildEntities, describedBody } from './entities.ts';
import { findKnownNames, givenNameGender } from './gazetteer.ts';
import { defaultKnowledge } from './knowledge.ts';
import type { Mention } from './mention.ts';
import { findMentions } from './mentions.ts';
import { splitSentences } from './sentences.ts';
import { tokenize } from './tokens.ts';

const kn = defaultKnowledge();
const known = (text: string) => findKnownNames(text, tokenize(text), 0, kn).map((m) => `${m.kind}:${m.key}=${m.text}`);

describe('given names and gender', () => {
  it("knows a woman's and a man's given name, and leaves names given to both, or unknown, open", () => {
    expect(givenNameGender('Sandra', kn)).toBe('f');
    expect(givenNameGender('Cherie', kn)).toBe('f');
    expect(givenNameGender('Michael', kn)).toBe('m');
    expect(givenNameGender('Tony', kn)).toBe('m');
    expect(givenNameGender('Jean', kn)).toBeNull();
    expect(givenNameGender('Lakshmi', kn)).toBeNull();
    expect(givenNameGender('Zoltar', kn)).toBeNull();
  });
});

describe('known names, word by word', () => {
  it('reads a leading "The" written "the", but never a capitalised word written in lowercase', () => {
    expect(known('according to the Observer on Sunday')).toEqual(['org:The Observer=the Observer']);
    expect(known('he sold the house and took a post')).toEqual([]);
  });

  it('lets "the House" give way to the longer name after it, and "the Times" to a longer name', () => {
    expect(known('she asked the House of Lords to act')).toEqual(['org:House of Lords=House of Lords']);
    expect(known('he told the Times Educational Supplement')).toEqual([]);
  });

  it('reads a capital describing a noun after "a" as a place', () => {
    const [m] = findKnownNames('printed in a London newspaper', tokenize('printed in a London newspaper'), 0, kn);
    expect(m).toMatchObject({ kind: 'capital', text: 'London', locative: true });
  });

  it('knows the parties by the names a British story gives them', () => {
    expect(known('the Tory party and the Labour party')).toEqual(['org:Conservative Party=Tory party', 'org:Labour Party=Labour party']);
    expect(known('Plaid Cymru and the DUP')).toEqual(['org:Plaid Cymru=Plaid Cymru', 'org:Democratic Unionist Party=DUP']);
  });
});

describe('describedBody', () => {
  function setup(text: string) {
    const c = clean(text);
    const { mentions } = findMentions(c, splitSentences(c.text), kn);
    return { mentions, index: buildEntities(c.text, mentions, c.title, kn) };
  }
  /** A description as the statement reader makes it: no sentence of its own. */
  const description = (text: string, phrase: string): Mention => {
    const start = text.lastIndexOf(phrase);
    return { kind: 'anaphor', start, end: start + phrase.length, text: phrase, key: '', title: phrase.split(' ').pop()!, sentence: -1, definite: true };
  };

  it('finds the one company named in the sentences before a description read with no sentence', () => {
    const text = 'Yukos shares fell. Its lawyers went to court in Houston. Rosneft bought the unit. The company said the price was fair.';
    const { mentions, index } = setup(text);
    expect(describedBody(description(text, 'The company'), mentions, index, kn)).toBe('org:rosneft');
  });

  it('refuses a description whose other words the body does not carry', () => {
    const text = 'Rosneft bought the unit in December. The holding company said the price was fair.';
    const { mentions, index } = setup(text);
    expect(describedBody(description(text, 'The holding company'), mentions, index, kn)).toBeNull();
    // What the knowledge says of it, with where it is from: "the Russian oil company", not "the French oil company".
    for (const [from, id] of [
      ['Russian', 'org:rosneft'],
      ['French', null],
    ] as const) {
      const other = `Rosneft bought the unit in December. The ${from} oil company said the price was fair.`;
      const s = setup(other);
      expect(describedBody(description(other, `The ${from} oil company`), s.mentions, s.index, kn)).toBe(id);
    }
  });

  it('refuses "the party" beside two parties, and a description across a comma', () => {
    const text = 'Labour and the Tories clashed. The party said it would win.';
    const { mentions, index } = setup(text);
    expect(describedBody(description(text, 'The party'), mentions, index, kn)).toBeNull();
    expect(describedBody(description(text, 'the move, party'), mentions, index, kn)).toBeNull();
  });
});
