import { describe, expect, it } from 'vitest';
import { run, said } from './test-helpers.ts';

const orgs = (text: string) =>
  run(text)
    .entities.filter((e) => e.type === 'Organisation')
    .map((e) => e.name);

describe('organisations by shape', () => {
  it('takes nothing by shape from a headline in capitals', () => {
    expect(orgs('NORDIC STEEL GROUP SEEN CUTTING OUTPUT IN\n\nThe company said demand was weak.')).toEqual([]);
  });

  it('names a medium written with a no-break space with a plain one', () => {
    const x = run('The plan was leaked, Morning\u00a0Herald newspaper reported on Friday.');
    const herald = x.entities.find((e) => e.type === 'Organisation');
    expect(herald?.name).toBe('Morning Herald');
    expect(herald?.id).toBe('org:morning-herald');
  });
});

describe('companies', () => {
  it('ends a name on a legal form or a trade, even after a title word', () => {
    expect(orgs('Federal Motors said it would recall 40,000 vans.')).toEqual(['Federal Motors']);
    expect(orgs('Vantage Corp said the sale was complete.')).toEqual(['Vantage Corp']);
    expect(orgs('Shares in Corbel Holdings plc fell 3% in early trading.')).toEqual(['Corbel Holdings plc']);
    expect(orgs('Halden Airlines said fares would rise.')).toEqual(['Halden Airlines']);
  });

  it('takes capitalised names joined by an ampersand for a firm', () => {
    const x = run('Pell & Harlow said the market would recover.');
    expect(x.entities.map((e) => `${e.type}:${e.name}`)).toEqual(['Organisation:Pell & Harlow']);
    expect(x.statements[0]?.speaker).toBe('org:pell-harlow');
  });

  it('takes the name after a company noun ("retail giant", "mobile operator") for the company', () => {
    expect(orgs('Retail giant Omnimart said sales had doubled.')).toEqual(['Omnimart']);
    expect(orgs('Mobile operator Telvio and its rival said prices would fall.')).toEqual(['Telvio']);
  });

  it('stops a company name before the person a title or a first name introduces', () => {
    const x = run('Corbel Tool Co Chairman Walter Dunn said the merger was fair.');
    expect(x.entities.map((e) => `${e.type}:${e.name}`).sort()).toEqual(['Organisation:Corbel Tool Co', 'Person:Walter Dunn']);
    const y = run('"Demand is weak," said Larry Ostrow of Keswick-Bane Securities.');
    expect(y.entities.map((e) => `${e.type}:${e.name}`).sort()).toEqual(['Organisation:Keswick-Bane Securities', 'Person:Larry Ostrow']);
  });

  it('names an institution that begins with a title word', () => {
    expect(orgs('The Foreign Ministry said the ambassador had been summoned.')).toEqual(['Foreign Ministry']);
    expect(orgs('The Agriculture Department said prices rose.')).toEqual(['Agriculture Department']);
    expect(orgs('The Office for Budget Statistics said prices rose.')).toEqual(['Office for Budget Statistics']);
  });

  it('begins a body\'s name with the organisation it belongs to', () => {
    const x = run('The U.N. Commission of Inquiry on Tarsia said both sides had broken the truce.');
    expect(x.entities.filter((e) => e.type === 'Organisation').map((e) => e.name).sort()).toEqual(['U.N. Commission of Inquiry on Tarsia', 'United Nations']);
  });

  it('knows the Sunday papers', () => {
    expect(orgs('The minister told the Sunday Times the plan was dead.')).toEqual(['The Sunday Times']);
  });

  it('names a club by its town and the word, apart from people listed beside it', () => {
    const x = run('Guests included Heather Mills and Manchester United, the club said.');
    expect(x.entities.filter((e) => e.type === 'Organisation').map((e) => e.name)).toEqual(['Manchester United']);
  });
});

