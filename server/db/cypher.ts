// Cypher lives in cypher/**/*.cypher, with $parameters only. Files are read once, at
// first use, and a missing file fails fast with its name.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CYPHER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'cypher');
const cache = new Map<string, string>();

/** `cypher('graph/write-article')` → the text of cypher/graph/write-article.cypher. */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    const file = path.join(CYPHER_DIR, `${name}.cypher`);
    if (!fs.existsSync(file)) throw new Error(`Missing Cypher file: cypher/${name}.cypher`);
    text = fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => !l.trimStart().startsWith('//'))
      .join('\n')
      .trim();
    cache.set(name, text);
  }
  return text;
}

/** Splits a file of several statements (such as the schema) on `;` at line ends. */
export function cypherStatements(name: string): string[] {
  return cypher(name)
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Every Cypher file's name, for the test that EXPLAINs them all. */
export function allCypherNames(dir = CYPHER_DIR, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    if (d.isDirectory()) return allCypherNames(path.join(dir, d.name), `${prefix}${d.name}/`);
    return d.name.endsWith('.cypher') ? [`${prefix}${d.name.slice(0, -'.cypher'.length)}`] : [];
  });
}
