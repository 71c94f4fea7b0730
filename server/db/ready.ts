// What /ready reports: the database answers, and every constraint and index of
// cypher/schema.cypher exists and is online. Bounded in time: a database that does not
// answer soon is not ready, whatever the reason.
import { cypherStatements } from './cypher.ts';
import { DbError } from './errors.ts';
import type { Db, Row } from './executor.ts';

export type Readiness = { ready: true } | { ready: false; reason: string };

/** The names the schema creates: `CREATE CONSTRAINT article_id IF NOT EXISTS …` → article_id. */
export function schemaNames(statements: readonly string[]): string[] {
  return statements.flatMap((s) => {
    const m = /^CREATE\s+(?:CONSTRAINT|(?:\w+\s+)?INDEX)\s+(\w+)\s+IF NOT EXISTS/i.exec(s);
    return m?.[1] ? [m[1]] : [];
  });
}

/** The expected names that are absent or not ONLINE among SHOW INDEXES rows. */
export function notOnline(expected: readonly string[], rows: readonly Row[]): string[] {
  const online = new Set(rows.filter((r) => r.state === 'ONLINE').map((r) => r.name));
  return expected.filter((name) => !online.has(name));
}

const UNREACHABLE: Readiness = { ready: false, reason: 'The database is not reachable' };

export async function checkReady(db: Db, timeoutMs = 2_000): Promise<Readiness> {
  // While the breaker is open the answer is known: no need to wait for a connection.
  if (!db.reachable) return UNREACHABLE;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), timeoutMs);
  });
  try {
    const rows = await Promise.race([db.read('db/index-states'), late]);
    if (rows === 'late') return { ready: false, reason: `The database did not answer within ${timeoutMs / 1000} s` };
    const missing = notOnline(schemaNames(cypherStatements('schema')), rows);
    if (missing.length === 0) return { ready: true };
    const some = missing.slice(0, 5).join(', ') + (missing.length > 5 ? ` and ${missing.length - 5} more` : '');
    return { ready: false, reason: `The schema is not in place: ${some} missing or not online` };
  } catch (err) {
    if (err instanceof DbError && err.kind === 'unavailable') return UNREACHABLE;
    return { ready: false, reason: 'The database check failed' };
  } finally {
    clearTimeout(timer);
  }
}
