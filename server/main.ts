// `npm start`: connect to (or start) Neo4j, apply the schema, load the sample corpus into
// an empty graph, and serve the GraphQL API and the client on one port.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from './api/app.ts';
import { ensureClientBuilt } from './client-build.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { connectGraph } from './db/connect.ts';
import { checkReady } from './db/ready.ts';
import { graphIsEmpty } from './graph/is-empty.ts';
import { ingestArticles } from './graph/ingest-articles.ts';
import { createHttpServer, listen } from './http.ts';
import { readArticles } from './io/read-articles.ts';
import { createLogger } from './log.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function fail(message: string): never {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

let config: Config;
try {
  config = loadConfig();
} catch (err) {
  fail(err instanceof ConfigError ? err.message : String(err));
}
const log = createLogger(config);

const graph = await connectGraph(config, (line, level = 'info') => log[level](line)).catch((err: Error) => fail(err.message));
log.info(`Neo4j ready at ${graph.uri}`);

// Sample data: an empty graph gets the sample corpus, so a first start shows something.
// A failure here is logged; the app still starts.
async function loadSampleData(): Promise<void> {
  if (!config.LOAD_SAMPLE_DATA || !(await graphIsEmpty(graph.db))) return;
  const folder = path.join(ROOT, 'data', 'articles');
  log.info(`The graph is empty: loading the sample articles from ${path.relative(ROOT, folder)}/…`);
  const articles = (async function* () {
    for await (const outcome of readArticles([folder], { maxBytes: config.MAX_ARTICLE_BYTES })) {
      if (outcome.ok) yield outcome.article;
      else log.warn(`Sample article skipped: ${outcome.file}: ${outcome.error}`);
    }
  })();
  const summary = await ingestArticles(graph.db, articles);
  for (const e of summary.errors) log.warn(`Sample article failed: ${e.file}: ${e.error}`);
  const { errors: _errors, ...counts } = summary;
  log.info(counts, `Loaded ${summary.articles} sample articles (${summary.statements} statements) in ${summary.seconds.toFixed(1)} s`);
}
await loadSampleData().catch((err: Error) => log.warn(`The sample data could not be loaded: ${err.message}`));

const clientDir = await ensureClientBuilt(ROOT, (line) => log.info(line)).catch((err: Error) => {
  log.warn(`The client could not be built (${err.message}); serving the API only.`);
  return null;
});
const app = createApp({ db: graph.db, config, log });
const server = createHttpServer(app, clientDir, { ready: () => checkReady(graph.db) });

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info(`${signal}: stopping…`);
  server.close();
  server.closeAllConnections();
  await graph.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

const url = await listen(server, config.PORT, config.HOST).catch(async (err: Error) => {
  await graph.close();
  fail(err.message);
});
console.log(`\n  Knowledge graph ready: ${url}\n  GraphQL endpoint:      ${url}graphql\n`);
