// `kg entities merges | merge KEEP MERGE | split KEPT MERGED`: lists the merges of
// entities (automatic ones made at ingestion, and by hand), merges two by hand, or
// undoes a merge.
import type { Command } from 'commander';
import type { Db } from '../db/index.ts';
import { listMerges, MergeError, mergeEntities, splitEntity, type MergeInfo } from '../graph/merges.ts';
import { openGraph } from './open-graph.ts';

async function withGraph(work: (db: Db) => Promise<void>): Promise<number> {
  const graph = await openGraph();
  if (typeof graph === 'number') return graph;
  try {
    await work(graph.db);
    return 0;
  } catch (err) {
    if (!(err instanceof MergeError)) throw err;
    process.stderr.write(`✖ ${err.message}\n`);
    return 1;
  } finally {
    await graph.close();
  }
}

export function formatMerge(m: MergeInfo): string {
  const how = m.manual ? 'by hand' : 'automatic';
  return `${m.kept} ← ${m.merged} ("${m.mergedName}") ${how}, ${m.at}\n    ${m.reason}`;
}

export function registerEntities(program: Command): void {
  const entities = program.command('entities').description('entity merges: list them, merge two entities, undo a merge');
  entities
    .command('merges')
    .description('list every merge, newest first')
    .action(async () => {
      process.exitCode = await withGraph(async (db) => {
        const merges = await listMerges(db);
        process.stdout.write(merges.length ? `${merges.map(formatMerge).join('\n')}\n` : 'No merges.\n');
      });
    });
  entities
    .command('merge')
    .description('merge entity MERGE into entity KEEP (all its facts move to KEEP)')
    .argument('<keep>', 'id of the entity to keep')
    .argument('<merge>', 'id of the entity merged into it and removed')
    .option('--reason <text>', 'why (stored on the merge record)', 'merged by hand')
    .action(async (keep: string, merge: string, opts: { reason: string }) => {
      process.exitCode = await withGraph(async (db) => {
        const info = await mergeEntities(db, keep, merge, opts.reason);
        process.stdout.write(`Merged.\n${formatMerge(info)}\nUndo with: kg entities split ${info.kept} ${info.merged}\n`);
      });
    });
  entities
    .command('split')
    .description('undo the merge of MERGED into KEPT: recreate MERGED and move its facts back')
    .argument('<kept>', 'id of the entity that was kept')
    .argument('<merged>', 'id of the entity that was merged into it')
    .action(async (kept: string, merged: string) => {
      process.exitCode = await withGraph(async (db) => {
        await splitEntity(db, kept, merged);
        process.stdout.write(`Split: ${merged} is its own entity again.\n`);
      });
    });
}
