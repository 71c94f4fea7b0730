// Soak (issue 12.8), bounded: the app as `npm start` runs it (its own supervised local Neo4j
// in a temporary folder, loopback only) serves 20 query connections for 60 s while a writer
// ingests 500 articles through the API, and its Neo4j is killed (kill -9, by process id) once
// midway. Afterwards the graph equals a clean ingest of the same articles through the same
// API, the app's memory is reported (and bounded), and no process of the run is left.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { afterAll, describe, expect, it } from 'vitest';
import { applySchema, createDriver, Db } from '../server/db/index.ts';
import { freePort } from '../server/neo4j/free-port.ts';
import { startLocalNeo4j } from '../server/neo4j/local.ts';
import { client, testApp, WRITE_TOKEN } from './fixtures/api/harness.ts';
import { alive } from './fixtures/processes.ts';

const ARTICLES = 500;
const CONNECTIONS = 20;
const SECONDS = 60;
const INGEST = 'mutation ($input: ArticleInput!) { ingestArticle(input: $input) { status } }';

/** 500 distinct articles made from the real ones among the fixtures (each a new headline over a real story). */
function soakArticles(): { title: string; text: string }[] {
  const dirs = ['dev/articles', 'seeds', 'bbc', 'bbc-resolution'].map((d) => path.join('tests', 'fixtures', d));
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.txt')) files.push(p);
    }
  };
  for (const d of dirs) if (fs.existsSync(d)) walk(d);
  const bodies = files.map((f) => fs.readFileSync(f, 'utf8'));
  return Array.from({ length: ARTICLES }, (_, i) => ({ title: `Soak story ${i + 1}`, text: `Soak story ${i + 1}\n\n${bodies[i % bodies.length]!}` }));
}

/** The pids of a process and all its descendants, read from /proc (never by name). */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const out: number[] = [];
  const visit = (pid: number) => {
    out.push(pid);
    for (const c of children.get(pid) ?? []) visit(c);
  };
  visit(root);
  return out;
}

const cmdline = (pid: number) => {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
};
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What must match between two graphs: every id, and relationships counted by type. */
async function snapshot(db: Db) {
  const ids = async (label: string) =>
    (await db.readTx((tx) => tx.runText(`MATCH (n:${label}) RETURN n.id AS id ORDER BY id`))).map((r) => String(r.id));
  const rels = await db.readTx((tx) => tx.runText('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type'));
  return {
    articles: await ids('Article'),
    statements: await ids('Statement'),
    entities: await ids('Entity'),
    relationships: Object.fromEntries(rels.map((r) => [String(r.type), Number(r.n)])),
  };
}

const cleanup: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const f of cleanup.reverse()) await f();
});

