// The list of articles `kg ingest` could not ingest, written so that
// `kg ingest --from-file LIST` runs on exactly those again: one absolute path a line,
// a .jsonl line as `feed.jsonl#12`; lines starting with # are comments.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readArticles, type ReadOptions, type ReadOutcome } from '../io/read-articles.ts';

const JSONL_LINE = /^(.*\.jsonl)#(\d+)$/i;

/** `where` (a path as given, or `feed.jsonl#12`) made absolute, so the list works from any folder. */
export function absoluteWhere(where: string): string {
  const m = JSONL_LINE.exec(where);
  return m ? `${path.resolve(m[1]!)}#${m[2]}` : path.resolve(where);
}

export async function writeArticleList(file: string, wheres: readonly string[], comment: string): Promise<void> {
  const lines = [`# ${comment}`, ...wheres.map(absoluteWhere)];
  await writeFile(file, `${lines.join('\n')}\n`, 'utf8');
}

export async function readArticleList(file: string): Promise<string[]> {
  const text = await readFile(file, 'utf8');
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/**
 * Reads the listed articles in list order. A .jsonl file is read once, at its first
 * entry, yielding only the listed lines (and any failure of the file as a whole).
 */
export async function* readListedArticles(entries: readonly string[], opts: ReadOptions = {}): AsyncGenerator<ReadOutcome> {
  const lines = new Map<string, Set<number>>();
  for (const e of entries) {
    const m = JSONL_LINE.exec(e);
    if (m) lines.set(m[1]!, (lines.get(m[1]!) ?? new Set()).add(Number(m[2])));
  }
  const done = new Set<string>();
  for (const e of entries) {
    const file = JSONL_LINE.exec(e)?.[1];
    if (file === undefined) {
      yield* readArticles([e], opts);
      continue;
    }
    if (done.has(file)) continue;
    done.add(file);
    const wanted = lines.get(file)!;
    for await (const outcome of readArticles([file], opts)) {
      const where = outcome.ok ? outcome.path : outcome.file;
      const line = JSONL_LINE.exec(where)?.[2];
      if (line === undefined || wanted.has(Number(line))) yield outcome;
    }
  }
}
