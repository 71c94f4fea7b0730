// Starts one real Neo4j for the whole test run, on a free port with a temporary data
// folder, and stops it afterwards. Several projects (integration, e2e) share it: the
// instance is kept on globalThis and reference-counted.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../server/neo4j/free-port.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../server/neo4j/local.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

interface Shared {
  started: Promise<{ neo4j: LocalNeo4j | null; uri: string; dataDir: string | null }>;
  users: number;
}
const KEY = Symbol.for('kg.test.neo4j');
const store = globalThis as unknown as Record<symbol, Shared | undefined>;


async function start() {
  // TEST_NEO4J_URI lets a developer point the tests at a running Neo4j instead.
  const given = process.env.TEST_NEO4J_URI;
  if (given) return { neo4j: null, uri: given, dataDir: null };
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-test-neo4j-'));
  const neo4j = await startLocalNeo4j({
    stateDir: path.resolve('.neo4j'),
    dataDir,
    port: await freePort(),
    pageCacheMb: 128,
    heapMb: 1024,
  });
  return { neo4j, uri: neo4j.uri, dataDir };
}

export default async function setup(project: TestProject) {
  let shared = store[KEY];
  if (!shared) {
    shared = { started: start(), users: 0 };
    store[KEY] = shared;
  }
  shared.users++;
  const { uri } = await shared.started;
  project.provide('neo4jUri', uri);

  return async () => {
    const s = store[KEY];
    if (!s || --s.users > 0) return;
    store[KEY] = undefined;
    const { neo4j, dataDir } = await s.started;
    await neo4j?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
