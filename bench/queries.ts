// API latency and throughput on the ingested graph: the real app (createApp, createHttpServer,
// listen on a free port) under autocannon, for the requests an analyst's session makes,
// against the same Cypher through the bare Db (the request's recorded transactions,
// replayed with the same concurrency). Ids come from the graph: its busiest speaker, and a
// person a few hops from them.
import { createApp } from '../server/api/app.ts';
import { configSchema } from '../server/config.ts';
import { createHttpServer, listen } from '../server/http.ts';
import type { Row as DbRow } from '../server/db/index.ts';
import type { InstrumentedDb } from './instrumented-db.ts';
import { loadHttp, loadLoops, type LoadResult } from './load.ts';
import type { Row } from './report.ts';
import { replay, toWaves } from './replay.ts';

/** What the client asks for (client/src/api.ts), so responses are the size the explorer gets. */
const REF = 'id type name';
const STATEMENT = `id kind text date cue speaker { ${REF} } audience { ${REF} } audienceText about { ${REF} } via { ${REF} }
  article { id title published source url } span { start end }`;
const GRAPH = 'nodes { id type label kind date weight } edges { id source target type count firstDate lastDate statementIds }';

export interface Scenario {
  name: string;
  /** What it was asked about, for the report. */
  detail: string;
  query: string;
  variables: Record<string, unknown>;
}

function scenarios(ids: Picked): Scenario[] {
  return [
    {
      name: 'search',
      detail: `"${ids.searchText}"`,
      query: `query ($text: String!) { search(text: $text, first: 8) { score entity { ${REF} aliases } } }`,
      variables: { text: ids.searchText },
    },
    {
      name: 'entity',
      detail: `busiest speaker, ${ids.statementsMade} statements`,
      query: `query ($id: ID!) { entity(id: $id) { ${REF} aliases titles affiliation { ${REF} }
        roles { title asOf organisation { ${REF} } }
        counts { mentions articles statementsMade statementsAbout statementsHeard }
        statementsMade(first: 100) { ${STATEMENT} } statementsAbout(first: 100) { ${STATEMENT} } } }`,
      variables: { id: ids.speaker },
    },
    {
      name: 'statements by speaker',
      detail: 'busiest speaker, first 20',
      query: `query ($speaker: ID!) { statements(filter: { speaker: $speaker }, first: 20) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${STATEMENT} } } } }`,
      variables: { speaker: ids.speaker },
    },
    {
      name: 'neighbourhood, depth 2',
      detail: `best-linked person, ${ids.hubLinks} links`,
      query: `query ($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 150) { ${GRAPH} } }`,
      variables: { id: ids.hub },
    },
    {
      name: 'path',
      detail: `${ids.pathHops} hops`,
      query: `query ($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 4) { ${GRAPH} } }`,
      variables: { from: ids.hub, to: ids.pathTarget },
    },
  ];
}

interface Picked {
  speaker: string;
  speakerName: string;
  statementsMade: number;
  searchText: string;
  hub: string;
  hubName: string;
  /** Entities the hub spoke to or about. */
  hubLinks: number;
  /** Actors within 3 hops of the hub (at most 500). */
  neighbourhoodNodes: number;
  pathTarget: string;
  pathHops: number;
}

export interface ScenarioResult {
  name: string;
  detail: string;
  variables: Record<string, unknown>;
  responseBytes: number;
  transactions: number;
  queries: string[];
  app: LoadResult;
  bare: LoadResult;
  /** Bare requests/s ÷ app requests/s. */
  overhead: number;
}

export interface QueriesBench {
  graph: { articles: number };
  picked: Picked;
  connections: number;
  seconds: number;
  scenarios: ScenarioResult[];
}

type Post = (s: Pick<Scenario, 'query' | 'variables'>) => Promise<{ bytes: number; data: Record<string, unknown> }>;

