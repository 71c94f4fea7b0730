// Property-based robustness: ordinary news sentences, damaged the way real copy is damaged
// (test-damage.ts). Whatever comes in, extraction must not throw or record a fault, and every
// span must point at what it claims.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../common/extraction.ts';
import { extractArticle } from './index.ts';
import { article, render, SENTENCES } from './test-damage.ts';

const meta = { file: 'fuzz.txt', title: null, published: '2023-06-01', source: null, dateline: null };

/** Every span in an extraction indexes `text` and covers what it claims. */
function checkSpans(text: string, x: Extraction) {
  for (const s of x.statements) {
    const [start, end] = s.span;
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeLessThanOrEqual(text.length);
    expect(text.slice(start, end)).toBe(s.text);
    expect(s.text.trim().length).toBeGreaterThan(0);
  }
  for (const e of x.entities) {
    for (const [start, end] of e.mentions) {
      expect(start).toBeGreaterThanOrEqual(0);
      expect(end).toBeLessThanOrEqual(text.length);
      const surface = text.slice(start, end);
      expect(surface.trim(), `${e.id} at ${start}`).toBe(surface);
      expect(surface).toMatch(/\p{L}/u);
      // A person is mentioned by the name, a surname or a titled form the entity lists, or by a
      // role that stands for them ("the minister", "Russia's foreign minister").
      const role = /^(the|his|her|their)\s/i.test(surface) || /\p{L}['’]s\s/u.test(surface);
      if (e.type === 'Person' && !role) expect([e.name, ...e.aliases]).toContain(surface.replace(/\s+/g, ' '));
    }
    expect(e.name).not.toMatch(/\s{2,}|\n/);
  }
  for (const r of x.relations) {
    expect(r.span[0]).toBeGreaterThanOrEqual(0);
    expect(r.span[1]).toBeLessThanOrEqual(text.length);
  }
}

describe('extraction on damaged copy', () => {
  const holds = fc.property(article, (a) => {
    const text = render(a);
    fc.pre(/\p{L}/u.test(text));
    const x = extractArticle({ meta, text });
    expect(x.warnings, JSON.stringify(x.warnings)).toBeUndefined();
    checkSpans(text, x);
  });

  it('never throws or records a fault, and every span indexes its text', () => {
    fc.assert(holds, { numRuns: 300, seed: 20240601 });
  });

  it('also holds for fresh random seeds', () => {
    fc.assert(holds, { numRuns: 100 });
  });

  it('reads each untouched sentence without a fault', () => {
    for (const s of SENTENCES) {
      const x = extractArticle({ meta, text: s });
      expect(x.warnings).toBeUndefined();
      checkSpans(s, x);
    }
  });
});
