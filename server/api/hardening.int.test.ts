// Hardening, end to end through app.fetch: query-shape limits, tokens, sizes, error
// masking, CORS, GraphiQL, and injection strings that must stay plain data.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BALANZINI_1997, PRIMAKOV_1997 } from '../../tests/fixtures/api/articles.ts';
import { client, connectTestDb, deleteAll, ingestAll, testApp, WRITE_TOKEN, type CountingDb } from '../../tests/fixtures/api/harness.ts';
import { DbError, type Db, type Tx } from '../db/index.ts';

const ARTICLES = [PRIMAKOV_1997, BALANZINI_1997];
const AUTH = { authorization: `Bearer ${WRITE_TOKEN}` };
const INGEST = 'mutation ($input: ArticleInput!) { ingestArticle(input: $input) { status article { id } } }';
const DELETE = 'mutation ($id: ID!) { deleteArticle(id: $id) }';

let db: CountingDb;

beforeAll(async () => {
  db = await connectTestDb(inject('neo4jUri'));
  await ingestAll(db, ARTICLES);
});

afterAll(async () => {
  await deleteAll(db, ARTICLES);
  await db.close();
});

/** A Db whose every query fails the way the given database error does. */
function failingDb(real: Db, error: DbError): Db {
  return Object.assign(Object.create(real) as Db, {
    readTx: async (_work: (tx: Tx) => Promise<unknown>) => Promise.reject(error),
    read: async () => Promise.reject(error),
  });
}

describe('query shape limits', () => {
  it('refuses a query 20 levels deep', async () => {
    let inner = 'id';
    for (let i = 0; i < 20; i++) inner = `affiliation { ${inner} }`;
    const res = await client(testApp(db))(`{ entity(id: "org:nato") { ${inner} } }`);
    expect(res.data).toBeNull();
    expect(res.errors[0]).toMatchObject({
      message: expect.stringMatching(/^Query depth limit of 8 exceeded/),
      extensions: { code: 'QUERY_TOO_COMPLEX' },
    });
  });

  it('refuses an alias flood', async () => {
    const fields = Array.from({ length: 50 }, (_, i) => `a${i}: stats { articles }`).join(' ');
    const res = await client(testApp(db))(`{ ${fields} }`);
    expect(res.data).toBeNull();
    expect(res.errors[0]).toMatchObject({
      message: expect.stringMatching(/^Aliases limit of 15 exceeded/),
      extensions: { code: 'QUERY_TOO_COMPLEX' },
    });
  });

  it('refuses a query of too many tokens', async () => {
    const fields = Array.from({ length: 2500 }, () => 'articles').join(' ');
    const res = await client(testApp(db))(`{ stats { ${fields} } }`);
    expect(res.data).toBeNull();
    expect(res.errors[0]?.message).toMatch(/Token limit of 2000 exceeded/);
  });

  it("accepts the client's largest query", async () => {
    const ref = 'id type name';
    const stmt = `id kind text date cue speaker { ${ref} } audience { ${ref} } audienceText about { ${ref} } via { ${ref} }
      article { id title published source url } span { start end }`;
    const res = await client(testApp(db))(`query Entity($id: ID!) { entity(id: $id) {
      ${ref} aliases titles affiliation { ${ref} } roles { title asOf organisation { ${ref} } }
      counts { mentions articles statementsMade statementsAbout statementsHeard }
      statementsMade(first: 100) { ${stmt} } statementsAbout(first: 100) { ${stmt} } } }`, { id: 'org:nato' });
    expect(res.errors).toEqual([]);
    expect(res.data).toMatchObject({ entity: { name: 'NATO' } });
  });
});

