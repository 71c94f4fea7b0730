// Neo4j's errors become typed errors the API can map to clear messages. Only the driver's
// errors: anything else thrown inside a transaction (a domain refusal such as a
// MergeError, a bug) reaches the caller unchanged.
import { Neo4jError } from 'neo4j-driver';
import type { Failure } from './retry.ts';

export type DbErrorKind = 'unavailable' | 'timeout' | 'constraint' | 'syntax' | 'other';

export class DbError extends Error {
  constructor(
    readonly kind: DbErrorKind,
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'DbError';
  }

  /** The server cannot be reached at all (as opposed to being busy): what trips the breaker. */
  get unreachable(): boolean {
    return this.kind === 'unavailable' && this.code === 'ServiceUnavailable';
  }
}

export const unreachable = (): DbError => new DbError('unavailable', 'The database is not reachable', 'ServiceUnavailable');

/** A driver error as a DbError. */
export function toDbError(err: Neo4jError | DbError): DbError {
  if (err instanceof DbError) return err;
  const { code, message } = err;
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED/.test(message)) {
    return new DbError('unavailable', 'The database is not reachable', code);
  }
  // The server is up but the database is not (still recovering after a restart, say).
  if (/DatabaseUnavailable/.test(code)) return new DbError('unavailable', 'The database is not available yet', code);
  // Every connection of the pool busy for the whole acquisition timeout: overloaded, try later.
  if (/Connection acquisition timed out/.test(message)) {
    return new DbError('unavailable', 'The database is busy: no connection was free in time', 'ConnectionAcquisitionTimeout');
  }
  if (/TransactionTimedOut|Terminated/.test(code) || /timed? ?out/i.test(message)) {
    return new DbError('timeout', 'The query took too long and was stopped', code);
  }
  if (/ConstraintValidationFailed/.test(code)) return new DbError('constraint', message, code);
  if (/Statement\.SyntaxError|ParameterMissing|TypeError/.test(code)) return new DbError('syntax', message, code);
  return new DbError('other', message, code);
}

/** The driver's errors become DbErrors; every other error passes through as it is. */
export function fromDriver(err: unknown): unknown {
  return err instanceof Neo4jError || err instanceof DbError ? toDbError(err) : err;
}

/** How the retry policy (./retry.ts) sees an error. */
export function failureOf(err: unknown): Failure {
  if (!(err instanceof Neo4jError)) return 'final';
  if (err.code === 'ServiceUnavailable') return 'unreachable';
  return Neo4jError.isRetryable(err) ? 'transient' : 'final';
}
