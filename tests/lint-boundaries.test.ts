// The import boundaries in eslint.config.js, checked through ESLint itself: the extractor
// stays pure (no Node built-ins, no driver, nothing from server/db, graph, api or io), and
// only server/db talks to neo4j-driver. Flat config replaces a rule's options rather than
// merging them, so a reordered or added block can silently drop one of these: this fails then.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** Messages of the import rules for `code` linted as if it were the file at `filePath`. */
async function importErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const messages = result?.messages ?? [];
  // A config or parse error must not pass for "no restricted import".
  expect(messages.filter((m) => m.fatal || !m.ruleId)).toEqual([]);
  return messages
    .filter((m) => m.severity === 2 && /^no-restricted-(imports|syntax|globals)$/.test(m.ruleId ?? ''))
    .map((m) => m.message);
}

const importOf = (spec: string) => `import * as m from '${spec}';\nexport const x = m;\n`;

describe('server/extract is a pure pipeline', () => {
  const file = 'server/extract/x.ts';

  it.each([
    'node:fs',
    'node:path',
    'fs',
    'fs/promises',
    'path',
    'http',
    'child_process',
    'neo4j-driver',
    'neo4j-driver/lib/index.js',
    '../db/driver.ts',
    '../db/sub/x.ts',
    '../graph/x.ts',
    '../api/x.ts',
    '../io/x.ts',
    '../../server/db/driver.ts',
    './../graph/x.ts',
    '../api',
  ])('forbids importing %s', async (spec) => {
    expect(await importErrors(importOf(spec), file)).not.toEqual([]);
  });

  it('forbids re-exports and dynamic imports too', async () => {
    expect(await importErrors(`export * from '../db/driver.ts';\n`, file)).not.toEqual([]);
    expect(await importErrors(`export const load = () => import('./tokens.ts');\n`, file)).not.toEqual([]);
  });

  it('forbids the process, timers and the network through globals', async () => {
    expect(await importErrors(`export const env = process.env.X;\n`, file)).not.toEqual([]);
    expect(await importErrors(`export const f = () => fetch('x');\n`, file)).not.toEqual([]);
    expect(await importErrors(`export const t = setTimeout(() => 0, 1);\n`, file)).not.toEqual([]);
    expect(await importErrors(`export const env = process.env.X;\n`, 'server/graph/x.ts')).toEqual([]);
  });

  it('applies in nested folders', async () => {
    expect(await importErrors(importOf('../../db/driver.ts'), 'server/extract/sub/x.ts')).not.toEqual([]);
    expect(await importErrors(importOf('node:fs'), 'server/extract/sub/x.ts')).not.toEqual([]);
  });

  it('allows its own modules, common/ and data/knowledge', async () => {
    const code = [
      `import { tokenize } from './tokens.ts';`,
      `import type { Extraction } from '../../common/extraction.ts';`,
      `import speech from '../../data/knowledge/speech.json' with { type: 'json' };`,
      `export const x: [unknown, Extraction | null, unknown] = [tokenize, null, speech];`,
      '',
    ].join('\n');
    expect(await importErrors(code, file)).toEqual([]);
  });

  it('exempts its tests from the file-system rule (fixtures), but not from the driver rule', async () => {
    expect(await importErrors(importOf('node:fs'), 'server/extract/x.test.ts')).toEqual([]);
    expect(await importErrors(importOf('neo4j-driver'), 'server/extract/x.test.ts')).not.toEqual([]);
  });
});

describe('only server/db talks to neo4j-driver', () => {
  it.each(['server/graph/x.ts', 'server/api/x.ts', 'server/io/x.ts', 'server/cli/x.ts', 'server/x.ts'])('forbids it in %s', async (file) => {
    expect(await importErrors(importOf('neo4j-driver'), file)).not.toEqual([]);
    expect(await importErrors(importOf('neo4j-driver/lib/index.js'), file)).not.toEqual([]);
  });

  it('allows it in server/db', async () => {
    expect(await importErrors(importOf('neo4j-driver'), 'server/db/x.ts')).toEqual([]);
    expect(await importErrors(importOf('neo4j-driver'), 'server/db/sub/x.ts')).toEqual([]);
  });

  it('leaves Node built-ins to the rest of the server', async () => {
    expect(await importErrors(importOf('node:fs'), 'server/io/x.ts')).toEqual([]);
    expect(await importErrors(importOf('../db/driver.ts'), 'server/graph/x.ts')).toEqual([]);
  });
});
