import { describe, expect, it } from 'vitest';
import type { EntityIndex } from './entities.ts';
import { defaultKnowledge } from './knowledge.ts';
import { linkOfficeHolders } from './office-links.ts';
import { run } from './test-helpers.ts';

const people = (text: string, published: string | null) =>
  run(text, published)
    .entities.filter((e) => e.type === 'Person')
    .map((e) => ({ id: e.id, name: e.name, wikidata: e.wikidata ?? null, aliases: e.aliases }));

describe('people the table of office-holders knows', () => {
  it('gives a person named in full the QID and the dated offices', () => {
    const x = run('Tony Blair said the election would be fought on the economy.', '2005-03-01');
    const blair = x.entities.find((e) => e.id === 'person:tony-blair');
    expect(blair?.wikidata).toBe('Q9545');
    expect(blair?.offices).toContainEqual({
      office: 'head of government',
      title: 'prime minister',
      jurisdiction: 'United Kingdom',
      from: '1997-05-02',
      to: '2007-06-27',
      source: 'ifg',
    });
  });

  it('tells two holders of one name apart by the article date', () => {
    expect(people('President George Bush said the talks had gone well.', '1990-05-01')).toMatchObject([{ id: 'person:george-h-w-bush', wikidata: null }]);
    const now = people('President George Bush said the talks had gone well.', '2004-05-01');
    expect(now).toMatchObject([{ id: 'person:george-w-bush', wikidata: 'Q207' }]);
    expect(now[0]!.aliases).toContain('George Bush');
  });

  it('makes a surname alone the one holder in office on the date, in a story about that state', () => {
    expect(people('Mr Blair told Labour MPs that the vote would be close.', '2005-03-01')).toMatchObject([
      { id: 'person:tony-blair', name: 'Tony Blair', wikidata: 'Q9545' },
    ]);
    // Undated: only where the story is about that state's politics.
    expect(people('Mr Blair told Labour MPs that the vote would be close.', null)).toMatchObject([{ id: 'person:tony-blair' }]);
    expect(people('Mr Blair said the shares would rise by the summer.', null)).toMatchObject([{ wikidata: null }]);
    expect(people('Mr Blair said the shares would rise by the summer.', null)[0]!.id).not.toBe('person:tony-blair');
  });

  it('links no relative, peer or other titled person of the same surname', () => {
    expect(people('Mrs Blair told Labour MPs that the vote would be close.', '2005-03-01')[0]!.id).not.toBe('person:tony-blair');
    expect(people('Lord Hutton told the Commons and Labour MPs that the inquiry was over.', '2009-01-10')[0]!.id).not.toBe('person:john-hutton');
    expect(people('President Carter told Congress the deal was good.', null)[0]!.wikidata).toBeNull();
    const both = people('Tony Blair and Cherie Blair arrived. Blair told Labour MPs the vote would be close.', '2005-03-01');
    expect(both.map((p) => p.id)).toContain('person:cherie-blair');
  });

  it('names a holder by the name they go by, not a peerage', () => {
    expect(people('David Cameron told Conservative MPs the vote would be close.', '2012-03-01')).toMatchObject([{ id: 'person:david-cameron' }]);
  });
});

describe('undated stories', () => {
  it('take when they happen from their titled office-holders, for a name two holders share', () => {
    expect(people('Prime Minister Tony Blair met George Bush in Washington.', null).map((p) => p.id)).toContain('person:george-w-bush');
    expect(people('Olaf Brenn met George Bush in Washington.', null).map((p) => p.id)).toContain('person:george-bush');
  });
});

describe('types from the table', () => {
  it('makes a name the table gives one office-holder a person, even where it was read as an organisation', () => {
    const index: EntityIndex = { entities: new Map(), of: new Map() };
    index.entities.set('org:condoleezza-rice', { id: 'org:condoleezza-rice', type: 'Organisation', name: 'Condoleezza Rice', aliases: new Set(), titles: new Set(), affiliation: null, mentions: [[0, 16]] });
    linkOfficeHolders(index, defaultKnowledge(), '2006-01-01');
    expect([...index.entities.values()].map((e) => [e.id, e.type, e.wikidata])).toEqual([['person:condoleezza-rice', 'Person', 'Q47216']]);
  });
});

describe('a surname alone in a story about another state', () => {
  it('is not the holder of a state the story only names in passing', () => {
    // British politics (Labour, the Tories), Australia named once: "Mr Howard" is not Australia's John Howard.
    const text = 'Mr Howard told Tory MPs that Labour would copy a points system like the one Australia uses.';
    expect(people(text, '2005-02-07').map((p) => p.id)).not.toContain('person:john-howard');
    expect(people('Australia said on Monday that Mr Howard would call an election.', '2005-02-07').map((p) => p.id)).toContain('person:john-howard');
  });
});
