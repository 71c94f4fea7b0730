import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReadOutcome, readArticles } from './read-articles.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'read-articles-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes a file into the temp folder (creating subfolders) and returns its path. */
async function put(name: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
  return file;
}

async function readAll(paths: string[], maxBytes?: number): Promise<ReadOutcome[]> {
  const outcomes: ReadOutcome[] = [];
  for await (const outcome of readArticles(paths, maxBytes === undefined ? {} : { maxBytes })) outcomes.push(outcome);
  return outcomes;
}

async function readOk(file: string) {
  const [outcome, ...rest] = await readAll([file]);
  expect(rest).toEqual([]);
  if (!outcome?.ok) throw new Error(`expected an article, got ${JSON.stringify(outcome)}`);
  return outcome.article;
}

async function readError(file: string, maxBytes?: number): Promise<string> {
  const [outcome, ...rest] = await readAll([file], maxBytes);
  expect(rest).toEqual([]);
  if (outcome === undefined || outcome.ok) throw new Error(`expected an error, got ${JSON.stringify(outcome)}`);
  expect(outcome.file).toBe(file);
  expect(outcome.error).not.toContain('\n');
  return outcome.error;
}

describe('.txt', () => {
  it('keeps the text byte-exact and leaves the metadata empty', async () => {
    const text = '  Moscow -- "We are ready," he said.\r\n\n\tNo trimming here.  \n\n';
    const article = await readOk(await put('000_x.txt', text));
    expect(article.text).toBe(text);
    expect(article.meta).toEqual({
      file: '000_x.txt',
      title: null,
      published: null,
      source: null,
      dateline: null,
      id: null,
      url: null,
    });
  });

  it('drops a leading UTF-8 BOM and nothing else', async () => {
    const article = await readOk(await put('bom.txt', '\uFEFFNATO said — «non».'));
    expect(article.text).toBe('NATO said — «non».');
  });
});

describe('.md', () => {
  it('reads the front matter and keeps the body after the closing line exactly', async () => {
    const body = 'Primakov Hopes for Deal\n\n"I want this meeting to be the last one," he said.\n';
    const front = [
      '---',
      'title: "Primakov Hopes for Deal: Luxembourg"',
      'published: 1997-05-06',
      'source: The Moscow Times',
      'url: https://example.org/a/1',
      'id: 1234',
      'dateline: STRASBOURG, France',
      'tags: [ignored]',
      '---',
    ].join('\n');
    const article = await readOk(await put('a.md', `${front}\n${body}`));
    expect(article.text).toBe(body);
    expect(article.meta).toEqual({
      file: 'a.md',
      title: 'Primakov Hopes for Deal: Luxembourg',
      published: '1997-05-06',
      source: 'The Moscow Times',
      url: 'https://example.org/a/1',
      id: '1234',
      dateline: 'STRASBOURG, France',
    });
    const start = article.text.indexOf('"I want');
    expect(article.text.slice(start, start + 7)).toBe('"I want');
  });

  it('handles CRLF front matter, a BOM, and a body that starts with a blank line', async () => {
    const article = await readOk(await put('crlf.md', '\uFEFF---\r\ntitle: T\r\n---\r\n\r\nBody.\r\n'));
    expect(article.text).toBe('\r\nBody.\r\n');
    expect(article.meta.title).toBe('T');
  });

  it('takes the whole file as text when there is no front matter', async () => {
    const text = 'No front matter.\n---\nA rule, not front matter.\n';
    expect((await readOk(await put('plain.md', text))).text).toBe(text);
  });

  it.each([
    ['1997-05-06', '1997-05-06'],
    ['"1997-05-06T23:30:00+03:00"', '1997-05-06'],
    ['"May 6, 1997"', '1997-05-06'],
    ['6 May 1997', '1997-05-06'],
    ['', null],
  ])('normalises published %s', async (written, expected) => {
    const article = await readOk(await put('date.md', `---\npublished: ${written}\n---\nText.`));
    expect(article.meta.published).toBe(expected);
  });

  it.each([
    ['published: yesterday', /published: expected a date/],
    ['published: 1997-02-30', /published: expected a date/],
    ['title: [a, b]', /title:/],
    ['url: not a url', /url: expected an absolute URL/],
    ['title: "unclosed', /invalid YAML/],
    ['- just\n- a list', /bad front matter/],
  ])('reports bad front matter: %s', async (yaml, message) => {
    const error = await readError(await put('bad.md', `---\n${yaml}\n---\nText.`));
    expect(error).toMatch(/^bad front matter: /);
    expect(error).toMatch(message);
  });

  it('reports front matter that is never closed', async () => {
    expect(await readError(await put('open.md', '---\ntitle: T\nText.\n'))).toMatch(/no closing ---/);
  });

  it('reports an empty body', async () => {
    expect(await readError(await put('nobody.md', '---\ntitle: T\n---\n  \n'))).toMatch(/only whitespace/);
  });
});

