// Where queries meet the driver: read/write transaction functions (so the same code
// runs on a cluster through a neo4j:// routing URI, with transient errors retried),
// a timeout on every query, typed errors, and plain values out.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { cypher } from './cypher.ts';
import { toDbError } from './errors.ts';
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
}

async function runIn(tx: ManagedTransaction, text: string, params: Params): Promise<Row[]> {
  const res = await tx.run(text, params);
  return res.records.map((r) => toPlain(r.toObject()) as Row);
}

function txApi(tx: ManagedTransaction): Tx {
  return {
    run: (name, params = {}) => runIn(tx, cypher(name), params),
    runText: (text, params = {}) => runIn(tx, text, params),
  };
}

export class Db {
  constructor(
    readonly driver: Driver,
    private readonly opts: DbOptions = {},
  ) {}

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({ database: this.opts.database, defaultAccessMode: mode });
  }

  private txConfig() {
    return { timeout: this.opts.timeoutMs ?? 15_000 };
  }

  async readTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.session('READ');
    try {
      return await session.executeRead((tx) => work(txApi(tx)), this.txConfig());
    } catch (err) {
      throw toDbError(err);
    } finally {
      await session.close();
    }
  }

  async writeTx<T>(work: (tx: Tx) => Promise<T>, timeoutMs?: number): Promise<T> {
    const session = this.session('WRITE');
    try {
      return await session.executeWrite((tx) => work(txApi(tx)), { timeout: timeoutMs ?? this.txConfig().timeout });
    } catch (err) {
      throw toDbError(err);
    } finally {
      await session.close();
    }
  }

  read(name: string, params: Params = {}): Promise<Row[]> {
    return this.readTx((tx) => tx.run(name, params));
  }

  write(name: string, params: Params = {}): Promise<Row[]> {
    return this.writeTx((tx) => tx.run(name, params));
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
