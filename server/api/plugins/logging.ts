// Yoga's own log lines (the errors it masks, mostly) into the app's pino logger, one line
// each, and a database outage once per interval rather than once per refused request: while
// Neo4j is down every query fails at once, and a stack per request would bury the log.
import type { YogaLogger } from 'graphql-yoga';
import type { Logger } from '../../log.ts';
import { DbError } from '../../db/index.ts';
import { isUnsupportedText } from '../../extract/language.ts';
import { rootCause } from './errors.ts';

const OUTAGE_EVERY_MS = 10_000;

const text = (args: unknown[]) =>
  args
    .filter((a) => !(a instanceof Error))
    .map((a) => (typeof a === 'string' ? a : JSON.stringify(a)))
    .join(' ')
    .slice(0, 500);

export function yogaLogger(log: Logger, now: () => number = Date.now): YogaLogger {
  let lastOutage = -Infinity;
  let quiet = 0;
  return {
    debug: (...args: unknown[]) => log.debug(text(args)),
    info: (...args: unknown[]) => log.info(text(args)),
    warn: (...args: unknown[]) => log.warn(text(args)),
    error: (...args: unknown[]) => {
      const err = args.map(rootCause).find((a): a is Error => a instanceof Error);
      if (err instanceof DbError && err.kind === 'unavailable') {
        if (now() - lastOutage < OUTAGE_EVERY_MS) {
          quiet++;
          return;
        }
        lastOutage = now();
        log.warn(`The database is unreachable: requests answered 503 DATABASE_UNAVAILABLE${quiet ? ` (${quiet} more since the last line)` : ''}`);
        quiet = 0;
        return;
      }
      // A text the extractor refuses is the caller's mistake (BAD_USER_INPUT), not the server's.
      if (!err) return log.error(text(args) || 'error');
      const message = err.message;
      if (isUnsupportedText(err)) return log.debug(`Article refused: ${message}`);
      log.error({ err }, text(args) || message);
    },
  };
}
