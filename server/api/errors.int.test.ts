// Errors, whatever raised them: they never echo a large input (at most ~80 characters of
// it), never show a parser's copy of a malformed body, always carry extensions.code; the
// extractor's refusal is the user's error; introspection is off in production.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PRIMAKOV_1997 } from '../../tests/fixtures/api/articles.ts';
import { client, connectTestDb, deleteAll, ingestAll, testApp, WRITE_TOKEN, type CountingDb } from '../../tests/fixtures/api/harness.ts';
import { QUOTE_MAX } from './quote.ts';

const AUTH = { authorization: `Bearer ${WRITE_TOKEN}` };
const ENVS = ['development', 'production'] as const;
const MB = 1024 * 1024;

let db: CountingDb;

beforeAll(async () => {
  db = await connectTestDb(inject('neo4jUri'));
  await ingestAll(db, [PRIMAKOV_1997]);
});

afterAll(async () => {
  await deleteAll(db, [PRIMAKOV_1997]);
  await db.close();
});

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  errors: { message: string; extensions?: Record<string, unknown> }[];
}

async function send(env: string, init: RequestInit & { url?: string }): Promise<Answer> {
  const res = await testApp(db, { NODE_ENV: env }).fetch(init.url ?? 'http://x/graphql', init);
  const text = await res.text();
  let errors: Answer['errors'] = [];
  try {
    errors = (JSON.parse(text) as { errors?: Answer['errors'] }).errors ?? [];
  } catch {
    // not JSON: the assertions say so
  }
  return { status: res.status, headers: res.headers, text, errors };
}

