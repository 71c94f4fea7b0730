export { createDriver, waitForNeo4j } from './driver.ts';
export { Db, type Row, type Tx, type Params } from './executor.ts';
export { DbError, toDbError } from './errors.ts';
export { applySchema } from './schema.ts';
export { cypher, allCypherNames } from './cypher.ts';
export type { Plain } from './values.ts';
export { checkReady, type Readiness } from './ready.ts';
