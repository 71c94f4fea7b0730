import { describe, expect, it } from 'vitest';
import { isFiniteVerbAt, isVerbAt, posAt, tagsOf, type TaggedSentence } from './pos.ts';
import { tokenize } from './tokens.ts';

/** A sentence inside some surrounding text, so offsets do not start at zero. */
function sentence(s: string, before = 'An earlier line.\n'): TaggedSentence {
  const text = `${before}${s}\nA later line.`;
  return { text, tokens: tokenize(text, before.length, before.length + s.length) };
}

const at = (s: TaggedSentence, word: string, nth = 0) => {
  const hits = s.tokens.flatMap((t, i) => (t.text === word ? [i] : []));
  if (hits[nth] === undefined) throw new Error(`no ${word}`);
  return hits[nth]!;
};
const finite = (s: TaggedSentence, word: string, nth = 0) => isFiniteVerbAt(s, at(s, word, nth));

describe('tagsOf', () => {
  it('gives one reading per token of ours, aligned by offsets', () => {
    const s = sentence('The mayor said the bridge reopens on Friday.');
    const tags = tagsOf(s);
    expect(tags).toHaveLength(s.tokens.length);
    expect(posAt(s, at(s, 'mayor'))).toBe('NOUN');
    expect(posAt(s, at(s, 'said'))).toBe('VERB');
    expect(posAt(s, at(s, 'reopens'))).toBe('VERB');
    expect(tags[at(s, 'reopens')]!.lemma).toBe('reopen');
    expect(posAt(s, at(s, '.'))).toBe('PUNCT');
  });

  it('tags a sentence once and caches it by its token array', () => {
    const s = sentence('Two unions said the strike goes ahead.');
    expect(tagsOf(s)).toBe(tagsOf({ ...s }));
    // Another token array is another sentence.
    expect(tagsOf({ text: s.text, tokens: [...s.tokens] })).not.toBe(tagsOf(s));
  });

  it('reads contractions, possessives and hyphenated words as our single tokens', () => {
    const s = sentence("The council's long-running review can't finish, its chair admitted.");
    expect(s.tokens.map((t) => t.text)).toContain("can't");
    expect(posAt(s, at(s, "can't"))).toBe('AUX');
    expect(posAt(s, at(s, "'s"))).toBe('PART');
    expect(posAt(s, at(s, 'long-running'))).toBeDefined();
  });

  it('keeps working across curly quotes and a line break inside the sentence', () => {
    const s = sentence('The coach said his side “needs\nmore time” to settle.');
    expect(isVerbAt(s, at(s, 'needs'))).toBe(true);
    expect(posAt(s, at(s, 'side'))).toBe('NOUN');
  });

  it('has nothing for an empty sentence', () => {
    expect(tagsOf({ text: 'x', tokens: [] })).toEqual([]);
  });
});

describe('isFiniteVerbAt', () => {
  it('finds present-tense verbs in -s that the shape of a word cannot tell', () => {
    expect(finite(sentence('Norway has said it wants closer ties with its neighbours.'), 'wants')).toBe(true);
    expect(finite(sentence('The regulator said the merger breaches competition rules.'), 'breaches')).toBe(true);
    expect(finite(sentence('She said the proposal makes little sense.'), 'makes')).toBe(true);
  });

  it('finds irregular past tenses and auxiliaries', () => {
    expect(finite(sentence('The firm said its sales grew sharply in the spring.'), 'grew')).toBe(true);
    expect(finite(sentence('He said the talks would resume soon.'), 'would')).toBe(true);
    expect(finite(sentence('The agency said profits more than doubled last year.'), 'doubled')).toBe(true);
  });

  it('takes a base form after a plural subject, a pronoun or a quantifier only', () => {
    expect(finite(sentence('The unions said they now want a new offer.'), 'want')).toBe(true);
    expect(finite(sentence('Officials said many believe the plan failed.'), 'believe')).toBe(true);
    expect(finite(sentence('She said both sides need more time.'), 'need')).toBe(true);
    expect(finite(sentence('The firm runs a music download service.'), 'download')).toBe(false);
  });

  it('refuses infinitives, forms in -ing and participles used as adjectives', () => {
    expect(finite(sentence('The board plans to raise prices.'), 'raise')).toBe(false);
    expect(finite(sentence('He spoke about finding a buyer for the plant.'), 'finding')).toBe(false);
    expect(finite(sentence('She opposed the proposed merger of the two banks.'), 'proposed')).toBe(false);
    expect(finite(sentence('The report may be ready by then, but it would not be final.'), 'be')).toBe(false);
    expect(finite(sentence('He praised the steps taken by the allies.'), 'taken')).toBe(false);
  });

  it('refuses nouns the tagger reads as verbs after a possessive or an article', () => {
    expect(finite(sentence("She designed all the artwork for the band's covers."), 'covers')).toBe(false);
    expect(finite(sentence('They promised to look again at a later stage.'), 'stage')).toBe(false);
  });

  it('refuses a capitalised word inside the sentence: it is a name', () => {
    const s = sentence('The striker told BBC Radio Five Live the team played well.');
    expect(finite(s, 'Live')).toBe(false);
    expect(finite(s, 'played')).toBe(true);
  });

  it('says nothing of a token the tagger did not tag', () => {
    const s = sentence('He said it works.');
    const unaligned: TaggedSentence = { text: s.text, tokens: [...s.tokens, { text: 'zz', lower: 'zz', start: s.text.length + 5, end: s.text.length + 7 }] };
    expect(isFiniteVerbAt(unaligned, unaligned.tokens.length - 1)).toBeUndefined();
    expect(isVerbAt(unaligned, unaligned.tokens.length - 1)).toBeUndefined();
  });

  it('is false for words that are not verbs at all', () => {
    const s = sentence('The bed in the shed was red.');
    expect(finite(s, 'bed')).toBe(false);
    expect(finite(s, 'shed')).toBe(false);
    expect(finite(s, 'was')).toBe(true);
  });
});
