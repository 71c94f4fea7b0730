// Search, entities and who said what to whom, against a real Neo4j, on a graph built by
// ingestExtraction from hand-written fixtures (tests/fixtures/api).
import { describe, expect, it } from 'vitest';
import { ALL_ARTICLES, KOZYREV_1994, PRIMAKOV_1997 } from '../../tests/fixtures/api/articles.ts';
import { useGraph } from '../../tests/fixtures/api/harness.ts';

const api = useGraph(ALL_ARTICLES);
const gql: ReturnType<typeof api.gql> = (...args) => api.gql()(...args);

interface Hit {
  score: number;
  entity: { id: string; name: string; type: string; aliases: string[] };
}

interface Stmt {
  id: string;
  text: string;
  kind: string;
  date: string | null;
  audienceText: string[];
  speaker: { id: string; name: string } | null;
  about: { id: string }[];
  article: { id: string };
}

const STMT = 'id text kind date audienceText speaker { id name } about { id } article { id }';

async function search(text: string, types?: string[]): Promise<Hit[]> {
  const res = await gql<{ search: Hit[] }>(
    'query ($text: String!, $types: [EntityType!]) { search(text: $text, types: $types) { score entity { id name type aliases } } }',
    { text, types },
  );
  expect(res.errors).toEqual([]);
  return res.data?.search ?? [];
}

/** The id of the entity a search ranks first (entity resolution may have merged ids). */
async function idOf(name: string): Promise<string> {
  const [hit] = await search(name);
  if (!hit) throw new Error(`no entity found for ${name}`);
  return hit.entity.id;
}

describe('search', () => {
  it('finds Primakov by surname, with a typo, and with diacritics or case changed', async () => {
    for (const text of ['primakov', 'Primakow', 'PRIMAKÓV', 'Yevgeny Primak']) {
      const hits = await search(text);
      expect(hits[0]?.entity.name, text).toBe('Yevgeny Primakov');
    }
  });

  it('finds Balanzino under either spelling, ranked by score', async () => {
    const hits = await search('Balanzino');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]?.entity.name).toMatch(/Balanzin[oi]/);
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const names = hits.flatMap((h) => [h.entity.name, ...h.entity.aliases]).join(' ');
    expect(names).toMatch(/Balanzini/);
  });

  it('filters by type', async () => {
    const hits = await search('NATO', ['Source']);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.entity.type === 'Source')).toBe(true);
    expect((await search('NATO', ['Organisation']))[0]?.entity.id).toBe('org:nato');
  });
});

describe('entity', () => {
  it('lists the May 27 statement with audienceText ["reporters"]', async () => {
    const id = await idOf('Yevgeny Primakov');
    const res = await gql<{ entity: { name: string; titles: string[]; statementsMade: Stmt[]; roles: { title: string; organisation: { id: string } }[] } }>(
      `query ($id: ID!) { entity(id: $id) { name titles roles { title organisation { id } } statementsMade { ${STMT} } } }`,
      { id },
    );
    expect(res.errors).toEqual([]);
    const may27 = res.data?.entity.statementsMade.find((s) => s.text.includes('sign on May 27'));
    expect(may27).toMatchObject({
      text: 'I want this meeting to be the last one and to enable us to sign on May 27.',
      kind: 'direct',
      date: '1997-05-06',
      audienceText: ['reporters'],
      article: { id: PRIMAKOV_1997.id },
    });
    expect(res.data?.entity.roles).toContainEqual({ title: 'Foreign Minister', organisation: { id: 'country:russia' } });
  });

  it("gives the NATO source NATO as its affiliation", async () => {
    const [hit] = await search('NATO source', ['Source']);
    const res = await gql<{ entity: { type: string; affiliation: { id: string; name: string } | null; articles: { id: string }[] } }>(
      'query ($id: ID!) { entity(id: $id) { type affiliation { id name } articles { id } } }',
      { id: hit?.entity.id },
    );
    expect(res.data?.entity).toMatchObject({ type: 'Source', affiliation: { id: 'org:nato', name: 'NATO' } });
    expect(res.data?.entity.articles.map((a) => a.id)).toContain(PRIMAKOV_1997.id);
  });

  it('counts, counterparts and statements about', async () => {
    const res = await gql<{
      entity: {
        counts: { statementsAbout: number; mentions: number; articles: number };
        spokenAboutBy: { entity: { id: string }; count: number }[];
        statementsAbout: Stmt[];
      };
    }>(
      `{ entity(id: "org:nato") { counts { statementsAbout mentions articles }
           spokenAboutBy { count entity { id } } statementsAbout(first: 3) { ${STMT} } } }`,
    );
    expect(res.errors).toEqual([]);
    const e = res.data?.entity;
    expect(e?.counts.statementsAbout).toBeGreaterThanOrEqual(9);
    expect(e?.counts.articles).toBeGreaterThanOrEqual(5);
    expect(e?.spokenAboutBy).toContainEqual({ entity: { id: 'person:javier-solana' }, count: 2 });
    expect(e?.statementsAbout).toHaveLength(3);
    expect(e?.statementsAbout[0]?.date).toBe('2021-10-18');
  });

  it('is null for an unknown id', async () => {
    const res = await gql('{ entity(id: "person:nobody-at-all") { id } }');
    expect(res).toMatchObject({ data: { entity: null }, errors: [] });
  });
});

describe('whoSaidWhatToWhom', () => {
  const Q = `query ($from: ID!, $to: ID!, $m: Boolean) { whoSaidWhatToWhom(from: $from, to: $to, includeMembers: $m) { ${STMT} } }`;

  it('lists statements to or about the other actor', async () => {
    const res = await gql<{ whoSaidWhatToWhom: Stmt[] }>(Q, { from: 'person:andrei-kozyrev', to: 'org:nato' });
    expect(res.data?.whoSaidWhatToWhom.map((s) => s.text)).toEqual([KOZYREV_1994.extraction.statements[0]?.text]);
  });

  it('with includeMembers, an organisation stands for its people and sources', async () => {
    const id = await idOf('Yevgeny Primakov');
    const without = await gql<{ whoSaidWhatToWhom: Stmt[] }>(Q, { from: 'org:nato', to: id, m: false });
    expect(without.data?.whoSaidWhatToWhom).toEqual([]);
    const withMembers = await gql<{ whoSaidWhatToWhom: Stmt[] }>(Q, { from: 'org:nato', to: id, m: true });
    const texts = withMembers.data?.whoSaidWhatToWhom.map((s) => s.text) ?? [];
    expect(texts).toContain('very encouraging indeed');
    expect(texts).toContain('the alliance would meet Yevgeny Primakov again');
  });

  it('is NOT_FOUND for an unknown actor', async () => {
    const res = await gql(Q, { from: 'person:nobody-at-all', to: 'org:nato' });
    expect(res.errors[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