describe('institutions named for what they are', () => {
  it('takes a name ending in an institutional noun for an organisation, never a person', () => {
    const types = (text: string) => run(text).entities.map((e) => [e.name, e.type]);
    expect(types("Lisbon's Maritime Operations Command warned the ships to keep away.")).toContainEqual(['Maritime Operations Command', 'Organisation']);
    expect(types('Peter Hale Research Centre said the survey was flawed.')).toContainEqual(['Peter Hale Research Centre', 'Organisation']);
    expect(types('The Coastal Fisheries Board said quotas would fall.')).toContainEqual(['Coastal Fisheries Board', 'Organisation']);
    expect(run('Orla Price Trust said it would fund the hall.').entities.filter((e) => e.type === 'Person')).toEqual([]);
  });

  it('keeps a head word that begins another name out of it ("Academy Awards")', () => {
    expect(orgs('She won two Academy Awards for the role.')).toEqual([]);
    expect(orgs('The Royal Academy of Painting said the show would travel.')).toEqual(['Royal Academy of Painting']);
  });
});

describe('names joined by "and"', () => {
  it('reads two companies where the second is a trade name of its own', () => {
    expect(orgs('Vexa and Northern Motors said they would share engines.').sort()).toEqual(['Northern Motors', 'Vexa']);
  });

  it('reads two bodies after "and the" or after a name ending on its head word', () => {
    expect(orgs('The Harbour Commission and the Regional Transport Authority signed the plan.').sort()).toEqual(['Harbour Commission', 'Regional Transport Authority']);
    expect(orgs('The Dental Council and Royal College of Surgeons disagreed.').sort()).toEqual(['Dental Council', 'Royal College of Surgeons']);
  });

  it('keeps one name where "and" belongs to it', () => {
    expect(orgs('The Soil and Water Agency said the river was clean.')).toEqual(['Soil and Water Agency']);
    expect(orgs('Marlow Bank and Trust Co said deposits grew.')).toEqual(['Marlow Bank and Trust Co']);
    expect(orgs('Coal and Steel Corporation said coal output fell.')).toEqual(['Coal and Steel Corporation']);
  });
});

describe('media named as hearers', () => {
  it('takes the name after a noun for a medium for the medium, not a person', () => {
    const x = run('The envoy told Chilean weekly Pulso that talks would resume.');
    expect(x.entities.find((e) => e.name === 'Pulso')?.type).toBe('Organisation');
    expect(said('The envoy told Chilean weekly Pulso that talks would resume.')[0]?.[2]).toBe('talks would resume');
    expect(said('Rolf Brandt told the daily Morgenpost the deal was off.')).toEqual([['Rolf Brandt', 'indirect', 'the deal was off']]);
  });

  it('names a station with the words around "Radio" or "TV", and ends it before "that"', () => {
    const x = run('Dan Holt told BBC Radio Three Counties that he would stand down.');
    expect(x.entities.filter((e) => e.type === 'Organisation').map((e) => e.name)).toEqual(['BBC Radio Three Counties']);
    expect(said('Dan Holt told BBC Radio Three Counties that he would stand down.')[0]?.[2]).toBe('he would stand down');
    expect(orgs('"We were unlucky," Amy Rook told Radio Five Live.')).toEqual(['Radio Five Live']);
  });

  it('does not take a medium noun after a name, or a product, for a medium\'s name', () => {
    expect(run('Her father told the BBC News website Grant did not deserve the award.').entities.find((e) => e.name === 'Grant')?.type).not.toBe('Organisation');
    expect(orgs('Mobile TV is growing fast, and mobile phones are cheap.')).toEqual([]);
  });
});

describe('where a name ends', () => {
  it('ends a name before "and" and a demonym used as an adjective', () => {
    expect(orgs('Ties between the Harbour Commission and Danish shipowners were strained.')).toEqual(['Harbour Commission']);
  });

  it('does not begin a name with a participle opening the sentence', () => {
    expect(orgs('Reforming the Coastal Fisheries Board will take years.')).toEqual(['Coastal Fisheries Board']);
  });
});

