import { describe, expect, it } from 'vitest';
import { entity, run, said } from './test-helpers.ts';

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

  it('ends a title where the clause after it begins, when no comma closes it', () => {
    expect(entity('Pieter Voss, Hollandia Air spokesman told the BBC the flights would resume.', 'Pieter Voss')?.titles).toEqual(['Hollandia Air spokesman']);
    expect(entity('Credit goes to Ilse Marr, the veteran party chairman who ran the campaign.', 'Ilse Marr')?.titles).toEqual(['veteran party chairman']);
  });

  it('does not take a list of names or a place before a comma for a titled person', () => {
    expect(entity('The film stars Dora Lane, Jack Reed and director Tom Hale.', 'Dora Lane')?.titles ?? []).toEqual([]);
    expect(run('In Castle Bridge, former MP Ruth Ames is standing again.').entities.find((e) => e.name === 'Castle Bridge')?.type).not.toBe('Person');
  });

  it('reads a lowercase title set off by commas, even after a name no list knows', () => {
    const e = entity('Tsai Wen-lung, deputy minister of the Fisheries Council, said the boats would return.', 'Tsai Wen-lung');
    expect(e?.type).toBe('Person');
    expect(e?.titles).toEqual(['deputy minister of the Fisheries Council']);
  });
});

describe('titles completed by whom or where they serve', () => {
  it('keeps the capital an envoy is sent to in the title, not in the name', () => {
    const x = run('Canadian Ambassador to Lima Paul Durand said the embassy would reopen. Canada has no other mission there.');
    const e = x.entities.find((p) => p.type === 'Person');
    expect(e?.name).toBe('Paul Durand');
    expect(e?.titles).toEqual(['Canadian Ambassador to Lima']);
    expect(e?.affiliation).toBe('country:canada');
  });

  it('reads "President of Ukraine", "Prime Minister of India" and "Secretary General of NATO" before a name as titles', () => {
    const text =
      'President of Ukraine Olena Koval met Prime Minister of India Ravi Mehta and Secretary General of NATO Hans Larsen. ' +
      'President of the United States Mark Dale joined them later.';
    expect(entity(text, 'Olena Koval')).toMatchObject({ titles: ['President of Ukraine'], affiliation: 'country:ukraine' });
    expect(entity(text, 'Ravi Mehta')).toMatchObject({ titles: ['Prime Minister of India'], affiliation: 'country:india' });
    expect(entity(text, 'Hans Larsen')).toMatchObject({ titles: ['Secretary General of NATO'], affiliation: 'org:nato' });
    expect(entity(text, 'Mark Dale')).toMatchObject({ titles: ['President of the United States'], affiliation: 'country:united-states' });
  });

  it('lets "the Head of State" say what the president named with such a title says', () => {
    const text =
      'President of Ukraine Olena Koval spoke with reporters on Monday. "We are ready for talks," the Head of State said.';
    expect(said(text)).toContainEqual(['Olena Koval', 'direct', 'We are ready for talks']);
  });
});

describe('names no list knows', () => {
  it('reads a name with initials, together or apart', () => {
    const x = run('R.T. Fenwick said the mine would close. Later Harold J. Moss said it would not.');
    const people = x.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['R.T. Fenwick', 'Harold J. Moss']));
  });

  it('reads a surname that is also a title after a first name it does not know, given a title or a reporting verb', () => {
    expect(entity('Governor Idwal King told the committee rates would rise.', 'Idwal King')?.titles).toEqual(['Governor']);
    expect(entity('Idwal King said rates would rise.', 'Idwal King')?.type).toBe('Person');
    expect(run('The Scottish Executive said the ferry would sail.').entities.some((e) => e.type === 'Person')).toBe(false);
  });

  it('takes the abbreviated titles "Sen." and "Rep." for titles, not for names', () => {
    expect(entity('Sen. Ward Pell said the bill would pass.', 'Ward Pell')?.titles).toEqual(['Sen.']);
  });

  it("reads a body's possessive before two capitalised words in the speaker's place as one of its people", () => {
    const text = 'The talks "are nothing new", said Al Jazeera’s Hashem Qadri, reporting from Doha. According to Qadri, a deal is close.';
    expect(said(text)).toEqual([
      ['Hashem Qadri', 'direct', 'are nothing new'],
      ['Hashem Qadri', 'indirect', 'a deal is close'],
    ]);
    expect(entity(text, 'Hashem Qadri')?.affiliation).toBe('org:al-jazeera');
    // Where the hearer stands, or a programme: no person.
    const show = 'The minister told the BBC’s Politics Show that taxes would rise.';
    expect(run(show).entities.some((e) => e.type === 'Person' && e.name === 'Politics Show')).toBe(false);
  });

  it('reads a name after an inverted reporting verb and a quotation', () => {
    expect(entity('"The rally will not last," said Oskar Vrba of Morava Capital.', 'Oskar Vrba')?.type).toBe('Person');
    expect(entity('"It is late," wrote Ilse Kahl.', 'Ilse Kahl')?.type).toBe('Person');
  });
});

