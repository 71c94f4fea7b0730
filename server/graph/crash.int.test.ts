// Kill -9 in the middle of a batch: Neo4j is killed while an article's transaction is in
// flight, restarted on the same data folder, and the whole batch is run again. The graph
// must equal the one a clean run builds in a fresh database: one transaction per article
// means each is there whole or not at all, and re-running skips those already there.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../tests/fixtures/extractions/corpus.ts';
import { dumpGraph, type Dump } from '../../tests/fixtures/extractions/dump.ts';
import { freePort } from '../neo4j/free-port.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../neo4j/local.ts';
import { applySchema, createDriver, Db } from '../db/index.ts';
import { ingestExtraction, type IngestResult } from './ingest.ts';

const corpus = generateCorpus(200, 'crash-');
const dirs: string[] = [];
const running: LocalNeo4j[] = [];

const usedPorts = new Set<number>();

async function start(dataDir: string): Promise<{ neo4j: LocalNeo4j; db: Db }> {
  // A new port each time, so the killed instance's driver can never reach the next one.
  let port = await freePort();
  while (usedPorts.has(port)) port = await freePort();
  usedPorts.add(port);
  const neo4j = await startLocalNeo4j({ stateDir: path.resolve('.neo4j'), dataDir, port, pageCacheMb: 64, heapMb: 512 });
  running.push(neo4j);
  const db = new Db(createDriver({ uri: neo4j.uri }));
  await applySchema(db);
  return { neo4j, db };
}

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-crash-'));
  dirs.push(dir);
  return dir;
}

async function ingestAll(db: Db): Promise<IngestResult[]> {
  const results: IngestResult[] = [];
  for (const { extraction, text } of corpus) results.push(await ingestExtraction(db, extraction, text));
  return results;
}

async function duplicates(db: Db): Promise<number> {
  const [row] = await db.readTx((tx) => tx.runText('MATCH (n) WITH n.id AS id, count(*) AS n WHERE n > 1 RETURN count(id) AS dups'));
  return Number(row?.dups);
}

afterAll(async () => {
  for (const n of running) await n.stop();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe('ingestion survives a killed database', () => {
  it('re-running the batch after kill -9 mid-way gives the same graph as a clean run', async () => {
    // A clean run in a fresh database, timed.
    const clean = await start(tempDir());
    const t0 = performance.now();
    const cleanResults = await ingestAll(clean.db);
    const seconds = (performance.now() - t0) / 1000;
    const statements = cleanResults.reduce((n, r) => n + r.statements, 0);
    console.log(`clean ingest: ${corpus.length} articles, ${statements} statements in ${seconds.toFixed(1)} s = ` +
      `${(corpus.length / seconds).toFixed(1)} articles/s, ${(statements / seconds).toFixed(0)} statements/s`);
    expect(cleanResults.every((r) => r.status === 'new')).toBe(true);
    expect(cleanResults.reduce((n, r) => n + r.merges, 0)).toBeGreaterThan(0);
    const expected: Dump = await dumpGraph(clean.db);
    expect(await duplicates(clean.db)).toBe(0);
    await clean.db.close();
    await clean.neo4j.stop();

    // The same batch, with Neo4j killed while article #80 is being written.
    const dataDir = tempDir();
    const first = await start(dataDir);
    let written = 0;
    let failure: unknown = null;
    let killed = false;
    for (const [i, { extraction, text }] of corpus.entries()) {
      const pending = ingestExtraction(first.db, extraction, text);
      if (i === 80) {
        await new Promise((r) => setTimeout(r, 2));
        process.kill(first.neo4j.pid ?? 0, 'SIGKILL');
        killed = true;
      }
      // Once Neo4j is dead, a write that does not finish soon counts as failed (the Db fails
      // fast on an unreachable server, but the bound keeps the test's own timing out of it).
      pending.catch(() => {});
      const outcome = await Promise.race([
        pending.then(() => 'written' as const, (err: unknown) => err),
        new Promise<Error | 'written'>((r) => setTimeout(() => r(new Error('no answer')), killed ? 3000 : 60_000)),
      ]);
      if (outcome !== 'written') {
        failure = outcome;
        break;
      }
      written++;
    }
    expect(failure, 'the kill interrupted the batch').not.toBeNull();
    expect(written).toBeGreaterThanOrEqual(80);
    expect(written).toBeLessThan(corpus.length);
    await first.neo4j.stop();
    void first.db.close().catch(() => {});

    // Restart on the same data folder and run the whole batch again.
    const second = await start(dataDir);
    const rerun = await ingestAll(second.db);
    const status = (s: IngestResult['status']) => rerun.filter((r) => r.status === s).length;
    expect(status('updated')).toBe(0);
    expect(status('unchanged')).toBeGreaterThanOrEqual(80);
    expect(status('unchanged') + status('new')).toBe(corpus.length);
    const actual = await dumpGraph(second.db);
    expect(actual.nodes.length).toBe(expected.nodes.length);
    expect(actual.rels.length).toBe(expected.rels.length);
    expect(actual).toEqual(expected);
    expect(await duplicates(second.db)).toBe(0);
    await second.db.close();
  }, 600_000);
});
