import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { DbError, failureOf, fromDriver } from './errors.ts';

const neo4jError = (message: string, code: string) => new Neo4jError(message, code, '50N42', 'error');

describe('fromDriver', () => {
  it('lets errors that are not the driver’s pass through as they are', () => {
    class Refusal extends Error {}
    const refusal = new Refusal('No entity person:x');
    expect(fromDriver(refusal)).toBe(refusal);
    const bug = new TypeError('x is undefined');
    expect(fromDriver(bug)).toBe(bug);
  });

  it('classifies the driver’s errors', () => {
    const kind = (message: string, code: string) => (fromDriver(neo4jError(message, code)) as DbError).kind;
    expect(kind('connect ECONNREFUSED 127.0.0.1:7687', 'ServiceUnavailable')).toBe('unavailable');
    expect(kind('Connection acquisition timed out in 4000 ms.', 'N/A')).toBe('unavailable');
    expect(kind('Database neo4j is unavailable.', 'Neo.TransientError.General.DatabaseUnavailable')).toBe('unavailable');
    expect(kind('The transaction has been terminated', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration')).toBe('timeout');
    expect(kind('already exists', 'Neo.ClientError.Schema.ConstraintValidationFailed')).toBe('constraint');
    expect(kind('Invalid input', 'Neo.ClientError.Statement.SyntaxError')).toBe('syntax');
    expect(kind('something else', 'Neo.DatabaseError.General.UnknownError')).toBe('other');
  });

  it('trips the breaker only for an unreachable server, not a busy one', () => {
    expect((fromDriver(neo4jError('connect ECONNREFUSED', 'ServiceUnavailable')) as DbError).unreachable).toBe(true);
    expect((fromDriver(neo4jError('Connection acquisition timed out in 4000 ms.', 'N/A')) as DbError).unreachable).toBe(false);
  });
});

describe('failureOf', () => {
  it('tells the retry policy what kind of failure it is', () => {
    expect(failureOf(neo4jError('gone', 'ServiceUnavailable'))).toBe('unreachable');
    expect(failureOf(neo4jError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected'))).toBe('transient');
    expect(failureOf(neo4jError('bad', 'Neo.ClientError.Statement.SyntaxError'))).toBe('final');
    expect(failureOf(new Error('a bug'))).toBe('final');
  });
});
