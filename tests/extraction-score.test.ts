// The extractor against hand-made gold: the five seed articles it was built on, and the
// development set of 20 real articles from 12 outlets (tests/fixtures/dev, sources in its
// SOURCES-*.md). A regression below a set's floor fails here; per-article scores are printed
// so that a change shows where it helps or hurts. The floors only ever go up.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../server/extract/index.ts';
import { score, type Gold, type Score } from './extraction-score.ts';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

interface Floors {
  whoSaidWhat: number;
  speaker: number;
  actors: number;
  audience: number;
}

const SETS: { name: string; gold: string; articles: string; count: number; floors: Floors }[] = [
  { name: 'seeds', gold: 'gold', articles: 'seeds', count: 5, floors: { whoSaidWhat: 0.99, speaker: 0.99, actors: 0.98, audience: 0.95 } },
  { name: 'dev', gold: 'dev/gold', articles: 'dev/articles', count: 20, floors: { whoSaidWhat: 0.91, speaker: 0.96, actors: 0.89, audience: 0.9 } },
];

function load(set: (typeof SETS)[number]) {
  const goldDir = path.join(FIXTURES, set.gold);
  return fs
    .readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(fs.readFileSync(path.join(goldDir, f), 'utf8')) as Gold;
      const text = fs.readFileSync(path.join(FIXTURES, set.articles, gold.article), 'utf8');
      const meta = { file: gold.article, title: null, published: gold.published, source: gold.source, dateline: null };
      return { gold, text, pred: extractArticle({ meta, text }) };
    });
}

const fmt = (s: Score) =>
  `who-said-what F1 ${s.whoSaidWhat.f1.toFixed(3)} (P ${s.whoSaidWhat.precision.toFixed(3)} R ${s.whoSaidWhat.recall.toFixed(3)})` +
  ` | speaker ${s.speakerAccuracy.toFixed(3)} | audience ${s.audienceAccuracy.toFixed(3)} | actors F1 ${s.actors.f1.toFixed(3)}`;

for (const set of SETS) {
  describe(`extraction on the ${set.name} set`, () => {
    const cases = load(set);
    const result = score(cases);
    const report = [
      `${set.name}: ${fmt(result)}`,
      ...cases.map((c) => `  ${c.gold.article.padEnd(28)} ${fmt(score([c]))}`),
    ].join('\n');
    const why = `${report}\n${result.misses.join('\n')}`;

    it(`reads all ${set.count} articles`, () => {
      console.log(report);
      expect(cases).toHaveLength(set.count);
    });

    it(`finds who said what (F1 ≥ ${set.floors.whoSaidWhat}) with the right speakers (≥ ${set.floors.speaker})`, () => {
      expect(result.whoSaidWhat.f1, why).toBeGreaterThanOrEqual(set.floors.whoSaidWhat);
      expect(result.speakerAccuracy, why).toBeGreaterThanOrEqual(set.floors.speaker);
    });

    it(`knows to whom (audience ≥ ${set.floors.audience})`, () => {
      expect(result.audienceAccuracy, why).toBeGreaterThanOrEqual(set.floors.audience);
    });

    it(`finds the actors (F1 ≥ ${set.floors.actors})`, () => {
      expect(result.actors.f1, why).toBeGreaterThanOrEqual(set.floors.actors);
    });

    it('gives every statement an evidence span that holds its text', () => {
      for (const { text, pred } of cases) {
        for (const s of pred.statements) expect(text.slice(s.span[0], s.span[1])).toBe(s.text);
      }
    });
  });
}
