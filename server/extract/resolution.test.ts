// Within one article, who and what a reference stands for: a surname joins the one full name it
// can belong to (gender and given names tell relatives apart, two namesakes leave it open); a
// party, a paper or a company described rather than named is the one body that description can
// only mean, or no one named; "the House" is the house the story is about; a city is a place.
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

  it('keeps "Mr Holt" for the Holt the article was already calling so before it named a namesake', () => {
    const text =
      'Michael Holt opened his campaign in Leeds. Mr Holt said the party could win. His strategist once worked for Australian leader John Holt. Mr Holt later thanked his staff. Holt flies to Bristol next.';
    const byName = mentionsOf(text);
    expect(byName.get('Michael Holt')).toEqual(['Michael Holt', 'Holt', 'Holt', 'Holt']);
    expect(byName.get('John Holt')).toEqual(['John Holt']);
  });

  it('links a known given name alone to the one person of the article it begins', () => {
    const text = 'Opposition leader Michael Holt opened the campaign. "We want Michael to be seen everywhere," an aide said.';
    expect(mentionsOf(text).get('Michael Holt')).toEqual(['Michael Holt', 'Michael']);
    // Two people of that given name: it is left open.
    const two = mentionsOf(`${text} Michael Owen, a voter, was unimpressed.`);
    expect(two.get('Michael Holt')).toEqual(['Michael Holt']);
    // A word also written in lowercase is a word, not the name.
    const will = 'Senator Will Holt opened the campaign. "Will it work?" he asked. Voters will decide.';
    expect(mentionsOf(will).get('Will Holt')).toEqual(['Will Holt']);
  });

  it('names an unnamed office-holder from the table: the one who held that office of the story\'s state then', () => {
    const text = 'Labour ministers met in London on Monday. The prime minister said the plan would work.';
    expect(speakerOf(text, 'plan would work', '2004-06-01')).toBe('Tony Blair');
    expect(run(text, '2004-06-01').entities.find((e) => e.name === 'Tony Blair')?.wikidata).toBe('Q9545');
    // Undated, or past the day the table was taken for a term it leaves open: no one is guessed.
    expect(speakerOf(text, 'plan would work', null)).not.toBe('Tony Blair');
    // Not a shadow or former one; not where the story names someone who held it at another time.
    expect(speakerOf('Labour ministers met in London. The shadow chancellor said taxes must fall.', 'taxes must fall', '2004-06-01')).not.toBe('Gordon Brown');
    const profile = 'Labour leader John Smith spoke in 1993. Tony Blair listened. The prime minister said the plan would work.';
    expect(run(profile, null).entities.some((e) => e.name === 'John Major')).toBe(false);
    // The cases: by the article's date, the role alone.
    const moscow = 'The Russian foreign minister said Moscow would not join the alliance.';
    expect(speakerOf(moscow, 'would not join', '1994-06-01')).toBe('Andrei Kozyrev');
    expect(speakerOf(moscow, 'would not join', '2021-06-01')).toBe('Sergey Lavrov');
    const home = 'Labour ministers met in London. The home secretary said the bill would pass.';
    expect(speakerOf(home, 'bill would pass', '2004-12-01')).toBe('David Blunkett');
    expect(speakerOf(home, 'bill would pass', '2004-12-20')).toBe('Charles Clarke');
    const kyiv = "Ukraine's foreign minister said the talks would go on.";
    expect(speakerOf(kyiv, 'talks would go on', '2022-01-10')).toBe('Dmytro Kuleba');
    expect(speakerOf(kyiv, 'talks would go on', '2025-06-01')).not.toBe('Dmytro Kuleba');
  });

  it('"the US government" in a story about Britain is the United States, not the state in focus', () => {
    const text =
      'Martin Mubanga, a British citizen held in Cuba, was freed and flown to the UK. British lawyers and UK ministers welcomed it. "The authorities wanted to break me," Mr Mubanga said. The US government denied the claims, saying it condemned torture.';
    const byName = mentionsOf(text);
    expect(byName.get('United States')).toContain('The US government');
    expect(byName.get('United Kingdom')).not.toContain('The US government');
    expect(speakerOf(text, 'condemned torture', '2005-01-27')).toBe('United States');
  });

  it('makes no state of a continent named as an owner ("Europe\'s premier competition")', () => {
    const text = 'Steven Gerrard said Liverpool could still win Europe\'s premier club competition. "We believe," Gerrard said.';
    const types = new Map(run(text).entities.map((e) => [e.name, e.type]));
    expect(types.get('Europe')).not.toBe('Country');
  });

  it('gives a relative named by a given name alone the family\'s surname ("his wife Sandra"), so "Mrs Holt" is hers', () => {
    const text =
      "Opposition leader Michael Holt's wife, Sandra, will campaign alone. Mrs Holt said she was ready. Mr Holt was joined on stage by his son Nick. Nick Vance, a voter, was unimpressed.";
    const byName = mentionsOf(text);
    expect(byName.get('Sandra Holt')).toEqual(['Sandra', 'Holt']);
    expect(byName.get('Michael Holt')).toEqual(['Michael Holt', 'Holt']);
    // The son is a Holt, not the other Nick the story names in full.
    expect(byName.get('Nick Holt')).toEqual(['Nick']);
    expect(byName.get('Nick Vance')).toEqual(['Nick Vance']);
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

describe('a party described is the party of that name, never another', () => {
  it('reads "the Tory party" and "the Conservative party" as the Conservative Party beside Labour', () => {
    const text = 'Labour leaders met on Monday. Some in the Tory party want tax cuts. The Conservative party denied it.';
    const byName = mentionsOf(text);
    expect(byName.get('Conservative Party')).toEqual(['Tory party', 'Conservative party']);
    expect(byName.get('Labour Party')).toEqual(['Labour']);
  });

  it('links a bare "the party" only when one party has been named so far', () => {
    expect(mentionsOf('UKIP held its conference. The party said it would stand everywhere.').get('UK Independence Party')).toEqual(['UKIP', 'The party']);
    const both = mentionsOf('Labour attacked the Tories over tax. The party said the plans were costed.');
    expect(both.get('Labour Party')).toEqual(['Labour']);
    expect(both.get('Conservative Party')).toEqual(['Tories']);
  });

  it('gives "the party" that speaks, when two parties are named, to no party', () => {
    const text = 'Labour attacked the Tories over tax on Monday. The party said the plans were fully costed.';
    expect(speakerOf(text, 'fully costed')).toBe('The party');
  });
});

describe('a definite description is the one body it can mean, or no one named', () => {
  it('does not read "the pension fund" as the IMF', () => {
    const text = 'The International Monetary Fund warned Japan on Monday. Analysts asked who would pay for the pension fund.';
    expect(mentionsOf(text).get('IMF')).toEqual(['International Monetary Fund']);
  });

  it('does not read "the Gibraltar-based holding company" or "the shell company" as Rosneft', () => {
    const text = 'Rosneft bought the unit. Group Menatep, the Gibraltar-based holding company, says the sale was illegal. The shell company was then bought by Rosneft.';
    expect(mentionsOf(text).get('Rosneft')).toEqual(['Rosneft', 'Rosneft']);
  });

  it('reads "the paper" as the one paper named in the sentences before it, never an older one; nothing when two are near', () => {
    const text =
      'The deal was delayed, according to the Financial Times. Regulators were said to be irritated. Talks went on. Workers waited. ' +
      'The Observer reported on Sunday that jobs could go. The paper said talks would resume.';
    const byName = mentionsOf(text);
    expect(byName.get('Financial Times')).toEqual(['the Financial Times']);
    expect(byName.get('The Observer')).toEqual(['The Observer', 'The paper']);
    const both = mentionsOf('The plan was reported by the Financial Times. The Observer said jobs would go. The paper said talks would resume.');
    expect(both.get('Financial Times')).toEqual(['the Financial Times']);
    expect(both.get('The Observer')).toEqual(['The Observer']);
  });

  it('gives a description that fits no one named to an unnamed source ("the aid agency" is not Reuters)', () => {
    const text = 'Floods hit the coast, the Reuters news agency reported. "Disease is the biggest danger," the aid agency said.';
    expect(speakerOf(text, 'biggest danger')).toBe('the aid agency');
  });

  it('still links a description that fits one body near it', () => {
    expect(mentionsOf('NATO ministers met in Brussels. The alliance said it would expand.').get('NATO')).toEqual(['NATO', 'The alliance']);
    expect(mentionsOf('Rosneft reported a loss. The company said prices had fallen.').get('Rosneft')).toEqual(['Rosneft', 'The company']);
    expect(mentionsOf('The Electoral Commission published its report. The commission said limits should fall.').get('Electoral Commission')).toEqual(['Electoral Commission', 'The commission']);
  });

  it('links nothing when two bodies of the kind are near', () => {
    const text = 'Gazprom and Rosneft agreed to merge. The company said the deal would close in March.';
    const byName = mentionsOf(text);
    expect(byName.get('Gazprom')).toEqual(['Gazprom']);
    expect(byName.get('Rosneft')).toEqual(['Rosneft']);
  });
});

describe('"the House" is the house the story is about', () => {
  it('is the House of Commons in a British story, the Lords with peers near', () => {
    expect(mentionsOf('MPs debated the bill at Westminster. Labour told the House the plan was fair.').get('House of Commons')).toEqual(['the House']);
    expect(mentionsOf('Peers in the Lords rejected the bill. The minister told the House that Labour would try again.').get('House of Lords')).toEqual(['the Lords', 'the House']);
  });

  it('is the House of Representatives in an American story', () => {
    expect(mentionsOf('Republicans in Congress backed the bill. It passed the House on Friday.').get('House of Representatives')).toEqual(['the House']);
  });

  it('is nothing where the story does not say', () => {
    const x = run('The bill passed the House on Friday.');
    expect(x.entities.filter((e) => /House/.test(e.name))).toEqual([]);
  });

  it('never reads a lowercase house, post or paper as a known name', () => {
    const x = run('He sold the house and took a post at the bank.');
    expect(x.entities.filter((e) => e.type === 'Organisation')).toEqual([]);
  });
});

describe('a city is a place, never an organisation', () => {
  it('reads "a London newspaper" as a paper in London', () => {
    const x = run('Budget details were printed in a London newspaper before the speech.');
    expect(x.entities.map((e) => e.id)).toEqual(['place:london']);
  });

  it('keeps a state named by the gazetteer from also being an organisation of the same words', () => {
    const x = run('The industry was dismantled when Ukraine left the Soviet Union.');
    expect(x.entities.filter((e) => e.name === 'Soviet Union').map((e) => e.type)).toEqual(['Country']);
  });
});

describe('roles as mentions of the person they name', () => {
  it('makes "the chancellor" a mention of the chancellor the story names, speaking or not', () => {
    const text = 'Chancellor Olaf Brenn set out his budget. Critics said the chancellor\'s sums did not add up.';
    const x = run(text, null);
    const brenn = x.entities.find((e) => e.id === 'person:olaf-brenn');
    expect(brenn?.mentions.map(([s, e]) => text.slice(s, e))).toEqual(['Olaf Brenn', 'the chancellor']);
    expect(brenn?.aliases).not.toContain('the chancellor');
  });

  it('reads the cabinet titles of British and American news as roles ("the new home secretary", "the attorney general")', () => {
    const text = 'Home Secretary Olaf Brenn spoke. Critics said the new home secretary had time to think again.';
    const brenn = run(text, null).entities.find((e) => e.id === 'person:olaf-brenn');
    expect(brenn?.mentions.map(([s, e]) => text.slice(s, e))).toEqual(['Olaf Brenn', 'the new home secretary']);
    const ag = 'Attorney General Ada Lind spoke. Critics said the attorney general had been wrong.';
    expect(run(ag, null).entities.find((e) => e.id === 'person:ada-lind')?.mentions.map(([s, e]) => ag.slice(s, e))).toEqual(['Ada Lind', 'the attorney general']);
  });

  it('never makes one person of an undated story two office-holders at times that do not meet', () => {
    // Gordon Brown was chancellor until the day he became prime minister: "the prime minister" here is someone else.
    const text = 'Gordon Brown spoke on Monday. The chancellor said growth was strong. Critics said the prime minister had promised too much.';
    const brown = run(text, null).entities.find((e) => e.id === 'person:gordon-brown');
    expect(brown?.mentions.map(([s, e]) => text.slice(s, e))).toEqual(['Gordon Brown', 'The chancellor']);
  });

  it('reads "ex-chancellor" and "ex-Conservative chancellor" as past titles', () => {
    expect(run('Ex-chancellor Olaf Brenn said the rules were fine.').entities.find((e) => e.type === 'Person')?.titles).toEqual(['Ex-chancellor']);
    const text = 'Gordon Brown spoke. Earlier, ex-Conservative chancellor Ken Clarke welcomed it. The chancellor said growth was strong.';
    const clarke = run(text, null).entities.find((e) => e.id === 'person:ken-clarke');
    expect(clarke?.mentions.map(([s, e]) => text.slice(s, e))).toEqual(['Ken Clarke']);
  });
});

describe('"the party" after another party named by its adjective', () => {
  it('is no party when a member of another spoke of it since', () => {
    const text = 'Labour said the vote was close. Lib Dem Olaf Brenn said the party would fight on.';
    const labour = run(text, null).entities.find((e) => e.id === 'org:labour-party');
    expect(labour?.mentions.map(([s, e]) => text.slice(s, e))).toEqual(['Labour']);
    const same = 'The Tories said the vote was close. Tory MP Ada Lind said the party would fight on.';
    expect(run(same, null).entities.find((e) => e.id === 'org:conservative-party')?.mentions.map(([s, e]) => same.slice(s, e))).toEqual(['Tories', 'Tory', 'the party']);
  });
});

describe("a state's name inside an organisation's", () => {
  it('is no mention of the state', () => {
    const text = 'British Airways said fares would rise. Bank of America said rates would fall. Britain grew.';
    const x = run(text, null);
    expect(x.entities.find((e) => e.id === 'country:united-kingdom')?.mentions.map(([s, e]) => text.slice(s, e))).toEqual(['Britain']);
    expect(x.entities.find((e) => e.id === 'country:united-states')).toBeUndefined();
  });

  it("but a state's institution named for it still names it", () => {
    const text = "Germany's central bank said rates would rise.";
    expect(run(text, null).entities.find((e) => e.id === 'country:germany')?.mentions.map(([s, e]) => text.slice(s, e))).toEqual(['Germany']);
  });
});

describe('"the prime minister" of an undated story', () => {
  it('is the named holder who held no other office then unknown, never one who held another', () => {
    const blair = 'Tony Blair visited Leeds. Critics said the prime minister had promised too much.';
    expect(run(blair, null).entities.find((e) => e.id === 'person:tony-blair')?.mentions).toHaveLength(2);
    // Gordon Brown was chancellor before he was prime minister: undated, "the prime minister" may be Blair.
    const brown = 'Gordon Brown visited Leeds. Critics said the prime minister had promised too much.';
    expect(run(brown, null).entities.find((e) => e.id === 'person:gordon-brown')?.mentions).toHaveLength(1);
    expect(run(brown, '2008-05-01').entities.find((e) => e.id === 'person:gordon-brown')?.mentions).toHaveLength(2);
    const chancellor = 'Gordon Brown visited Leeds. Critics said the chancellor had promised too much.';
    expect(run(chancellor, null).entities.find((e) => e.id === 'person:gordon-brown')?.mentions).toHaveLength(2);
  });
});

describe('a party\'s leader', () => {
  it('is the leader of that party the story names, never a prime minister of no party known', () => {
    const x = run('Prime Minister Tony Blair spoke. The Tory leader said the plan would fail.', null);
    expect(x.entities.find((e) => e.id === 'person:tony-blair')?.mentions).toHaveLength(1);
    const text = 'Tory leader Olaf Brenn spoke. Later the Tory leader said the plan would fail.';
    const brenn = run(text, null).entities.find((e) => e.id === 'person:olaf-brenn');
    expect(brenn?.mentions.map(([s, e]) => text.slice(s, e))).toEqual(['Olaf Brenn', 'the Tory leader']);
  });
});

describe('a party\'s name used for work', () => {
  it('is no party in "Labour costs" or "German Labour Minister", but is in "Labour minister Peter Hain"', () => {
    const ids = (text: string) => run(text, null).entities.map((e) => e.id);
    expect(ids('Labour costs rose sharply in the third quarter.')).not.toContain('org:labour-party');
    expect(ids('German Labour Minister Olaf Brenn said jobs would come.')).not.toContain('org:labour-party');
    expect(ids('Labour minister Olaf Brenn said jobs would come.')).toContain('org:labour-party');
  });
});

describe('a minister whose title names no state', () => {
  it('serves the state the story is about', () => {
    const x = run('Russia signed the pact. Moscow said it was pleased. Foreign Minister Olaf Brenn said Russia would join.', '1994-06-22');
    expect(x.entities.find((e) => e.id === 'person:olaf-brenn')?.affiliation).toBe('country:russia');
    // A company's or party's officer is no minister of state.
    const y = run('Russia signed the pact. Moscow said it was pleased. Chief executive Olaf Brenn said Russia would join.', '1994-06-22');
    expect(y.entities.find((e) => e.id === 'person:olaf-brenn')?.affiliation).toBeNull();
  });

  it('is not made the story state\'s minister when the title names another state, or is a deputy\'s', () => {
    const story = 'Iraq held talks. Iraq said it would vote. Iraq agreed on Monday.';
    for (const title of ['Italian finance minister', 'Deputy Prime Minister']) {
      const x = run(`${story} ${title} Olaf Brenn said Iraq would vote.`, null);
      expect(x.entities.find((e) => e.id === 'person:olaf-brenn')?.affiliation, title).not.toBe('country:iraq');
    }
  });
});

describe('"Parliament" and "Westminster"', () => {
  const orgs = (text: string) => run(text, null).entities.filter((e) => e.type === 'Organisation').map((e) => e.id);
  it('are the British Parliament in a British story, never a cathedral, another parliament or an American story', () => {
    expect(orgs('MPs said Parliament would vote on the bill. Labour agreed.')).toContain('org:british-parliament');
    expect(orgs('The Scottish Parliament voted. MPs and Labour agreed.')).not.toContain('org:british-parliament');
    expect(orgs('The Archbishop of Westminster said Labour MPs were wrong.')).not.toContain('org:british-parliament');
    expect(orgs('Senators said Parliament would vote. Congress and the Senate agreed.')).not.toContain('org:british-parliament');
  });
});
