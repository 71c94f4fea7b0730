// Replays the read transactions one GraphQL request ran (recorded by InstrumentedDb)
// through the bare Db: the same Cypher files with the same params, with no GraphQL, HTTP
// or resolvers around them. Transactions that overlapped in the request (DataLoader
// batches of one level) run concurrently again; the rest in order.
import type { Db } from '../server/db/index.ts';
import type { RecordedTx } from './instrumented-db.ts';

export type Waves = RecordedTx[][];

export function toWaves(recorded: readonly RecordedTx[]): Waves {
  const waves: Waves = [];
  let current: RecordedTx[] = [];
  let firstEnd = Infinity;
  for (const tx of [...recorded].sort((a, b) => a.start - b.start)) {
    if (tx.mode !== 'read') throw new Error('only read requests can be replayed');
    if (current.length > 0 && tx.start >= firstEnd) {
      waves.push(current);
      current = [];
      firstEnd = Infinity;
    }
    current.push(tx);
    firstEnd = Math.min(firstEnd, tx.end);
  }
  if (current.length > 0) waves.push(current);
  return waves;
}

export async function replay(db: Db, waves: Waves): Promise<void> {
  for (const wave of waves) {
    await Promise.all(
      wave.map((tx) =>
        db.readTx(async (t) => {
          for (const q of tx.queries) await t.run(q.name, q.params);
        }),
      ),
    );
  }
}
