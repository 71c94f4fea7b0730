// `kg extract` run as a real child process, the way an analyst runs it.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('..', import.meta.url));
const seeds = path.join(repo, 'tests/fixtures/seeds');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kg-extract-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function kg(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/kg.ts', ...args], {
    cwd: repo,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

async function readJson(file: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
}

describe('kg extract', () => {
  it('writes one extraction per seed article', async () => {
    const out = path.join(dir, 'seeds-out');
    const run = kg('extract', '--out', out, seeds);
    expect(run.stderr).toMatch(/^extracted 5 articles \(\d+ statements\) in [\d.]+ s, 0 failed\n$/);
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
    const written = (await readdir(out)).sort();
    const expected = (await readdir(seeds)).sort().map((name) => name.replace(/\.txt$/, '.json'));
    expect(written).toEqual(expected);
    expect(written).toHaveLength(5);
    for (const name of written) {
      const extraction = await readJson(path.join(out, name));
      expect(Object.keys(extraction).sort()).toEqual(['article', 'entities', 'relations', 'statements']);
      expect(extraction.article).toMatchObject({ file: name.replace(/\.json$/, '.txt') });
    }
  });

  it('writes the good inputs, names the bad ones and exits 1', async () => {
    const empty = path.join(dir, 'empty.txt');
    const binary = path.join(dir, 'binary.txt');
    const good = path.join(dir, 'good.md');
    const feed = path.join(dir, 'feed.jsonl');
    await writeFile(empty, '');
    await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
    await writeFile(good, '---\ntitle: Good\npublished: 1994-06-23\n---\nNATO said it was ready.\n');
    await writeFile(feed, '{"text":"One."}\nnot json\n{"text":"Three."}\n');
    const german = path.join(dir, 'german.txt');
    await writeFile(german, 'Der Außenminister sagte am Montag, dass er hoffe, einen Entwurf für ein Abkommen über die künftige Partnerschaft zwischen der NATO und Russland bei den Gesprächen mit dem Generalsekretär des Bündnisses abzuschließen, und dass die Möglichkeit der Unterzeichnung des Dokuments bis zum Ende der Woche in Luxemburg geklärt werde.\n');
    const huge = path.join(dir, 'huge.txt');
    await writeFile(huge, Buffer.alloc(20 * 1024 * 1024, 'News text. '));
    const out = path.join(dir, 'batch-out');
    const run = kg('extract', '--out', out, path.join(seeds, '000_5c8b32a41ca89c1c.txt'), empty, binary, good, feed, german, huge);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`✖ ${empty}: file is empty`);
    expect(run.stderr).toContain(`✖ ${binary}: binary file`);
    expect(run.stderr).toContain(`✖ ${feed}#2: invalid JSON`);
    expect(run.stderr).toContain(`✖ german.txt: extraction failed: the text does not look like English`);
    expect(run.stderr).toMatch(new RegExp(`✖ ${huge.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .*(large|limit)`));
    expect(run.stderr).toMatch(/extracted 4 articles \(\d+ statements\) in [\d.]+ s, 5 failed\n$/);
    expect((await readdir(out)).sort()).toEqual(['000_5c8b32a41ca89c1c.json', 'feed-1.json', 'feed-3.json', 'good.json']);
    expect((await readJson(path.join(out, 'good.json'))).article).toMatchObject({
      file: 'good.md',
      title: 'Good',
      published: '1994-06-23',
    });
    expect((await readJson(path.join(out, 'feed-3.json'))).article).toMatchObject({ file: 'feed.jsonl#3' });
  });

  it('keeps the subfolders of an input folder, so stories of the same name never collide', async () => {
    const corpus = path.join(dir, 'sections');
    const out = path.join(dir, 'sections-out');
    await mkdir(path.join(corpus, 'politics'), { recursive: true });
    await mkdir(path.join(corpus, 'business'), { recursive: true });
    await writeFile(path.join(corpus, 'politics', '001.txt'), 'Minister Jane Hale said the vote would be held in May.\n');
    await writeFile(path.join(corpus, 'business', '001.txt'), 'Chief executive John Ward said profits would rise.\n');
    const run = kg('extract', '--out', out, corpus);
    expect(run.stderr).toMatch(/extracted 2 articles .* 0 failed/);
    expect(run.status).toBe(0);
    const politics = await readJson(path.join(out, 'politics', '001.json'));
    const business = await readJson(path.join(out, 'business', '001.json'));
    expect(JSON.stringify(politics)).toContain('Jane Hale');
    expect(JSON.stringify(business)).toContain('John Ward');
    // Two sections given apart: the same, from the folder holding both.
    const apart = path.join(dir, 'sections-apart');
    expect(kg('extract', '--out', apart, path.join(corpus, 'politics'), path.join(corpus, 'business')).status).toBe(0);
    expect((await readdir(apart)).sort()).toEqual(['business', 'politics']);
  });

  it('exits 2 on a usage error', () => {
    expect(kg('extract', seeds).status).toBe(2);
    expect(kg('extract', '--out', path.join(dir, 'x')).status).toBe(2);
    expect(kg('extract', '--out', path.join(dir, 'x'), '--max-bytes', 'lots', seeds).status).toBe(2);
  });

  it('prints a JSON array with --stdout', () => {
    const run = kg('extract', '--stdout', path.join(repo, 'data/articles'));
    expect(run.status).toBe(0);
    const extractions = JSON.parse(run.stdout) as { article: { file: string; source: string | null } }[];
    expect(extractions.map((e) => e.article.file)).toHaveLength(5);
    expect(extractions[0]?.article.source).toBe('The Moscow Times');
  });
});
