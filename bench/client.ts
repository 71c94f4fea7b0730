// Rendering in the browser: the bench page (bench/client-page/, built with Vite) draws
// synthetic network views of several sizes in headless Chromium with the client's own
// element building, stylesheet and layout options; per size, the time to the first frame,
// the fcose layout, and frame times while the view pans. Chromium is the system one,
// never a downloaded browser.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import type { Graph } from '../client/src/types.ts';
import type { BenchWindow, FrameTimes, RenderResult } from './client-page/contract.ts';
import { syntheticGraph } from './client-page/synthetic-graph.ts';
import type { Row } from './report.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PAGE_SRC = path.join(HERE, 'client-page');
const PAGE_OUT = path.join(HERE, 'out', 'client-page');
const CHROMIUM = '/usr/bin/chromium';
const VIEWPORT = { width: 1280, height: 800 };

export interface ClientSize extends RenderResult {
  elements: number;
}

export interface ClientBench {
  viewport: typeof VIEWPORT;
  panMs: number;
  idle: FrameTimes;
  sizes: ClientSize[];
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css' };

function serve(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const name = new URL(req.url ?? '/', 'http://x').pathname;
    const file = path.join(root, path.normalize(name === '/' ? '/index.html' : name));
    if (!file.startsWith(root) || !fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(() => done())) });
    }),
  );
}

export async function benchClient(sizes: number[], panMs = 3000, log: (line: string) => void = () => {}): Promise<ClientBench> {
  await build({ root: PAGE_SRC, configFile: false, logLevel: 'warn', build: { outDir: PAGE_OUT, emptyOutDir: true, chunkSizeWarningLimit: 2000 } });
  const site = await serve(PAGE_OUT);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(site.url);
    await page.waitForFunction(() => (globalThis as BenchWindow).kgBench !== undefined);
    const run = (graph: Graph, ms: number) =>
      page.evaluate(([g, t]) => {
        const bench = (globalThis as BenchWindow).kgBench;
        if (!bench) throw new Error('the bench page did not load');
        return bench.render(g, t);
      }, [graph, ms] as const);

    const idle = await page.evaluate((ms) => {
      const bench = (globalThis as BenchWindow).kgBench;
      if (!bench) throw new Error('the bench page did not load');
      return bench.idle(ms);
    }, 2000);
    // Warm-up: the first draw compiles cytoscape's and fcose's code paths.
    await run(syntheticGraph(Math.min(...sizes), 99), 300);
    const out: ClientSize[] = [];
    for (const elements of [...sizes].sort((a, b) => a - b)) {
      const r = await run(syntheticGraph(elements), panMs);
      out.push({ elements, ...r });
      log(`  client: ${elements} elements: first frame ${r.firstRenderMs.toFixed(0)} ms, fcose ${r.layoutMs.toFixed(0)} ms, pan p95 ${r.pan.p95.toFixed(1)} ms`);
    }
    if (errors.length > 0) throw new Error(`the bench page failed: ${errors.join('; ')}`);
    return { viewport: VIEWPORT, panMs, idle, sizes: out };
  } finally {
    await browser.close();
    await site.close();
  }
}

const AIM = { firstRenderMs: 1000, layoutMs: 3000, panP95Ms: 33.4 };

export function clientRows(b: ClientBench): Row[] {
  const rows: Row[] = [];
  const idle = `idle page: p50 ${b.idle.p50.toFixed(1)} ms, p95 ${b.idle.p95.toFixed(1)} ms`;
  for (const s of b.sizes) {
    const at = `${s.elements.toLocaleString('en-GB')} elements (${s.nodes} nodes, ${s.edges} edges)`;
    rows.push(
      { section: 'client', metric: `${at}: graph to first frame`, value: s.firstRenderMs, unit: 'ms', baseline: `of which toElements ${s.toElementsMs.toFixed(1)} ms`, aim: `≤ ${AIM.firstRenderMs}`, met: s.firstRenderMs <= AIM.firstRenderMs },
      { section: 'client', metric: `${at}: fcose layout until drawn`, value: s.layoutMs, unit: 'ms', aim: `≤ ${AIM.layoutMs}`, met: s.layoutMs <= AIM.layoutMs },
      { section: 'client', metric: `${at}: frame time while panning, p50`, value: s.pan.p50, unit: 'ms', baseline: idle },
      { section: 'client', metric: `${at}: frame time while panning, p95 (${s.pan.frames} frames)`, value: s.pan.p95, unit: 'ms', baseline: idle, aim: `≤ ${AIM.panP95Ms} (30 fps)`, met: s.pan.p95 <= AIM.panP95Ms },
    );
  }
  return rows;
}
