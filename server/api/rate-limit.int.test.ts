// What a request may cost: an operation whose result could be too large is refused before
// any query runs (QUERY_TOO_COMPLEX), and each client pays for its operations from its own
// token bucket (RATE_LIMITED, 429, Retry-After). Over real HTTP on loopback, so clients
// are told apart by their real address (127.0.0.1 and 127.0.0.2).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ALL_ARTICLES } from '../../tests/fixtures/api/articles.ts';
import { client, connectTestDb, deleteAll, ingestAll, testApp, type CountingDb } from '../../tests/fixtures/api/harness.ts';
import { createHttpServer, listen } from '../http.ts';

let db: CountingDb;

beforeAll(async () => {
  db = await connectTestDb(inject('neo4jUri'));
  await ingestAll(db, ALL_ARTICLES);
});

afterAll(async () => {
  await deleteAll(db, ALL_ARTICLES);
  await db.close();
});

const GRAPH = 'nodes { id } edges { id }';
const worst = (alias: string) => `${alias}: neighbourhood(id: "org:nato", depth: 3, limit: 500, withStatements: true) { ${GRAPH} }`;

describe('the result-cost limit', () => {
  it('refuses 15 aliased worst-case neighbourhoods before running any query', async () => {
    const gql = client(testApp(db));
    const flood = `{ ${Array.from({ length: 15 }, (_, i) => worst(`n${i}`)).join(' ')} }`;
    const queriesBefore = db.queries;
    const res = await gql(flood);
    expect(res.data).toBeNull();
    expect(res.errors).toEqual([
      {
        message: expect.stringMatching(/^This operation could return about 202500 objects; the limit is 50000 \(MAX_QUERY_COST\)/),
        extensions: { code: 'QUERY_TOO_COMPLEX', cost: 202_500, limit: 50_000 },
      },
    ]);
    expect(db.queries).toBe(queriesBefore);
  });

  it('accepts one of them, and what the explorer sends', async () => {
    const gql = client(testApp(db));
    const one = await gql<{ n: { nodes: unknown[] } }>(`{ ${worst('n')} }`);
    expect(one.errors).toEqual([]);
    expect(one.data?.n.nodes.length).toBeGreaterThan(1);
    // client/src/api.ts: the network view, with statements.
    const explorer = await gql(`query Neighbourhood($id: ID!, $withStatements: Boolean) {
      neighbourhood(id: $id, depth: 1, limit: 150, withStatements: $withStatements) {
        nodes { id type label kind date weight } edges { id source target type count firstDate lastDate statementIds } } }`, {
      id: 'org:nato',
      withStatements: true,
    });
    expect(explorer.errors).toEqual([]);
  });

  it('follows MAX_QUERY_COST', async () => {
    const res = await client(testApp(db, { MAX_QUERY_COST: '100' }))(`{ n: neighbourhood(id: "org:nato", depth: 1, limit: 150) { ${GRAPH} } }`);
    expect(res.errors[0]).toMatchObject({ message: expect.stringMatching(/about 450 objects; the limit is 100/), extensions: { code: 'QUERY_TOO_COMPLEX' } });
  });
});

interface Reply {
  status: number;
  retryAfter: string | undefined;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** POSTs a query to `url` from the given loopback address. */
function postFrom(url: string, localAddress: string, query: string, headers: Record<string, string> = {}): Promise<Reply> {
  const body = JSON.stringify({ query });
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: 'POST', localAddress, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const header = res.headers['retry-after'];
          resolve({ status: res.statusCode ?? 0, retryAfter: Array.isArray(header) ? header[0] : header, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Reply['body'] });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('the rate limit, per client', () => {
  // neighbourhood(limit: 500, depth: 1) costs 1500 (the graph and its nodes and edges, 500 each).
  const EXPENSIVE = `{ neighbourhood(id: "org:nato", depth: 1, limit: 500) { ${GRAPH} } }`;
  // One such operation a bucket, refilled in 5 s.
  const LIMITS = { RATE_LIMIT_BURST: '1500', RATE_LIMIT_COST_PER_SECOND: '300' };
  const servers: http.Server[] = [];

  async function serve(overrides: Record<string, string>): Promise<string> {
    const server = createHttpServer(testApp(db, { ...LIMITS, ...overrides }), null);
    servers.push(server);
    await listen(server, 0, '127.0.0.1');
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  }

  afterAll(async () => {
    await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  });

  const expectRateLimited = (reply: Reply) => {
    expect(reply.status).toBe(429);
    expect(reply.retryAfter).toMatch(/^[1-5]$/);
    expect(reply.body.errors).toEqual([
      {
        message: expect.stringMatching(/^Too many expensive requests from this client; retry in [1-5] s\.$/),
        extensions: { code: 'RATE_LIMITED', retryAfter: Number(reply.retryAfter) },
      },
    ]);
  };

  it('refuses an address its second expensive operation (429, Retry-After), not another address, and serves it again once refilled', async () => {
    const url = await serve({});
    expect((await postFrom(url, '127.0.0.1', EXPENSIVE)).status).toBe(200);
    const again = await postFrom(url, '127.0.0.1', EXPENSIVE);
    expectRateLimited(again);
    const other = await postFrom(url, '127.0.0.2', EXPENSIVE);
    expect(other.status).toBe(200);
    expect(other.body.errors).toBeUndefined();

    await sleep(Number(again.retryAfter) * 1000 + 200);
    const later = await postFrom(url, '127.0.0.1', EXPENSIVE);
    expect(later.status).toBe(200);
    expect(later.body.errors).toBeUndefined();
  });

  it('counts a read token as one client, whatever its address', async () => {
    const url = await serve({ READ_TOKEN: 'reader' });
    const token = { authorization: 'Bearer reader' };
    expect((await postFrom(url, '127.0.0.1', EXPENSIVE, token)).status).toBe(200);
    expectRateLimited(await postFrom(url, '127.0.0.2', EXPENSIVE, token));
  });

  it('is off with RATE_LIMIT_COST_PER_SECOND=0', async () => {
    const url = await serve({ RATE_LIMIT_COST_PER_SECOND: '0' });
    for (let i = 0; i < 3; i++) expect((await postFrom(url, '127.0.0.1', EXPENSIVE)).status).toBe(200);
  });
});
