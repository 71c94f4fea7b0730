import { describe, expect, it } from 'vitest';
import { dateRange } from './png-export.ts';

describe('dateRange', () => {
  it('says the year range of the picture', () => {
    expect(dateRange(null, null)).toBe('all dates');
    expect(dateRange(1994, null)).toBe('from 1994');
    expect(dateRange(null, 2020)).toBe('until 2020');
    expect(dateRange(1994, 2020)).toBe('1994 – 2020');
    expect(dateRange(1994, 1994)).toBe('1994');
  });
});
