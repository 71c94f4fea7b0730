// Reads articles from disk: .txt (text only), .md (optional YAML front matter) and
// .jsonl (one article per line, streamed). Every problem with one input becomes an
// error outcome instead of a throw, so a batch goes on past a bad file. Article text
// is kept byte-exact (only a leading BOM is dropped): extraction offsets index it.
import { createReadStream, type Dirent } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { ArticleInput, ArticleMeta } from '../../common/extraction.ts';

/** `path`: where the article was read, as given (a .jsonl line as `feed.jsonl#12`). */
export type ReadOutcome = { ok: true; article: ArticleInput; path: string } | { ok: false; file: string; error: string };

export interface ReadOptions {
  /** Largest .txt/.md file, or .jsonl line, to read. */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const EXTENSIONS = new Set(['.txt', '.md', '.jsonl']);
const BOM = [0xef, 0xbb, 0xbf];
const SNIFF_BYTES = 8192;

type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Reads every article under `paths` (files, or folders read recursively in name order). */
export async function* readArticles(paths: string[], opts: ReadOptions = {}): AsyncGenerator<ReadOutcome> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  for await (const entry of articleFiles(paths)) {
    if (typeof entry === 'string') yield* readOne(entry, maxBytes);
    else yield entry;
  }
}

/** The files readArticles reads, in its order; a path that cannot be listed comes as its failure. */
export async function* articleFiles(paths: string[]): AsyncGenerator<string | ReadOutcome> {
  for (const given of paths) {
    let isFolder: boolean;
    try {
      isFolder = (await stat(given)).isDirectory();
    } catch (error) {
      yield fail(given, fsMessage(error));
      continue;
    }
    if (isFolder) yield* listFolder(given);
    else yield given;
  }
}

/** Article files in a folder and its subfolders, sorted by name; other files are skipped. */
async function* listFolder(dir: string): AsyncGenerator<string | ReadOutcome> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield fail(dir, fsMessage(error));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* listFolder(full);
    else if ((entry.isFile() || entry.isSymbolicLink()) && EXTENSIONS.has(extensionOf(entry.name))) yield full;
  }
}

async function* readOne(file: string, maxBytes: number): AsyncGenerator<ReadOutcome> {
  const extension = extensionOf(file);
  if (extension === '.jsonl') {
    yield* readJsonl(file, maxBytes);
    return;
  }
  if (!EXTENSIONS.has(extension)) {
    yield fail(file, `unsupported file type "${extension || '(none)'}": expected .txt, .md or .jsonl`);
    return;
  }
  const loaded = await loadText(file, maxBytes);
  if (!loaded.ok) {
    yield fail(file, loaded.error);
    return;
  }
  const name = path.basename(file);
  if (extension === '.txt') {
    yield toOutcome(file, { meta: emptyMeta(name), text: loaded.value });
    return;
  }
  const parsed = parseMarkdown(loaded.value);
  if (!parsed.ok) yield fail(file, parsed.error);
  else yield toOutcome(file, { meta: { ...emptyMeta(name), ...parsed.value.meta }, text: parsed.value.body });
}

/** Reads a whole small file as UTF-8 text, checking size (before reading) and content. */
async function loadText(file: string, maxBytes: number): Promise<Result<string>> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return { ok: false, error: 'not a regular file' };
    if (info.size > maxBytes) return { ok: false, error: tooLarge('file', info.size, maxBytes) };
    if (info.size === 0) return { ok: false, error: 'file is empty' };
    return decodeText(await readFile(file));
  } catch (error) {
    return { ok: false, error: fsMessage(error) };
  }
}

/** Strict UTF-8 decoding that refuses binary content; drops a leading BOM only. */
function decodeText(raw: Uint8Array): Result<string> {
  const bytes = startsWithBom(raw) ? raw.subarray(BOM.length) : raw;
  if (bytes.includes(0)) return { ok: false, error: 'binary file (contains NUL bytes), not text' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, error: 'not valid UTF-8 text' };
  }
  if (controlShare(text) > 0.1) return { ok: false, error: 'binary file (mostly control characters), not text' };
  return { ok: true, value: text };
}

function startsWithBom(bytes: Uint8Array): boolean {
  return BOM.every((b, i) => bytes[i] === b);
}

/** Share of characters that are control codes other than the usual whitespace. */
function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c <= 0x9f)) count++;
  }
  return count / text.length;
}

function toOutcome(file: string, article: ArticleInput): ReadOutcome {
  if (article.text.trim() === '') {
    return fail(file, article.text === '' ? 'article text is empty' : 'article text is only whitespace');
  }
  return { ok: true, article, path: file };
}

// ---- .md: YAML front matter, then the article text ----

/** Trims, and turns an empty string into null. */
const optionalText = z
  .string()
  .nullish()
  .transform((v) => (v == null || v.trim() === '' ? null : v.trim()));

const publishedDate = z
  .union([z.string(), z.date()])
  .nullish()
  .transform((v, ctx) => {
    if (v == null) return null;
    const date = toIsoDate(v);
    if (date === null) {
      ctx.addIssue({ code: 'custom', message: `expected a date such as 1997-05-06, got ${JSON.stringify(v)}` });
      return z.NEVER;
    }
    return date;
  });

const identity = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((v) => (v == null || String(v).trim() === '' ? null : String(v).trim()));

const metaFields = {
  title: optionalText,
  published: publishedDate,
  source: optionalText,
  url: optionalText.refine((v) => v === null || URL.canParse(v), 'expected an absolute URL'),
  id: identity,
  dateline: optionalText,
};

// Unknown keys (tags, author…) are allowed and ignored.
const FrontMatter = z.object(metaFields);

