// Neo4j error codes become typed errors the API can map to clear messages.
export type DbErrorKind = 'unavailable' | 'timeout' | 'constraint' | 'syntax' | 'other';

export class DbError extends Error {
  constructor(
    readonly kind: DbErrorKind,
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

export function toDbError(err: unknown): DbError {
  if (err instanceof DbError) return err;
  const e = err as { code?: string; message?: string };
  const code = e?.code ?? '';
  const msg = e?.message ?? String(err);
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED/.test(msg)) {
    return new DbError('unavailable', 'The database is not reachable', code);
  }
  if (/TransactionTimedOut|Terminated/.test(code) || /timed? ?out/i.test(msg)) {
    return new DbError('timeout', 'The query took too long and was stopped', code);
  }
  if (/ConstraintValidationFailed/.test(code)) return new DbError('constraint', msg, code);
  if (/Statement\.SyntaxError|ParameterMissing|TypeError/.test(code)) return new DbError('syntax', msg, code);
  return new DbError('other', msg, code);
}
