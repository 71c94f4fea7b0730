// Test helpers: run the pipeline on a snippet and read the result as plain triples.
import { extractArticle } from './index.ts';

export function run(text: string, published: string | null = '2021-12-27') {
  return extractArticle({ meta: { file: 'test.txt', title: null, published, source: null, dateline: null }, text });
}

/** [speaker name, kind, text] for every statement. */
export function said(text: string, published?: string | null) {
  const x = run(text, published);
  const names = new Map(x.entities.map((e) => [e.id, e.name]));
  return x.statements.map((s) => [s.speaker ? names.get(s.speaker) ?? s.speaker : null, s.kind, s.text] as const);
}

export function entity(text: string, name: string) {
  return run(text).entities.find((e) => e.name === name);
}
