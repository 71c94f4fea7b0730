// One port for everything: the GraphQL endpoint at /graphql, the built client at /, and
// two probes outside GraphQL: /health (the process answers) and /ready (it can serve:
// the database answers and its schema is in place).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { App } from './api/app.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
};

/** Serves files under `root`; unknown paths get index.html (the client routes by URL). */
function serveStatic(root: string, req: http.IncomingMessage, res: http.ServerResponse): void {
  const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  let file = path.join(root, path.normalize(urlPath).replace(/^(\.\.[/\\])+/, ''));
  if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    file = path.join(root, 'index.html');
  }
  if (!fs.existsSync(file)) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('The client is not built: run `npm run build:client`.');
    return;
  }
  const immutable = file.includes(`${path.sep}assets${path.sep}`);
  res.writeHead(200, {
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  fs.createReadStream(file).pipe(res);
}

export interface Probes {
  /** /ready's check; it bounds its own time (server/db/ready.ts). Without it, always ready. */
  ready?: () => Promise<{ ready: boolean; reason?: string }>;
}

/** How long a client should wait before asking again while the app is not ready. */
export const RETRY_AFTER_SECONDS = 5;

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers }).end(JSON.stringify(body));
}

async function answerReady(probes: Probes, res: http.ServerResponse): Promise<void> {
  const state = probes.ready ? await probes.ready().catch(() => ({ ready: false, reason: 'The readiness check failed' })) : { ready: true };
  if (state.ready) sendJson(res, 200, { status: 'ready' });
  else sendJson(res, 503, { status: 'unavailable', reason: state.reason }, { 'retry-after': String(RETRY_AFTER_SECONDS) });
}

export function createHttpServer(app: App, clientDir: string | null, probes: Probes = {}): http.Server {
  const root = clientDir ? path.resolve(clientDir) : null;
  return http.createServer((req, res) => {
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    if (pathname === '/health') {
      sendJson(res, 200, { status: 'ok' });
      return;
    }
    if (pathname === '/ready') {
      void answerReady(probes, res);
      return;
    }
    if (pathname.startsWith('/graphql') || !root || !['GET', 'HEAD'].includes(req.method ?? '')) {
      void app.handle(req, res);
      return;
    }
    serveStatic(root, req, res);
  });
}

export function listen(server: http.Server, port: number, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new Error(`Port ${port} is in use: set PORT to a free one`) : err),
    );
    server.listen(port, host, () => {
      const addr = server.address();
      const p = typeof addr === 'object' && addr ? addr.port : port;
      resolve(`http://${host === '0.0.0.0' ? 'localhost' : host}:${p}/`);
    });
  });
}
