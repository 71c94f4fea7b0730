import { describe, expect, it } from 'vitest';
import { entity, run } from './test-helpers.ts';

describe('titles behind a hyphenated prefix', () => {
  it('reads "Ex-Labour councillor" as a title with the party as affiliation', () => {
    const e = entity('Ex-Labour councillor Martin Hale said the depot should stay open.', 'Martin Hale');
    expect(e?.type).toBe('Person');
    expect(e?.titles).toEqual(['Ex-Labour councillor']);
    expect(e?.affiliation).toBe('org:labour-party');
  });

  it('reads "then-US envoy" with the state as affiliation', () => {
    const e = entity('The deal was drafted with then-US ambassador Carol Winters in the room.', 'Carol Winters');
    expect(e?.titles).toEqual(['then-US ambassador']);
    expect(e?.affiliation).toBe('country:united-states');
  });

  it('does not take the country of a "pro-" or "anti-" prefix as an affiliation', () => {
    const e = entity('Pro-Israel economist Daniel Rosen said growth would slow.', 'Daniel Rosen');
    expect(e?.titles).toEqual(['Pro-Israel economist']);
    expect(e?.affiliation).toBeNull();
    expect(entity('Anti-EU campaigner Harold Pike told reporters he would stand.', 'Harold Pike')?.affiliation).toBeNull();
  });

  it('survives a wrapped line that ends on an article after a name and a comma', () => {
    const x = run('"Rates will fall," said Owen Tate, chief economist at Halden Securities, the\nbroking arm of a larger group.');
    expect(x.entities.map((e) => e.id)).toContain('person:owen-tate');
    expect(() => run('Prices rose, said Owen Tate, the')).not.toThrow();
  });
});

describe('what a title is made of', () => {
  it('does not take a description held together by "the", "and" or "in" for a title', () => {
    expect(entity('Mark Hale, the man in the grey coat, left early.', 'Mark Hale')?.titles).toEqual([]);
    expect(entity('The shortlist named Mark Hale, Ruth Bell and Dan Cole.', 'Mark Hale')?.titles).toEqual([]);
  });

  it('still reads "the head of research at" as a title beside a name', () => {
    expect(entity('"Rates will rise," said Ines Varga, the head of research at Halden Securities.', 'Ines Varga')?.titles).toEqual([
      'head of research at Halden Securities',
    ]);
  });
});

describe('titles are phrases, never clauses', () => {
  it('does not take the clause after a name and a comma for its title', () => {
    const text = 'After lunch with his Danish colleague Lars Holm, Mr Webb said they hoped to talk again on the fringes of the summit.';
    expect(entity(text, 'Lars Holm')?.titles).toEqual([]);
  });

  it('does not take the first words of a long phrase for a title', () => {
    const text = 'Anna Berg, who runs the small dairy farm at the end of the long valley road near the lake, said prices fell.';
    expect(entity(text, 'Anna Berg')?.titles).toEqual([]);
  });

  it('reads a lowercase title set off by commas, even after a name no list knows', () => {
    const e = entity('Tsai Wen-lung, deputy minister of the Fisheries Council, said the boats would return.', 'Tsai Wen-lung');
    expect(e?.type).toBe('Person');
    expect(e?.titles).toEqual(['deputy minister of the Fisheries Council']);
  });
});
