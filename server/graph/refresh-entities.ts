// Recomputes entities' names, aliases, titles and keys from the MENTIONED_IN edges they
// still have, after an article is replaced or deleted, or a merge is made or undone.
import type { Tx } from '../db/index.ts';
import { entityProps, type Surface } from './entity-props.ts';
import { maps, str, strs } from './plain.ts';

export async function refreshEntities(tx: Tx, ids: readonly string[], fallback = new Map<string, Surface>()): Promise<void> {
  if (!ids.length) return;
  const found = await tx.run('graph/entity-surfaces', { ids: [...new Set(ids)] });
  const rows = found.flatMap((r) => {
    const id = str(r.id);
    const surfaces: Surface[] = maps(r.surfaces)
      .filter((s) => typeof s.name === 'string')
      .map((s) => ({ name: str(s.name), aliases: strs(s.aliases), titles: strs(s.titles) }));
    const given = fallback.get(id);
    const props = entityProps(str(r.type), surfaces.length || !given ? surfaces : [given]);
    return props ? [{ id, ...props }] : [];
  });
  if (rows.length) await tx.run('graph/set-entity-props', { rows });
}

/** Removes, among `ids`, the entities no article mentions any more. */
export async function deleteOrphans(tx: Tx, ids: readonly string[]): Promise<void> {
  if (ids.length) await tx.run('graph/delete-orphans', { ids: [...new Set(ids)] });
}
