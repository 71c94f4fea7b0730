// The extractor against the hand-made gold of the five seed articles. A regression in
// who-said-what, speakers or actors fails here. The bars are the product's promise.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../server/extract/index.ts';
import { score, type Gold } from './extraction-score.ts';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

function seeds() {
  return fs
    .readdirSync(path.join(FIXTURES, 'gold'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'gold', f), 'utf8')) as Gold;
      const text = fs.readFileSync(path.join(FIXTURES, 'seeds', gold.article), 'utf8');
      const meta = { file: gold.article, title: null, published: gold.published, source: gold.source, dateline: null };
      return { gold, text, pred: extractArticle({ meta, text }) };
    });
}

describe('extraction on the seed articles', () => {
  const cases = seeds();
  const result = score(cases);

  it('reads all five seeds', () => {
    expect(cases).toHaveLength(5);
  });

  it('finds who said what (F1 ≥ 0.90) with the right speakers (≥ 0.95)', () => {
    expect(result.whoSaidWhat.f1, result.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(result.speakerAccuracy, result.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('finds the actors (F1 ≥ 0.90)', () => {
    expect(result.actors.f1, result.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('gives every statement an evidence span that holds its text', () => {
    for (const { text, pred } of cases) {
      for (const s of pred.statements) expect(text.slice(s.span[0], s.span[1])).toBe(s.text);
    }
  });
});
