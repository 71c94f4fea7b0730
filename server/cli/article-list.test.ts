import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { absoluteWhere, readArticleList, readListedArticles, writeArticleList } from './article-list.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kg-list-'));
  await writeFile(path.join(dir, 'one.txt'), 'Mr Smith said the talks would go on.');
  const lines = [1, 2, 3, 4].map((n) => JSON.stringify({ text: `Article ${n}: the minister said so.` }));
  await writeFile(path.join(dir, 'feed.jsonl'), `${lines.join('\n')}\n`);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the list of articles not ingested', () => {
  it('is written with absolute paths and read back without its comment', async () => {
    const list = path.join(dir, 'failed.txt');
    await writeArticleList(list, [path.join(dir, 'one.txt'), `${path.join(dir, 'feed.jsonl')}#3`], 'run again');
    expect(await readArticleList(list)).toEqual([path.join(dir, 'one.txt'), `${path.join(dir, 'feed.jsonl')}#3`]);
    expect(absoluteWhere('feed.jsonl#12')).toBe(`${path.resolve('feed.jsonl')}#12`);
    expect(absoluteWhere('a#1.txt')).toBe(path.resolve('a#1.txt'));
  });

  it('reads exactly the listed articles: whole files, and only the listed lines of a .jsonl', async () => {
    const feed = path.join(dir, 'feed.jsonl');
    const out = [];
    for await (const o of readListedArticles([`${feed}#4`, path.join(dir, 'one.txt'), `${feed}#2`])) out.push(o.ok ? [o.path, o.article.text] : [o.file, o.error]);
    expect(out).toEqual([
      [`${feed}#2`, 'Article 2: the minister said so.'],
      [`${feed}#4`, 'Article 4: the minister said so.'],
      [path.join(dir, 'one.txt'), 'Mr Smith said the talks would go on.'],
    ]);
  });

  it('passes on what cannot be read, by name', async () => {
    const out = [];
    for await (const o of readListedArticles([path.join(dir, 'gone.txt')])) out.push(o);
    expect(out).toEqual([{ ok: false, file: path.join(dir, 'gone.txt'), error: 'no such file or folder' }]);
  });
});
