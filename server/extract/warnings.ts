// Faults the pipeline survives. A rule that meets a sentence no one foresaw may throw; the
// stage drops what that sentence would have given and records where and why, so one odd
// sentence never costs the article.
import type { ExtractionWarning } from '../../common/extraction.ts';

export type { ExtractionWarning } from '../../common/extraction.ts';

const MAX_MESSAGE = 200;

/** A short, single-line description of a thrown value; never the text being read. */
export function faultMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message || error.name : typeof error === 'string' ? error : 'unknown error';
  const line = raw.split('\n')[0]!.trim() || 'unknown error';
  return line.length > MAX_MESSAGE ? `${line.slice(0, MAX_MESSAGE)}…` : line;
}

/** Runs `work`; on a throw records a warning and returns `fallback` instead. */
export function guarded<T>(warnings: ExtractionWarning[], stage: string, offset: number, work: () => T, fallback: T): T {
  try {
    return work();
  } catch (error) {
    warnings.push({ stage, offset, message: faultMessage(error) });
    return fallback;
  }
}
