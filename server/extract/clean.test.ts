import { describe, expect, it } from 'vitest';
import { clean } from './clean.ts';

describe('clean', () => {
  it('blanks site boilerplate without moving any offset', () => {
    const text = 'Headline Of The Day Here\n\nAdvertisement\nBody text "quoted" here.\nRead More\n© Example News 2024, all rights reserved\n';
    const c = clean(text);
    expect(c.text).toHaveLength(text.length);
    expect(c.text).not.toContain('Advertisement');
    expect(c.text).not.toContain('Read More');
    expect(c.text).not.toContain('©');
    expect(c.text.indexOf('Body text')).toBe(text.indexOf('Body text'));
  });

  it('takes the first short line without a full stop as the headline', () => {
    expect(clean('Russia Signs Partnership for Peace\n\nBRUSSELS -- Russia signed.').title?.text).toBe('Russia Signs Partnership for Peace');
  });

  it('reads datelines in wire and agency styles', () => {
    const a = clean('Title Of The Story Here\nSTRASBOURG, France -- Foreign Minister Yevgeny Primakov said.');
    expect(a.datelines[0]!.places.map((p) => p.text)).toEqual(['STRASBOURG', 'France']);
    const b = clean('Title Of The Story Here\n/MOSCOW, December 6./TASS/. Reaching agreements is difficult.');
    expect(b.datelines[0]!.places[0]!.text).toBe('MOSCOW');
    expect(b.datelines[0]!.agency?.text).toBe('TASS');
    const t = clean('Title Of The Story Here\nMOSCOW, November 12. /TASS/. Russia will respond, the diplomat said.');
    expect(t.datelines[0]!.agency?.text).toBe('TASS');
    const c = clean('Title Of The Story Here\nKYIV (Reuters) - Ukraine said on Monday it was ready.');
    expect(c.datelines[0]!.agency?.text).toBe('Reuters');
  });

  it('places a TASS dateline without its leading slash exactly on the city', () => {
    const t = 'Title Of The Story Here\nMOSCOW, November 12. /TASS/. Russia will respond, the diplomat said.';
    const place = clean(t).datelines[0]!.places[0]!;
    expect(t.slice(place.start, place.start + place.text.length)).toBe('MOSCOW');
    const s = 'Title Of The Story Here\n/MOSCOW, December 6./TASS/. Reaching agreements is difficult.';
    const slashed = clean(s).datelines[0]!.places[0]!;
    expect(s.slice(slashed.start, slashed.start + slashed.text.length)).toBe('MOSCOW');
  });

  it('reads a wire dateline whose region is abbreviated', () => {
    const d = clean('TOWN VOTES ON BUDGET\n\n    SPRINGDALE, Ark., March 5 - The council voted.').datelines[0]!;
    expect(d.places.map((p) => p.text)).toEqual(['SPRINGDALE', 'Ark']);
  });
});

describe('clean: headlines', () => {
  it('takes a headline in capitals, even one ending in an abbreviation', () => {
    expect(clean('MILLS CUT OUTPUT\n\n    The mills said.').title?.text).toBe('MILLS CUT OUTPUT');
    expect(clean('GRAIN TALKS RESUME WITH U.S.\n\n    Talks resumed.').title?.text).toBe('GRAIN TALKS RESUME WITH U.S.');
  });

  it('takes a first line that asks a question as the headline, but no later question', () => {
    expect(clean('Will the new bridge open on time?\n\nThe council says it will.').title?.text).toBe('Will the new bridge open on time?');
    expect(clean('By Reporter\nWhat happens to the old bridge now?\nNobody knows yet.').title).toBeNull();
  });

  it('keeps a headline that mentions copyright, and blanks a copyright notice', () => {
    const c = clean('Court backs author in copyright case\n\nThe judge ruled on Monday.\nCopyright 2019 Example Media Ltd');
    expect(c.title?.text).toBe('Court backs author in copyright case');
    expect(c.text).not.toContain('Example Media');
  });
});

describe('clean: wire copy', () => {
  it('blanks the agency sign-off, however it is written, and records it', () => {
    for (const end of [' Reuter', ' REUTER', 'REUTER...', ' reuter']) {
      const t = `PORT REOPENS\n\n    The port reopened on Monday, officials said.\n${end}\n`;
      const c = clean(t);
      expect(c.text).toHaveLength(t.length);
      expect(c.text.toLowerCase()).not.toContain('reuter');
      expect(c.signoff?.start).toBe(t.toLowerCase().indexOf('reuter'));
    }
    const table = 'OUTPUT FIGURES\n\n    Output by month, in tonnes:\n    Jan 12.0, Feb 9.5, total 21.5.        REUTER\n';
    const c = clean(table);
    expect(c.text).toContain('total 21.5.');
    expect(c.text).not.toContain('REUTER');
  });

  it('leaves the word alone in prose', () => {
    const t = 'PORT REOPENS\n\n    A Reuter survey of shippers found delays, and shippers told\nReuters the port was slow.\n Reuter\n';
    const c = clean(t);
    expect(c.text).toContain('A Reuter survey');
    expect(c.text).toContain('Reuters the port');
  });

  it('reads a line that carries on a wrapped paragraph as prose, whatever its first words', () => {
    const t = [
      'LINE FILES SUIT AGAINST RIVAL',
      '',
      '    A spokesman for the airline said it had no',
      'comment on the lawsuit, which was filed in a federal',
      'court in the state capital on Friday afternoon.',
      '    The company said it would press on with the',
      'related claims against the rival carrier next year.',
    ].join('\n');
    const c = clean(t);
    expect(c.text).toBe(t);
    expect(c.datelines).toEqual([]);
  });

  it('blanks wire story codes inside the text, keeping offsets', () => {
    const text = 'The vote failed. [nL8N1N86I0] On Monday the council met again.';
    const c = clean(text);
    expect(c.text).toHaveLength(text.length);
    expect(c.text).not.toContain('nL8N');
    expect(c.text.indexOf('On Monday')).toBe(text.indexOf('On Monday'));
  });
});
