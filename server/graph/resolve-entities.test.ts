import { describe, expect, it } from 'vitest';
import { natoBriefing } from '../../tests/fixtures/extractions/build.ts';
import { remapRows } from './remap-rows.ts';
import { resolveEntities, similarNames, type KnownPerson } from './resolve-entities.ts';
import { toRows } from './to-rows.ts';
import { extractArticle } from '../extract/index.ts';

const balanzino: KnownPerson = {
  id: 'person:t-sergio-balanzino',
  name: 'Sergio Balanzino',
  aliases: ['Balanzino'],
  titles: ['Deputy Secretary General'],
  orgs: ['org:t-nato'],
  coMentioned: [],
};
const incoming = () => {
  const { extraction, text } = natoBriefing({ prefix: 't-', person: 'Sergio Balanzio', articleId: 'b' });
  return toRows(extraction, text);
};

describe('similarNames', () => {
  it('accepts small spelling differences and a name within another with the same surname', () => {
    expect(similarNames('Sergio Balanzio', 'Sergio Balanzino')).toMatch(/edit distance 1/);
    expect(similarNames('Yevgeny Primakov', 'Yevgeny M. Primakov')).toMatch(/within/);
    expect(similarNames('Vojislav Šešelj', 'Vojislav Seselj')).toMatch(/=/);
    expect(similarNames('Yevgeny Primakov', 'Yevgeny Primakow')).toMatch(/edit distance 1/);
  });

  it('rejects different people with similar names', () => {
    expect(similarNames('Bill Clinton', 'Hillary Clinton')).toBeNull();
    expect(similarNames('Yevgeny Primakov', 'Yevgeny Yeltsin')).toBeNull();
    expect(similarNames('Jan Berg', 'Jon Borg')).toBeNull();
    expect(similarNames('Ann Lee', 'Ben Lee')).toBeNull();
    expect(similarNames('', 'x')).toBeNull();
    // A lone surname, or another given name, is another person as far as we know.
    expect(similarNames('Primakov', 'Yevgeny Primakov')).toBeNull();
    expect(similarNames('Ivanenko', 'Greta Ivanenko')).toBeNull();
    expect(similarNames('Maria Kowalczyk', 'Marta Kowalczyk')).toBeNull();
    expect(similarNames('Carlos Ivanenko', 'Greta Ivanenko')).toBeNull();
  });
});

describe('resolveEntities', () => {
  it('maps a new person onto a near-identical one with a shared title and records why', () => {
    const rows = incoming();
    const r = resolveEntities({ rows, existing: new Set(['org:t-nato', 'country:t-russia']), mergeRecords: new Map(), candidates: [balanzino] });
    expect([...r.map]).toEqual([['person:t-sergio-balanzio', 'person:t-sergio-balanzino']]);
    expect(r.merges).toEqual([
      expect.objectContaining({ kept: balanzino.id, merged: 'person:t-sergio-balanzio', mergedName: 'Sergio Balanzio', mergedAliases: ['Balanzio'] }),
    ]);
    expect(r.merges[0]?.reason).toMatch(/edit distance 1.*shared title "Deputy Secretary General".*shared role in org:t-nato/);
  });

  it('needs shared context, not only a similar name', () => {
    const stranger = { ...balanzino, titles: ['Ambassador'], orgs: ['org:other'] };
    const r = resolveEntities({ rows: incoming(), existing: new Set(), mergeRecords: new Map(), candidates: [stranger] });
    expect(r.map.size).toBe(0);
  });

  it('counts statements shared with the same person as context, but not with a hub like NATO', () => {
    const rows = incoming();
    const first = rows.statements[0]?.id ?? '';
    rows.about.push({ statement: first, entity: 'person:t-javier-solana', mergedFrom: null });
    const known = { ...balanzino, titles: [], orgs: [], coMentioned: ['person:t-javier-solana', 'org:t-nato'] };
    const r = resolveEntities({ rows, existing: new Set(), mergeRecords: new Map(), candidates: [known] });
    expect(r.merges[0]?.reason).toMatch(/both in statements with person:t-javier-solana/);
    expect(r.merges[0]?.reason).not.toMatch(/org:t-nato/);

    const onlyHub = { ...known, coMentioned: ['org:t-nato'] };
    expect(resolveEntities({ rows: incoming(), existing: new Set(), mergeRecords: new Map(), candidates: [onlyHub] }).map.size).toBe(0);
  });

  it('does not merge when two candidates fit equally, or the id is already known', () => {
    const twin = { ...balanzino, id: 'person:t-other-balanzino' };
    expect(resolveEntities({ rows: incoming(), existing: new Set(), mergeRecords: new Map(), candidates: [balanzino, twin] }).map.size).toBe(0);
    const known = new Set(['person:t-sergio-balanzio']);
    expect(resolveEntities({ rows: incoming(), existing: known, mergeRecords: new Map(), candidates: [balanzino] }).map.size).toBe(0);
  });

  it('follows an earlier merge without recording a new one', () => {
    const records = new Map([['person:t-sergio-balanzio', 'person:t-sergio-balanzino']]);
    const r = resolveEntities({ rows: incoming(), existing: new Set(), mergeRecords: records, candidates: [] });
    expect(r.map.get('person:t-sergio-balanzio')).toBe('person:t-sergio-balanzino');
    expect(r.merges).toEqual([]);
  });

  it('makes no new merge onto an entity the same article names, but follows a recorded one', () => {
    const rows = incoming();
    const person = rows.entities[0];
    if (!person) throw new Error('fixture has no person');
    rows.entities.push({ ...person, id: balanzino.id, name: 'Sergio Balanzino', aliases: ['Balanzino'], spans: [0, 6], count: 1 });
    const existing = new Set([balanzino.id]);
    expect(resolveEntities({ rows, existing, mergeRecords: new Map(), candidates: [balanzino] }).map.size).toBe(0);

    const records = new Map([['person:t-sergio-balanzio', balanzino.id]]);
    const r = resolveEntities({ rows, existing, mergeRecords: records, candidates: [] });
    expect(r.map.get('person:t-sergio-balanzio')).toBe(balanzino.id);
    const [combined] = remapRows(rows, r.map).entities.filter((e) => e.id === balanzino.id);
    expect(combined).toMatchObject({
      name: 'Sergio Balanzino',
      mergedFrom: null,
      count: 3,
      absorbed: { ids: ['person:t-sergio-balanzio'], names: ['Sergio Balanzio', 'Balanzio'], titles: ['Deputy Secretary General'] },
    });
    expect(combined?.spans.slice(0, 2)).toEqual([0, 6]);
    expect(combined?.spans.slice(2)).toEqual(combined?.absorbed?.spans);
  });
});

