import { describe, expect, it } from 'vitest';
import { layout, paragraphs } from './layout.ts';

const paras = (t: string) => paragraphs(t).map((p) => t.slice(p.start, p.end).replace(/\s+/g, ' '));

// An invented wire story: capitals headline, indented paragraphs, lines wrapped near 60.
const WIRE = [
  'HARBOUR BOARD DELAYS VOTE ON NEW FEES',
  '',
  '    PORTVILLE, May 4 - The harbour board of Portville put off a',
  'vote on higher berthing fees until next month, its chairman',
  'said on Thursday, after shipping lines asked for more time.',
  '    Chairman Oskar Lindqvist said the board would listen to the',
  'lines before it decided anything.',
  '    "We are not in a hurry," he said.',
  ' Reuter',
].join('\n');

describe('layout', () => {
  it('reads hard-wrapped copy: an indented line begins a paragraph, other breaks are spaces', () => {
    expect(layout(WIRE).wrapped).toBe(true);
    expect(paras(WIRE)).toEqual([
      'HARBOUR BOARD DELAYS VOTE ON NEW FEES',
      'PORTVILLE, May 4 - The harbour board of Portville put off a vote on higher berthing fees until next month, its chairman said on Thursday, after shipping lines asked for more time.',
      'Chairman Oskar Lindqvist said the board would listen to the lines before it decided anything.',
      '"We are not in a hurry," he said.',
      'Reuter',
    ]);
  });

  it('ends a paragraph at a blank line, or at a short line that ends a sentence when nothing is indented', () => {
    const t = [
      'The ferry company said on Monday that its two oldest boats',
      'would be sold by the end of the year and replaced by newer',
      'ones from a rival.',
      'Passengers were told that timetables would stay the same for',
      'the rest of the summer season and into the early autumn.',
      '',
      'A spokeswoman for the company declined to say what the two',
      'older boats had cost to run over the last year or so.',
    ].join('\n');
    expect(paras(t)).toHaveLength(3);
  });

  it('keeps a line of capitals that a sentence runs on into ("posed risks to\\nACME.")', () => {
    const t = [
      'FIRM SEES RISK',
      '',
      '    Its chief executive said the new rules posed risks to',
      'ACME.',
      '    He gave no figures for the cost of meeting the rules, but',
      'said the firm would publish them later in the month.',
      '    Analysts said the firm had set money aside for the costs',
      'in its last quarterly report to shareholders.',
    ].join('\n');
    expect(paras(t)[1]).toBe('Its chief executive said the new rules posed risks to ACME.');
  });

  it('in web copy, joins only lines that plainly go on, and never list items', () => {
    const t = [
      'A headline without a full stop',
      '',
      'One paragraph on one line, as web pages are written.',
      '',
      'The minister said on Friday that the plan was ',
      'still on course and that the money would follow.',
      '',
      'The plan includes: ',
      ' - new roads in the south ',
      ' - two more bridges',
      'Caption under a photograph',
      'Another paragraph on one line.',
    ].join('\n');
    expect(layout(t).wrapped).toBe(false);
    expect(paras(t)).toEqual([
      'A headline without a full stop',
      'One paragraph on one line, as web pages are written.',
      'The minister said on Friday that the plan was still on course and that the money would follow.',
      'The plan includes:',
      '- new roads in the south',
      '- two more bridges',
      'Caption under a photograph',
      'Another paragraph on one line.',
    ]);
  });
});
