import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractArticle } from './index.ts';
import { defaultKnowledge, type Knowledge } from './knowledge.ts';
import * as relations from './relations.ts';
import * as statements from './statements.ts';

// Stages are wrapped so they can be made to fail on purpose here.
vi.mock('./statements.ts', async (original) => {
  const real = await original<typeof import('./statements.ts')>();
  return { ...real, extractStatements: vi.fn(real.extractStatements) };
});
vi.mock('./relations.ts', async (original) => {
  const real = await original<typeof import('./relations.ts')>();
  return { ...real, findRelations: vi.fn(real.findRelations) };
});

const meta = { file: 'fault.txt', title: null, published: '2024-03-14', source: null, dateline: null };
const TEXT =
  'Harbour Minister Elena Vasquez said the new pier would open in April. ' +
  'Engineers tested the Quarrystone crane on Tuesday. ' +
  'Vasquez told reporters the budget was on track.';

/** The shipped knowledge, except that looking up `word` throws (a stand-in for a rule's bug). */
function knowledgeFailingOn(word: string): Knowledge {
  const base = defaultKnowledge();
  const lexicon = new Map(base.lexicon);
  const get = lexicon.get.bind(lexicon);
  lexicon.get = (key: string) => {
    if (key === word) throw new Error(`lookup of ${word} failed`);
    return get(key);
  };
  return { ...base, lexicon };
}

afterEach(() => vi.mocked(statements.extractStatements).mockClear());

describe('fault isolation', () => {
  it('returns no warnings for an ordinary article', () => {
    expect(extractArticle({ meta, text: TEXT }).warnings).toBeUndefined();
  });

  it('a fault while finding mentions in one sentence costs that sentence only', () => {
    const x = extractArticle({ meta, text: TEXT }, knowledgeFailingOn('quarrystone'));
    expect(x.warnings).toEqual([{ stage: 'mentions', offset: TEXT.indexOf('Engineers'), message: 'lookup of quarrystone failed' }]);
    const person = x.entities.find((e) => e.id === 'person:elena-vasquez');
    expect(person?.mentions).toHaveLength(2);
    expect(x.statements.map((s) => s.text)).toEqual(['the new pier would open in April', 'the budget was on track']);
    expect(x.statements.every((s) => s.speaker === 'person:elena-vasquez')).toBe(true);
  });

  it('keeps the entities when the statements stage throws', () => {
    vi.mocked(statements.extractStatements).mockImplementationOnce(() => {
      throw new TypeError('statements broke');
    });
    const x = extractArticle({ meta, text: TEXT });
    expect(x.statements).toEqual([]);
    expect(x.entities.map((e) => e.id)).toContain('person:elena-vasquez');
    expect(x.warnings).toEqual([{ stage: 'statements', offset: 0, message: 'statements broke' }]);
  });

  it('keeps entities and statements when the relations stage throws', () => {
    vi.mocked(relations.findRelations).mockImplementationOnce(() => {
      throw new RangeError('relations broke');
    });
    const x = extractArticle({ meta, text: TEXT });
    expect(x.relations).toEqual([]);
    expect(x.statements).toHaveLength(2);
    expect(x.warnings?.map((w) => w.stage)).toEqual(['relations']);
  });

  it('reports faults in short messages, never the text being read', () => {
    const long = 'x'.repeat(5000);
    vi.mocked(relations.findRelations).mockImplementationOnce(() => {
      throw new Error(`${long}\nsecond line`);
    });
    const message = extractArticle({ meta, text: TEXT }).warnings![0]!.message;
    expect(message.length).toBeLessThanOrEqual(201);
    expect(message).not.toContain('\n');
  });
});

describe('entities a statement refers to', () => {
  it('keeps an unnamed source that is only spoken to, so the audience id is not left dangling', () => {
    const x = extractArticle({ meta, text: 'Harbour Minister Elena Vasquez told a senior official that the budget was on track.' });
    const ids = new Set(x.entities.map((e) => e.id));
    const refs = x.statements.flatMap((s) => [s.speaker, s.via, ...s.about, ...s.audience.filter((a) => a.includes(':'))]).filter((id) => id !== null);
    expect(refs.length).toBeGreaterThan(1);
    for (const id of refs) expect(ids).toContain(id);
  });
});

describe('a state is one entity', () => {
  it('does not keep a place beside the country of the same name', () => {
    const x = extractArticle({ meta, text: 'A senior official in Indonesia took the payment, an Indonesian prosecutor said.' });
    expect(x.entities.some((e) => e.id === 'place:indonesia')).toBe(false);
    const indonesia = x.entities.find((e) => e.id === 'country:indonesia');
    expect(indonesia?.type).toBe('Country');
    expect(indonesia?.mentions.length).toBeGreaterThanOrEqual(1);
  });

  it('still makes a country named only as a location a place', () => {
    const x = extractArticle({ meta, text: 'Finance ministers met in Luxembourg on Monday, officials said.' });
    expect(x.entities.find((e) => e.name === 'Luxembourg')?.type).toBe('Place');
    expect(x.entities.some((e) => e.id === 'country:luxembourg')).toBe(false);
  });
});
