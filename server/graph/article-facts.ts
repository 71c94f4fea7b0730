// Removing what one article owns, shared by re-ingestion and deletion.
import type { Tx } from '../db/index.ts';
import { strs } from './plain.ts';
import { deleteOrphans } from './refresh-entities.ts';

/**
 * Deletes the article's statements, sources and owned edges, then the entities it alone
 * mentioned. Returns the ids of the entities it mentioned (those still there need their
 * names recomputed).
 */
export async function removeArticleFacts(tx: Tx, articleId: string): Promise<string[]> {
  const [row] = await tx.run('graph/delete-article-facts', { id: articleId, sourcePrefix: `source:${articleId}:` });
  const touched = strs(row?.entities);
  await deleteOrphans(tx, touched);
  return touched;
}
