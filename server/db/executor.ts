// Where queries meet the driver: read/write transactions (routed by access mode, so the
// same code runs on a cluster through a neo4j:// URI), retried by ./retry.ts, a timeout on
// every query, typed errors, plain values out, and a breaker (./breaker.ts) that makes
// every query fail at once while the database is unreachable.
import type { Driver, Session, Transaction } from 'neo4j-driver';
import { Breaker } from './breaker.ts';
import { cypher } from './cypher.ts';
import { failureOf, fromDriver, unreachable } from './errors.ts';
import { retryDelay } from './retry.ts';
import { toPlain, type Plain } from './values.ts';

export type Row = Record<string, Plain>;
export type Params = Record<string, unknown>;

/** A query inside a transaction: `tx.run('graph/write-article', {id, props, entities})`. */
export interface Tx {
  run(name: string, params?: Params): Promise<Row[]>;
  /** Ad-hoc Cypher text (tests and benchmarks only; product queries live in cypher/). */
  runText(text: string, params?: Params): Promise<Row[]>;
}

export interface DbOptions {
  database?: string;
  timeoutMs?: number;
  /** Told when the database becomes unreachable (up false) and when it answers again. */
  onAvailability?: (up: boolean, downMs: number) => void;
}

async function runIn(tx: Transaction, text: string, params: Params): Promise<Row[]> {
  const res = await tx.run(text, params);
  return res.records.map((r) => toPlain(r.toObject()) as Row);
}

function txApi(tx: Transaction): Tx {
  return {
    run: (name, params = {}) => runIn(tx, cypher(name), params),
    runText: (text, params = {}) => runIn(tx, text, params),
  };
}

/** One attempt: `work` in a transaction, committed if it returns, rolled back if it throws. */
async function attempt<T>(session: Session, work: (tx: Tx) => Promise<T>, timeout: number): Promise<T> {
  const tx = session.beginTransaction({ timeout });
  try {
    const out = await work(txApi(tx));
    await tx.commit();
    return out;
  } catch (err) {
    if (tx.isOpen()) await tx.rollback().catch(() => {});
    throw err;
  }
}

export class Db {
  private readonly breaker: Breaker;

  constructor(
    readonly driver: Driver,
    private readonly opts: DbOptions = {},
  ) {
    this.breaker = new Breaker({
      probe: () => driver.verifyConnectivity({ database: opts.database }),
      onChange: (open, downMs) => opts.onAvailability?.(!open, downMs),
    });
  }

  /** False from the moment a query finds the database unreachable until a probe reaches it again. */
  get reachable(): boolean {
    return !this.breaker.isOpen;
  }

  private async transaction<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>, timeoutMs: number): Promise<T> {
    if (this.breaker.isOpen) throw unreachable();
    const started = Date.now();
    for (let n = 1; ; n++) {
      const session = this.driver.session({ database: this.opts.database, defaultAccessMode: mode });
      let delay: number | null;
      try {
        return await attempt(session, work, timeoutMs);
      } catch (err) {
        const failure = failureOf(err);
        delay = retryDelay(failure, n, Date.now() - started);
        if (delay === null) {
          if (failure === 'unreachable') this.breaker.trip();
          throw fromDriver(err);
        }
      } finally {
        await session.close().catch(() => {});
      }
      await new Promise((r) => setTimeout(r, delay));
    }
  }

  readTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.transaction('READ', work, this.opts.timeoutMs ?? 15_000);
  }

  writeTx<T>(work: (tx: Tx) => Promise<T>, timeoutMs?: number): Promise<T> {
    return this.transaction('WRITE', work, timeoutMs ?? this.opts.timeoutMs ?? 15_000);
  }

  read(name: string, params: Params = {}): Promise<Row[]> {
    return this.readTx((tx) => tx.run(name, params));
  }

  write(name: string, params: Params = {}): Promise<Row[]> {
    return this.writeTx((tx) => tx.run(name, params));
  }

  close(): Promise<void> {
    this.breaker.dispose();
    return this.driver.close();
  }
}
