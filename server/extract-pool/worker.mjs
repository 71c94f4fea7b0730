// Worker entry of the extraction pool. Plain JavaScript on purpose: a worker thread does
// not reliably inherit the TypeScript loader of its parent (tsx under `npm start`, vite
// under vitest), so it loads the TypeScript task through tsx itself. No top-level await:
// piscina may load this file with require().
import { tsImport } from 'tsx/esm/api';

const task = tsImport('./task.ts', import.meta.url);
// A failed load is reported by the first task that awaits it, not as an unhandled rejection.
task.catch(() => {});

/** @param {unknown} input */
export default async function extract(input) {
  const { extractTask } = await task;
  return extractTask(input);
}
