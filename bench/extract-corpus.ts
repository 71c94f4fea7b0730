// Extraction over a real corpus without gold: every article under the given paths is read
// and extracted; the counts of articles, statements, warnings and failures are printed with
// the time taken. A failure is listed by file and reason (the message is cut short; the
// article text is never printed).
//
//   npx tsx bench/extract-corpus.ts <file or folder>...
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { UnsupportedTextError } from '../server/extract/language.ts';
import { extractArticle } from '../server/extract/index.ts';
import { articleFiles, readArticles } from '../server/io/read-articles.ts';

const MAX_REASON = 160;

const reasonOf = (error: unknown): string => {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const line = message.split('\n')[0]!;
  return line.length > MAX_REASON ? `${line.slice(0, MAX_REASON)}…` : line;
};

/** The innermost frame of the stack inside the repository, to say where a crash happened. */
const whereOf = (error: unknown): string => {
  if (!(error instanceof Error) || !error.stack) return '';
  const frame = error.stack.split('\n').find((l) => /server\/extract\//.test(l));
  const at = frame ? /server\/extract\/[\w.-]+:\d+/.exec(frame) : null;
  return at ? ` (at ${at[0]})` : '';
};

async function main(paths: string[]): Promise<number> {
  if (paths.length === 0) {
    process.stderr.write('usage: npx tsx bench/extract-corpus.ts <file or folder>...\n');
    return 2;
  }
  const started = performance.now();
  let extractionMs = 0;
  let articles = 0;
  let statements = 0;
  let entities = 0;
  let warned = 0;
  let warnings = 0;
  let unsupported = 0;
  const failures: { file: string; reason: string }[] = [];
  const warningLines: string[] = [];
  // File by file, so a failure is reported with the path it came from (corpora repeat names).
  for await (const entry of articleFiles(paths)) {
    if (typeof entry !== 'string') {
      if (!entry.ok) failures.push({ file: entry.file, reason: `unreadable: ${reasonOf(entry.error)}` });
      continue;
    }
    for await (const outcome of readArticles([entry])) {
      if (!outcome.ok) {
        failures.push({ file: entry, reason: `unreadable: ${reasonOf(outcome.error)}` });
        continue;
      }
      // meta.file is the file's name (`name.jsonl#line` for a line of a .jsonl file).
      const file = path.join(path.dirname(entry), outcome.article.meta.file);
      const t0 = performance.now();
      try {
        const x = extractArticle(outcome.article);
        articles++;
        statements += x.statements.length;
        entities += x.entities.length;
        const w = x.warnings?.length ?? 0;
        warnings += w;
        if (w > 0) {
          warned++;
          for (const wr of x.warnings!.slice(0, 3)) warningLines.push(`! ${file} @${wr.offset} [${wr.stage}] ${reasonOf(wr.message)}`);
        }
      } catch (error) {
        if (error instanceof UnsupportedTextError) unsupported++;
        else failures.push({ file, reason: reasonOf(error) + whereOf(error) });
      } finally {
        extractionMs += performance.now() - t0;
      }
    }
  }
  const seconds = (performance.now() - started) / 1000;
  for (const line of warningLines.slice(0, 50)) process.stdout.write(`${line}\n`);
  for (const f of failures) process.stdout.write(`✖ ${f.file}: ${f.reason}\n`);
  process.stdout.write(
    `articles ${articles} | statements ${statements} | entities ${entities} | ` +
      `articles with warnings ${warned} (${warnings} warnings) | not English ${unsupported} | failures ${failures.length} | ` +
      `${seconds.toFixed(1)} s (${(extractionMs / 1000).toFixed(1)} s extracting)\n`,
  );
  return failures.length > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