describe('tokens', () => {
  it('refuses a mutation without the write token, or with a wrong one', async () => {
    const gql = client(testApp(db));
    const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer wrong' }, { authorization: WRITE_TOKEN }];
    for (const headers of attempts) {
      const res = await gql(DELETE, { id: PRIMAKOV_1997.id }, headers);
      expect(res.status).toBe(401);
      expect(res.errors[0]).toMatchObject({ message: expect.stringMatching(/write token/), extensions: { code: 'UNAUTHENTICATED' } });
    }
    const still = await gql<{ article: { id: string } | null }>('query ($id: ID!) { article(id: $id) { id } }', { id: PRIMAKOV_1997.id });
    expect(still.data?.article?.id).toBe(PRIMAKOV_1997.id);
  });

  it('refuses every mutation when the server has no write token', async () => {
    const res = await client(testApp(db, { WRITE_TOKEN: '' }))(DELETE, { id: 'api-test:none' }, AUTH);
    expect(res.status).toBe(403);
    expect(res.errors[0]).toMatchObject({ message: expect.stringMatching(/no WRITE_TOKEN/), extensions: { code: 'FORBIDDEN' } });
  });

  it('lets the write token through', async () => {
    const res = await client(testApp(db))(DELETE, { id: 'api-test:no-such-article' }, AUTH);
    expect(res).toMatchObject({ status: 200, errors: [], data: { deleteArticle: false } });
  });

  it('keeps reads open, unless READ_TOKEN is set', async () => {
    expect((await client(testApp(db))('{ stats { articles } }')).errors).toEqual([]);
    const gql = client(testApp(db, { READ_TOKEN: 'reader' }));
    const refused = await gql('{ stats { articles } }');
    expect(refused.status).toBe(401);
    expect(refused.errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await gql('{ stats { articles } }', {}, { authorization: 'Bearer reader' })).errors).toEqual([]);
    expect((await gql('{ stats { articles } }', {}, AUTH)).errors).toEqual([]);
  });
});

describe('sizes', () => {
  it('refuses an article over MAX_ARTICLE_BYTES with a clear error, and stores nothing', async () => {
    const gql = client(testApp(db, { MAX_ARTICLE_BYTES: '1000' }));
    const text = `Primakov said "${'é'.repeat(600)}".`;
    const res = await gql(INGEST, { input: { text, title: 'Too long', url: 'api-test:too-long' } }, AUTH);
    expect(res.errors[0]).toMatchObject({
      message: expect.stringMatching(/The article is 121\d bytes; the largest accepted is 1000 bytes/),
      extensions: { code: 'PAYLOAD_TOO_LARGE' },
    });
    expect((await gql('{ article(id: "api-test:too-long") { id } }')).data).toEqual({ article: null });
  });

  it('refuses a request body over MAX_REQUEST_BYTES, declared or streamed', async () => {
    const app = testApp(db, { MAX_REQUEST_BYTES: '5000' });
    const body = JSON.stringify({ query: '{ stats { articles } }', variables: { pad: 'x'.repeat(10_000) } });
    const declared = await app.fetch('http://x/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
      body,
    });
    expect(declared.status).toBe(413);
    expect(JSON.stringify(await declared.json())).toMatch(/MAX_REQUEST_BYTES/);
    const streamed = await app.fetch('http://x/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(streamed.status).toBe(413);
    expect(JSON.stringify(await streamed.json())).toMatch(/more than the 5000 bytes accepted/);
    const small = await app.fetch('http://x/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { articles } }' }),
    });
    expect(small.status).toBe(200);
  });
});

