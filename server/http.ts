// One port for everything: the GraphQL endpoint at /graphql and the built client at /.
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

export function createHttpServer(app: App, clientDir: string | null): http.Server {
  const root = clientDir ? path.resolve(clientDir) : null;
  return http.createServer((req, res) => {
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
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