const post = (env: string, body: string, headers: Record<string, string> = {}) =>
  send(env, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json', ...headers }, body });

const gql = (env: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  post(env, JSON.stringify({ query, variables }), headers);

/** The longest run of `ch` in the answer: how much of an input made of it came back. */
const longestRun = (text: string, ch: string) => Math.max(0, ...(text.match(new RegExp(`${ch}+`, 'g')) ?? []).map((r) => r.length));

describe('no error echoes its input', () => {
  const aliases = (field: string) => Array.from({ length: 15 }, (_, i) => `a${i}: ${field}`).join(' ');

  it.each(ENVS)('answers a 1 MB argument repeated through 15 aliases in a few kilobytes (%s)', async (env) => {
    const big = 'x'.repeat(MB);
    const viaVariable = await gql(env, `query ($t: ID!) { ${aliases('entity(id: $t) { id }')} }`, { t: big });
    expect(viaVariable.errors).toHaveLength(15);
    expect(viaVariable.errors[0]).toMatchObject({ message: expect.stringMatching(/^id is too long \(got "x{80}…" \(1048576 characters\)\)$/), extensions: { code: 'BAD_USER_INPUT' } });
    expect(viaVariable.text.length).toBeLessThan(16 * 1024);
    expect(longestRun(viaVariable.text, 'x')).toBeLessThanOrEqual(QUOTE_MAX);
    // The same inline: 15 literals of 70 kB, about 1 MB of request.
    const inline = await gql(env, `{ ${aliases(`entity(id: "${'y'.repeat(70_000)}") { id }`)} }`);
    expect(inline.errors).toHaveLength(15);
    expect(inline.text.length).toBeLessThan(16 * 1024);
    expect(longestRun(inline.text, 'y')).toBeLessThanOrEqual(QUOTE_MAX);
  });

  it.each(ENVS)('quotes little of a bad variable, in any type, with a code (%s)', async (env) => {
    const big = 'z'.repeat(100_000);
    const cases: [string, Record<string, unknown>][] = [
      ['query ($id: ID!) { entity(id: $id) { id } }', { id: { nested: big } }],
      ['query ($id: ID!) { entity(id: $id) { id } }', { id: [big, big] }],
      ['query ($n: Int) { search(text: "nato", first: $n) { score } }', { n: big }],
      ['query ($t: [EntityType!]) { search(text: "nato", types: $t) { score } }', { t: [big] }],
      ['query ($f: StatementFilter) { statements(filter: $f) { totalCount } }', { f: { from: big } }],
      ['query ($t: String!) { search(text: $t) { score } }', { t: big }],
    ];
    for (const [query, variables] of cases) {
      const res = await gql(env, query, variables);
      expect(res.errors.length, query).toBeGreaterThan(0);
      expect(res.errors.every((e) => e.extensions?.code === 'BAD_USER_INPUT'), res.text.slice(0, 300)).toBe(true);
      expect(longestRun(res.text, 'z'), query).toBeLessThanOrEqual(QUOTE_MAX);
      expect(res.text.length, query).toBeLessThan(2000);
    }
  });

  it.each(ENVS)('never sends back a malformed body, nor a huge query, name or operation name (%s)', async (env) => {
    const secret = 'SECRET'.repeat(20_000);
    const broken = `{"query": "{ stats { articles } }", "variables": ${secret}`;
    const declared: Record<string, string>[] = [{ 'content-length': String(Buffer.byteLength(broken)) }, {}];
    for (const headers of declared) {
      const res = await post(env, broken, headers);
      expect(res.status).toBe(400);
      expect(res.errors).toEqual([{ message: expect.stringMatching(/not valid JSON|invalid JSON/), extensions: { code: 'BAD_REQUEST' } }]);
      expect(res.text).not.toMatch(/SECRET|originalError/);
    }
    const answers = [
      await gql(env, `{ stats { articles } } ${secret} (((`), // a syntax error after a huge token
      await gql(env, `{ search(text: "${secret}\n") { score } }`), // an unterminated string
      await gql(env, `{ ${secret} }`), // an unknown field with a huge name
      await post(env, JSON.stringify({ query: '{ stats { articles } }', operationName: secret })),
      await post(env, JSON.stringify({ query: '{ stats { articles } }', variables: secret })),
      await send(env, { url: `http://x/graphql?query=${encodeURIComponent(`{ ${secret.slice(0, 4000)}`)}`, headers: { accept: 'application/json' } }),
    ];
    for (const res of answers) {
      expect(res.errors.length, res.text.slice(0, 200)).toBeGreaterThan(0);
      expect(res.errors.every((e) => typeof e.extensions?.code === 'string'), res.text.slice(0, 200)).toBe(true);
      expect(res.text.length, res.text.slice(0, 200)).toBeLessThan(1000);
      expect(res.text).not.toMatch(/originalError/);
    }
  });
});

describe('every error has a code', () => {
  it('a subscription, which this API has none of', async () => {
    const res = await gql('production', 'subscription { x }');
    expect(res.errors).toEqual([{ message: 'This API has no subscriptions: send a query or a mutation.', locations: expect.any(Array), extensions: { code: 'BAD_REQUEST' } }]);
  });

  it('a query too repetitive to validate, with the reason', async () => {
    const res = await gql('production', `{ stats { ${'articles '.repeat(900)}} }`);
    expect(res.errors).toEqual([{ message: expect.stringMatching(/^Validation aborted: the query repeats the same fields/), extensions: { code: 'QUERY_TOO_COMPLEX' } }]);
  });

  it('a body that is not JSON: 415 with a JSON error', async () => {
    const res = await post('production', 'query={ stats { articles } }', { 'content-type': 'text/plain' });
    expect(res.status).toBe(415);
    expect(res.headers.get('content-type')).toMatch(/json/);
    expect(res.errors).toEqual([{ message: expect.stringMatching(/application\/json/), extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }]);
  });
});

describe("the extractor's refusal", () => {
  const INGEST = 'mutation ($input: ArticleInput!) { ingestArticle(input: $input) { status } }';
  const FRENCH = Array.from({ length: 3 }, () =>
    'Le ministre des affaires étrangères a déclaré mardi que la France ne signerait pas cet accord sans garanties pour ses agriculteurs, et que les négociations reprendraient la semaine prochaine à Bruxelles.',
  ).join(' ');

  it.each(ENVS)('is BAD_USER_INPUT with its reason, no stack, and nothing stored (%s)', async (env) => {
    const before = await gql(env, '{ stats { articles } }');
    for (const [text, reason] of [
      ['!!!', /no words in the text/],
      [FRENCH, /does not look like English/],
    ] as const) {
      const res = await gql(env, INGEST, { input: { text, url: 'api-test:refused' } }, AUTH);
      expect(res.errors).toHaveLength(1);
      expect(res.errors[0]).toMatchObject({ message: expect.stringMatching(reason), extensions: { code: 'BAD_USER_INPUT', argument: 'input.text' } });
      expect(res.text).not.toMatch(/stack|language\.ts|originalError|Unexpected error/);
    }
    expect((await gql(env, '{ article(id: "api-test:refused") { id } }')).text).toBe('{"data":{"article":null}}');
    expect((await gql(env, '{ stats { articles } }')).text).toBe(before.text);
  });
});

describe('introspection', () => {
  const INTROSPECT = '{ __schema { queryType { name } } }';

  it('is off in production, with a code and how to enable it', async () => {
    const res = await gql('production', INTROSPECT);
    expect(res.errors).toEqual([
      { message: expect.stringMatching(/Introspection is disabled.*ALLOW_INTROSPECTION=true/), locations: expect.any(Array), extensions: { code: 'INTROSPECTION_DISABLED' } },
    ]);
    expect((await gql('production', '{ __type(name: "Entity") { name } }')).errors[0]?.extensions?.code).toBe('INTROSPECTION_DISABLED');
    expect((await gql('production', '{ __typename stats { __typename } }')).errors).toEqual([]);
  });

  it('is on in development, and in production when ALLOW_INTROSPECTION=true', async () => {
    const dev = await gql('development', INTROSPECT);
    expect(JSON.parse(dev.text)).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    const allowed = await testApp(db, { NODE_ENV: 'production', ALLOW_INTROSPECTION: 'true' }).fetch('http://x/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: INTROSPECT }),
    });
    expect(await allowed.json()).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    const refused = await client(testApp(db, { NODE_ENV: 'development', ALLOW_INTROSPECTION: 'false' }))(INTROSPECT);
    expect(refused.errors[0]?.extensions?.code).toBe('INTROSPECTION_DISABLED');
  });
});
