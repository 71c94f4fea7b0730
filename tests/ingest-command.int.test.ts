// `kg ingest` and `kg entities` run as real child processes against the test run's Neo4j,
// the way an analyst runs them: the sample articles go in once, a bad file is named while
// the rest goes in, a second run changes nothing, and the cross-article merge is listed.
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDriver, Db } from '../server/db/index.ts';
import { deleteArticle } from '../server/graph/delete-article.ts';
import { extractArticle } from '../server/extract/index.ts';
import { readArticles } from '../server/io/read-articles.ts';

const repo = fileURLToPath(new URL('..', import.meta.url));
const samples = path.join(repo, 'data/articles');
let dir: string;
let db: Db;
const sampleFiles = new Set<string>();
/** What the extractor finds in the samples: ingestion must store every statement of it. */
let sampleStatements = 0;

function kg(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/kg.ts', ...args], {
    cwd: repo,
    env: { ...process.env, NEO4J_URI: inject('neo4jUri'), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  return new Promise((resolve) => child.once('exit', (status) => resolve({ status, stdout, stderr })));
}

async function count(cypher: string): Promise<number> {
  const [row] = await db.readTx((tx) => tx.runText(cypher));
  return Number(row?.n);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kg-ingest-'));
  await cp(samples, dir, { recursive: true });
  for (const f of await readdir(samples)) sampleFiles.add(f);
  for await (const item of readArticles([samples])) if (item.ok) sampleStatements += extractArticle(item.article).statements.length;
  db = new Db(createDriver({ uri: inject('neo4jUri') }), { timeoutMs: 30_000 });
});

afterAll(async () => {
  // Leave the shared database as this file found it.
  const articles = await db.readTx((tx) => tx.runText('MATCH (a:Article) RETURN a.id AS id, a.file AS file'));
  for (const a of articles) if (sampleFiles.has(path.basename(String(a.file)))) await deleteArticle(db, String(a.id));
  await db.writeTx((tx) => tx.runText("MATCH (m:MergeRecord) WHERE m.merged STARTS WITH 'person:sergio-bala' DELETE m"));
  await db.close();
  await rm(dir, { recursive: true, force: true });
  await rm(`${dir}-failed.txt`, { force: true });
});

describe('kg ingest', () => {
  it('ingests the sample articles, naming a bad file while the rest goes in', async () => {
    await writeFile(path.join(dir, 'empty.txt'), '');
    // Outside the article folder, which the next test reads again.
    const failedList = `${dir}-failed.txt`;
    const run = await kg('ingest', '--no-progress', '--failed-file', failedList, dir);
    expect(run.stderr).toMatch(/✖ .*empty\.txt: .*empty/i);
    // Listed for `kg ingest --from-file`, by absolute path.
    expect(run.stdout).toContain(`not ingested 1, listed in ${failedList}`);
    expect((await readFile(failedList, 'utf8')).split('\n').filter((l) => l && !l.startsWith('#'))).toEqual([path.join(dir, 'empty.txt')]);
    expect(run.stdout).toMatch(/^Ingested 5 articles in [\d.]+ s/);
    expect(run.stdout).toMatch(/new 5, updated 0, unchanged 0, failed 1/);
    expect(sampleStatements).toBeGreaterThan(50);
    expect(run.stdout).toMatch(new RegExp(`statements ${sampleStatements}, `));
    expect(run.status).toBe(1);
    expect(await count('MATCH (a:Article) RETURN count(a) AS n')).toBe(5);
    expect(await count('MATCH (s:Statement) RETURN count(s) AS n')).toBe(sampleStatements);
  });

  it('changes nothing the second time', async () => {
    await rm(path.join(dir, 'empty.txt'));
    const before = await count('MATCH (n) RETURN count(n) AS n');
    const run = await kg('ingest', '--no-progress', dir);
    expect(run.stdout).toMatch(/new 0, updated 0, unchanged 5, failed 0/);
    expect(run.status).toBe(0);
    expect(await count('MATCH (n) RETURN count(n) AS n')).toBe(before);
  });

  it('knows the foreign ministers: Kozyrev in 1994 by his title, Lavrov also from the table of office-holders', async () => {
    const roles = (id: string) =>
      db.readTx((tx) =>
        tx.runText('MATCH (:Person {id: $id})-[r:HOLDS_ROLE]->(o) RETURN r.title AS title, r.asOf AS asOf, r.from AS from, r.source AS source, o.id AS org ORDER BY title', { id }),
      );
    const kozyrev = await roles('person:andrei-kozyrev');
    expect(kozyrev).toContainEqual(expect.objectContaining({ title: 'Foreign Minister', org: 'country:russia', asOf: expect.stringMatching(/^1994-/) }));
    // His term comes from the records added by hand where the Wikidata snapshot stops (data/knowledge/README.md).
    expect(kozyrev).toContainEqual({ title: 'foreign minister', asOf: null, from: '1990-10-11', source: 'office-holders', org: 'country:russia' });
    const lavrov = await roles('person:sergey-lavrov');
    expect(lavrov).toContainEqual({ title: 'foreign minister', asOf: null, from: '2004-03-09', source: 'office-holders', org: 'country:russia' });
    const [wikidata] = await db.readTx((tx) => tx.runText("MATCH (p:Person {id: 'person:sergey-lavrov'}) RETURN p.wikidata AS q"));
    expect(wikidata?.q).toBe('Q58217');
  });

  it('lists the merge of the two spellings of Sergio Balanzino', async () => {
    const run = await kg('entities', 'merges');
    expect(run.stdout).toMatch(/person:sergio-bala\w*zino ← person:sergio-bala\w*zino \("Sergio Bala\w*zino"\) automatic/);
    expect(run.stdout).toMatch(/\(edit distance 1\); shared title "/);
    expect(run.status).toBe(0);
    expect(await count("MATCH (p:Person) WHERE p.name STARTS WITH 'Sergio Bala' RETURN count(p) AS n")).toBe(1);
  });
});
