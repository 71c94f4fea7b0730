// `kg ingest` when its database dies midway, run as a real child process against a Neo4j
// of this test's own (killed by its process id, never the shared test database): it says
// so, waits a bounded time, gives up with a clear message and lists every article it did
// not ingest; `kg ingest --from-file` on that list, once Neo4j is back, completes the graph.
// Its stderr is a pipe, so progress comes as plain lines.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArticle } from '../bench/synth/generate.ts';
import { createDriver, Db } from '../server/db/index.ts';
import { freePort } from '../server/neo4j/free-port.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../server/neo4j/local.ts';

const repo = fileURLToPath(new URL('..', import.meta.url));
const FEED_LINES = 120;
const DEV = 20;
let dir: string;
let articles: string;
let dataDir: string;
let neo4j: LocalNeo4j | null = null;

// Unsupervised (restart: false): this test plays the outage itself, and a supervisor would
// bring the killed Neo4j back on the same data folder before the test restarts it.
const startNeo4j = async () =>
  startLocalNeo4j({ stateDir: path.join(repo, '.neo4j'), dataDir, port: await freePort(), pageCacheMb: 64, heapMb: 512, restart: false });

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs kg with a piped stderr; `onStderr` sees stderr as it grows. */
function kg(uri: string, args: string[], onStderr: (stderr: string) => void = () => {}): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/kg.ts', ...args], {
    cwd: repo,
    env: { ...process.env, NEO4J_URI: uri, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
  child.stderr.on('data', (b: Buffer) => {
    stderr += b.toString();
    onStderr(stderr);
  });
  return new Promise((resolve) => child.once('exit', (status) => resolve({ status, stdout, stderr })));
}

async function storedFiles(uri: string): Promise<Set<string>> {
  const db = new Db(createDriver({ uri }), { timeoutMs: 30_000 });
  try {
    const rows = await db.readTx((tx) => tx.runText('MATCH (a:Article) RETURN a.file AS file'));
    return new Set(rows.map((r) => String(r.file)));
  } finally {
    await db.close();
  }
}

/** A listed article (`/abs/feed.jsonl#3`, `/abs/d01.txt`) by the name its Article node keeps. */
const storedName = (listed: string) => path.basename(listed);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kg-outage-'));
  articles = path.join(dir, 'articles');
  dataDir = path.join(dir, 'neo4j-data');
  await mkdir(articles);
  // Read in name order: the feed's 120 short articles first, then the 20 dev articles.
  const feed = Array.from({ length: FEED_LINES }, (_, i) => JSON.stringify({ text: generateArticle(i, 5).text, published: '2005-03-01' }));
  await writeFile(path.join(articles, 'a-feed.jsonl'), `${feed.join('\n')}\n`);
  await cp(path.join(repo, 'tests/fixtures/dev/articles'), path.join(articles, 'b-dev'), { recursive: true });
  neo4j = await startNeo4j();
});

afterAll(async () => {
  await neo4j?.stop();
  await rm(dir, { recursive: true, force: true });
});

// Two Neo4j starts, 140 articles and a bounded wait of some 40 s: minutes on a loaded machine.
describe('kg ingest when Neo4j dies midway', { timeout: 600_000 }, () => {
  const all = [...Array.from({ length: FEED_LINES }, (_, i) => `a-feed.jsonl#${i + 1}`), ...Array.from({ length: DEV }, (_, i) => `d${String(i + 1).padStart(2, '0')}.txt`)];
  let failedList: string;
  let listed: string[];

  it('gives up after the bounded wait with a clear message, listing every article not ingested', async () => {
    failedList = path.join(dir, 'failed.txt');
    const pid = neo4j?.pid;
    expect(pid).toBeGreaterThan(0);
    let killedAt: number | null = null;
    const run = await kg(neo4j!.uri, ['ingest', '--db-wait', '5', '--failed-file', failedList, articles], (stderr) => {
      // Killed by its process id once the hundredth article is in.
      if (killedAt === null && /^progress: 100\/140 articles/m.test(stderr)) {
        killedAt = performance.now();
        process.kill(pid!, 'SIGKILL');
      }
    });
    const afterKill = (performance.now() - (killedAt ?? performance.now())) / 1000;
    console.info(`kg ingest gave up ${afterKill.toFixed(1)} s after Neo4j was killed`);
    expect(killedAt).not.toBeNull();
    expect(run.status).toBe(1);
    // Progress as lines on a piped stderr: the hundredth article, in the format documented.
    expect(run.stderr).toMatch(/^progress: 100\/140 articles \(71%\), \d+ statements, 0 failed, [\d.]+ articles\/s, \d+ s$/m);
    expect(run.stderr).toMatch(/⚠ The database at bolt:\/\/\S+ is not answering; waiting up to 5 s for it/);
    expect(run.stderr).toMatch(/✖ Gave up: the database did not answer for 5 s \(bolt:\/\/\S+\); \d+ articles were not tried\./);
    expect(run.stdout).toContain(`listed in ${failedList}: run \`kg ingest --from-file ${failedList}\``);
    // Bounded: not ~45 s for each of the ~40 articles left, as before.
    expect(afterKill).toBeLessThan(120);

    listed = (await readFile(failedList, 'utf8')).split('\n').filter((l) => l && !l.startsWith('#'));
    expect(listed.every((l) => path.isAbsolute(l))).toBe(true);
    expect(listed.length).toBeGreaterThanOrEqual(DEV);
    expect(new Set(listed).size).toBe(listed.length);

    // Every article is in the graph or on the list.
    neo4j = await startNeo4j();
    const stored = await storedFiles(neo4j.uri);
    expect(all.filter((name) => !stored.has(name) && !listed.map(storedName).includes(name))).toEqual([]);
    expect(stored.size).toBeGreaterThanOrEqual(100);
    expect(stored.size).toBeLessThan(all.length);
  });

  it('ingests the listed articles with --from-file once Neo4j is back, and then the list is done', async () => {
    const run = await kg(neo4j!.uri, ['ingest', '--from-file', failedList, '--failed-file', failedList]);
    expect(run.stderr).not.toMatch(/✖/);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Ingested ${listed.length} articles`));
    expect(run.stdout).toMatch(/failed 0/);
    expect([...(await storedFiles(neo4j!.uri))].sort()).toEqual([...all].sort());
    expect(existsSync(failedList)).toBe(false);
  });
});
