import { describe, expect, it } from 'vitest';
import { entity, run } from './test-helpers.ts';

const names = (text: string) =>
  run(text)
    .entities.map((e) => `${e.type}:${e.name}`)
    .sort();

describe('entities', () => {
  it('reads titles before names and keeps them as titles, with the organisation as affiliation', () => {
    const text = 'NATO Deputy Secretary General Sergio Balanzino told a news conference the door was open.';
    const e = entity(text, 'Sergio Balanzino');
    expect(e?.type).toBe('Person');
    expect(e?.titles).toContain('NATO Deputy Secretary General');
    expect(e?.affiliation).toBe('org:nato');
    expect(e?.id).toBe('person:sergio-balanzino');
  });

  it('joins surname-only references and a one-letter misspelling to the full name', () => {
    const text = 'Foreign Minister Andrei Kozyrev arrived. Kozyrev spoke first, and Kozyrew spoke again later.';
    const e = entity(text, 'Andrei Kozyrev');
    expect(e?.mentions).toHaveLength(3);
    expect(run(text).entities.filter((x) => x.type === 'Person')).toHaveLength(1);
  });

  it('finds people named beside a title after a comma, in bylines and with honorifics', () => {
    const text = 'By Dasha Litvinova, Associated Press\n\nThe plan was approved, said Anatoly Krasikov, the president\'s spokesman. Mr. Solberg disagreed, the Deputy defence minister, Alexander Fomin, added.';
    const people = names(text).filter((n) => n.startsWith('Person:'));
    expect(people).toEqual(expect.arrayContaining(['Person:Dasha Litvinova', 'Person:Anatoly Krasikov', 'Person:Alexander Fomin']));
  });

  it('makes a capital the state when it acts and a place when things happen in it', () => {
    const text = 'Moscow rejected the plan. Talks were held in Moscow and Washington responded on Monday.';
    const x = run(text);
    const russia = x.entities.find((e) => e.id === 'country:russia');
    expect(russia?.aliases).toContain('Moscow');
    expect(x.entities.find((e) => e.id === 'place:moscow')).toBeDefined();
    expect(x.entities.find((e) => e.id === 'country:united-states')?.aliases).toContain('Washington');
  });

  it('treats a country named only as a location as a place, and demonyms as references to a named country', () => {
    const x = run('Ministers met in Luxembourg. Russia objected, and Russian diplomats left.');
    expect(x.entities.find((e) => e.name === 'Luxembourg')?.type).toBe('Place');
    expect(x.entities.find((e) => e.id === 'country:russia')?.mentions.length).toBe(2);
  });

  it('knows acronyms with their long forms and "the alliance" for NATO', () => {
    const x = run('The Organization for Security and Co-operation in Europe will meet. The OSCE said NATO and the alliance partners agreed.');
    const osce = x.entities.filter((e) => e.id === 'org:osce');
    expect(osce).toHaveLength(1);
    expect(osce[0]!.mentions).toHaveLength(2);
    expect(x.entities.find((e) => e.id === 'org:nato')?.mentions).toHaveLength(2);
  });

  it('recognises organisations by their shape and media by what they are', () => {
    expect(names('The Ukrainian Defence Ministry said it was ready, Kommersant newspaper reported.')).toEqual(
      expect.arrayContaining(['Organisation:Ukrainian Defence Ministry', 'Organisation:Kommersant']),
    );
  });

  it('does not mistake titles, months or programmes for people', () => {
    const people = names('Earlier Monday, the Secretary General spoke about the Partnership for Peace and the Cold War in May.').filter((n) =>
      n.startsWith('Person:'),
    );
    expect(people).toEqual([]);
  });
});

describe('institutions named in lowercase', () => {
  it('makes "Ukraine\'s defence ministry" an organisation, but not "Russia\'s military weight"', () => {
    const x = run("Ukraine's defence ministry said on Wednesday that troops had moved. Analysts cited Russia's military weight.");
    const orgs = x.entities.filter((e) => e.type === 'Organisation').map((e) => e.name);
    expect(orgs).toEqual(['Ukrainian Defence Ministry']);
    expect(x.statements[0]?.speaker).toBe('org:ukrainian-defence-ministry');
  });

  it('reads a Reuters dateline with a date and names the agency', () => {
    const x = run('Ukraine says troops massing\n\nKYIV, Nov 3 (Reuters) - Ukraine said on Wednesday that Russia had kept troops near the border.');
    expect(x.article.dateline).toBe('KYIV, Nov 3 (Reuters) -');
    expect(x.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['org:reuters', 'place:kyiv', 'country:ukraine']));
  });
});

describe('names written with odd spacing', () => {
  it('lists an alias with no-break or doubled spaces with single spaces', () => {
    const x = run('Harbour Minister Elena Vasquez spoke first. Later the minister, Elena\u00a0Vasquez, and Minister Elena  Vasquez said the pier would open.');
    const e = x.entities.find((y) => y.id === 'person:elena-vasquez');
    // Three names, and "the minister", which is her too.
    expect(e?.mentions.length).toBe(4);
    for (const a of e?.aliases ?? []) expect(a).not.toMatch(/\s{2,}|\u00a0/);
  });
});