describe('soak: 20 query connections, 500 articles ingested, Neo4j killed once midway', () => {
  it('ends with the graph of a clean run, bounded memory and no process left', async () => {
    const articles = soakArticles();
    const state = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-soak-'));
    cleanup.push(() => fs.rmSync(state, { recursive: true, force: true }));
    // The class path and compiled launcher the test run's Neo4j resolved, so no Maven run here.
    for (const f of fs.existsSync('.neo4j') ? fs.readdirSync('.neo4j') : []) {
      if (/^(classpath-|classes-)/.test(f)) fs.cpSync(path.join('.neo4j', f), path.join(state, f), { recursive: true });
    }
    const [port, boltPort] = [await freePort(), await freePort()];
    const app: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: {
        ...process.env,
        NEO4J_URI: '',
        HOST: '127.0.0.1',
        PORT: String(port),
        LOCAL_NEO4J_DIR: state,
        LOCAL_NEO4J_PORT: String(boltPort),
        LOAD_SAMPLE_DATA: 'false',
        WRITE_TOKEN,
        RATE_LIMIT_COST_PER_SECOND: '0',
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    app.stdout!.on('data', (b: Buffer) => (log = (log + b.toString()).slice(-20_000)));
    app.stderr!.on('data', (b: Buffer) => (log = (log + b.toString()).slice(-20_000)));
    cleanup.push(() => {
      for (const pid of processTree(app.pid!).reverse()) if (alive(pid)) process.kill(pid, 'SIGKILL');
    });
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the app printed no URL:\n${log}`)), 240_000);
      const check = () => {
        const m = /ready: (http:\/\/\S+)/.exec(log);
        if (m?.[1]) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      };
      app.stdout!.on('data', check);
      app.once('exit', (code) => reject(new Error(`the app exited (${code}):\n${log}`)));
    });
    const neo4jPid = () => processTree(app.pid!).find((pid) => /LocalNeo4j/.test(cmdline(pid)));
    const firstNeo4j = neo4jPid();
    expect(firstNeo4j).toBeDefined();
    const rssBefore = rssMb(app.pid!);

    // Readers: 20 connections for 60 s, a mix of what the explorer asks.
    const queries = [
      '{ stats { articles entities statements } }',
      '{ search(text: "Blair") { entity { id name } } }',
      '{ statements(first: 20) { edges { node { id text speaker { name } } } } }',
      '{ entity(id: "country:united-kingdom") { id name } }',
    ];
    const readers = autocannon({
      url: `${url}graphql`,
      connections: CONNECTIONS,
      duration: SECONDS,
      requests: queries.map((q) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q }) })),
    });

    // The writer: every article through the API, retrying what the outage refuses (503, with Retry-After).
    let retries = 0;
    let ingested = 0;
    const writer = (async () => {
      for (const a of articles) {
        for (let attempt = 0; ; attempt++) {
          const res = await fetch(`${url}graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${WRITE_TOKEN}` },
            body: JSON.stringify({ query: INGEST, variables: { input: a } }),
          }).catch(() => null);
          const body = res ? ((await res.json().catch(() => null)) as { data?: { ingestArticle?: { status: string } }; errors?: unknown[] } | null) : null;
          if (body?.data?.ingestArticle) break;
          if (attempt > 60) throw new Error(`article "${a.title}" never went in: ${JSON.stringify(body?.errors ?? res?.status).slice(0, 300)}`);
          retries++;
          await sleep(Math.min(Number(res?.headers.get('retry-after') ?? 1), 5) * 1000);
        }
        ingested++;
      }
    })();

    // A third of the way into the reading, with articles going in, kill -9 the app's Neo4j (by its pid) and time the way back.
    await sleep((SECONDS * 1000) / 3);
    expect(ingested).toBeGreaterThan(0);
    const ingestedAtKill = ingested;
    process.kill(firstNeo4j!, 'SIGKILL');
    const killedAt = Date.now();
    let firstRefusal: number | null = null;
    let recoveredAt: number | null = null;
    while (recoveredAt === null && Date.now() - killedAt < 120_000) {
      const ready = await fetch(`${url}ready`).catch(() => null);
      if (ready?.status === 503 && firstRefusal === null) firstRefusal = Date.now() - killedAt;
      if (ready?.status === 200 && firstRefusal !== null) recoveredAt = Date.now();
      await sleep(250);
    }
    expect(recoveredAt, `Neo4j did not come back:\n${log.slice(-3000)}`).not.toBeNull();
    const secondNeo4j = neo4jPid();
    expect(secondNeo4j).not.toBe(firstNeo4j);

    await writer;
    const read = await readers;
    const rssAfter = rssMb(app.pid!);
    console.log(
      `soak: ${ARTICLES} articles (${retries} retried), ${read.requests.total} queries in ${SECONDS} s ` +
        `(${read['2xx']} 2xx, ${read.non2xx} other, ${read.errors} errors), p50 ${read.latency.p50} ms p99 ${read.latency.p99} ms; ` +
        `killed after ${ingestedAtKill} articles; ` +
        `/ready 503 after ${firstRefusal} ms, back ${recoveredAt! - killedAt} ms after the kill; RSS ${rssBefore.toFixed(0)} → ${rssAfter.toFixed(0)} MB`,
    );
    expect(read['2xx']).toBeGreaterThan(0);
    // The readers met the outage (503s), and the writer both before and after it.
    expect(read.non2xx).toBeGreaterThan(0);
    expect(ingestedAtKill).toBeLessThan(ARTICLES);
    // Stable: the load itself costs memory (caches, pools), but not without bound.
    expect(rssAfter).toBeLessThan(rssBefore + 500);

    const soaked = new Db(createDriver({ uri: `bolt://127.0.0.1:${boltPort}` }), { timeoutMs: 60_000 });
    const after = await snapshot(soaked);
    await soaked.close();

    // Stop the app: it and everything it started must be gone.
    const tree = processTree(app.pid!);
    const exited = new Promise<number | null>((resolve) => app.once('exit', resolve));
    app.kill('SIGTERM');
    await exited;
    await sleep(2000);
    expect(tree.filter(alive)).toEqual([]);

    // The clean run: the same articles through the same API into an empty Neo4j, no outage.
    const cleanData = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-soak-clean-'));
    cleanup.push(() => fs.rmSync(cleanData, { recursive: true, force: true }));
    const neo4j = await startLocalNeo4j({ stateDir: path.resolve('.neo4j'), dataDir: cleanData, port: await freePort(), pageCacheMb: 128, heapMb: 768 });
    cleanup.push(() => neo4j.stop());
    const db = new Db(createDriver({ uri: neo4j.uri }), { timeoutMs: 60_000 });
    cleanup.push(() => db.close());
    await applySchema(db);
    const call = client(testApp(db));
    for (const a of articles) {
      const res = await call<{ ingestArticle: { status: string } }>(INGEST, { input: a }, { authorization: `Bearer ${WRITE_TOKEN}` });
      expect(res.errors ?? []).toEqual([]);
    }
    const clean = await snapshot(db);
    expect(after.articles).toHaveLength(ARTICLES);
    expect(after).toEqual(clean);
  }, 900_000);
});
