import { describe, expect, it } from 'vitest';
import { run } from './test-helpers.ts';

const orgs = (text: string) =>
  run(text)
    .entities.filter((e) => e.type === 'Organisation')
    .map((e) => e.name);

describe('organisations by shape', () => {
  it('takes nothing by shape from a headline in capitals', () => {
    expect(orgs('NORDIC STEEL GROUP SEEN CUTTING OUTPUT IN\n\nThe company said demand was weak.')).toEqual([]);
  });

  it('names a medium written with a no-break space with a plain one', () => {
    const x = run('The plan was leaked, Morning\u00a0Herald newspaper reported on Friday.');
    const herald = x.entities.find((e) => e.type === 'Organisation');
    expect(herald?.name).toBe('Morning Herald');
    expect(herald?.id).toBe('org:morning-herald');
  });
});
