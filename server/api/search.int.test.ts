// Search ranking against a real Neo4j: a small graph ingested with ingestExtraction, shaped
// like what BBC politics stories give (a surname-only "Blair" node beside Tony Blair and
// Cherie Blair, three Bush nodes, NATO beside a longer NATO name), and the order an
// analyst expects from search. The formula: cypher/api/search-entities.cypher.
import { describe, expect, it } from 'vitest';
import { articleFixture, type ArticleFixture, type EntitySpec, type StatementSpec } from '../../tests/fixtures/api/build.ts';
import { useGraph } from '../../tests/fixtures/api/harness.ts';

let serial = 0;

/** One article; ids start with `search-test:` so they never collide with other test files. */
function article(text: string, entities: EntitySpec[], statements: StatementSpec[] = []): ArticleFixture {
  serial++;
  return articleFixture({ id: `search-test:${String(serial).padStart(2, '0')}`, published: '2005-02-01', text, entities, statements });
}

const TONY_BLAIR: EntitySpec = {
  id: 'person:tony-blair',
  type: 'Person',
  name: 'Tony Blair',
  aliases: ['Blair', 'Mr Blair'],
  titles: ['Prime Minister'],
  surfaces: ['Tony Blair', 'Mr Blair'],
};
// A surname-only node, as the extractor leaves one when an article never gives the full name.
const BLAIR: EntitySpec = { id: 'person:blair', type: 'Person', name: 'Blair', aliases: ['Mr Blair'], surfaces: ['Mr Blair'] };
const CHERIE_BLAIR: EntitySpec = { id: 'person:cherie-blair', type: 'Person', name: 'Cherie Blair' };
const TONY_BLAIRS: EntitySpec = { id: 'person:tony-blairs', type: 'Person', name: 'Tony Blairs' };
// Ingestion gives a source the id `source:<article id>:<n>`.
const SPOKESMAN: EntitySpec = { id: 'blair-spokesman', type: 'Source', name: 'a spokesman for Mr Blair', surfaces: ['A spokesman for Mr Blair'] };
const GEORGE_W_BUSH: EntitySpec = { id: 'person:george-w-bush', type: 'Person', name: 'George W Bush', aliases: ['Bush'], surfaces: ['George W Bush'] };
const GEORGE_BUSH: EntitySpec = { id: 'person:george-bush', type: 'Person', name: 'George Bush', aliases: ['Bush'], surfaces: ['George Bush'] };
const BUSH: EntitySpec = { id: 'person:bush', type: 'Person', name: 'Bush', surfaces: ['Bush'] };
const NATO: EntitySpec = { id: 'org:nato', type: 'Organisation', name: 'NATO' };
const NATO_PA: EntitySpec = { id: 'org:nato-parliamentary-assembly', type: 'Organisation', name: 'NATO Parliamentary Assembly' };
const PRIMAKOV: EntitySpec = {
  id: 'person:yevgeny-primakov',
  type: 'Person',
  name: 'Yevgeny Primakov',
  aliases: ['Primakov'],
  surfaces: ['Yevgeny Primakov', 'Primakov'],
};
const BARROSO: EntitySpec = { id: 'person:jose-manuel-barroso', type: 'Person', name: 'José Manuel Barroso', aliases: ['Barroso'], surfaces: ['José Manuel Barroso'] };

const ARTICLES: ArticleFixture[] = [
  // Tony Blair: five articles and a statement; the surname-only node three; Cherie Blair one.
  article('Prime Minister Tony Blair said the election would be fought on the economy. Mr Blair spoke in Sedgefield.', [TONY_BLAIR], [
    { speaker: TONY_BLAIR.id, kind: 'indirect', text: 'the election would be fought on the economy' },
  ]),
  // The source's id: source:search-test:02:1.
  article('Tony Blair met union leaders on Monday. A spokesman for Mr Blair said talks went well.', [TONY_BLAIR, SPOKESMAN], [
    { speaker: SPOKESMAN.id, kind: 'indirect', text: 'talks went well' },
  ]),
  article('Tony Blair will visit Washington next week.', [TONY_BLAIR]),
  article('Tony Blair faces a revolt over tuition fees.', [TONY_BLAIR]),
  article('Tony Blair launched the manifesto in Gateshead.', [TONY_BLAIR]),
  article('Mr Blair faced questions from MPs on Wednesday.', [BLAIR]),
  article('Mr Blair was heckled in Leeds.', [BLAIR]),
  article('Mr Blair defended the budget.', [BLAIR]),
  article('Cherie Blair opened a school in London.', [CHERIE_BLAIR]),
  article('Tony Blairs was the name on the misprinted ballot paper.', [TONY_BLAIRS]),
  // Bush: George W Bush in four articles, the surname-only node in two, George Bush in one.
  article('George W Bush began his second term.', [GEORGE_W_BUSH]),
  article('George W Bush spoke about Iraq.', [GEORGE_W_BUSH]),
  article('George W Bush visited Brussels.', [GEORGE_W_BUSH]),
  article('George W Bush met European leaders.', [GEORGE_W_BUSH]),
  article('George Bush was remembered at the library.', [GEORGE_BUSH]),
  article('Bush was criticised by the Senate.', [BUSH]),
  article('Bush signed the bill.', [BUSH]),
  // The longer NATO name is mentioned more often than NATO itself.
  article('NATO met in Brussels.', [NATO]),
  article('The NATO Parliamentary Assembly met in Venice.', [NATO_PA]),
  article('The NATO Parliamentary Assembly adopted a resolution.', [NATO_PA]),
  article('The NATO Parliamentary Assembly elected a president.', [NATO_PA]),
  article('Russian Foreign Minister Yevgeny Primakov arrived in Madrid. Primakov met NATO envoys.', [PRIMAKOV]),
  article('José Manuel Barroso presented the Commission programme.', [BARROSO]),
];

