// Whether the graph holds no article yet (then `npm start` loads the sample corpus).
import type { Db } from '../db/index.ts';

export async function graphIsEmpty(db: Db): Promise<boolean> {
  const [row] = await db.read('graph/any-article');
  return !row;
}
