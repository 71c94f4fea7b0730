// A Db that watches the Cypher run through it: time per named query (where ingestion
// spends its time), and, while recording, every transaction with its queries and params
// (what one GraphQL request runs, to replay through the bare driver).
import { Db, type Params, type Tx } from '../server/db/index.ts';

export interface RecordedQuery {
  name: string;
  params: Params;
}

export interface RecordedTx {
  mode: 'read' | 'write';
  queries: RecordedQuery[];
  start: number;
  end: number;
}

export interface QueryTime {
  count: number;
  ms: number;
}

/** The name ad-hoc Cypher (runText: benchmark queries, never the product's) is timed under. */
export const AD_HOC = '(ad hoc)';

export class InstrumentedDb extends Db {
  readonly times = new Map<string, QueryTime>();
  /** Write transactions: time from the end of their work to the commit returning (and the session closing). */
  commit: QueryTime = { count: 0, ms: 0 };
  recording: RecordedTx[] | null = null;

  private watched(tx: Tx, rec: RecordedTx | null): Tx {
    const timed = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
      const t0 = performance.now();
      try {
        return await run();
      } finally {
        const t = this.times.get(name) ?? { count: 0, ms: 0 };
        t.count++;
        t.ms += performance.now() - t0;
        this.times.set(name, t);
      }
    };
    return {
      run: (name, params = {}) => {
        rec?.queries.push({ name, params });
        return timed(name, () => tx.run(name, params));
      },
      runText: (text, params = {}) => timed(AD_HOC, () => tx.runText(text, params)),
    };
  }

  private async watch<T>(mode: RecordedTx['mode'], go: (wrap: (tx: Tx) => Tx) => Promise<T>): Promise<T> {
    const rec: RecordedTx | null = this.recording ? { mode, queries: [], start: performance.now(), end: 0 } : null;
    // A retried transaction starts its list again: only the attempt that committed counts.
    const result = await go((tx) => {
      if (rec) rec.queries = [];
      return this.watched(tx, rec);
    });
    if (rec && this.recording) {
      rec.end = performance.now();
      this.recording.push(rec);
    }
    return result;
  }

  override readTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.watch('read', (wrap) => super.readTx((tx) => work(wrap(tx))));
  }

  override writeTx<T>(work: (tx: Tx) => Promise<T>, timeoutMs?: number): Promise<T> {
    return this.watch('write', async (wrap) => {
      let workDone = 0;
      const result = await super.writeTx(async (tx) => {
        const r = await work(wrap(tx));
        workDone = performance.now();
        return r;
      }, timeoutMs);
      this.commit.count++;
      this.commit.ms += performance.now() - workDone;
      return result;
    });
  }

  /** Query times, slowest in total first. */
  timeTable(): { name: string; count: number; ms: number; msEach: number }[] {
    return [...this.times]
      .map(([name, t]) => ({ name, count: t.count, ms: t.ms, msEach: t.ms / t.count }))
      .sort((a, b) => b.ms - a.ms);
  }
}
