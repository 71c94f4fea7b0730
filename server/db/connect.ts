// Connects to the graph: to NEO4J_URI when set, else to a local Neo4j started (and kept
// running: server/neo4j/local.ts restarts it) for us. Applies the schema either way, and
// logs when the database becomes unreachable and when it answers again. `close()` releases
// all it opened, Neo4j included.
import path from 'node:path';
import type { Config } from '../config.ts';
import { startLocalNeo4j, type LocalNeo4jOptions } from '../neo4j/local.ts';
import { createDriver, waitForNeo4j } from './driver.ts';
import { Db } from './executor.ts';
import { applySchema } from './schema.ts';

export interface Graph {
  db: Db;
  uri: string;
  /** True when this process started the Neo4j it uses. */
  local: boolean;
  close(): Promise<void>;
}

/** The local Neo4j the app starts when NEO4J_URI is not set (also `npm run neo4j`'s). */
export function localNeo4jOptions(
  config: Pick<Config, 'LOCAL_NEO4J_DIR' | 'LOCAL_NEO4J_PORT'>,
  log: (line: string, level?: 'info' | 'warn') => void,
): LocalNeo4jOptions {
  return { stateDir: path.resolve(config.LOCAL_NEO4J_DIR), port: config.LOCAL_NEO4J_PORT, log };
}

export async function connectGraph(
  config: Pick<
    Config,
    'NEO4J_URI' | 'NEO4J_USER' | 'NEO4J_PASSWORD' | 'NEO4J_DATABASE' | 'LOCAL_NEO4J_DIR' | 'LOCAL_NEO4J_PORT' | 'QUERY_TIMEOUT_MS'
  >,
  log: (line: string, level?: 'info' | 'warn') => void = () => {},
): Promise<Graph> {
  let uri = config.NEO4J_URI;
  let stopLocal: (() => Promise<void>) | null = null;
  if (!uri) {
    log(`NEO4J_URI is not set: starting a local Neo4j on port ${config.LOCAL_NEO4J_PORT} (data in ${config.LOCAL_NEO4J_DIR}/data)…`);
    const local = await startLocalNeo4j(localNeo4jOptions(config, log));
    uri = local.uri;
    stopLocal = () => local.stop();
  }
  const driver = createDriver({ uri, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD });
  const db = new Db(driver, {
    database: config.NEO4J_DATABASE,
    timeoutMs: config.QUERY_TIMEOUT_MS,
    onAvailability: (up, downMs) =>
      up
        ? log(`Neo4j answers again (unreachable for ${(downMs / 1000).toFixed(1)} s)`, 'info')
        : log(`Neo4j at ${uri} is not reachable: queries fail at once (503) until it answers again`, 'warn'),
  });
  try {
    await waitForNeo4j(driver);
    await applySchema(db);
  } catch (err) {
    await driver.close();
    await stopLocal?.();
    throw err;
  }
  return {
    db,
    uri,
    local: stopLocal !== null,
    async close() {
      await driver.close();
      await stopLocal?.();
    },
  };
}
