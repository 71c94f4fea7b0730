// The client is built by Vite when `npm start` finds no build, or one older than the
// client's sources, so a fresh clone (or a pull) needs no extra step.
import fs from 'node:fs';
import path from 'node:path';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

export function clientBuildIsCurrent(root: string): boolean {
  const index = path.join(root, 'client', 'dist', 'index.html');
  if (!fs.existsSync(index)) return false;
  const built = fs.statSync(index).mtimeMs;
  const sources = Math.max(newestMtime(path.join(root, 'client', 'src')), fs.statSync(path.join(root, 'client', 'index.html')).mtimeMs);
  return built >= sources;
}

export async function ensureClientBuilt(root: string, log: (line: string) => void): Promise<string> {
  const dist = path.join(root, 'client', 'dist');
  if (clientBuildIsCurrent(root)) return dist;
  log('Building the client…');
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'client', 'vite.config.ts'), logLevel: 'warn' });
  return dist;
}
