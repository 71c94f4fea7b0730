import { describe, expect, it } from 'vitest';
import { ENTITIES_PER_RUN, STATEMENTS_PER_RUN, writeRuns } from './ingest.ts';
import type { ArticleRows } from './rows.ts';

/** Rows of a made-up article: n entities, m statements, each statement with one audience. */
function rows(n: number, m: number): ArticleRows {
  const statements = Array.from({ length: m }, (_, i) => ({ id: `s${i}` }));
  return {
    article: { id: 'a1', title: 'T' },
    entities: [],
    sources: [{ id: 'source:1' }],
    statements,
    to: statements.map((s, i) => ({ statement: s.id, entity: `e${i % n}`, mergedFrom: null })),
    about: [],
    via: [],
    roles: [{ person: 'e0' }],
    offices: [],
    relations: [],
  } as unknown as ArticleRows;
}

describe('write-article runs', () => {
  it('writes an ordinary article in one run', () => {
    const r = rows(20, 50);
    const runs = writeRuns(r, Array.from({ length: 20 }, (_, i) => ({ id: `e${i}` })));
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ id: 'a1', statements: r.statements, to: r.to, sources: r.sources, roles: r.roles });
  });

  it('splits a huge article: entities first, then statements with their own links, every row once', () => {
    const n = ENTITIES_PER_RUN * 2 + 50;
    const m = STATEMENTS_PER_RUN * 2 + 500;
    const r = rows(n, m);
    const entities = Array.from({ length: n }, (_, i) => ({ id: `e${i}` }));
    const runs = writeRuns(r, entities);
    expect(runs.map((x) => [(x.entities as unknown[]).length, (x.statements as unknown[]).length])).toEqual([
      [ENTITIES_PER_RUN, 0],
      [ENTITIES_PER_RUN, 0],
      [50, STATEMENTS_PER_RUN],
      [0, STATEMENTS_PER_RUN],
      [0, 500],
    ]);
    expect(runs.flatMap((x) => x.entities as unknown[])).toEqual(entities);
    expect(runs.flatMap((x) => x.statements as unknown[])).toEqual(r.statements);
    expect(runs.flatMap((x) => x.to as unknown[])).toEqual(r.to);
    for (const x of runs) {
      const ids = new Set((x.statements as { id: string }[]).map((s) => s.id));
      for (const l of x.to as { statement: string }[]) expect(ids.has(l.statement)).toBe(true);
    }
    // Sources, roles: once, in the first run with statements (after every entity).
    expect(runs.map((x) => (x.sources as unknown[]).length)).toEqual([0, 0, 1, 0, 0]);
    expect(runs.map((x) => (x.roles as unknown[]).length)).toEqual([0, 0, 1, 0, 0]);
  });
});
