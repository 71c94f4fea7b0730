// The one place that creates a driver. Everything else talks to Neo4j through ./executor.
import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverOptions {
  uri: string;
  user?: string;
  password?: string;
}

export function createDriver({ uri, user = 'neo4j', password = '' }: DriverOptions): Driver {
  return neo4j.driver(uri, password ? neo4j.auth.basic(user, password) : undefined, {
    // Integers outside JS's safe range never occur in this model; plain numbers are simpler.
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    // Fail fast when the server is gone or swamped (the API answers 503 within 5 s): a TCP
    // connect gives up after 3 s, a wait for a free pooled connection after 4 s (the driver
    // wants it no shorter than the connect timeout). Retries are ./retry.ts's, not the
    // driver's: the executor runs explicit transactions.
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: 4_000,
    logging: { level: 'error', logger: () => {} },
  });
}

/** Waits until Bolt answers, retrying while the server is still coming up. */
export async function waitForNeo4j(driver: Driver, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      await driver.verifyConnectivity();
      return;
    } catch (err) {
      last = err;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  throw new Error(`Neo4j did not answer within ${timeoutMs / 1000}s: ${(last as Error)?.message ?? 'unknown error'}`);
}
