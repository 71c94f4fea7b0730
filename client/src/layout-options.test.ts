import { describe, expect, it } from 'vitest';
import { DRAFT_NODES, fcoseOptions } from './layout-options.ts';

describe('fcoseOptions', () => {
  it('polishes small views and keeps positions unless told to start afresh', () => {
    expect(fcoseOptions(200, false)).toMatchObject({ name: 'fcose', quality: 'default', randomize: false });
    expect(fcoseOptions(200, true)).toMatchObject({ quality: 'default', randomize: true });
  });

  it('keeps the quick spectral draft for views too big to polish', () => {
    expect(fcoseOptions(DRAFT_NODES + 1, false)).toMatchObject({ quality: 'draft', randomize: true });
  });
});
