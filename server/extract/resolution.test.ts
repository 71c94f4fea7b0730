// Within one article, who a reference stands for: a surname joins the one full name it can
// belong to (gender and given names tell relatives apart, two namesakes leave it open).
import { describe, expect, it } from 'vitest';
import { run, said } from './test-helpers.ts';

const people = (text: string) => run(text).entities.filter((e) => e.type === 'Person');
/** Entity name → the texts of its mentions. */
function mentionsOf(text: string): Map<string, string[]> {
  const x = run(text);
  return new Map(x.entities.map((e) => [e.name, e.mentions.map(([s, t]) => text.slice(s, t))]));
}
const speakerOf = (text: string, words: string, published?: string | null) => said(text, published).find((s) => s[2].includes(words))?.[0];

describe('a surname joins the full name it can only belong to', () => {
  it('links "Mr Holt" and "Holt" to the one Peter Holt the article names', () => {
    const text = 'Prime Minister Peter Holt defended the budget on Monday. Mr Holt told MPs that it was fair. Holt later flew to Brussels.';
    expect(people(text).map((p) => p.name)).toEqual(['Peter Holt']);
    expect(mentionsOf(text).get('Peter Holt')).toEqual(['Peter Holt', 'Holt', 'Holt']);
  });

  it('links "the prime minister" to the prime minister the article names by name only', () => {
    const text = 'Tony Blair met union leaders in London. The prime minister said the talks had been useful.';
    expect(speakerOf(text, 'talks had been useful', '2004-06-01')).toBe('Tony Blair');
  });

  it('never gives "Mrs Holt" to a man named Holt: she is someone else', () => {
    const text = 'Opposition leader Michael Holt opened the campaign. Mrs Holt will visit target seats alone. Mr Holt said the tour was going well.';
    const byName = mentionsOf(text);
    expect(byName.get('Michael Holt')).toEqual(['Michael Holt', 'Holt']);
    expect(byName.get('Mrs Holt')).toEqual(['Holt']);
  });

  it('reads a man from kinship where no list knows his given name ("Zoltar Holt\'s wife")', () => {
    const text = "Opposition leader Zoltar Holt's wife will campaign for him. Mrs Holt said she was ready. Mr Holt thanked her.";
    const byName = mentionsOf(text);
    expect(byName.get('Zoltar Holt')).toEqual(['Zoltar Holt', 'Holt']);
    expect(byName.get('Mrs Holt')).toEqual(['Holt']);
  });

  it('never joins two full names with different given names', () => {
    const text = 'Peter Holt spoke in Leeds. Anna Holt, a lawyer, spoke in Boston on Friday.';
    expect(people(text).map((p) => p.name).sort()).toEqual(['Anna Holt', 'Peter Holt']);
  });

  it('tells "Mr Holt" from "Mrs Holt" by gender when a husband and wife are both named, and leaves a bare "Holt" open', () => {
    const text = 'Peter Holt and Anna Holt arrived together. Mr Holt said the visit was private. Mrs Holt said she had enjoyed it. Holt is expected back on Friday.';
    const byName = mentionsOf(text);
    expect(byName.get('Peter Holt')).toEqual(['Peter Holt', 'Holt']);
    expect(byName.get('Anna Holt')).toEqual(['Anna Holt', 'Holt']);
    expect(byName.get('Holt')).toEqual(['Holt']);
  });

  it('leaves "Mr Holt" open when two men named Holt appear', () => {
    const text = 'Michael Holt met Australian leader John Holt in Sydney. Mr Holt said the talks had gone well.';
    const byName = mentionsOf(text);
    expect(byName.get('Michael Holt')).toEqual(['Michael Holt']);
    expect(byName.get('John Holt')).toEqual(['John Holt']);
    expect(byName.get('Holt')).toEqual(['Holt']);
  });

  it('reads a capitalised word right before a known surname as another given name ("a member of Oriane Holt\'s chambers")', () => {
    const text = "Peter Holt rejected the calls. A lawyer and a member of Oriane Holt's chambers disagreed. Holt said the matter was closed.";
    const byName = mentionsOf(text);
    expect(byName.get('Peter Holt')).toEqual(['Peter Holt']);
    expect(byName.get('Oriane Holt')).toEqual(['Oriane Holt']);
    // Of a gender no list knows, she might be the "Mr Holt" too: it stays open; a woman's name settles it.
    expect(mentionsOf(text.replace('Holt said', 'Mr Holt said')).get('Peter Holt')).toEqual(['Peter Holt']);
    expect(mentionsOf(text.replace('Oriane', 'Cherie').replace('Holt said', 'Mr Holt said')).get('Peter Holt')).toEqual(['Peter Holt', 'Holt']);
  });

  it('keeps "Prince William" a given name: never a spelling of Rowan Williams', () => {
    const text = 'Prince William attended the service. The Archbishop, Dr Rowan Williams, presided. Prince William said he was moved.';
    const byName = mentionsOf(text);
    expect(byName.get('Rowan Williams')).toEqual(['Rowan Williams']);
    expect(byName.get('William')).toEqual(['William', 'William']);
  });

  it('still joins a one-letter misspelling of a long surname when no one has the surname as written', () => {
    const text = 'Deputy Secretary General Sergio Balanzino arrived. Balazino spoke first.';
    expect(people(text).map((p) => p.name)).toEqual(['Sergio Balanzino']);
  });

  it('prefers the surname as written to a spelling one letter off it ("Clapton" beside Clayton)', () => {
    const text = 'Adam Clayton played bass. Eric Clapton played guitar. Clapton said it was a great night.';
    expect(mentionsOf(text).get('Eric Clapton')).toEqual(['Eric Clapton', 'Clapton']);
  });

  it('joins the last words of a longer name ("Mrs Parker Bowles") and a given name with one letter changed ("Victor"/"Viktor")', () => {
    expect(mentionsOf('Mrs Camilla Parker Bowles arrived. Mrs Parker Bowles said she was delighted.').get('Camilla Parker Bowles')).toEqual(['Camilla Parker Bowles', 'Parker Bowles']);
    expect(people('Viktor Makarov began a hunger strike. Victor Makarov said he would go on. Mr Makarov is 40.').map((p) => p.name)).toEqual(['Viktor Makarov']);
  });
});
