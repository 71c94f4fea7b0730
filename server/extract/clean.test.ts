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
});
