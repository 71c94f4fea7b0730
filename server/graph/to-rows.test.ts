import { describe, expect, it } from 'vitest';
import { entity, extraction, natoBriefing, statement } from '../../tests/fixtures/extractions/build.ts';
import { articleId, sha256, toRows } from './to-rows.ts';

describe('toRows', () => {
  it('identifies an article by id, else url, else the hash of its text', () => {
    expect(articleId(extraction({ article: { id: 'a1', url: 'http://x' } }), 't')).toBe('a1');
    expect(articleId(extraction({ article: { id: ' ', url: 'http://x' } }), 't')).toBe('http://x');
    expect(articleId(extraction(), 'text')).toBe(`sha256:${sha256('text')}`);
    expect(sha256('text')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('shapes a realistic article into rows', () => {
    const { extraction: x, text } = natoBriefing({ prefix: 't-' });
    const rows = toRows(x, text);
    expect(rows.article).toMatchObject({ id: 't-article', sha256: sha256(text), published: '1997-05-06', text });
    expect(rows.entities.map((e) => e.id)).toEqual(['person:t-sergio-balanzino', 'org:t-nato', 'country:t-russia']);
    const person = rows.entities[0];
    expect(person).toMatchObject({ count: 2, aliases: ['Balanzino'], titles: ['Deputy Secretary General'], mergedFrom: null });
    expect(person?.spans).toHaveLength(4);
    expect(rows.sources).toEqual([
      { id: 'source:t-article:1', name: 'NATO source', description: null, affiliation: 'org:t-nato', mergedFrom: null },
    ]);
    expect(rows.roles).toEqual([
      { person: 'person:t-sergio-balanzino', org: 'org:t-nato', title: 'Deputy Secretary General', asOf: '1997-05-06', mergedFrom: null },
    ]);
    const [told, quote, briefed] = rows.statements;
    expect(told).toMatchObject({ kind: 'indirect', audienceText: ['reporters'], speakerEntity: 'person:t-sergio-balanzino', cue: 'told' });
    expect(told?.id).toBe(`t-article#${told?.start}-${told?.end}`);
    expect(text.slice(told?.start, told?.end)).toBe(told?.text);
    expect(quote).toMatchObject({ kind: 'direct', date: '1997-05-06', speakerSource: null });
    expect(briefed).toMatchObject({ speakerEntity: null, speakerSource: 'source:t-article:1' });
    expect(rows.about.map((l) => l.entity)).toEqual(['org:t-nato', 'country:t-russia']);
    expect(rows.to).toEqual([]);
    expect(rows.relations).toEqual([expect.objectContaining({ from: 'org:t-nato', to: 'country:t-russia', type: 'briefed' })]);
  });

  it('sends entity audiences to TO and plain phrases to audienceText, dropping unknown references', () => {
    const x = extraction({
      article: { id: 'a' },
      entities: [entity({ id: 'p:1', name: 'A' }), entity({ id: 'c:1', type: 'Country', name: 'Chad' })],
      statements: [
        statement({ text: 'x', span: [0, 1], speaker: 'p:unknown', audience: ['c:1', 'the press', 'c:1'], about: ['p:none'], via: 'c:1' }),
        statement({ text: 'dup', span: [0, 1] }),
      ],
      relations: [{ type: 'met', from: 'p:1', to: 'p:ghost', span: [0, 1] }],
    });
    const rows = toRows(x, 'xy');
    expect(rows.statements).toHaveLength(1);
    expect(rows.statements[0]).toMatchObject({ speakerEntity: null, speakerSource: null, audienceText: ['the press'] });
    expect(rows.to).toEqual([{ statement: 'a#0-1', entity: 'c:1', mergedFrom: null }]);
    expect(rows.via).toHaveLength(1);
    expect(rows.about).toEqual([]);
    expect(rows.relations).toEqual([]);
  });

  it('unites entities listed twice, and resolves an affiliation given by name', () => {
    const x = extraction({
      entities: [
        entity({ id: 'p:1', name: 'Ann Lee', mentions: [[5, 8]], affiliation: 'the United Nations' }),
        entity({ id: 'p:1', name: 'Lee', titles: ['envoy'], mentions: [[0, 3]] }),
        entity({ id: 'o:un', type: 'Organisation', name: 'UN', aliases: ['The United Nations'] }),
      ],
    });
    const rows = toRows(x, 'Lee. Ann Lee');
    expect(rows.entities[0]).toMatchObject({ id: 'p:1', name: 'Ann Lee', aliases: ['Lee'], count: 2, spans: [0, 3, 5, 8] });
    expect(rows.roles).toEqual([expect.objectContaining({ person: 'p:1', org: 'o:un', title: 'envoy' })]);
  });

  it('writes a state named only as a place as its Country, and points what referred to the place at it', () => {
    const text = 'The war in Iraq goes on, Baghdad officials said.';
    const x = extraction({
      article: { id: 'iraq' },
      entities: [
        entity({ id: 'place:iraq', type: 'Place', name: 'Iraq', mentions: [[11, 15]] }),
        entity({ id: 'place:baghdad', type: 'Place', name: 'Baghdad', mentions: [[25, 32]] }),
      ],
      statements: [statement({ text: 'The war in Iraq goes on', span: [0, 23], about: ['place:iraq'] })],
    });
    const rows = toRows(x, text);
    expect(rows.entities.map((e) => [e.id, e.type])).toEqual([
      ['country:iraq', 'Country'],
      ['place:baghdad', 'Place'],
    ]);
    expect(rows.about.map((l) => l.entity)).toEqual(['country:iraq']);
  });
});
