// Merges of entities: listing them, merging two by hand, and undoing a merge (split).
// Every fact moved onto the kept entity records the merged id in `mergedFrom`, which is
// what a split moves back. See README.md for what a split restores.
import type { Db, Row, Tx } from '../db/index.ts';
import { str, strs } from './plain.ts';
import { deleteOrphans, refreshEntities } from './refresh-entities.ts';

export interface MergeInfo {
  id: string;
  kept: string;
  merged: string;
  mergedName: string;
  mergedAliases: string[];
  reason: string;
  manual: boolean;
  at: string;
}

/** A merge or split refused: `missing` when an entity or merge it names does not exist. */
export class MergeError extends Error {
  constructor(
    message: string,
    readonly reason: 'missing' | 'invalid' = 'invalid',
  ) {
    super(message);
    this.name = 'MergeError';
  }
}

const missing = (message: string) => new MergeError(message, 'missing');
const aOrAn = (type: string) => `${/^[aeiou]/i.test(type) ? 'an' : 'a'} ${type}`;

/** A merge moves every fact of an entity: a large one takes a while. */
const MERGE_TIMEOUT_MS = 120_000;

/** One relationship type's move, each its own Cypher file (no APOC: types are not parameters). */
const MOVES = ['move-mentions', 'move-said', 'move-statement-links', 'move-roles', 'move-relations', 'move-affiliations'];

function toMergeInfo(r: Row): MergeInfo {
  return {
    id: str(r.id),
    kept: str(r.kept),
    merged: str(r.merged),
    mergedName: str(r.mergedName),
    mergedAliases: strs(r.mergedAliases),
    reason: str(r.reason),
    manual: r.manual === true,
    at: str(r.at),
  };
}

export const mergeRecordId = (merged: string): string => `merge:${merged}`;

export async function listMerges(db: Db): Promise<MergeInfo[]> {
  return (await db.read('graph/list-merges')).map(toMergeInfo);
}

async function moveAll(tx: Tx, params: { from: string; to: string; only: string | null; add: string | null; remove: string | null }) {
  for (const name of MOVES) await tx.run(`graph/${name}`, params);
}

/** Moves every relationship of `mergeId` onto `keepId`, unions the names, deletes `mergeId` and records the merge. */
export async function mergeEntities(db: Db, keepId: string, mergeId: string, reason = 'merged by hand'): Promise<MergeInfo> {
  if (keepId === mergeId) throw new MergeError(`Cannot merge ${keepId} into itself`);
  if ([keepId, mergeId].some((id) => id.startsWith('source:'))) {
    throw new MergeError('Unnamed sources are not merged: each belongs to its article');
  }
  // Checked inside the transaction, before anything is written: a MergeError thrown here
  // rolls it back and reaches the caller as it is.
  return db.writeTx(async (tx) => {
    const found = await tx.run('graph/get-entities', { ids: [keepId, mergeId] });
    const keep = found.find((r) => r.id === keepId);
    const merge = found.find((r) => r.id === mergeId);
    if (!keep) throw missing(`No entity ${keepId}`);
    if (!merge) throw missing(`No entity ${mergeId}`);
    if (keep.type !== merge.type) throw new MergeError(`Cannot merge ${aOrAn(str(merge.type))} into ${aOrAn(str(keep.type))}`);

    await moveAll(tx, { from: mergeId, to: keepId, only: null, add: mergeId, remove: null });
    await tx.run('graph/delete-entity', { id: mergeId });
    await tx.run('graph/repoint-merge-records', { from: mergeId, to: keepId });
    const id = mergeRecordId(mergeId);
    const record = { id, kept: keepId, merged: mergeId, mergedName: str(merge.name), mergedAliases: strs(merge.aliases), reason, manual: true };
    await tx.run('graph/create-merge-records', { rows: [record] });
    await refreshEntities(tx, [keepId]);
    const [stored] = await tx.run('graph/get-merge-record', { id });
    if (!stored) throw new Error(`Merge record ${id} was not written`);
    return toMergeInfo(stored);
  }, MERGE_TIMEOUT_MS);
}

/**
 * Undoes the merge of `mergedId` into `keptId`: recreates `mergedId` (same type, its
 * recorded name and aliases) and moves back every fact recorded as coming from it.
 */
export async function splitEntity(db: Db, keptId: string, mergedId: string): Promise<void> {
  await db.writeTx(async (tx) => {
    const found = await tx.run('graph/get-entities', { ids: [keptId, mergedId] });
    const kept = found.find((r) => r.id === keptId);
    if (!kept) throw missing(`No entity ${keptId}`);
    const [record] = await tx.run('graph/get-merge-record', { id: mergeRecordId(mergedId) });
    if (!record || record.kept !== keptId) throw missing(`No merge of ${mergedId} into ${keptId} is recorded`);
    if (found.some((r) => r.id === mergedId)) throw new MergeError(`${mergedId} exists already`);

    const info = toMergeInfo(record);
    const names = { name: info.mergedName || mergedId, aliases: info.mergedAliases };
    await tx.run('graph/create-entity', { id: mergedId, type: str(kept.type), ...names });
    await moveAll(tx, { from: keptId, to: mergedId, only: mergedId, add: null, remove: mergedId });
    await tx.run('graph/split-absorbed-mentions', { id: mergedId, kept: keptId, ...names });
    await tx.run('graph/restore-mentions', { id: mergedId, ...names });
    await tx.run('graph/delete-merge-record', { id: info.id });
    await refreshEntities(tx, [keptId, mergedId], new Map([[mergedId, { ...names, titles: [] }]]));
    // The kept entity may have been held only by what came from the merged one.
    await deleteOrphans(tx, [keptId]);
  }, MERGE_TIMEOUT_MS);
}
