import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('does not end a sentence at abbreviations, initials or lowercase continuations', () => {
    expect(split('Mr. Primakov met U.S. Secretary of State Madeleine Albright. He left.')).toEqual([
      'Mr. Primakov met U.S. Secretary of State Madeleine Albright.',
      'He left.',
    ]);
    expect(split('"Why now?" he asked. Nobody knew.')).toEqual(['"Why now?" he asked.', 'Nobody knew.']);
    expect(split('Gen. John R. Allen spoke.')).toHaveLength(1);
  });

  it('keeps closing quotes with the sentence they end and treats lines as paragraphs', () => {
    const t = 'He called it "the most serious error." But he added more.\nNext paragraph.';
    const s = splitSentences(t);
    expect(s.map((x) => t.slice(x.start, x.end))).toEqual(['He called it "the most serious error."', 'But he added more.', 'Next paragraph.']);
    expect(s.map((x) => x.paragraph)).toEqual([0, 0, 1]);
  });
});