describe('a one-word name the article treats as a company', () => {
  const typeOf = (text: string, name: string) => run(text).entities.find((e) => e.name === name);

  it('is an organisation when written "the X" ending a phrase or owning figures, or when it has an economist', () => {
    const kinds = (text: string, name: string) => run(text).entities.filter((e) => e.name === name).map((e) => e.type);
    expect(kinds('Prices fell in October, according to the Brackley. Brackley said prices rose.', 'Brackley')).toEqual(['Organisation']);
    expect(kinds("Brackley said prices rose. The Brackley's figures show a rise.", 'Brackley')).toEqual(['Organisation']);
    expect(kinds('Brackley said prices rose. Brackley economist Ada Lind said the market was calm.', 'Brackley')).toEqual(['Organisation']);
    expect(kinds('Brackley said the Brackley government would stay on.', 'Brackley')).toEqual(['Person']);
  });

  it('is an organisation when shares are traded in it', () => {
    const e = typeOf('Korvex said it would appeal against the tax bill. Shares in Korvex fell 5% on Monday.', 'Korvex');
    expect(e?.type).toBe('Organisation');
    expect(e?.mentions).toHaveLength(2);
  });

  it('is an organisation when it has a chief executive or a board', () => {
    expect(typeOf("Lindqvist said profits rose. Lindqvist's chief executive will step down in May.", 'Lindqvist')?.type).toBe('Organisation');
  });

  it('is an organisation when it is described as one ("X, the … operator", "X, which")', () => {
    expect(typeOf('Tarnow said it would bid. Tarnow, the Polish mobile operator, has 9 million users.', 'Tarnow')?.type).toBe('Organisation');
    expect(typeOf('Drummel said demand was weak. Drummel, which employs 4,000 people, will cut jobs.', 'Drummel')?.type).toBe('Organisation');
  });

  it('is an organisation when "the company" is the next thing named', () => {
    expect(typeOf('Drummel said demand was weak. The company also cut its forecast.', 'Drummel')?.type).toBe('Organisation');
  });

  it('stays a person with a first name or title anywhere in the article', () => {
    const x = run('Chief executive Anna Drummel said demand was weak. Drummel said the company would cut jobs.');
    expect(x.entities.find((e) => e.id === 'person:anna-drummel')?.mentions).toHaveLength(2);
    expect(x.entities.some((e) => e.type === 'Organisation')).toBe(false);
  });
});

describe('words that are not people', () => {
  const people = (text: string) =>
    run(text)
      .entities.filter((e) => e.type === 'Person')
      .map((e) => e.name);

  it('does not take plurals at the start of a sentence for surnames', () => {
    expect(people('MPs said the bill was rushed. Economists say growth will slow. Bankers said rates would rise.')).toEqual([]);
    expect(people('Children said they had been frightened. Organisers said the march would go ahead.')).toEqual([]);
  });

  it('does not take a plural the article also writes in lowercase for a surname', () => {
    expect(people('The deal was bad, said Dealers. Most dealers agreed.')).toEqual([]);
  });

  it('still takes a lone surname that speaks', () => {
    expect(people('Evans said the deal was done.')).toEqual(['Evans']);
  });

  it('does not take contractions, "Having said that" or an institution\'s head word for names', () => {
    expect(people('"I\'ve told her," he said. Having said that, the plan works. The Bank said rates would rise.')).toEqual([]);
  });

  it('reads a surname that is also a title after a first name', () => {
    expect(people('The deal was signed, John Major said.')).toEqual(['John Major']);
    expect(people('Stephen King said the film was faithful.')).toEqual(['Stephen King']);
  });
});

describe('names written family name first', () => {
  it('joins the family name alone to the full name', () => {
    const text = 'Taipei mayor Lin Shu-fen opened the bridge. "It is safe," Lin told reporters. Critics of Lin were not convinced.';
    const people = run(text).entities.filter((e) => e.type === 'Person');
    expect(people.map((e) => e.name)).toEqual(['Lin Shu-fen']);
    expect(people[0]!.mentions).toHaveLength(3);
  });

  it('joins the first word alone to a two-word name whose last word never stands alone', () => {
    const text = 'Premier Zhao Mingde visited the port on Monday. Zhao said trade would grow.';
    expect(run(text).entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(['Zhao Mingde']);
  });
});

describe('one-word names with a title', () => {
  it('keeps "Prince Edgar" apart from another man whose first name is Edgar', () => {
    const text = 'Prince Edgar opened the hall. Edgar Lowe, the party leader, said he was pleased.';
    const people = run(text).entities.filter((e) => e.type === 'Person').map((e) => e.name).sort();
    expect(people).toEqual(['Edgar', 'Edgar Lowe']);
  });
});
