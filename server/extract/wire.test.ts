// Hard-wrapped wire copy through the whole pipeline: sentences, names and quotations run
// over line breaks; the capitals headline is the title; the sign-off is no text.
import { describe, expect, it } from 'vitest';
import { run, said } from './test-helpers.ts';

const STORY = [
  'FERRY CREWS END STRIKE AFTER PAY OFFER',
  '',
  '    HARWELL, June 2 - Ferry crews went back to work on Tuesday',
  'after the transport minister, Agnieszka',
  'Kowalczyk, promised talks on pay, union officials said.',
  '    "We have an offer on the table and we will look at it',
  'in good faith," Kowalczyk told reporters after the meeting.',
  '    Union leader Bram de Wit said the crews would vote on the',
  'offer next week.',
  '    "Nobody wants the boats tied up all summer."',
  ' Reuter',
  '',
].join('\n');

describe('hard-wrapped wire copy', () => {
  const x = run(STORY);
  const names = new Map(x.entities.map((e) => [e.id, e.name]));
  const speakerOf = (start: string) => names.get(x.statements.find((s) => s.text.startsWith(start))?.speaker ?? '');

  it('reads a name and a quotation across line breaks, with spans into the text as written', () => {
    expect(x.entities.map((e) => e.name)).toContain('Agnieszka Kowalczyk');
    const q = x.statements.find((s) => s.kind === 'direct' && s.text.startsWith('We have an offer'))!;
    expect(q.text).toBe('We have an offer on the table and we will look at it\nin good faith');
    expect(STORY.slice(q.span[0], q.span[1])).toBe(q.text);
    expect(names.get(q.speaker!)).toBe('Agnieszka Kowalczyk');
    expect(q.audience).toContain('reporters');
  });

  it('lets a quotation that is a paragraph of its own continue the speaker of the paragraph before', () => {
    expect(speakerOf('Nobody wants the boats')).toBe('Bram de Wit');
  });

  it('takes the capitals headline as the title, says nothing from it, and drops the sign-off', () => {
    expect(x.article.title).toBe('FERRY CREWS END STRIKE AFTER PAY OFFER');
    expect(x.article.dateline).toBe('HARWELL, June 2 -');
    expect(x.statements.every((s) => s.span[0] > STORY.indexOf('\n'))).toBe(true);
    expect(x.statements.some((s) => s.text.includes('Reuter'))).toBe(false);
  });

  it('gives the same statements as the same story on unwrapped lines', () => {
    const flat = STORY.replace(/\n(?=\S)/g, ' ');
    expect(said(flat).map(([who, kind, text]) => [who, kind, text.replace(/\s+/g, ' ')])).toEqual(
      said(STORY).map(([who, kind, text]) => [who, kind, text.replace(/\s+/g, ' ')]),
    );
  });
});

describe('agency datelines', () => {
  it('gives a TASS dateline place a span over the place name exactly', () => {
    const t = 'Ministers meet again on grain exports\n\nMOSCOW, November 12. /TASS/. Talks on grain will go on next week, the ministry said.';
    const moscow = run(t).entities.find((e) => e.name === 'Moscow')!;
    expect(moscow.mentions.map(([a, b]) => t.slice(a, b))).toEqual(['MOSCOW']);
  });
});