function poster(url: string): Post {
  return async ({ query, variables }) => {
    const res = await fetch(`${url}graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    const body = JSON.parse(text) as { data?: Record<string, unknown>; errors?: { message: string }[] };
    if (!res.ok || body.errors?.length || !body.data) throw new Error(`${res.status}: ${body.errors?.[0]?.message ?? text.slice(0, 200)}`);
    return { bytes: Buffer.byteLength(text), data: body.data };
  };
}

/**
 * The busiest named speaker (for search, entity and statements), the person linked to the
 * most actors (for neighbourhood and path), and the actor around the latter that is the
 * most hops away, up to 4 (found through the API itself).
 */
async function pick(db: InstrumentedDb, post: Post): Promise<Picked> {
  const person = (r: DbRow | undefined) => (r ? { id: String(r.id), name: String(r.name), n: Number(r.n) } : undefined);
  const speaker = person(
    (await db.readTx((tx) => tx.runText('MATCH (p:Person) RETURN p.id AS id, p.name AS name, COUNT { (p)-[:SAID]->(:Statement) } AS n ORDER BY n DESC, id LIMIT 1')))[0],
  );
  if (!speaker) throw new Error('the graph has no people: ingest first');
  const hub =
    person(
      (
        await db.readTx((tx) =>
          tx.runText(`MATCH (p:Person)-[:SAID]->(:Statement)-[:TO|ABOUT]->(m:Entity) WHERE m <> p
RETURN p.id AS id, p.name AS name, count(DISTINCT m) AS n ORDER BY n DESC, id LIMIT 1`),
        )
      )[0],
    ) ?? speaker;
  const around = await post({ query: 'query ($id: ID!) { neighbourhood(id: $id, depth: 3, limit: 500) { nodes { id type } } }', variables: { id: hub.id } });
  const nodes = (around.data.neighbourhood as { nodes: { id: string; type: string }[] }).nodes.filter((n) => n.id !== hub.id);
  // People first, the ones the breadth-first search reached last first.
  const candidates = [...nodes.filter((n) => n.type === 'Person').reverse(), ...nodes.filter((n) => n.type !== 'Person')].slice(0, 40);
  let target = { id: candidates[0]?.id ?? speaker.id, hops: 0 };
  for (const c of candidates) {
    const { data } = await post({
      query: 'query ($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 4) { nodes { id } } }',
      variables: { from: hub.id, to: c.id },
    });
    const hops = Math.max(0, (data.path as { nodes: unknown[] }).nodes.length - 1);
    if (hops > target.hops) target = { id: c.id, hops };
    if (hops >= 4) break;
  }
  return {
    speaker: speaker.id,
    speakerName: speaker.name,
    statementsMade: speaker.n,
    searchText: speaker.name.split(/\s+/).at(-1) ?? speaker.name,
    hub: hub.id,
    hubName: hub.name,
    hubLinks: hub.n,
    neighbourhoodNodes: nodes.length + 1,
    pathTarget: target.id,
    pathHops: target.hops,
  };
}

export interface QueriesOptions {
  connections: number;
  seconds: number;
  log?: (line: string) => void;
}

const WARM_UP = 30;

export async function benchQueries(db: InstrumentedDb, opts: QueriesOptions): Promise<QueriesBench> {
  const log = opts.log ?? (() => {});
  // One client at full speed on purpose: no rate limit (server/api/plugins/budget.ts).
  const config = configSchema.parse({ NODE_ENV: 'production', LOAD_SAMPLE_DATA: 'false', LOG_LEVEL: 'silent', RATE_LIMIT_COST_PER_SECOND: '0' });
  const server = createHttpServer(createApp({ db, config }), null);
  const url = await listen(server, 0, '127.0.0.1');
  try {
    const post = poster(url);
    const [count] = await db.readTx((tx) => tx.runText('MATCH (a:Article) RETURN count(a) AS articles'));
    const picked = await pick(db, post);
    log(`  queries: speaker ${picked.speakerName} (${picked.speaker}, ${picked.statementsMade} statements); hub ${picked.hubName} (${picked.hub}, ${picked.hubLinks} links); path to ${picked.pathTarget} (${picked.pathHops} hops)`);
    const results: ScenarioResult[] = [];
    for (const s of scenarios(picked)) {
      let bytes = 0;
      for (let i = 0; i < WARM_UP; i++) bytes = (await post(s)).bytes;
      db.recording = [];
      await post(s);
      const recorded = db.recording;
      db.recording = null;
      const waves = toWaves(recorded);
      for (let i = 0; i < WARM_UP; i++) await replay(db, waves);

      const app = await loadHttp({ url: `${url}graphql`, body: JSON.stringify({ query: s.query, variables: s.variables }), connections: opts.connections, seconds: opts.seconds });
      const bare = await loadLoops(() => replay(db, waves), opts.connections, opts.seconds);
      const result: ScenarioResult = {
        name: s.name,
        detail: s.detail,
        variables: s.variables,
        responseBytes: bytes,
        transactions: recorded.length,
        queries: recorded.flatMap((tx) => tx.queries.map((q) => q.name)),
        app,
        bare,
        overhead: bare.requestsPerSecond / app.requestsPerSecond,
      };
      results.push(result);
      log(`  queries: ${s.name}: app ${app.requestsPerSecond.toFixed(0)} req/s (p95 ${app.latency.p95.toFixed(1)} ms), bare ${bare.requestsPerSecond.toFixed(0)}/s → ${result.overhead.toFixed(2)}×`);
    }
    return { graph: { articles: Number(count?.articles ?? 0) }, picked, connections: opts.connections, seconds: opts.seconds, scenarios: results };
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

const OVERHEAD_AIM = 1.5;

export function queryRows(b: QueriesBench): Row[] {
  const rows: Row[] = [];
  const on = `${b.graph.articles.toLocaleString('en-GB')} articles, ${b.connections} connections`;
  for (const s of b.scenarios) {
    const fail = s.app.failures + s.bare.failures;
    rows.push(
      { section: 'queries', metric: `${s.name} (${s.detail}; ${on})`, value: s.app.requestsPerSecond, unit: 'req/s', baseline: `bare driver: ${s.bare.requestsPerSecond.toFixed(0)} req/s` },
      { section: 'queries', metric: `${s.name}: latency p50`, value: s.app.latency.p50, unit: 'ms', baseline: `bare driver: ${s.bare.latency.p50.toFixed(1)} ms` },
      { section: 'queries', metric: `${s.name}: latency p95`, value: s.app.latency.p95, unit: 'ms', baseline: `bare driver: ${s.bare.latency.p95.toFixed(1)} ms` },
      { section: 'queries', metric: `${s.name}: latency p99`, value: s.app.latency.p99, unit: 'ms', baseline: `bare driver: ${s.bare.latency.p99.toFixed(1)} ms` },
      {
        section: 'queries',
        metric: `${s.name}: overhead of the API (bare req/s ÷ app req/s; ${s.transactions} transactions, ${s.queries.length} queries)`,
        value: s.overhead,
        unit: '×',
        aim: `≤ ${OVERHEAD_AIM}`,
        met: s.overhead <= OVERHEAD_AIM,
      },
    );
    if (fail > 0) rows.push({ section: 'queries', metric: `${s.name}: failed requests (app ${s.app.failures}, bare ${s.bare.failures})`, value: fail, unit: 'requests', aim: '0', met: false });
  }
  return rows;
}