type MetaFields = Omit<ArticleMeta, 'file'>;

function parseMarkdown(content: string): Result<{ meta: Partial<MetaFields>; body: string }> {
  const opening = /^---[ \t]*\r?\n/.exec(content);
  if (!opening) return { ok: true, value: { meta: {}, body: content } };
  const closing = /^---[ \t]*(?:\r?\n|$)/gm;
  closing.lastIndex = opening[0].length;
  const end = closing.exec(content);
  if (!end) return { ok: false, error: 'front matter starts with --- but has no closing --- line' };
  let data: unknown;
  try {
    data = parseYaml(content.slice(opening[0].length, end.index));
  } catch (error) {
    return { ok: false, error: `bad front matter: invalid YAML: ${firstLine(error)}` };
  }
  const checked = FrontMatter.safeParse(data ?? {});
  if (!checked.success) return { ok: false, error: `bad front matter: ${issuesText(checked.error)}` };
  return { ok: true, value: { meta: checked.data, body: content.slice(end.index + end[0].length) } };
}

/** YYYY-MM-DD from a YAML date, an ISO date(-time) string or a date written with a month name. */
function toIsoDate(value: string | Date): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  const s = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]|$)/.exec(s);
  if (iso) {
    const [, y, m, d] = iso.map(Number) as [number, number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    const valid = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
    return valid ? `${iso[1]}-${iso[2]}-${iso[3]}` : null;
  }
  // "May 6, 1997", "6 May 1997": a month name makes the order unambiguous.
  if (!/\b[a-z]{3,}\b/i.test(s) || !/\b\d{4}\b/.test(s)) return null;
  const parsed = new Date(s);
  if (Number.isNaN(parsed.getTime())) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${parsed.getFullYear()}-${pad(parsed.getMonth() + 1)}-${pad(parsed.getDate())}`;
}

// ---- .jsonl: one JSON article per line, streamed ----

const JsonlLine = z.object({ text: z.string(), ...metaFields });

async function* readJsonl(file: string, maxBytes: number): AsyncGenerator<ReadOutcome> {
  const checked = await checkJsonlFile(file);
  if (checked) {
    yield fail(file, checked);
    return;
  }
  const name = path.basename(file);
  let lineNumber = 0;
  let articles = 0;
  // latin1 maps each byte to one character, so each line's bytes come back exactly
  // and can be decoded strictly (readline's own UTF-8 decoding would hide bad bytes).
  const input = createReadStream(file, { encoding: 'latin1' });
  try {
    const lines = createInterface({ input, crlfDelay: Infinity });
    for await (const line of lines) {
      lineNumber++;
      if (line.trim() === '') continue;
      articles++;
      const where = `${file}#${lineNumber}`;
      const parsed = parseJsonlLine(Buffer.from(line, 'latin1'), lineNumber === 1, maxBytes);
      if (!parsed.ok) yield fail(where, parsed.error);
      else yield toOutcome(where, { meta: { ...emptyMeta(`${name}#${lineNumber}`), ...parsed.value.meta }, text: parsed.value.text });
    }
  } catch (error) {
    yield fail(file, `${fsMessage(error)} (after line ${lineNumber})`);
    return;
  } finally {
    // Also when the caller stops early: readline does not close its input.
    input.destroy();
  }
  if (articles === 0) yield fail(file, 'file is empty (only blank lines)');
}

/** Checks a .jsonl file before streaming it: a readable, non-empty file that is not binary. */
async function checkJsonlFile(file: string): Promise<string | null> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return 'not a regular file';
    if (info.size === 0) return 'file is empty';
    const handle = await open(file, 'r');
    try {
      const { bytesRead, buffer } = await handle.read(Buffer.alloc(SNIFF_BYTES), 0, SNIFF_BYTES, 0);
      if (buffer.subarray(0, bytesRead).includes(0)) return 'binary file (contains NUL bytes), not text';
    } finally {
      await handle.close();
    }
    return null;
  } catch (error) {
    return fsMessage(error);
  }
}

function parseJsonlLine(raw: Buffer, first: boolean, maxBytes: number): Result<{ meta: Partial<MetaFields>; text: string }> {
  if (raw.length > maxBytes) return { ok: false, error: tooLarge('line', raw.length, maxBytes) };
  const bytes = first && startsWithBom(raw) ? raw.subarray(BOM.length) : raw;
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, error: 'not valid UTF-8 text' };
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, error: `invalid JSON: ${firstLine(error)}` };
  }
  const checked = JsonlLine.safeParse(data);
  if (!checked.success) return { ok: false, error: `bad article: ${issuesText(checked.error)}` };
  const { text, ...meta } = checked.data;
  return { ok: true, value: { meta, text } };
}

// ---- small helpers ----

function emptyMeta(file: string): ArticleMeta {
  return { file, title: null, published: null, source: null, dateline: null, id: null, url: null };
}

function fail(file: string, error: string): ReadOutcome {
  return { ok: false, file, error };
}

function extensionOf(file: string): string {
  return path.extname(file).toLowerCase();
}

function tooLarge(what: string, size: number, limit: number): string {
  return `${what} is too large: ${formatBytes(size)}, the limit is ${formatBytes(limit)}`;
}

function formatBytes(n: number): string {
  const mb = n / (1024 * 1024);
  return mb >= 0.1 ? `${mb.toFixed(1)} MB (${n} bytes)` : `${n} bytes`;
}

function issuesText(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length > 0 ? i.path.join('.') : 'value'}: ${i.message}`).join('; ');
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}

function fsMessage(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder, not a file';
    default:
      return firstLine(error);
  }
}
