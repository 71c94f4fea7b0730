// The fulltext indexes (search) are refreshed in the background after each commit, which
// keeps them off the ingestion path. After a batch or a mutation, waiting once makes the
// writes searchable before anyone is told they are done.
import type { Db } from '../db/index.ts';

export async function awaitSearchIndexes(db: Db): Promise<void> {
  await db.readTx((tx) => tx.run('graph/await-search-indexes'));
}
