// `npm run neo4j`: the local Neo4j the app would start (LOCAL_NEO4J_PORT, LOCAL_NEO4J_DIR),
// in the foreground and supervised, so several commands can share it through NEO4J_URI.
// Ctrl-C (or SIGTERM) stops it.
import { ConfigError, loadConfig } from '../config.ts';
import { localNeo4jOptions } from '../db/connect.ts';
import { startLocalNeo4j } from './local.ts';

const say = (line: string) => process.stderr.write(`${line}\n`);

let config;
try {
  config = loadConfig();
} catch (err) {
  say(`✖ ${err instanceof ConfigError ? err.message : String(err)}`);
  process.exit(2);
}

say(`Starting Neo4j on port ${config.LOCAL_NEO4J_PORT} (data in ${config.LOCAL_NEO4J_DIR}/data)…`);
const neo4j = await startLocalNeo4j(localNeo4jOptions(config, say)).catch((err: Error) => {
  say(`✖ ${err.message}`);
  process.exit(1);
});
// The URI on stdout, alone, for scripts; the rest on stderr.
console.log(neo4j.uri);
say(`Neo4j is running (pid ${neo4j.pid}). Use it with: NEO4J_URI=${neo4j.uri} npm start   (Ctrl-C stops it)`);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  say(`${signal}: stopping Neo4j…`);
  await neo4j.stop();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
