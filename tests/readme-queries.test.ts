// The GraphQL examples in the READMEs are part of the documentation users copy: each must
// parse and validate against the schema the server serves.
import fs from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';

const schema = buildSchema(fs.readFileSync('server/api/schema.graphql', 'utf8'));

/** `{ … }` and `query …`/`mutation …` examples in table cells of the top README. */
function tableExamples(markdown: string): string[] {
  return [...markdown.matchAll(/\| `((?:query|mutation)?[^`]*\{[^`]*\})` \|/g)].map((m) => m[1] ?? '');
}

/** Fenced ```graphql blocks. */
function fencedExamples(markdown: string): string[] {
  return [...markdown.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
}

const examples = [
  ...tableExamples(fs.readFileSync('README.md', 'utf8')).map((q) => ['README.md', q] as const),
  ...fencedExamples(fs.readFileSync('server/api/README.md', 'utf8')).map((q) => ['server/api/README.md', q] as const),
];

describe('GraphQL examples in the READMEs', () => {
  it('finds the examples of every query and mutation', () => {
    const used = new Set(examples.flatMap(([, q]) => [...q.matchAll(/\b(\w+)\s*[({]/g)].map((m) => m[1])));
    const fields = [schema.getQueryType(), schema.getMutationType()].flatMap((t) => Object.keys(t?.getFields() ?? {}));
    expect(fields.filter((f) => !used.has(f))).toEqual([]);
  });

  it.each(examples.map(([file, q], i) => [`${file} #${i + 1}`, q]))('%s is valid against the schema', (_, query) => {
    // "…" stands for an id the reader fills in.
    const errors = validate(schema, parse(query.replaceAll('…', 'x')));
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});
