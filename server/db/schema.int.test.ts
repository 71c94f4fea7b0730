import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { allCypherNames, applySchema, createDriver, cypher, Db } from './index.ts';

describe('schema (real Neo4j)', () => {
  let db: Db;
  beforeAll(async () => {
    db = new Db(createDriver({ uri: inject('neo4jUri') }));
    await applySchema(db);
  });
  afterAll(() => db.close());

  it('creates every constraint and index, and applying it again changes nothing', async () => {
    const names = async () =>
      (await db.readTx((tx) => tx.runText('SHOW INDEXES YIELD name, type RETURN name, type ORDER BY name'))).map((r) => r.name);
    const before = await names();
    expect(before).toEqual(
      expect.arrayContaining([
        'article_id', 'entity_id', 'source_id', 'statement_id', 'statement_date', 'actor_search', 'source_search', 'statement_search',
      ]),
    );
    const constraints = await db.readTx((tx) => tx.runText('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names'));
    expect(constraints[0]?.names).toEqual(expect.arrayContaining(['article_id', 'entity_id', 'statement_id']));
    await applySchema(db);
    expect(await names()).toEqual(before);
  });

  it('rejects a second Entity with the same id', async () => {
    await db.writeTx((tx) => tx.runText("MERGE (:Entity {id: 'test:dup'})"));
    await expect(db.writeTx((tx) => tx.runText("CREATE (:Entity {id: 'test:dup'})"))).rejects.toMatchObject({ kind: 'constraint' });
    await db.writeTx((tx) => tx.runText("MATCH (e:Entity {id: 'test:dup'}) DELETE e"));
  });

  it('every Cypher file is valid (EXPLAIN)', async () => {
    const names = allCypherNames().filter((n) => n !== 'schema');
    for (const name of names) {
      await expect(db.readTx((tx) => tx.runText(`EXPLAIN ${cypher(name)}`)), name).resolves.toBeDefined();
    }
  });
});
