// A database outage, end to end over HTTP: this test's own Neo4j (never the shared one) is
// killed with SIGKILL by its process id. The API must answer 503 DATABASE_UNAVAILABLE within
// 5 s, /health stay 200 and /ready turn 503; the launcher restarts Neo4j on the same port and
// data folder, and queries succeed again with no restart of the app. A deliberate stop()
// is not followed by a restart.
import fs from 'node:fs';
import type http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PRIMAKOV_1997 } from '../../tests/fixtures/api/articles.ts';
import { testConfig } from '../../tests/fixtures/api/harness.ts';
import { createApp } from '../api/app.ts';
import { ingestExtraction } from '../graph/ingest.ts';
import { createHttpServer, listen } from '../http.ts';
import { freePort } from '../neo4j/free-port.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../neo4j/local.ts';
import { applySchema, checkReady, createDriver, Db, type Readiness } from './index.ts';

const STATS = '{ stats { articles } }';

let neo4j: LocalNeo4j;
let db: Db;
let server: http.Server;
let base: string;
let dataDir: string;
const logged: string[] = [];
let readyWithoutSchema: Readiness;

interface Answer {
  status: number;
  ms: number;
  body: { data?: { stats?: { articles: number } } | null; errors?: { extensions?: { code?: string } }[] };
  headers: Headers;
}

async function query(): Promise<Answer> {
  const t0 = performance.now();
  const res = await fetch(`${base}graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: STATS }),
  });
  const body = (await res.json()) as Answer['body'];
  return { status: res.status, ms: performance.now() - t0, body, headers: res.headers };
}

async function probe(name: 'health' | 'ready') {
  const res = await fetch(`${base}${name}`);
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as { status: string; reason?: string } };
}

/** True while something accepts TCP connections on the port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-outage-'));
  neo4j = await startLocalNeo4j({
    // The class path cache of the test setup; a database of our own.
    stateDir: path.resolve('.neo4j'),
    dataDir,
    port: await freePort(),
    pageCacheMb: 64,
    heapMb: 512,
    log: (line) => logged.push(line),
  });
  db = new Db(createDriver({ uri: neo4j.uri }), { timeoutMs: 30_000 });
  // A generous bound: the first query of a fresh Neo4j on a busy machine can take seconds.
  readyWithoutSchema = await checkReady(db, 30_000);
  await applySchema(db);
  await ingestExtraction(db, PRIMAKOV_1997.extraction, PRIMAKOV_1997.text);
  server = createHttpServer(createApp({ db, config: testConfig() }), null, { ready: () => checkReady(db) });
  base = await listen(server, 0, '127.0.0.1');
});

afterAll(async () => {
  server?.closeAllConnections();
  server?.close();
  await db?.close();
  await neo4j?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('a database outage', () => {
  it('is not ready before the schema is in place', () => {
    expect(readyWithoutSchema).toEqual({ ready: false, reason: expect.stringMatching(/^The schema is not in place: article_id, /) });
  });

  it('answers 503 within 5 s while Neo4j is dead, and heals by itself once the launcher restarts it', async () => {
    const before = await query();
    expect(before.body.data?.stats?.articles).toBe(1);
    expect(await probe('ready')).toMatchObject({ status: 200, body: { status: 'ready' } });

    const killed = neo4j.pid;
    expect(killed).toBeGreaterThan(0);
    process.kill(killed ?? 0, 'SIGKILL');
    const killedAt = performance.now();

    const first = await query();
    const toFirst503 = performance.now() - killedAt;
    expect(first.status).toBe(503);
    expect(first.body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(first.ms).toBeLessThan(5_000);

    // A flood during the outage: every request answered, each within the same 5 s.
    const flood = await Promise.all(Array.from({ length: 20 }, () => query()));
    expect(flood.map((a) => a.status)).toEqual(Array(20).fill(503));
    expect(Math.max(...flood.map((a) => a.ms))).toBeLessThan(5_000);

    expect(await probe('health')).toEqual({ status: 200, retryAfter: null, body: { status: 'ok' } });
    const notReady = await probe('ready');
    expect(notReady).toMatchObject({ status: 503, body: { status: 'unavailable', reason: expect.stringMatching(/not reachable/) } });
    expect(Number(notReady.retryAfter)).toBeGreaterThan(0);
    await vi.waitFor(() => expect(logged.join('\n')).toMatch(new RegExp(`pid ${killed}\\) exited unexpectedly with signal SIGKILL`)));

    // Healed: the same app and Db answer again, from the same data folder.
    let healed: Answer | null = null;
    while (!healed && performance.now() - killedAt < 180_000) {
      const a = await query();
      if (a.status === 200) healed = a;
      else await new Promise((r) => setTimeout(r, 250));
    }
    const toRecovery = performance.now() - killedAt;
    expect(healed?.body.data?.stats?.articles).toBe(1);
    expect(neo4j.restarts).toBe(1);
    expect(neo4j.pid).not.toBe(killed);
    expect(logged.join('\n')).toMatch(/Neo4j restarted/);
    expect(await probe('ready')).toMatchObject({ status: 200, body: { status: 'ready' } });
    expect(await probe('health')).toMatchObject({ status: 200 });

    console.log(
      `outage: first 503 ${Math.round(toFirst503)} ms after the kill (the query took ${Math.round(first.ms)} ms); ` +
        `flood of 20 answered within ${Math.round(Math.max(...flood.map((a) => a.ms)))} ms; ` +
        `kill → first successful query ${(toRecovery / 1000).toFixed(1)} s`,
    );
  }, 240_000);

  it('does not restart a Neo4j stopped on purpose', async () => {
    const restarts = neo4j.restarts;
    const port = Number(new URL(neo4j.uri).port);
    const linesBefore = logged.length;
    await neo4j.stop();
    expect(await listening(port)).toBe(false);
    // Longer than any restart delay the launcher would use at this point (1 s, then 2 s).
    await new Promise((r) => setTimeout(r, 4_000));
    expect(await listening(port)).toBe(false);
    expect(neo4j.restarts).toBe(restarts);
    expect(logged.slice(linesBefore).join('\n')).not.toMatch(/exited unexpectedly|restart/);
    const down = await query();
    expect(down.status).toBe(503);
    expect(down.body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
  }, 60_000);
});
