// The pieces entity grouping leans on: the gender a given name carries, and known names matched
// word by word in their own case.
import { describe, expect, it } from 'vitest';
import { findKnownNames, givenNameGender } from './gazetteer.ts';
import { defaultKnowledge } from './knowledge.ts';
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
