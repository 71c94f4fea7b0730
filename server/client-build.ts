// The client is built once (by Vite) when `npm start` finds no build, so a fresh clone
// needs no extra step.
import fs from 'node:fs';
import path from 'node:path';

export async function ensureClientBuilt(root: string, log: (line: string) => void): Promise<string> {
  const dist = path.join(root, 'client', 'dist');
  if (fs.existsSync(path.join(dist, 'index.html'))) return dist;
  log('Building the client (first start only)…');
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'client', 'vite.config.ts'), logLevel: 'warn' });
  return dist;
}
