// Who is speaking when the text does not name them: pronouns, roles, unnamed sources and
// the people they speak for.
import { describe, expect, it } from 'vitest';
import { run, said } from './test-helpers.ts';

const speakers = (text: string) => said(text).map((s) => s[0]);

describe('speakers', () => {
  it('gives "she" to no man called Mr, and may give it to an unnamed source just quoted', () => {
    expect(speakers('Mr Harlan Cole met Mrs Edith Sand. Mrs Sand said the plan was sound. Mr Cole said the plan was late. She said the cost was fair.')).toEqual([
      'Edith Sand',
      'Harlan Cole',
      'Edith Sand',
    ]);
    const out = speakers('"Prices will keep rising," an energy analyst told Reuters. She said that the winter would be hard.');
    expect(out).toEqual(['an energy analyst', 'an energy analyst']);
  });

  it('makes a role no one named holds an unnamed source with its affiliation, the same one later', () => {
    const x = run("Norway's ambassador to the United Nations said that her country would vote yes. The ambassador added that the vote was close.");
    const ids = new Set(x.statements.map((s) => s.speaker));
    expect(ids.size).toBe(1);
    const source = x.entities.find((e) => e.id === [...ids][0]);
    expect(source?.type).toBe('Source');
    expect(source?.affiliation).toBe('country:norway');
  });

  it('reads "a spokesman for Minister X" as a source speaking for X, and "the spokesman" as the same source', () => {
    const x = run('A spokesman for Trade Minister Alan Drew said the deal was close. "We are hopeful," the spokesman said.');
    const [a, b] = x.statements.map((s) => s.speaker);
    expect(a).toBe(b);
    const source = x.entities.find((e) => e.id === a);
    expect(source?.type).toBe('Source');
    expect(source?.affiliation).toBe('person:alan-drew');
  });

  it('gives "X of France said" to X, not to France', () => {
    expect(speakers('Pierre Lemaire of France said the euro was too strong.')).toEqual(['Pierre Lemaire']);
  });

  it('links "the Russian diplomat" to the ambassador just named', () => {
    expect(speakers('Trade will grow, Russian Ambassador Oleg Marin said. "The market is open," the Russian diplomat told Interfax.')).toEqual(['Oleg Marin', 'Oleg Marin']);
  });

  it('finds a person described between an inverted verb and the name', () => {
    expect(speakers('"The market has priced this in," said Brightwater Capital analyst Ola Nordin.')).toEqual(['Ola Nordin']);
  });

  it('reads bare plural speakers and "it said" for the organisation in focus', () => {
    expect(speakers('Analysts said the currency would fall further. Critics say the reform is timid.')).toEqual(['Analysts', 'Critics']);
    expect(speakers('NATO said on Monday it would send more ships. It said the threat had grown.')).toEqual(['NATO', 'NATO']);
  });

  it('keeps whom an unnamed spokeswoman speaks for', () => {
    const x = run('A spokeswoman for the Elysee said the president would travel to Berlin.');
    const source = x.entities.find((e) => e.id === x.statements[0]?.speaker);
    expect(source?.type).toBe('Source');
    expect(source?.affiliation).toBe('org:elysee');
  });

  it('gives a relative clause\'s verb to its antecedent, and a possessive role to an unnamed source', () => {
    expect(speakers('The minister met alliance chief Karin Dahl, who says the alliance will add ships.')).toEqual(['Karin Dahl']);
    const x = run('"Calm is needed," warned President Ian Moss, as his defence chief claimed that troops had moved.');
    const names = new Map(x.entities.map((e) => [e.id, e.name]));
    expect(x.statements.map((s) => [names.get(s.speaker!), s.audience])).toEqual([
      ['Ian Moss', []],
      ['his defence chief', []],
    ]);
  });

  it('continues the speaker into a quotation after a participle', () => {
    expect(said('Chief negotiator Ivo Marek described the talks as "hard," adding that "the next round will come soon."')).toEqual([
      ['Ivo Marek', 'direct', 'hard'],
      ['Ivo Marek', 'direct', 'the next round will come soon.'],
    ]);
  });

  it('reads a verb before its speaker, and a source placed by a short phrase', () => {
    expect(said('Traders were calm. Commented another trader: "Nobody expected this."')).toEqual([['another trader', 'direct', 'Nobody expected this.']]);
    expect(speakers('A senior Gulf banker in the region said after the vote: "This was measured."')).toEqual(['A senior Gulf banker']);
  });

  it('gives words quoted "as saying" to the one quoted', () => {
    const out = said('Officials quoted Foreign Secretary John Hale as saying that a deal must come first. "We want figures," Hale was quoted as saying.');
    expect(out).toEqual([
      ['John Hale', 'indirect', 'a deal must come first'],
      ['John Hale', 'direct', 'We want figures'],
    ]);
  });

  it('finds the speaker before a long titled appositive or a relative clause', () => {
    expect(speakers('Maria Lind, deputy minister of the northern region’s newly created Energy Transition Council, said prices would fall.')).toEqual(['Maria Lind']);
    expect(speakers('Norway, whose navy has been patrolling the fjords for months, says there is no sign of the vessel.')).toEqual(['Norway']);
  });

  it('reads "X himself, who …, said", and finds no subject inside a fronted phrase', () => {
    expect(speakers('Governor Sam Ortiz himself, who seemingly welcomes the talks, said in March that he was considering tariffs.')).toEqual(['Sam Ortiz']);
    expect(speakers('During a NATO briefing on Monday, press secretary Karen Lowe said progress was made and reiterated that talks would resume.')).toEqual(['Karen Lowe', 'Karen Lowe']);
  });

  it('never gives a national role to someone who serves another state', () => {
    const x = run('Russian envoy Ivan Sorokin met Kerry. "We disagree," said Sorokin. The American diplomat said that was not acceptable.');
    const last = x.statements[x.statements.length - 1]!;
    expect(x.entities.find((e) => e.id === last.speaker)?.name).not.toBe('Ivan Sorokin');
  });

  it('takes the name set off between commas after a description, and the person an organisation qualifies', () => {
    expect(speakers('An adviser to the supreme leader Ayatollah Ali Khamenei, Ali Shamkhani, said that Tehran was ready.')).toEqual(['Ali Shamkhani']);
    expect(speakers('"This is not new," said NATO\'s envoy John Hall, speaking from Doha.')).toEqual(['John Hall']);
  });

  it('links a role to the person the article names who held that office on its date', () => {
    expect(said('Tony Blair visited Leeds on Monday. The prime minister said taxes would not rise.', '2005-02-01').map((s) => s[0])).toEqual(['Tony Blair']);
    expect(said('Gordon Brown met Tony Blair in Leeds. The chancellor said taxes would not rise.', '2005-02-01').map((s) => s[0])).toEqual(['Gordon Brown']);
    // Not in office on the date: no link, an unnamed source of that role.
    expect(said('Tony Blair visited Leeds on Monday. The prime minister said taxes would not rise.', '2021-02-01').map((s) => s[0])).toEqual(['The prime minister']);
  });

  it('reads "the President of Ukraine" as Ukraine\'s, and never gives "the chancellor" to the shadow chancellor', () => {
    const out = said('President of Ukraine Ivan Hora spoke with President of Poland Jan Lis. "We need help," Lis said. The President of Ukraine stressed that the country stands for peace.');
    expect(out.map((s) => s[0])).toEqual(['Jan Lis', 'Ivan Hora']);
    const x = said('Shadow chancellor Oliver Vane attacked the budget. Chancellor Gordon Brown replied. "Growth is strong," he said. The chancellor said that taxes would not rise.', '2005-02-01');
    expect(x.map((s) => s[0])).toEqual(['Gordon Brown', 'Gordon Brown']);
  });

  it('reads a spokesman for a titled person named after a body, and a participle as its main subject\'s', () => {
    const x = run('A spokesman for EU Justice Commissioner Franco Rossi said the plan would be reviewed.');
    const source = x.entities.find((e) => e.id === x.statements[0]?.speaker);
    expect(source).toMatchObject({ type: 'Source', affiliation: 'person:franco-rossi' });
    expect(speakers('Mr Ed Bell rejected the claim that Mr Gordon Hale had been sidelined, saying he was playing a different role.')).toEqual(['Ed Bell']);
    // "by saying" hangs on the nearest verb, whoever the sentence began with.
    expect(speakers('The remarks came after Minister Ivan Gorev relieved NATO officials by saying that Russia would join.')).toEqual(['Ivan Gorev']);
  });
});

describe('members of a body as speakers', () => {
  it('makes "Labour MPs said" an unnamed group of the party, not an organisation', () => {
    const x = run('The bill will pass next week, Labour MPs said.');
    const speaker = x.entities.find((e) => e.id === x.statements[0]?.speaker);
    expect(speaker?.type).toBe('Source');
    expect(speaker?.affiliation).toBe('org:labour-party');
    expect(x.entities.some((e) => e.type === 'Organisation' && /MPs/.test(e.name))).toBe(false);
  });
});
