// Applies cypher/schema.cypher: constraints and indexes, all IF NOT EXISTS, so it is
// idempotent and safe at every start.
import { cypherStatements } from './cypher.ts';
import type { Db } from './executor.ts';

export async function applySchema(db: Db): Promise<number> {
  const statements = cypherStatements('schema');
  // Schema changes cannot share a transaction with each other's reads; one each.
  for (const s of statements) await db.writeTx((tx) => tx.runText(s), 120_000);
  await db.writeTx((tx) => tx.runText('CALL db.awaitIndexes(120)'), 180_000);
  return statements.length;
}
