// A fresh Neo4j for one benchmark run: the product's embedded launcher on a free port,
// with its own temporary data folder, removed again by close().
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { applySchema, createDriver, waitForNeo4j } from '../server/db/index.ts';
import { freePort } from '../server/neo4j/free-port.ts';
import { startLocalNeo4j } from '../server/neo4j/local.ts';
import { InstrumentedDb } from './instrumented-db.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface BenchGraph {
  db: InstrumentedDb;
  uri: string;
  close(): Promise<void>;
}

export interface BenchGraphOptions {
  pageCacheMb: number;
  heapMb: number;
}


export async function startBenchGraph(opts: BenchGraphOptions): Promise<BenchGraph> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bench-neo4j-'));
  const neo4j = await startLocalNeo4j({
    stateDir: path.join(ROOT, '.neo4j'),
    dataDir,
    port: await freePort(),
    pageCacheMb: opts.pageCacheMb,
    heapMb: opts.heapMb,
    log: (line) => console.error(line),
  });
  // Reads in the query benchmark may queue behind 20 concurrent requests: a generous timeout.
  const db = new InstrumentedDb(createDriver({ uri: neo4j.uri }), { timeoutMs: 60_000 });
  try {
    await waitForNeo4j(db.driver);
    await applySchema(db);
  } catch (err) {
    await db.close();
    await neo4j.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
  return {
    db,
    uri: neo4j.uri,
    async close() {
      await db.close();
      await neo4j.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
