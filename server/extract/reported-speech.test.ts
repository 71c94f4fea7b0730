// Reported speech: the clause said, its speaker, and what only looks like one.
import { describe, expect, it } from 'vitest';
import { run, said } from './test-helpers.ts';

describe('reported speech', () => {
  it('gives a verb coordinated after auxiliaries to the sentence subject', () => {
    const out = said('The European Commission rejected the claim and has said it will publish its own figures.');
    expect(out[0]?.[0]).toBe('European Commission');
    expect(out[0]?.[2]).toBe('it will publish its own figures');
  });

  it('reads speech that was attempted ("tried to assure him that")', () => {
    const x = run('Mr Lars Holm asked Mr Karl Berg about the merger. Mr Berg tried to assure him that nothing had changed.');
    const names = new Map(x.entities.map((e) => [e.id, e.name]));
    expect(x.statements.map((s) => [names.get(s.speaker!), s.text, s.audience.map((a) => names.get(a))])).toEqual([['Karl Berg', 'nothing had changed', ['Lars Holm']]]);
  });

  it('opens a clause with "as many as"', () => {
    expect(said('Prime Minister Ana Silva said as many as 200 schools may close.')[0]?.[2]).toBe('as many as 200 schools may close');
  });

  it('does not take a fronted adverbial for the words said', () => {
    const out = said('After the vote ended, Senator Mary Quill told reporters that the bill was dead.');
    expect(out).toEqual([['Mary Quill', 'indirect', 'the bill was dead']]);
    expect(said('In the long run, the plant will close, an official said.')[0]?.[2]).toBe('In the long run, the plant will close');
  });

  it('keeps a short quoted fragment inside the reported clause, not as a statement of its own', () => {
    expect(said('Minister Lena Berg said the talks were "very tense" and would go on.')).toEqual([['Lena Berg', 'indirect', 'the talks were "very tense" and would go on']]);
  });

  it('never takes a clause for the hearer, and skips how it was said', () => {
    expect(said('The Kremlin wants the region and has warned it will use force if talks fail.')).toEqual([['Kremlin', 'indirect', 'it will use force if talks fail']]);
    const x = run('Foreign Minister Anna Kova told Prime Minister Jon Weir by phone on Friday it was wrong to delay.');
    expect(x.statements[0]?.text).toBe('it was wrong to delay');
    expect(x.statements[0]?.audience).toEqual(['person:jon-weir']);
  });

  it('reads no speech in "asked not to be named"', () => {
    expect(said('"Prices will rise," said an analyst who asked not to be named.').map((s) => s[2])).toEqual(['Prices will rise']);
  });

  it('reads the clause after a hearer with an appositive, and after "arguing that"', () => {
    expect(said('Ambassador Roy Dent told Senator Lloyd Bale, a Texas Democrat, that the union would retaliate.')[0]?.[2]).toBe('the union would retaliate');
    expect(said('Trade Representative Clara Yates has also opposed the bill, arguing that flexibility was needed.')).toEqual([['Clara Yates', 'indirect', 'flexibility was needed']]);
  });

  it('gives a participle to the main clause subject, not to a name inside the clause', () => {
    const out = said('Mayor Rita Lowe called the plan "unfair" because Governor Sam Ortiz kept pressing the city to sign, cautioning that the city would sue.');
    expect(out.find((s) => s[2] === 'the city would sue')?.[0]).toBe('Rita Lowe');
  });

  it('reads "said that was wrong" with "that" as the subject', () => {
    expect(said('Minister Jo Kerr said that was wrong.')[0]?.[2]).toBe('that was wrong');
  });

  it('makes a closing attribution the relay of the words it encloses', () => {
    const x = run('Foreign Minister Anna Kova told Prime Minister Jon Weir by phone it was wrong to delay, the Interfax news agency said.');
    expect(x.statements.map((s) => [s.text, s.via])).toEqual([['it was wrong to delay', 'org:interfax']]);
  });

  it('keeps one statement for a quotation inside a reported clause', () => {
    expect(said('Minister Jose Rangel has said farmers in the region have "nothing to fear from the reform."')).toEqual([
      ['Jose Rangel', 'indirect', 'farmers in the region have "nothing to fear from the reform."'],
    ]);
    expect(said('Union leader Brendan Barr warned the "costs could be huge".')).toEqual([['Brendan Barr', 'direct', 'costs could be huge']]);
  });

  it('never makes a speaker its own relay, and reads "according to" only for one who can speak', () => {
    const x = run('"Profits will grow," Ivo Geist, an analyst at Rabobank, told Bloomberg.');
    expect(x.statements.map((s) => s.via)).toEqual([null]);
    expect(said("The case will be decided according to Norway's competition law, minister Yuri Tan was quoted as saying.")).toEqual([
      ['Yuri Tan', 'indirect', "The case will be decided according to Norway's competition law"],
    ]);
  });

  it('runs a clause on past ", but not …" and stops it where "while" brings in another subject', () => {
    expect(said('Prime Minister Ian Moss told the audience he wanted troops home soon, but not before the job was done.')[0]?.[2]).toBe(
      'he wanted troops home soon, but not before the job was done',
    );
    expect(said('Shell said it regretted the limit on drilling while BP, a big investor, declined to comment.')[0]?.[2]).toBe('it regretted the limit on drilling');
  });

  it('reads a clause opened by a short quotation, after a time, and with a subjunctive', () => {
    expect(said('A spokesman for Minister Ann Cole said "all going well" the prisoner will be freed tonight.')[0]?.[2]).toBe('"all going well" the prisoner will be freed tonight');
    expect(said('Minister Ann Cole said a week ago that talks had resulted in progress.')[0]?.[2]).toBe('talks had resulted in progress');
    expect(said('Minister Ann Cole said earlier this month that talks would resume.')[0]?.[2]).toBe('talks would resume');
    expect(said('Iran is willing to talk, but insists the cuts be gradual.')[0]?.[2]).toBe('the cuts be gradual');
  });

  it('starts a clause before its attribution after the dateline', () => {
    const text = 'OIL OUTPUT FALLS\n\nPARIS, March 6 - Cartel members pumped less oil in February, the energy agency said.';
    expect(said(text)[0]?.[2]).toBe('Cartel members pumped less oil in February');
  });

  it('reads "at least" as a quantity opening the clause', () => {
    expect(said('Author Dan Lowe said at least 111 agencies had been set up.')[0]?.[2]).toBe('at least 111 agencies had been set up');
  });

  it('reads a clause before a speaker described ahead of the title', () => {
    expect(said('Taxes would rise, Tory leader Michael Hale said.')).toEqual([['Michael Hale', 'indirect', 'Taxes would rise']]);
  });

  it('reads the clause before a parenthetical attribution set off by commas', () => {
    expect(said('Mr John Hale spoke. The only stop was on March 24, he said, when a patrol boarded the ship.').map((s) => s[2])).toEqual(['The only stop was on March 24']);
  });
});
