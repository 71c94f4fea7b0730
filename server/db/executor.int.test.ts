// The Db against the test run's Neo4j: an error thrown by the work inside a transaction
// rolls it back and reaches the caller unchanged (only the driver's errors become
// DbErrors), and a transient failure is tried again.
import { Neo4jError } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MergeError } from '../graph/merges.ts';
import { applySchema, createDriver, Db, DbError } from './index.ts';

let db: Db;
const id = `executor-test:${Date.now()}`;

beforeAll(async () => {
  db = new Db(createDriver({ uri: inject('neo4jUri') }));
  await applySchema(db);
});

afterAll(async () => {
  await db.writeTx((tx) => tx.runText('MATCH (n:ExecutorTest) DELETE n'));
  await db.close();
});

const count = async () => Number((await db.readTx((tx) => tx.runText('MATCH (n:ExecutorTest {id: $id}) RETURN count(n) AS n', { id })))[0]?.n);

describe('Db transactions', () => {
  it('passes a domain error thrown inside the transaction through as it is, and rolls back', async () => {
    const refusal = new MergeError('No entity person:nobody', 'missing');
    const attempt = db.writeTx(async (tx) => {
      await tx.runText('CREATE (:ExecutorTest {id: $id})', { id });
      throw refusal;
    });
    await expect(attempt).rejects.toBe(refusal);
    expect(await count()).toBe(0);
  });

  it('turns a Neo4j error into a DbError', async () => {
    const err = await db.readTx((tx) => tx.runText('MATCH (n RETURN n')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DbError);
    expect(err).toMatchObject({ kind: 'syntax' });
  });

  it('tries a transient failure again, in a new transaction', async () => {
    let attempts = 0;
    const out = await db.writeTx(async (tx) => {
      attempts++;
      await tx.runText('MERGE (:ExecutorTest {id: $id})', { id });
      if (attempts === 1) throw new Neo4jError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected', '50N42', 'error');
      return 'written';
    });
    expect(out).toBe('written');
    expect(attempts).toBe(2);
    expect(await count()).toBe(1);
  });

  it('does not try a final failure again', async () => {
    let attempts = 0;
    await expect(
      db.readTx(async () => {
        attempts++;
        throw new Neo4jError('bad', 'Neo.ClientError.Statement.SyntaxError', '42001', 'error');
      }),
    ).rejects.toMatchObject({ kind: 'syntax' });
    expect(attempts).toBe(1);
  });
});
