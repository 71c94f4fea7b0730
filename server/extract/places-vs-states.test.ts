// A capital is its state only when it acts like a government (news English): the subject of a
// verb, the owner of a state's things, the object of diplomacy. Otherwise it is the city, and
// inside a longer name it is neither; a country's other name inside a name is no mention of it.
import { describe, expect, it } from 'vitest';
import { findKnownNames } from './gazetteer.ts';
import { defaultKnowledge } from './knowledge.ts';
import { run } from './test-helpers.ts';
import { tokenize } from './tokens.ts';

const kn = defaultKnowledge();

/** What each mention of `form` in `text` became: 'Country:…', 'Place:…', 'Organisation:…' or '-' for none. */
function readings(text: string, form: string): string[] {
  const x = run(text);
  const out: string[] = [];
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    const e = x.entities.find((y) => y.mentions.some(([s]) => s === at));
    out.push(e ? `${e.type}:${e.name}` : '-');
  }
  return out;
}

/** The known names of one sentence, as kind(/loc). */
const known = (text: string) => findKnownNames(text, tokenize(text), 0, kn).map((m) => `${m.text}:${m.kind}${m.locative ? '/loc' : ''}`);

describe('a capital that acts is its state', () => {
  it('as the subject of a verb, alone or with others', () => {
    expect(readings('Moscow said the plan was dead.', 'Moscow')).toEqual(['Country:Russia']);
    expect(readings('Washington has also voiced concern about the sale.', 'Washington')).toEqual(['Country:United States']);
    expect(readings('London and Paris agreed to share the cost.', 'Paris')).toEqual(['Country:France']);
    expect(readings('The envoy asked what Moscow and Kiev should do next, and when Moscow and Kiev hold talks.', 'Kiev')).toEqual(['Country:Ukraine', 'Country:Ukraine']);
    expect(readings('Washington and its allies have refused to budge.', 'Washington')).toEqual(['Country:United States']);
  });

  it('as the owner of a state\'s things', () => {
    expect(readings("Analysts questioned Moscow's commitment to the truce.", 'Moscow')).toEqual(['Country:Russia']);
    expect(readings("Washington's top envoy flew home.", 'Washington')).toEqual(['Country:United States']);
    expect(readings("He criticised Beijing's policy on exports.", 'Beijing')).toEqual(['Country:China']);
  });

  it('as the object of diplomacy', () => {
    expect(readings('Tensions between Moscow and Kiev have grown.', 'Kiev')).toEqual(['Country:Ukraine']);
    expect(readings('The deal to open formal talks with Ankara came late.', 'Ankara')).toEqual(['Country:Turkey']);
    expect(readings('Senator Ruth Calloway urged Beijing to lift the ban.', 'Beijing')).toEqual(['Country:China']);
    expect(readings('The bloc adopted new sanctions against Moscow.', 'Moscow')).toEqual(['Country:Russia']);
    expect(readings('The proposal may not be viewed favourably by Beijing.', 'Beijing')).toEqual(['Country:China']);
    expect(readings('Military support for Kyiv will continue.', 'Kyiv')).toEqual(['Country:Ukraine']);
    expect(readings('Mr Orlen recently defeated a Moscow-backed candidate.', 'Moscow')).toEqual(['Country:Russia']);
  });

  it('and "Brussels" acting is the European Union', () => {
    expect(readings('Brussels is drawing up plans to use tariffs.', 'Brussels')).toEqual(['Organisation:European Union']);
    expect(readings('Ministers met in Brussels on Monday.', 'Brussels')).toEqual(['Place:Brussels']);
  });
});

describe('a capital that does not act is the city', () => {
  it('after a preposition of place or motion, in lists and appositions', () => {
    expect(readings('Mr Dalby, 32, from Wembley, London, said he was innocent.', 'London')).toEqual(['Place:London']);
    expect(readings('The airline won permission to fly to London, Singapore and Kuala Lumpur.', 'London')).toEqual(['Place:London']);
    expect(readings('Share prices in London, Frankfurt and Paris also closed higher.', 'Paris')).toEqual(['Place:Paris']);
    expect(readings('He would just leave for Washington, Paris or Berlin.', 'Berlin')).toEqual(['Place:Berlin']);
    expect(readings('Up to 300 jobs would be moved to London if the takeover went ahead.', 'London')).toEqual(['Place:London']);
  });

  it('describing a noun, based there, or a part of it', () => {
    expect(readings("London's Savoy hotel has been sold.", 'London')).toEqual(['Place:London']);
    expect(readings('The news sent Tokyo shares to an eight-month high.', 'Tokyo')).toEqual(['Place:Tokyo']);
    expect(readings('Tony Blair has urged London mayor Ken Livingstone to apologise.', 'London')).toEqual(['Place:London']);
    expect(readings('The deal was welcomed by one London-based broker.', 'London')).toEqual(['Place:London']);
    expect(readings('Protesters gathered in a park in east London.', 'London')).toEqual(['Place:London']);
    expect(readings('He was mugged in the capital, Nairobi, on Saturday.', 'Nairobi')).toEqual(['Place:Nairobi']);
    expect(readings("Unclogging Beijing's increasingly impassable streets is a priority.", 'Beijing')).toEqual(['Place:Beijing']);
  });

  it('named as the other seat it is ("The Hague"), not as the capital', () => {
    expect(readings('She was flown home to The Hague.', 'The Hague')).toEqual(['Place:The Hague']);
  });
});

describe('inside a longer name a capital is neither', () => {
  it('before or after other capitalised words of the name, or a noun for what is named after it', () => {
    expect(readings('Shares on the London Stock Exchange fell.', 'London')).toEqual(['-']);
    expect(readings('Meeting the Lisbon targets requires commitment, and the Lisbon agenda is adrift.', 'Lisbon')).toEqual(['-', '-']);
    expect(readings('What will happen to the Minsk agreements now?', 'Minsk')).toEqual(['-']);
    expect(readings('Sumitomo agreed to merge with Mitsubishi Tokyo last year.', 'Tokyo')).toEqual(['-']);
    expect(readings("The head of Lloyd's of London criticised the regulator.", 'London')).toEqual(['-']);
    expect(readings('With the Treaty of Amsterdam, we secured our borders.', 'Amsterdam')).toEqual(['-']);
    expect(readings('Spokesman Bob Wellington said the rise was vital.', 'Wellington')).toEqual(['-']);
  });

  it('and a title "of" it is the city\'s', () => {
    expect(readings('The plan has the support of the Mayor of London, Ken Livingstone.', 'London')).toEqual(['Place:London']);
  });
});

describe("a country's other name inside a name", () => {
  it('is no mention of the country', () => {
    expect(known('Japanese rival All Nippon ordered ten jets.')).toEqual(['Japanese:demonym']);
    expect(known("Analysts had expected Japan's Nippon to agree to a price rise.")).toEqual(['Japan:country']);
    const ft = run('Growth will slow, the Financial Times Deutschland reported.');
    expect(ft.entities.map((e) => `${e.type}:${e.name}`)).toEqual(['Organisation:Financial Times Deutschland']);
  });

  it('while the name itself is', () => {
    expect(known('Japan Airlines said fares would rise.')).toEqual(['Japan:country']);
  });
});