describe("a known body's name inside a longer one", () => {
  it('is no mention of the known body before "for", "on" or "of" and a name', () => {
    expect(orgs('Ines Calder, chair of the Commission for Racial Equality, praised the ruling.')).toEqual(['Commission for Racial Equality']);
    expect(orgs('He then became secretary of the Commission on Rural Justice.')).toEqual(['Commission on Rural Justice']);
    expect(orgs('The bill went to the Senate of Veldoria.')).toEqual(['Senate of Veldoria']);
  });

  it('nor after the capitalised words of a longer name', () => {
    expect(orgs('The Trades Union Congress is discussing the issue next Monday.')).toEqual(['Trades Union Congress']);
    expect(orgs('Later the Trade Unions Congress welcomed the increase.')).toEqual(['Trade Unions Congress']);
  });

  it('nor before the rest of a longer name', () => {
    expect(orgs('The data follow the method of the International Labour Organisation.')).toEqual(['International Labour Organisation']);
    expect(orgs('A grant from the Reuters Foundation paid for it.')).toEqual(['Reuters Foundation']);
  });

  it("is another state's body after that state's name", () => {
    expect(orgs("Brazil's Congress approved the reform.")).toEqual(['Brazilian Congress']);
    expect(orgs('The Irish Senate rejected the bill.')).toEqual(['Irish Senate']);
    expect(orgs("Brazil's airport chief Ana Souza spoke after a meeting of the country's Congress.")).toEqual(['Brazilian Congress']);
  });

  it('but is the known body on its own, with a date after it, or after its own state', () => {
    expect(orgs('Congress on Monday passed the bill.')).toEqual(['US Congress']);
    expect(orgs('The Commission said on Tuesday that the fine stood.')).toEqual(['European Commission']);
    expect(orgs('The budget went to the country\'s Congress, the US president said.')).toEqual(['US Congress']);
  });
});

describe('an acronym in brackets after a name', () => {
  it('is that organisation wherever the article uses it, the headline too', () => {
    const text = 'Safety alert as VM recalls cars\n\nCarmaker Vantage Motors (VM) is recalling 20,000 cars. VM said no one had been hurt. A VM spokesman said the fault was rare.';
    const x = run(text);
    const vm = x.entities.find((e) => e.name === 'Vantage Motors');
    expect(x.entities.filter((e) => e.type === 'Organisation').map((e) => e.name)).toEqual(['Vantage Motors']);
    expect(vm?.aliases).toEqual(['VM']);
    expect(vm?.mentions.map(([a, b]) => text.slice(a, b))).toEqual(['VM', 'Vantage Motors', 'VM', 'VM', 'VM']);
    expect(x.statements.map((s) => [x.entities.find((e) => e.id === s.speaker)?.type, s.text])).toContainEqual(['Source', 'the fault was rare']);
  });

  it('for a body of any kind, with its function words or after its state\'s name', () => {
    const a = run('Figures from the Office for Harbour Statistics (OHS) showed growth. The OHS said prices rose.');
    expect(a.entities.find((e) => e.name === 'Office for Harbour Statistics')?.aliases).toEqual(['OHS']);
    expect(a.statements[0]?.speaker).toBe('org:office-for-harbour-statistics');
    const b = run('The US Maritime Safety Commission (MSC) fined the firm. The MSC said it would appeal.');
    expect(b.entities.find((e) => e.name === 'US Maritime Safety Commission')?.aliases).toEqual(['MSC']);
  });

  it('but not letters that are not its initials', () => {
    const x = run('Halden Airlines (NYSE) said fares would rise. NYSE traders were calm.');
    expect(x.entities.find((e) => e.name === 'Halden Airlines')?.aliases).toEqual([]);
  });
});

describe("a state's government", () => {
  it('is the state itself, once', () => {
    const text = 'The Indian government said it would cut taxes. India grew fast.';
    const india = run(text).entities.find((e) => e.id === 'country:india');
    expect(india?.mentions.map(([s, e]) => text.slice(s, e))).toEqual(['Indian government', 'India']);
    expect(run(text).entities.some((e) => e.type === 'Organisation')).toBe(false);
  });
});

describe('names ending in an institution word', () => {
  it('are organisations, even after a given name ("Christian Medical Fellowship")', () => {
    const x = run('The Christian Medical Fellowship said the bill was wrong.');
    expect(x.entities.filter((e) => e.type === 'Person')).toEqual([]);
    expect(x.entities.find((e) => e.name === 'Christian Medical Fellowship')?.type).toBe('Organisation');
  });
});
