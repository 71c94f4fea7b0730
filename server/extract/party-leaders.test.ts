// data/knowledge/party-leaders.json: well formed, of known parties, one leader at a time; and
// as office records, one person with the office table's person of the same name.
import { describe, expect, it } from 'vitest';
import leaders from '../../data/knowledge/party-leaders.json' with { type: 'json' };
import organisations from '../../data/knowledge/organisations.json' with { type: 'json' };
import { defaultKnowledge, partyLeaderFacts, type OfficeFact, type PartyLeader } from './knowledge.ts';
import { run, said } from './test-helpers.ts';

const list = leaders.leaders as PartyLeader[];

describe('party-leaders.json', () => {
  it('names parties of organisations.json, with ISO dates in order and no two leaders of a party at once', () => {
    const parties = new Set(organisations.filter((o) => o.kind === 'party').map((o) => o.name));
    for (const l of list) {
      expect(parties.has(l.party), l.party).toBe(true);
      expect(l.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (l.to) expect(l.to > l.from, `${l.holder} ${l.from}`).toBe(true);
    }
    for (const party of new Set(list.map((l) => l.party))) {
      const terms = list.filter((l) => l.party === party).sort((a, b) => a.from.localeCompare(b.from));
      for (let i = 1; i < terms.length; i++) expect(terms[i]!.from >= (terms[i - 1]!.to ?? '9999'), `${party}: ${terms[i]!.holder}`).toBe(true);
    }
  });

  it('gives a leader the office table person of the same name (QID and names), so the two tables make one person', () => {
    const offices: OfficeFact[] = [{ office: 'head of government', title: 'prime minister', jurisdiction: 'United Kingdom', holder: 'Tony Blair', aliases: ['Anthony Blair'], wikidata: 'Q9545', from: '1997-05-02', to: '2007-06-27' }];
    const [fact] = partyLeaderFacts([{ party: 'Labour Party', holder: 'Tony Blair', from: '1994-07-21', to: '2007-06-24' }], offices);
    expect(fact).toMatchObject({ office: 'party leader', title: 'leader', jurisdiction: 'Labour Party', wikidata: 'Q9545', aliases: ['Anthony Blair'], source: 'party-leaders' });
    const blair = defaultKnowledge().offices.filter((o) => o.holder === 'Tony Blair');
    expect(new Set(blair.map((o) => o.wikidata))).toEqual(new Set(['Q9545']));
    expect(blair.some((o) => o.office === 'party leader')).toBe(true);
  });
});

describe('a party\'s leader, unnamed', () => {
  it('is the person the article names who led that party then ("the Tory leader", "the Labour leader")', () => {
    const text = 'Michael Howard and Tony Blair clashed over immigration. The Tory leader said the rules had failed. The Labour leader said the system was working.';
    const speakers = said(text, '2005-02-10');
    expect(speakers.find((s) => s[2].includes('rules had failed'))?.[0]).toBe('Michael Howard');
    expect(speakers.find((s) => s[2].includes('system was working'))?.[0]).toBe('Tony Blair');
  });

  it('"the party leader" is the leader of the one party the story has named', () => {
    const text = "The Conservatives' campaign chief denied warning Michael Howard. He told the party leader to aim for 30 seats, a newspaper said.";
    const howard = run(text, '2005-03-07').entities.find((e) => e.name === 'Michael Howard');
    expect(howard?.mentions.map(([s, t]) => text.slice(s, t))).toContain('the party leader');
  });

  it('is nobody when no one the article names led it then', () => {
    const text = 'William Hague spoke in York. The Tory leader said the party would win.';
    expect(said(text, '2005-02-10').find((s) => s[2].includes('would win'))?.[0]).not.toBe('William Hague');
  });
});