describe('remapRows', () => {
  it('renames the merged id everywhere and marks each fact it touches', () => {
    const rows = incoming();
    const map = new Map([['person:t-sergio-balanzio', 'person:t-sergio-balanzino']]);
    const out = remapRows(rows, map);
    expect(out.entities[0]).toMatchObject({ id: 'person:t-sergio-balanzino', name: 'Sergio Balanzio', mergedFrom: ['person:t-sergio-balanzio'] });
    expect(out.entities[1]?.mergedFrom).toBeNull();
    expect(out.statements[0]).toMatchObject({ speakerEntity: 'person:t-sergio-balanzino', mergedFrom: ['person:t-sergio-balanzio'] });
    expect(out.statements[2]?.mergedFrom).toBeNull();
    expect(out.roles[0]).toMatchObject({ person: 'person:t-sergio-balanzino', mergedFrom: ['person:t-sergio-balanzio'] });
    expect(remapRows(rows, new Map())).toBe(rows);
  });
});

describe('a surname alone, across articles', () => {
  const rowsOf = (text: string) =>
    toRows(extractArticle({ meta: { file: 't.txt', id: 't', title: null, published: '2005-01-10', source: null, dateline: null }, text }), text);
  const known = (id: string, name: string, more: Partial<KnownPerson> = {}): KnownPerson => ({ id, name, aliases: [], titles: [], orgs: [], coMentioned: [], ...more });
  const text = 'Mr Brenn told Ada Lind that the deal was done. Ada Lind said she disagreed.';

  it('is the one full-name person sharing people with this story, for this article only', () => {
    const rows = rowsOf(text);
    const olaf = known('person:olaf-brenn', 'Olaf Brenn', { aliases: ['Mr Brenn'], coMentioned: ['person:ada-lind'] });
    const other = known('person:karl-brenn', 'Karl Brenn');
    const r = resolveEntities({ rows, existing: new Set(['person:brenn']), mergeRecords: new Map(), candidates: [olaf, other] });
    expect(r.map.get('person:brenn')).toBe('person:olaf-brenn');
    expect(r.contextual.get('person:brenn')).toMatch(/both in statements with person:ada-lind/);
    expect(r.merges).toEqual([]);
  });

  it('takes two people named in the candidate\'s stories too as shared context, one as chance', () => {
    const rows = rowsOf('Mr Brenn met Ada Lind and Tom Vass on Monday. Ada Lind said the deal was done.');
    const olaf = known('person:olaf-brenn', 'Olaf Brenn', { coArticle: ['person:ada-lind', 'person:tom-vass'] });
    const r = resolveEntities({ rows, existing: new Set(), mergeRecords: new Map(), candidates: [olaf] });
    expect(r.map.get('person:brenn')).toBe('person:olaf-brenn');
    expect(r.contextual.get('person:brenn')).toMatch(/named in stories with person:ada-lind, person:tom-vass/);
    const once = known('person:olaf-brenn', 'Olaf Brenn', { coArticle: ['person:ada-lind'] });
    expect(resolveEntities({ rows, existing: new Set(), mergeRecords: new Map(), candidates: [once] }).map.size).toBe(0);
  });

  it('stays apart when two candidates share as much, or the honorific says another gender', () => {
    const rows = rowsOf(text);
    const both = ['person:olaf-brenn', 'person:karl-brenn'].map((id) => known(id, id === 'person:olaf-brenn' ? 'Olaf Brenn' : 'Karl Brenn', { coMentioned: ['person:ada-lind'] }));
    expect(resolveEntities({ rows, existing: new Set(), mergeRecords: new Map(), candidates: both }).map.size).toBe(0);
    const wife = known('person:greta-brenn', 'Greta Brenn', { aliases: ['Mrs Brenn'], coMentioned: ['person:ada-lind'] });
    expect(resolveEntities({ rows, existing: new Set(), mergeRecords: new Map(), candidates: [wife] }).map.size).toBe(0);
  });
});
