import { describe, expect, it } from 'vitest';
import { resolveDate } from './dates.ts';
import { tokenize } from './tokens.ts';

describe('resolveDate', () => {
  it('resolves weekdays to the most recent such day on or before publication', () => {
    // 1997-05-06 was a Tuesday.
    expect(resolveDate(tokenize('said on Monday'), '1997-05-06')).toBe('1997-05-05');
    expect(resolveDate(tokenize('said Tuesday'), '1997-05-06')).toBe('1997-05-06');
    expect(resolveDate(tokenize('said Wednesday'), '1997-05-06')).toBe('1997-04-30');
  });

  it('resolves yesterday and month-day dates, and gives null without an anchor', () => {
    expect(resolveDate(tokenize('told reporters yesterday'), '2021-12-27')).toBe('2021-12-26');
    expect(resolveDate(tokenize('said on December 6'), '2021-12-07')).toBe('2021-12-06');
    expect(resolveDate(tokenize('said on Monday'), null)).toBeNull();
  });
});
