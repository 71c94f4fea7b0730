// What every graph command starts with: the configuration (a bad value is named, exit 2)
// and a connection to the graph (its failure is said in one line, exit 1).
import { ConfigError, loadConfig } from '../config.ts';
import { connectGraph, type Graph } from '../db/connect.ts';

export async function openGraph(): Promise<Graph | number> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    process.stderr.write(`✖ ${err instanceof ConfigError ? err.message : String(err)}\n`);
    return 2;
  }
  try {
    return await connectGraph(config, (line) => process.stderr.write(`${line}\n`));
  } catch (err) {
    process.stderr.write(`✖ ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}