describe('headlines in title case', () => {
  it('does not take a capitalised reporting verb for a name', () => {
    const x = run('UN Envoy Says Talks Will Resume Next Week\n\nThe talks will resume next week, the envoy said.');
    expect(x.entities.filter((e) => e.type === 'Person')).toEqual([]);
  });
});

describe('words written before a full name that are not part of it', () => {
  it('leaves a party adjective or a sentence adverb out of the name', () => {
    for (const [text, name] of [
      ['Tory Olaf Brenn said the plan would fail on cost.', 'Olaf Brenn'],
      ['Lib Dem Olaf Brenn said the plan would fail on cost.', 'Olaf Brenn'],
      ['Meanwhile Olaf Brenn said the plan would fail on cost.', 'Olaf Brenn'],
    ] as const) {
      expect(run(text).entities.filter((e) => e.type === 'Person').map((e) => e.name), text).toEqual([name]);
    }
  });

  it('takes a party before a full name as evidence of a person', () => {
    expect(entity("The group, including Tories Ken Brenn and Sir George Lind, is confident.", 'Ken Brenn')?.type).toBe('Person');
    expect(entity("Labour's Ken Brenn is confident.", 'Ken Brenn')?.type).toBe('Person');
  });
});

describe('lists of people', () => {
  it('reads names after a title in the plural, and keeps two spellings in one list two people', () => {
    const x = run('He has served under Presidents Olaf W Brenn, Mary Lind, Olaf Brenn, and Tom Vass.', null);
    expect(x.entities.filter((e) => e.type === 'Person').map((e) => e.name).sort()).toEqual(['Mary Lind', 'Olaf Brenn', 'Olaf W Brenn', 'Tom Vass']);
    // With the table of office-holders too: the son linked, the father not made him.
    const bushes = run('He has served under Presidents George W Bush, Bill Clinton, George Bush, and Ronald Reagan.', '2004-06-01').entities.filter((e) => /bush/.test(e.id));
    expect(bushes.map((e) => [e.id, e.wikidata ?? null])).toEqual([['person:george-bush', null], ['person:george-w-bush', 'Q207']]);
    // Apart, the two spellings are one man.
    expect(run('Olaf W Brenn spoke first. Later Olaf Brenn said no.', null).entities.filter((e) => e.type === 'Person')).toHaveLength(1);
  });
});

describe('names made modifiers', () => {
  it('makes no person of "a George Bush-style tax cut"', () => {
    expect(run('He wants a Tom Vass-style tax cut, Olaf Brenn said.').entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Olaf Brenn']);
  });
});

describe('surnames that are also words', () => {
  it('takes "May" for Theresa May only where it is no month', () => {
    const text = 'Theresa May said the plan would fail. The vote is due in May, and May said she would wait.';
    const may = run(text, null).entities.find((e) => e.id === 'person:theresa-may');
    expect(may?.mentions.map(([s, e]) => text.slice(s, e))).toEqual(['Theresa May', 'May']);
    expect(may?.mentions[1]![0]).toBe(text.lastIndexOf('May said'));
  });

  it('keeps a conjunction out of a title before a name', () => {
    const e = run('Olaf Brenn spoke. But the Liberal Democrat\'s shadow home secretary, Olaf Brenn, said no.', null).entities.find((x) => x.id === 'person:olaf-brenn');
    expect(e?.aliases.filter((a) => /^But/.test(a))).toEqual([]);
  });
});
