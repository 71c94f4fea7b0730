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

  it('runs sentences over the line breaks of hard-wrapped copy; an indented line begins a paragraph', () => {
    const t = [
      'DAM WORK STARTS',
      '',
      '    Work on the new dam began on Monday. The project, which',
      'will cost about two billion crowns, is due to end in 1991.',
      '    Engineers said the river would be diverted by June.',
      'They expect no flooding downstream.',
    ].join('\n');
    const s = splitSentences(t);
    expect(s.map((x) => t.slice(x.start, x.end).replace(/\s+/g, ' '))).toEqual([
      'DAM WORK STARTS',
      'Work on the new dam began on Monday.',
      'The project, which will cost about two billion crowns, is due to end in 1991.',
      'Engineers said the river would be diverted by June.',
      'They expect no flooding downstream.',
    ]);
    expect(s.map((x) => x.paragraph)).toEqual([0, 1, 1, 2, 2]);
  });

  it('keeps an attribution after a closing quotation in the quotation\'s sentence', () => {
    const text = "'Is it over?' Mr Hale asked Ms Dunn. 'Not yet.' She left.";
    const parts = splitSentences(text).map((x) => text.slice(x.start, x.end));
    expect(parts).toEqual(["'Is it over?' Mr Hale asked Ms Dunn.", "'Not yet.'", 'She left.']);
  });
});