describe('.jsonl', () => {
  it('yields one article per line, and an error for a bad line only', async () => {
    const lines = [
      JSON.stringify({ text: 'First, byte-exact.  ', title: 'One', published: '2021-12-27', source: 'TASS', id: 'a-1' }),
      '{"text": "broken',
      '',
      JSON.stringify({ title: 'no text' }),
      JSON.stringify({ text: 'Third.', url: 'https://example.org/3' }),
    ];
    const file = await put('feed.jsonl', `${lines.join('\n')}\n`);
    const outcomes = await readAll([file]);
    expect(outcomes).toHaveLength(4);
    const [first, broken, noText, last] = outcomes;
    expect(first).toEqual({
      ok: true,
      article: {
        text: 'First, byte-exact.  ',
        meta: {
          file: 'feed.jsonl#1',
          title: 'One',
          published: '2021-12-27',
          source: 'TASS',
          dateline: null,
          id: 'a-1',
          url: null,
        },
      },
      path: `${file}#1`,
    });
    expect(broken).toMatchObject({ ok: false, file: `${file}#2`, error: expect.stringMatching(/^invalid JSON/) });
    expect(noText).toMatchObject({ ok: false, file: `${file}#4`, error: expect.stringMatching(/text/) });
    expect(last).toMatchObject({ ok: true, article: { text: 'Third.', meta: { file: 'feed.jsonl#5' } } });
  });

  it('reports invalid UTF-8 on its line and goes on', async () => {
    const good = Buffer.from(`${JSON.stringify({ text: 'Fine — «ok».' })}\n`);
    const bad = Buffer.concat([Buffer.from('{"text": "bad '), Buffer.from([0xc3, 0x28]), Buffer.from('"}\n')]);
    const outcomes = await readAll([await put('utf8.jsonl', Buffer.concat([good, bad, good]))]);
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    expect(outcomes[1]).toMatchObject({ error: 'not valid UTF-8 text' });
    expect(outcomes[0]).toMatchObject({ article: { text: 'Fine — «ok».' } });
  });

  it('applies the size limit to each line', async () => {
    const file = await put('big.jsonl', `${JSON.stringify({ text: 'x'.repeat(200) })}\n{"text":"small"}\n`);
    const outcomes = await readAll([file], 100);
    expect(outcomes[0]).toMatchObject({ ok: false, error: expect.stringMatching(/too large.*limit is 100 bytes/) });
    expect(outcomes[1]).toMatchObject({ ok: true });
  });

  it('reports an empty or binary .jsonl file once', async () => {
    expect(await readError(await put('empty.jsonl', ''))).toBe('file is empty');
    expect(await readError(await put('blank.jsonl', '\n\n  \n'))).toMatch(/empty/);
    expect(await readError(await put('binary.jsonl', Buffer.from([0x7b, 0x00, 0x01, 0x02])))).toMatch(/binary/);
  });
});

describe('bad input', () => {
  it('reports a missing file', async () => {
    expect(await readError(path.join(dir, 'missing.txt'))).toBe('no such file or folder');
  });

  it('reports empty and whitespace-only files', async () => {
    expect(await readError(await put('empty.txt', ''))).toBe('file is empty');
    expect(await readError(await put('spaces.txt', ' \n\t\r\n'))).toMatch(/only whitespace/);
  });

  it('reports random bytes and control characters as binary', async () => {
    expect(await readError(await put('random.txt', randomBytes(64 * 1024)))).toMatch(/binary/);
    expect(await readError(await put('controls.txt', '\u0001\u0002\u0003\u0004ab'))).toMatch(/binary/);
  });

  it('reports invalid UTF-8', async () => {
    const latin1 = Buffer.from('Caf\xe9 de la Paix', 'latin1');
    expect(await readError(await put('latin1.txt', latin1))).toBe('not valid UTF-8 text');
  });

  it('refuses a file over the limit before reading it, naming size and limit', async () => {
    const file = await put('huge.txt', Buffer.alloc(20 * 1024 * 1024, 'a'));
    expect(await readError(file)).toBe(
      'file is too large: 20.0 MB (20971520 bytes), the limit is 5.0 MB (5242880 bytes)',
    );
    expect(await readError(await put('small.txt', 'twelve bytes'), 5)).toMatch(/limit is 5 bytes/);
  });

  it('reports an explicitly named file of another type', async () => {
    expect(await readError(await put('notes.pdf', 'x'))).toMatch(/unsupported file type "\.pdf"/);
  });

  it('goes on with the batch after a bad input', async () => {
    const good = await put('batch/good.txt', 'Good.');
    const outcomes = await readAll([path.join(dir, 'nope.md'), await put('batch/empty.md', ''), good]);
    expect(outcomes.map((o) => o.ok)).toEqual([false, false, true]);
  });
});

describe('folders', () => {
  it('reads recursively in name order and skips other file types', async () => {
    await put('tree/b.txt', 'B');
    await put('tree/a/z.md', 'AZ');
    await put('tree/a/b/c.jsonl', '{"text":"ABC"}\n');
    await put('tree/c.pdf', 'skipped');
    await put('tree/.hidden.txt', 'skipped');
    await put('tree/d.TXT', 'D');
    const outcomes = await readAll([path.join(dir, 'tree')]);
    expect(outcomes.map((o) => (o.ok ? o.article.meta.file : o.error))).toEqual(['c.jsonl#1', 'z.md', 'b.txt', 'd.TXT']);
  });
});

describe('sample articles', () => {
  const names = [
    '000_5c8b32a41ca89c1c',
    '001_4c9c80885384a75a',
    '002_a06626a5d6bb220e',
    '003_18ddc410654799d0',
    '004_00d7409f20d3cf43',
  ];

  it.each(names)('data/articles/%s.md has the seed text and the gold date and source', async (name) => {
    const article = await readOk(path.join(repo, 'data/articles', `${name}.md`));
    const seed = await readFile(path.join(repo, 'tests/fixtures/seeds', `${name}.txt`), 'utf8');
    const gold = JSON.parse(await readFile(path.join(repo, 'tests/fixtures/gold', `${name}.json`), 'utf8')) as {
      published: string | null;
      source: string | null;
    };
    expect(article.text).toBe(seed);
    expect(article.meta.published).toBe(gold.published);
    expect(article.meta.source).toBe(gold.source);
    expect(article.meta.title).not.toBeNull();
    expect(seed).toContain(article.meta.title);
  });
});
