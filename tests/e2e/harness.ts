// What the browser tests run against: the real server (GraphQL + the built client on one
// port) over a real Neo4j, loaded with the sample articles, and headless Chromium.
import fs from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import type { ArticleInput } from '../../common/extraction.ts';
import { createApp } from '../../server/api/app.ts';
import { ensureClientBuilt } from '../../server/client-build.ts';
import { loadConfig } from '../../server/config.ts';
import { connectGraph, type Graph } from '../../server/db/connect.ts';
import { createHttpServer, listen } from '../../server/http.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SCREENSHOTS = path.join(ROOT, 'tests', 'screenshots');
const CHROMIUM = '/usr/bin/chromium';

/** Newest modification time under a folder (files only). */
function newest(dir: string): number {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

/** The built client, rebuilt when its sources changed since the last build. */
export async function freshClient(): Promise<string> {
  const dist = path.join(ROOT, 'client', 'dist');
  const index = path.join(dist, 'index.html');
  const sources = Math.max(newest(path.join(ROOT, 'client', 'src')), fs.statSync(path.join(ROOT, 'client', 'index.html')).mtimeMs);
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs < sources) fs.rmSync(dist, { recursive: true, force: true });
  return ensureClientBuilt(ROOT, () => {});
}

export interface Explorer {
  url: string;
  graph: Graph;
  close(): Promise<void>;
}

/** Starts the app on a free port over the Neo4j at `neo4jUri`. */
export async function startExplorer(neo4jUri: string): Promise<Explorer> {
  const config = loadConfig({ NEO4J_URI: neo4jUri, NODE_ENV: 'test', LOG_LEVEL: 'silent', LOAD_SAMPLE_DATA: 'false' });
  const graph = await connectGraph(config);
  const clientDir = await freshClient();
  const server: Server = createHttpServer(createApp({ db: graph.db, config }), clientDir);
  const url = await listen(server, 0, '127.0.0.1');
  return {
    url,
    graph,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await graph.close();
    },
  };
}

/** Ingests articles read from disk (the sample corpus) and any given in memory. */
export async function ingest(graph: Graph, paths: string[], extra: ArticleInput[] = []): Promise<void> {
  // Loaded here, not at the top: the extraction pipeline reads its knowledge files on import.
  const { readArticles } = await import('../../server/io/read-articles.ts');
  const { ingestArticles } = await import('../../server/graph/ingest-articles.ts');
  const articles: ArticleInput[] = [];
  for await (const r of readArticles(paths)) {
    if (!r.ok) throw new Error(`${r.file}: ${r.error}`);
    articles.push(r.article);
  }
  const summary = await ingestArticles(graph.db, [...articles, ...extra]);
  if (summary.failed > 0) throw new Error(`ingestion failed: ${JSON.stringify(summary.errors)}`);
}

/** Waits for the system Chromium (it may still be being installed), then launches it headless. */
export async function launchChromium(timeoutMs = 120_000): Promise<Browser> {
  const until = Date.now() + timeoutMs;
  while (!fs.existsSync(CHROMIUM)) {
    if (Date.now() > until) throw new Error(`${CHROMIUM} not found: install Debian's chromium`);
    await new Promise((r) => setTimeout(r, 1000));
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}
