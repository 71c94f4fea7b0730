// To whom words were said: the hearer of "told", "confirmed to", an interview or a venue.
import { describe, expect, it } from 'vitest';
import { run } from './test-helpers.ts';

/** [statement text, audience names] for every statement. */
function heard(text: string) {
  const x = run(text);
  const names = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.statements.map((s) => [s.text, s.audience.map((a) => names.get(a) ?? a)] as const);
}

describe('audiences', () => {
  it('reads "told Labour MPs" as the MPs, and the clause after them as what was said', () => {
    expect(heard('Olaf Brenn told Labour MPs on Monday that the bill would pass.')).toEqual([['the bill would pass', ['Labour MPs']]]);
    expect(heard('Olaf Brenn told NATO allies that the bill would pass.')).toEqual([['the bill would pass', ['NATO allies']]]);
    expect(heard('Olaf Brenn told NATO its plan was wrong.')).toEqual([['its plan was wrong', ['NATO']]]);
  });

  it('takes the person named inside a described hearer', () => {
    expect(heard('Trade is the key to the relationship, Premier Li Wen told visiting French President Marc Olivier on Monday.')[0]?.[1]).toEqual(['Marc Olivier']);
  });

  it('takes the proper name that ends a described hearer, not the description', () => {
    expect(heard('"The harbour will reopen soon," the minister told local weekly Tidewater in an interview.')[0]?.[1]).toContain('Tidewater');
  });

  it('reads the hearer of "confirmed to" and "said to", never "said to be"', () => {
    expect(heard('The European Commission confirmed to Reuters that the frigate had left port.')[0]?.[1]).toEqual(['Reuters']);
    expect(heard('The mayor said to reporters that the bridge would stay shut.')[0]?.[1]).toEqual(['reporters']);
    expect(heard('The envoy is said to be furious that the talks stalled.')).toEqual([]);
  });

  it('hears an interview that leads the sentence, with modifiers before its noun', () => {
    expect(heard('In an interview with Reuters on Tuesday, Finance Minister Clara Voss said that the budget would balance.')[0]?.[1]).toEqual(['Reuters']);
    expect(heard('In a March 2019 interview with Reuters, Clara Voss said that the budget would balance.')[0]?.[1]).toEqual(['Reuters']);
  });

  it('takes the person holding an interview for an outlet, not the outlet', () => {
    const out = heard("In an interview with the BBC's economics editor Tom Pell, Chancellor Ruth Hale said that rates would fall.");
    expect(out[0]?.[1]).toEqual(['Tom Pell']);
  });

  it('gives the outlet as audience after a quotation whose speaker has an appositive title', () => {
    const out = heard('"Cutting the supply would hurt them badly," Spain\'s energy minister, Lucia Marin, told Reuters.');
    expect(out).toEqual([['Cutting the supply would hurt them badly', ['Reuters']]]);
  });

  it('never takes an unnamed source inside a venue for the hearer', () => {
    const x = run('Deputy Minister Ivan Petrov told a briefing of military attaches that the drills were over.');
    expect(x.statements[0]?.audience).toEqual(['a briefing of military attaches']);
  });

  it('hears the addressee of a letter or a phone call', () => {
    const out = heard('In a letter to Chancellor Hanna Roth, Prime Minister Colm Doyle said the treaty must pass. In a phone call with Pierre Fabre, he said that Europe needed reform.');
    expect(out.map((s) => s[1])).toEqual([['Hanna Roth'], ['Pierre Fabre']]);
  });

  it('reads "that" after a place phrase following the hearer', () => {
    expect(heard('Mr Owen Tate told a conference in Rome that prices would rise.')).toEqual([['prices would rise', ['a conference']]]);
  });

  it('hears a venue set between the speaker and the verb, and a leading venue for a framed quotation and its participle', () => {
    expect(heard('Mr Omar Haddad, in an interview with Reuters, said his government would publish the data.')[0]?.[1]).toEqual(['Reuters']);
    const out = heard('In an interview with Reuters on Monday, Mayor Rita Lowe called the plan "unfair", warning that the city would sue.');
    expect(out.map((s) => s[1])).toEqual([['Reuters'], ['Reuters']]);
  });

  it('never takes a medium, a time or a lone article for the hearer', () => {
    expect(heard('Lord Justice Hale said in a statement: "The law is clear."')[0]?.[1]).toEqual([]);
    expect(heard('NATO warned last week that costs could rise.')[0]?.[1]).toEqual([]);
    expect(heard('Union leader Brendan Barr warned the "costs could be huge".').map((s) => s[1])).toEqual([[]]);
    expect(heard('In a speech to the European Parliament, Prime Minister Jan Ode said reform was needed.')[0]?.[1]).toEqual(['European Parliament']);
  });

  it('does not carry the hearer of an appeal to what the speaker says next', () => {
    const x = run('Deputy Prime Minister Oleg Ryba called on the EU to recognise the reforms. He said that the country was ready.');
    expect(x.statements.map((s) => s.audience)).toEqual([['org:european-union'], []]);
  });

  it('takes a vocative in a quotation for its hearer: the person holding that title, never the speaker', () => {
    const out = heard('President Jon Weir called Anna Kova on Sunday. "Mr President, we are ready," Kova said.');
    expect(out).toEqual([['Mr President, we are ready', ['Jon Weir']]]);
  });

  it('never takes the thing urged, "told of …", or a venue running into the next words for the hearer', () => {
    expect(heard('Author Dan Lowe urged a limit on new agencies that could be set up.').flatMap((s) => s[1])).toEqual([]);
    expect(heard('Labour MP Sam Pond has told of his shock and his joy at the result.').flatMap((s) => s[1])).toEqual([]);
    expect(heard('In a BBC interview, Minister Jon Weir said that taxes would fall.')[0]?.[1]).toEqual(['BBC']);
    expect(heard('Chancellor Gordon Brown told MPs that the economy was strong.')[0]?.[1]).toEqual(['MPs']);
  });

  it('hears every actor of a coordination', () => {
    const x = run('Prime Minister Jon Weir urged Germany and the US to work together on trade.');
    expect(x.statements[0]?.audience).toEqual(['country:germany', 'country:united-states']);
  });
});