describe('errors', () => {
  it('maps an unreachable database and a timeout to clear codes', async () => {
    const down = client(testApp(failingDb(db, new DbError('unavailable', 'The database is not reachable', 'ServiceUnavailable'))));
    const res = await down('{ stats { articles } }');
    expect(res.errors[0]).toMatchObject({ message: expect.stringMatching(/database is not reachable/), extensions: { code: 'DATABASE_UNAVAILABLE', retryAfter: 5 } });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    const slow = client(testApp(failingDb(db, new DbError('timeout', 'The query took too long', 'Neo.ClientError.Transaction.TransactionTimedOut'))));
    expect((await slow('{ stats { articles } }')).errors[0]?.extensions?.code).toBe('TIMEOUT');
  });

  it('masks unexpected errors outside development: no stack, no Cypher', async () => {
    const broken = new DbError('syntax', 'Invalid input: MATCH (n:Secret) RETURN n', 'Neo.ClientError.Statement.SyntaxError');
    const prod = await client(testApp(failingDb(db, broken), { NODE_ENV: 'production' }))('{ stats { articles } }');
    expect(prod.errors[0]?.message).toBe('Unexpected error.');
    expect(JSON.stringify(prod.errors)).not.toMatch(/MATCH|Secret|stack|at /);
    const dev = await client(testApp(failingDb(db, broken), { NODE_ENV: 'development' }))('{ stats { articles } }');
    expect(JSON.stringify(dev.errors)).toMatch(/MATCH \(n:Secret\)/);
  });

  it('gives NOT_FOUND and BAD_USER_INPUT with the argument named', async () => {
    const gql = client(testApp(db));
    expect((await gql('{ neighbourhood(id: "person:nobody-at-all") { nodes { id } } }')).errors[0]?.extensions?.code).toBe('NOT_FOUND');
    const bad = await gql('{ search(text: "nato", first: 1000) { score } }');
    expect(bad.errors[0]).toMatchObject({ message: 'first must be at most 50 (got 1000)', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('CORS and GraphiQL', () => {
  const preflight = (app: ReturnType<typeof testApp>, origin: string) =>
    app.fetch('http://x/graphql', {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
    });

  it('allows only the origins in CORS_ORIGINS', async () => {
    const app = testApp(db, { CORS_ORIGINS: 'https://analysts.example, https://desk.example' });
    expect((await preflight(app, 'https://desk.example')).headers.get('access-control-allow-origin')).toBe('https://desk.example');
    expect((await preflight(app, 'https://evil.example')).headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
    expect((await preflight(testApp(db), 'https://desk.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves GraphiQL in development only', async () => {
    const get = (env: string) => testApp(db, { NODE_ENV: env }).fetch('http://x/graphql', { headers: { accept: 'text/html' } });
    expect(await (await get('development')).text()).toMatch(/graphiql/i);
    expect(await (await get('production')).text()).not.toMatch(/graphiql/i);
  });
});

describe('injection strings stay plain data', () => {
  const NASTY = [
    "'; MATCH (n) DETACH DELETE n; //",
    '"}) DETACH DELETE n RETURN 1 //',
    '*:* OR name:*',
    'primakov~100^99 AND (',
    '\\ / " \u0000 <script>alert(1)</script>',
    '$ids',
  ];

  it('harms nothing and comes back verbatim', async () => {
    const gql = client(testApp(db));
    const before = (await gql<{ stats: { articles: number; statements: number } }>('{ stats { articles statements } }')).data;
    for (const s of NASTY) {
      const entity = await gql('query ($id: ID!) { entity(id: $id) { id } }', { id: s });
      expect(entity, s).toMatchObject({ errors: [], data: { entity: null } });
      const found = await gql<{ search: unknown[] }>('query ($t: String!) { search(text: $t) { score } }', { t: s });
      expect(found.errors, s).toEqual([]);
      const filtered = await gql<{ statements: { totalCount: number } }>(
        'query ($f: StatementFilter) { statements(filter: $f) { totalCount } }',
        { f: { speaker: s, article: s } },
      );
      expect(filtered, s).toMatchObject({ errors: [], data: { statements: { totalCount: 0 } } });
      const text = await gql('query ($f: StatementFilter) { statements(filter: $f) { totalCount } }', { f: { text: s } });
      expect(text.errors.every((e) => e.extensions?.code === 'BAD_USER_INPUT'), s).toBe(true);
    }
    const after = (await gql('{ stats { articles statements } }')).data;
    expect(after).toEqual(before);
  });

  it('returns a quote holding a script tag exactly as written', async () => {
    const gql = client(testApp(db));
    const res = await gql<{ statements: { edges: { node: { text: string } }[] } }>(
      'query ($f: StatementFilter) { statements(filter: $f) { edges { node { text } } } }',
      { f: { article: BALANZINI_1997.id, kind: 'direct' } },
    );
    expect(res.data?.statements.edges.map((e) => e.node.text)).toEqual([
      'We will not accept <script>alert(1)</script> as a negotiating position.',
    ]);
  });
});
