// Deletes an article with everything it owns; entities it alone mentioned go with it,
// and the names of those it shared are recomputed without it.
import type { Db } from '../db/index.ts';
import { removeArticleFacts } from './article-facts.ts';
import { num } from './plain.ts';
import { refreshEntities } from './refresh-entities.ts';

/** False when no article has this id. */
export async function deleteArticle(db: Db, id: string): Promise<boolean> {
  return db.writeTx(async (tx) => {
    const [found] = await tx.run('graph/article-sha', { id });
    if (!found) return false;
    const touched = await removeArticleFacts(tx, id);
    const [row] = await tx.run('graph/delete-article-node', { id });
    await refreshEntities(tx, touched);
    return num(row?.deleted) > 0;
  }, 120_000);
}
