import { Writable } from 'node:stream';
import { pino } from 'pino';
import { createGraphQLError } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { DbError } from '../../db/index.ts';
import { yogaLogger } from './logging.ts';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { log: pino({ level: 'debug' }, stream), lines };
}

describe("yoga's log lines", () => {
  it('logs a database outage once per 10 s, with how many refusals it left out, not a stack per request', async () => {
    const { log, lines } = capture();
    let t = 0;
    const logger = yogaLogger(log, () => t);
    const refused = () => createGraphQLError('masked', { originalError: new DbError('unavailable', 'The database is not reachable') });
    for (let i = 0; i < 20; i++) logger.error(refused());
    t = 11_000;
    logger.error(refused());
    await new Promise((r) => setImmediate(r));
    expect(lines.map((l) => l.msg)).toEqual([
      'The database is unreachable: requests answered 503 DATABASE_UNAVAILABLE',
      'The database is unreachable: requests answered 503 DATABASE_UNAVAILABLE (19 more since the last line)',
    ]);
    expect(lines.every((l) => l.level === 40)).toBe(true);
  });

  it('logs any other error as one line with the error, and the other levels as text', async () => {
    const { log, lines } = capture();
    const logger = yogaLogger(log);
    logger.error(new TypeError('boom'));
    logger.warn('slow', { ms: 3 });
    await new Promise((r) => setImmediate(r));
    expect(lines[0]).toMatchObject({ level: 50, msg: 'boom', err: { type: 'TypeError', message: 'boom' } });
    expect(lines[1]).toMatchObject({ level: 40, msg: 'slow {"ms":3}' });
  });
});
