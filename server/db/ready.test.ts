import { describe, expect, it } from 'vitest';
import { cypherStatements } from './cypher.ts';
import { notOnline, schemaNames } from './ready.ts';

describe('schemaNames', () => {
  it('names every constraint and index the schema creates, and nothing it drops', () => {
    const names = schemaNames(cypherStatements('schema'));
    expect(names).toEqual(expect.arrayContaining(['article_id', 'entity_id', 'merge_id', 'statement_date', 'actor_search', 'statement_search']));
    expect(names).not.toContain('entity_search');
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('notOnline', () => {
  it('lists the expected names that are missing or still populating', () => {
    const rows = [
      { name: 'article_id', state: 'ONLINE' },
      { name: 'actor_search', state: 'POPULATING' },
      { name: 'something_else', state: 'ONLINE' },
    ];
    expect(notOnline(['article_id', 'actor_search', 'entity_id'], rows)).toEqual(['actor_search', 'entity_id']);
    expect(notOnline(['article_id'], rows)).toEqual([]);
  });
});