const api = useGraph(ARTICLES);
const gql: ReturnType<typeof api.gql> = (...args) => api.gql()(...args);

interface Hit {
  score: number;
  entity: { id: string; name: string; type: string };
}

async function search(text: string, types?: string[], first = 10): Promise<Hit[]> {
  const res = await gql<{ search: Hit[] }>(
    'query ($text: String!, $types: [EntityType!], $first: Int) { search(text: $text, types: $types, first: $first) { score entity { id name type } } }',
    { text, types, first },
  );
  expect(res.errors).toEqual([]);
  return res.data?.search ?? [];
}

const SPOKESMAN_ID = 'source:search-test:02:1';
const ids = (hits: Hit[]) => hits.map((h) => h.entity.id);
/** The match tier of each hit: the integer part of its score. */
const tiers = (hits: Hit[]) => Object.fromEntries(hits.map((h) => [h.entity.id, Math.floor(h.score)]));

describe('search ranking', () => {
  it('puts Tony Blair first for "Blair": full names above the surname-only node, the more mentioned first', async () => {
    for (const types of [['Person'], undefined]) {
      const hits = await search('Blair', types);
      expect(ids(hits).slice(0, 3), String(types)).toEqual(['person:tony-blair', 'person:cherie-blair', 'person:blair']);
      const scores = hits.map((h) => h.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
    const hits = await search('Blair');
    // Tony Blair: an alias is "Blair"; Cherie Blair: "Blair" is a word of her name; the
    // surname-only node is held below them although it is mentioned more than Cherie Blair.
    expect(tiers(hits)).toMatchObject({ 'person:tony-blair': 3, 'person:cherie-blair': 3, 'person:blair': 2 });
    // A source that names Blair is not Blair; "Tony Blairs" only begins with the word.
    expect(tiers(hits)).toMatchObject({ [SPOKESMAN_ID]: 1, 'person:tony-blairs': 1 });
    expect(ids(hits).indexOf(SPOKESMAN_ID)).toBeGreaterThan(ids(hits).indexOf('person:blair'));
  });

  it('ranks the full-name entity above the fragment for "Mr Blair" too', async () => {
    expect(ids(await search('Mr Blair')).slice(0, 2)).toEqual(['person:tony-blair', 'person:blair']);
  });

  it('ranks an exact name above a partial one, whatever the mentions', async () => {
    const tony = await search('Tony Blair');
    expect(tony[0]?.entity.id).toBe('person:tony-blair');
    expect(tony[0]?.score).toBeGreaterThanOrEqual(4);
    expect(ids(tony)).toContain('person:tony-blairs');
    // "Tony Blairs" is mentioned in one article, Tony Blair in five: the exact name still wins.
    const blairs = await search('tony BLAIRS');
    expect(ids(blairs).slice(0, 2)).toEqual(['person:tony-blairs', 'person:tony-blair']);
    expect(blairs[0]?.score).toBeGreaterThanOrEqual(4);
    expect(blairs[1]?.score).toBeLessThan(4);
  });

  it('puts NATO first for "NATO", above the more mentioned NATO Parliamentary Assembly', async () => {
    const hits = await search('NATO', ['Organisation']);
    expect(ids(hits)).toEqual(['org:nato', 'org:nato-parliamentary-assembly']);
    expect(tiers(hits)).toEqual({ 'org:nato': 4, 'org:nato-parliamentary-assembly': 3 });
    expect((await search('nato parliamentary'))[0]?.entity.id).toBe('org:nato-parliamentary-assembly');
  });

  it('orders the Bush nodes by mentions, the surname-only node last', async () => {
    expect(ids(await search('Bush', ['Person']))).toEqual(['person:george-w-bush', 'person:george-bush', 'person:bush']);
    // The whole name typed: the exact one first, then the name that has both words.
    expect(ids(await search('George Bush', ['Person']))).toEqual(['person:george-bush', 'person:george-w-bush']);
  });

  it('still finds a misspelt name through the fulltext index', async () => {
    for (const text of ['Primakow', 'Yevgeny Primakow', 'PRIMAKÓV']) {
      const [hit] = await search(text);
      expect(hit?.entity.id, text).toBe('person:yevgeny-primakov');
    }
    const [typo] = await search('Primakow');
    expect(Math.floor(typo?.score ?? -1)).toBe(0);
    const [prefix] = await search('Prima');
    expect(prefix?.entity.id).toBe('person:yevgeny-primakov');
    expect(Math.floor(prefix?.score ?? -1)).toBe(1);
  });

  it('ignores case and diacritics for an exact match', async () => {
    const [hit] = await search('jose MANUEL barroso');
    expect(hit?.entity.id).toBe('person:jose-manuel-barroso');
    expect(hit?.score).toBeGreaterThanOrEqual(4);
    const [surname] = await search('Barroso');
    expect(Math.floor(surname?.score ?? -1)).toBe(3);
  });

  it('keeps the type filter and the limit', async () => {
    const sources = await search('Blair', ['Source']);
    expect(ids(sources)).toEqual([SPOKESMAN_ID]);
    expect(ids(await search('Blair', undefined, 1))).toEqual(['person:tony-blair']);
  });

  it('ranks in the one search query, then loads the hits in one batch', async () => {
    const db = api.db();
    const before = db.names.length;
    await search('Blair');
    expect(db.names.slice(before)).toEqual(['api/search-entities', 'api/entities-by-ids']);
  });
});
