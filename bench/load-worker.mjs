// Worker entry: workers do not inherit tsx's loader, so load the TypeScript task through it.
import { tsImport } from 'tsx/esm/api';

await tsImport('./load-worker.ts', import.meta.url);
