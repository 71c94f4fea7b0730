// The pairwise resolution scorer on hand-made cases: spans from occurrences, links from
// overlapping spans, and precision/recall/F1 over pairs of mentions.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeErrors, linkMentions, locateMentions, scoreResolution, type GoldMention, type LocatedMention } from './resolution-score.ts';

const texts: Record<string, string> = {
  'a.txt': 'Mr Blair met Cherie Blair. Mr Blair left.',
  'b.txt': 'Tony Blair spoke. The prime minister smiled.',
};
const textOf = (file: string) => texts[file] ?? '';
const at = (file: string, text: string, occurrence: number, actor: string): GoldMention => ({ file, text, occurrence, actor });

/** Mentions with made-up spans: only the actors matter to the score. */
const of = (...actors: string[]): LocatedMention[] => actors.map((actor, i) => ({ file: 'x.txt', text: `m${i}`, occurrence: 1, actor, start: i, end: i + 1 }));

describe('locateMentions', () => {
  it('finds the n-th case-sensitive occurrence', () => {
    const [first, second] = locateMentions([at('a.txt', 'Mr Blair', 1, 'Tony'), at('a.txt', 'Mr Blair', 2, 'Tony')], textOf);
    expect([first!.start, first!.end]).toEqual([0, 8]);
    expect(texts['a.txt']!.slice(second!.start, second!.end)).toBe('Mr Blair');
    expect(second!.start).toBe(27);
  });

  it('counts a string inside a longer one too (plain substring search)', () => {
    const [m] = locateMentions([at('a.txt', 'Blair', 2, 'Cherie')], textOf);
    expect(texts['a.txt']!.slice(m!.start - 7, m!.end)).toBe('Cherie Blair');
  });

  it('fails loudly, naming every mention that is not there', () => {
    const bad = [at('a.txt', 'Mr Blair', 3, 'Tony'), at('b.txt', 'the prime minister', 1, 'Tony'), at('a.txt', 'Blair', 0, 'Tony')];
    expect(() => locateMentions(bad, textOf)).toThrow(/"Mr Blair"#3: the text occurs only 2 time\(s\)[\s\S]*"the prime minister"#1: the text occurs only 0[\s\S]*"Blair"#0: occurrence must be/);
  });
});

describe('linkMentions', () => {
  const mentions = locateMentions([at('a.txt', 'Mr Blair', 1, 'Tony'), at('a.txt', 'Cherie Blair', 1, 'Cherie'), at('b.txt', 'prime minister', 1, 'Tony')], textOf);

  it('links a mention to the entity whose span overlaps it most, per file', () => {
    const links = linkMentions(mentions, [
      { entity: 'p:tony', file: 'a.txt', spans: [3, 8, 27, 35] },
      // Overlaps "Cherie Blair" by its last five letters only.
      { entity: 'p:tony-too', file: 'a.txt', spans: [20, 25] },
      { entity: 'p:cherie', file: 'a.txt', spans: [13, 25] },
      // Same offsets, other file: no link for a.txt.
      { entity: 'p:other', file: 'b.txt', spans: [0, 8] },
    ]);
    expect(links).toEqual(['p:tony', 'p:cherie', null]);
  });

  it('takes adjacent spans for no overlap', () => {
    expect(linkMentions(mentions, [{ entity: 'p:x', file: 'a.txt', spans: [8, 13] }])).toEqual([null, null, null]);
  });
});

describe('scoreResolution', () => {
  it('is perfect when entities are exactly the actors', () => {
    const s = scoreResolution(of('A', 'A', 'B', 'C'), ['e1', 'e1', 'e2', 'e3']);
    expect(s).toMatchObject({ precision: 1, recall: 1, f1: 1, goldPairs: 1, predictedPairs: 1, correctPairs: 1, unlinked: [], wrongPairs: [], missedPairs: [] });
  });

  it('counts a split as missed pairs only', () => {
    // A A A → e1 e1 e2: 3 gold pairs, 1 predicted and right.
    const s = scoreResolution(of('A', 'A', 'A'), ['e1', 'e1', 'e2']);
    expect(s).toMatchObject({ precision: 1, recall: 1 / 3, goldPairs: 3, predictedPairs: 1, correctPairs: 1 });
    expect(s.f1).toBeCloseTo(0.5);
    expect(s.missedPairs.map((p) => [p.a.text, p.b.text, p.entityA, p.entityB])).toEqual([
      ['m0', 'm2', 'e1', 'e2'],
      ['m1', 'm2', 'e1', 'e2'],
    ]);
  });

  it('counts an over-merge as wrong pairs only', () => {
    // A A B → e1 e1 e1: 1 gold pair, 3 predicted, 1 right.
    const s = scoreResolution(of('A', 'A', 'B'), ['e1', 'e1', 'e1']);
    expect(s).toMatchObject({ precision: 1 / 3, recall: 1, goldPairs: 1, predictedPairs: 3, correctPairs: 1 });
    expect(s.wrongPairs.map((p) => [p.a.actor, p.b.actor])).toEqual([
      ['A', 'B'],
      ['A', 'B'],
    ]);
  });

  it('makes each unlinked mention an entity of its own, never a pair with another unlinked one', () => {
    const s = scoreResolution(of('A', 'A', 'B', 'B'), [null, null, 'e1', null]);
    expect(s).toMatchObject({ precision: 1, recall: 0, f1: 0, goldPairs: 2, predictedPairs: 0, correctPairs: 0 });
    expect(s.unlinked.map((m) => m.text)).toEqual(['m0', 'm1', 'm3']);
    expect(s.missedPairs).toHaveLength(2);
  });

  it('mixes both: precision and recall from pair counts', () => {
    // Gold A A A B B; predicted e1 e1 e2 e2 e2: gold pairs 3+1=4, predicted 1+3=4, right 1 (m0-m1) + 1 (m3-m4).
    const s = scoreResolution(of('A', 'A', 'A', 'B', 'B'), ['e1', 'e1', 'e2', 'e2', 'e2']);
    expect(s).toMatchObject({ precision: 0.5, recall: 0.5, f1: 0.5, goldPairs: 4, predictedPairs: 4, correctPairs: 2 });
    expect(s.wrongPairs).toHaveLength(2);
    expect(s.missedPairs).toHaveLength(2);
  });

  it('scores one mention, or none, as perfect (no pairs to get wrong)', () => {
    expect(scoreResolution(of('A'), ['e1'])).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(scoreResolution([], [])).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it('refuses predictions that do not line up with the mentions', () => {
    expect(() => scoreResolution(of('A', 'B'), ['e1'])).toThrow(/2 mentions but 1 predictions/);
  });
});

describe('describeErrors', () => {
  it('names each split actor with the mentions on each side, and each entity holding two actors', () => {
    const mentions = of('Tony', 'Tony', 'Tony', 'Cherie', 'Mike');
    expect(describeErrors(mentions, ['p:tony', 'p:blair', null, 'p:tony', 'p:mike'])).toEqual([
      'split Tony: p:tony = x.txt "m0"#1 | p:blair = x.txt "m1"#1 | (unlinked) = x.txt "m2"#1',
      'merged in p:tony: Tony = x.txt "m0"#1 | Cherie = x.txt "m3"#1',
    ]);
    expect(describeErrors(of('A', 'B'), [null, 'e'])).toEqual(['unlinked A: (unlinked) = x.txt "m0"#1']);
  });
});

describe('the BBC resolution gold', () => {
  it('has every mention where it says, none in a title line', () => {
    const dir = new URL('./fixtures/bbc-resolution/', import.meta.url);
    const gold = JSON.parse(readFileSync(new URL('gold.json', dir), 'utf8')) as { mentions: GoldMention[] };
    const read = (file: string) => readFileSync(new URL(file, dir), 'utf8');
    const located = locateMentions(gold.mentions, read);
    expect(located.length).toBeGreaterThanOrEqual(60);
    for (const m of located) expect(m.start, `${m.file} ${m.text}`).toBeGreaterThan(read(m.file).indexOf('\n'));
    // No two gold mentions overlap.
    const sorted = [...located].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start));
    const overlapping = sorted.filter((m, i) => i > 0 && sorted[i - 1]!.file === m.file && sorted[i - 1]!.end > m.start);
    expect(overlapping).toEqual([]);
  });
});
