// Ingestion against the real Neo4j. Every test uses its own id prefix and person names,
// and deletes its articles at the end, so tests never see each other's data.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { countOf, dumpGraph } from '../../tests/fixtures/extractions/dump.ts';
import { entity as extractedEntity, natoBriefing } from '../../tests/fixtures/extractions/build.ts';
import { applySchema, createDriver, Db } from '../db/index.ts';
import { deleteArticle } from './delete-article.ts';
import { ingestArticles } from './ingest-articles.ts';
import { ingestExtraction } from './ingest.ts';
import { listMerges, MergeError, mergeEntities, splitEntity } from './merges.ts';

const run = Math.random().toString(36).slice(2, 8);
let db: Db;
const ingested: string[] = [];

beforeAll(async () => {
  db = new Db(createDriver({ uri: inject('neo4jUri') }));
  await applySchema(db);
});
afterAll(async () => {
  for (const id of ingested) await deleteArticle(db, id);
  await db.close();
});

async function ingest(b: ReturnType<typeof natoBriefing>) {
  const r = await ingestExtraction(db, b.extraction, b.text);
  ingested.push(r.articleId);
  return r;
}

async function entity(id: string) {
  const [row] = await db.readTx((tx) => tx.runText('MATCH (e:Entity {id: $id}) RETURN e {.*, labels: labels(e)} AS e', { id }));
  return row?.e ?? null;
}

describe('ingestExtraction (real Neo4j)', () => {
  it('writes exactly what the extraction holds, and nothing again for the same text', async () => {
    const p = `${run}-count-`;
    const b = natoBriefing({ prefix: p, person: 'Marta Kowalczyk' });
    expect(await ingest(b)).toEqual({ articleId: `${p}article`, status: 'new', statements: 3, entities: 3, merges: 0 });

    const dump = await dumpGraph(db, p);
    const expected = {
      Article: 1, Entity: 3, Person: 1, Organisation: 1, Country: 1, Source: 1, Statement: 3,
      MENTIONED_IN: 3, SAID: 3, TO: 0, ABOUT: 2, VIA: 0, IN: 3, HOLDS_ROLE: 1, RELATED: 1, AFFILIATED_WITH: 1, MergeRecord: 0,
    };
    for (const [what, n] of Object.entries(expected)) expect(countOf(dump, what), what).toBe(n);
    expect(dump.nodes).toHaveLength(8);
    expect(dump.rels).toHaveLength(14);

    expect(await entity(`person:${p}marta-kowalczyk`)).toMatchObject({
      type: 'Person',
      labels: expect.arrayContaining(['Entity', 'Person']),
      name: 'Marta Kowalczyk',
      aliases: ['Kowalczyk'],
      titles: ['Deputy Secretary General'],
      searchText: 'marta kowalczyk kowalczyk',
      matchKey: 'person:kow',
    });
    const [st] = await db.readTx((tx) =>
      tx.runText(
        `MATCH (sp)-[:SAID]->(s:Statement)-[:IN]->(a:Article {id: $id}) WHERE s.cue = 'told'
         RETURN s {.*} AS s, sp.id AS speaker, substring(a.text, s.start, s.end - s.start) AS evidence`,
        { id: `${p}article` },
      ),
    );
    expect(st).toMatchObject({ speaker: `person:${p}marta-kowalczyk`, evidence: 'the alliance would not rush its decision on enlargement' });
    expect(st?.s).toMatchObject({ kind: 'indirect', audienceText: ['reporters'], date: '1997-05-06' });

    expect(await ingest(b)).toMatchObject({ status: 'unchanged', merges: 0 });
    expect(await dumpGraph(db, p)).toEqual(dump);
  });

  it('replaces an article whose text changed: old statements gone, counts as fresh', async () => {
    const p = `${run}-edit-`;
    await ingest(natoBriefing({ prefix: p, person: 'Jonas Petrauskas' }));
    const before = await dumpGraph(db, p);
    const oldStatements = before.nodes.filter((n) => n.startsWith('Statement '));
    const edited = natoBriefing({ prefix: p, person: 'Jonas Petrauskas', lead: 'UPDATED 12:00 GMT\n\n' });
    expect(await ingest(edited)).toMatchObject({ status: 'updated', statements: 3 });
    const after = await dumpGraph(db, p);
    for (const s of oldStatements) expect(after.nodes).not.toContain(s);
    expect(countOf(after, 'Statement')).toBe(3);
    expect(after.nodes).toHaveLength(before.nodes.length);
    expect(after.rels).toHaveLength(before.rels.length);
    expect(await ingest(edited)).toMatchObject({ status: 'unchanged' });
  });

  it('merges one person spelt two ways across articles, and a split restores both', async () => {
    const p = `${run}-merge-`;
    const kept = `person:${p}sergio-balanzino`;
    const merged = `person:${p}sergio-balanzio`;
    await ingest(natoBriefing({ prefix: p, person: 'Sergio Balanzino', articleId: `${p}a` }));
    const beforeB = await dumpGraph(db, p);
    const b = natoBriefing({ prefix: p, person: 'Sergio Balanzio', articleId: `${p}b` });
    expect(await ingest(b)).toMatchObject({ status: 'new', merges: 1 });

    const dump = await dumpGraph(db, p);
    expect(countOf(dump, 'Person')).toBe(1);
    expect(await entity(merged)).toBeNull();
    expect(await entity(kept)).toMatchObject({
      name: 'Sergio Balanzino',
      aliases: ['Balanzino', 'Balanzio', 'Sergio Balanzio'],
      searchText: 'sergio balanzino balanzino balanzio sergio balanzio',
    });
    expect(dump.rels.filter((r) => r.startsWith(`${kept} -SAID->`))).toHaveLength(4);
    const records = (await listMerges(db)).filter((m) => m.kept === kept);
    expect(records).toEqual([
      expect.objectContaining({ id: `merge:${merged}`, merged, mergedName: 'Sergio Balanzio', mergedAliases: ['Balanzio'], manual: false }),
    ]);
    expect(records[0]?.reason).toMatch(/Deputy Secretary General/);
    expect(await ingest(b)).toMatchObject({ status: 'unchanged' });

    await splitEntity(db, kept, merged);
    const split = await dumpGraph(db, p);
    expect(countOf(split, 'Person')).toBe(2);
    expect(countOf(split, 'MergeRecord')).toBe(0);
    expect(await entity(kept)).toMatchObject({ name: 'Sergio Balanzino', aliases: ['Balanzino'] });
    expect(await entity(merged)).toMatchObject({ name: 'Sergio Balanzio', aliases: ['Balanzio'], labels: expect.arrayContaining(['Person']) });
    for (const id of [kept, merged]) {
      expect(split.rels.filter((r) => r.startsWith(`${id} -SAID->`)), id).toHaveLength(2);
      expect(split.rels.filter((r) => r.startsWith(`${id} -MENTIONED_IN->`)), id).toHaveLength(1);
      expect(split.rels.filter((r) => r.startsWith(`${id} -HOLDS_ROLE->`)), id).toHaveLength(1);
    }
    expect(split.rels.some((r) => r.includes('mergedFrom'))).toBe(false);
    // What article a alone wrote is as it was.
    const aOnly = (d: typeof split) => d.nodes.filter((n) => !n.includes(`${p}b`) && !n.includes(merged));
    expect(aOnly(split)).toEqual(aOnly(beforeB));
  });

  it('merges two entities by hand and splits them back to the same graph', async () => {
    const p = `${run}-manual-`;
    const keep = `person:${p}ahmet-yilmaz`;
    const gone = `person:${p}mehmet-demir`;
    await ingest(natoBriefing({ prefix: p, person: 'Ahmet Yilmaz', articleId: `${p}a` }));
    await ingest(natoBriefing({ prefix: p, person: 'Mehmet Demir', articleId: `${p}b`, title: 'spokesman' }));
    const before = await dumpGraph(db, p);

    const info = await mergeEntities(db, keep, gone, 'same man, per the desk');
    expect(info).toMatchObject({ id: `merge:${gone}`, kept: keep, merged: gone, mergedName: 'Mehmet Demir', manual: true, reason: 'same man, per the desk' });
    expect(info.at).toMatch(/^\d{4}-/);
    expect(await entity(gone)).toBeNull();
    expect(await entity(keep)).toMatchObject({ name: 'Ahmet Yilmaz', aliases: ['Demir', 'Mehmet Demir', 'Yilmaz'], titles: ['Deputy Secretary General', 'spokesman'] });
    const merged = await dumpGraph(db, p);
    expect(merged.rels.filter((r) => r.startsWith(`${keep} -SAID->`))).toHaveLength(4);
    expect(merged.rels.filter((r) => r.startsWith(`${keep} -MENTIONED_IN->`))).toHaveLength(2);
    await expect(mergeEntities(db, keep, gone)).rejects.toThrow(/No entity/);
    await expect(mergeEntities(db, keep, gone)).rejects.toBeInstanceOf(MergeError);
    await expect(mergeEntities(db, keep, `org:${p}nato`)).rejects.toThrow(/Cannot merge/);

    await splitEntity(db, keep, gone);
    expect(await dumpGraph(db, p)).toEqual(before);
    await expect(splitEntity(db, keep, gone)).rejects.toThrow(/No merge/);
    await expect(splitEntity(db, keep, gone)).rejects.toBeInstanceOf(MergeError);
  });

  it('merges by hand two persons named in one article, keeps them merged in a new version of it, and splits them back', async () => {
    const p = `${run}-both-`;
    const keep = `person:${p}tomasz-wrona`;
    const gone = `person:${p}pavel-horak`;
    const withBoth = (lead?: string) => {
      const b = natoBriefing({ prefix: p, person: 'Pavel Horak', articleId: `${p}b`, title: 'spokesman', lead });
      b.extraction.entities.push(extractedEntity({ id: keep, name: 'Tomasz Wrona', aliases: ['Wrona'], titles: ['envoy'], mentions: [[0, 8]] }));
      return b;
    };
    await ingest(natoBriefing({ prefix: p, person: 'Tomasz Wrona', articleId: `${p}a` }));
    await ingest(withBoth());
    const before = await dumpGraph(db, p);

    await mergeEntities(db, keep, gone);
    const merged = await dumpGraph(db, p);
    expect(countOf(merged, 'Person')).toBe(1);
    expect(merged.rels.filter((r) => r.startsWith(`${keep} -MENTIONED_IN->`))).toHaveLength(2);
    expect(merged.rels.find((r) => r.startsWith(`${keep} -MENTIONED_IN-> ${p}b`))).toMatch(/"absorbed":\["person:[^"]+pavel-horak"\].*"count":3/);
    expect(await entity(keep)).toMatchObject({ name: 'Tomasz Wrona', aliases: ['Horak', 'Pavel Horak', 'Wrona'] });
    await splitEntity(db, keep, gone);
    expect(await dumpGraph(db, p)).toEqual(before);

    // Merged again, then the article changes: its new version follows the recorded merge.
    await mergeEntities(db, keep, gone);
    expect(await ingest(withBoth('UPDATED\n\n'))).toMatchObject({ status: 'updated', merges: 0 });
    expect(await entity(gone)).toBeNull();
    const updated = await dumpGraph(db, p);
    expect(countOf(updated, 'Person')).toBe(1);
    expect(updated.rels.filter((r) => r.startsWith(`${keep} -SAID->`))).toHaveLength(4);
    await splitEntity(db, keep, gone);
    const split = await dumpGraph(db, p);
    expect(countOf(split, 'Person')).toBe(2);
    expect(split.rels.filter((r) => r.startsWith(`${gone} -SAID->`))).toHaveLength(2);
    expect(split.rels.filter((r) => r.startsWith(`${keep} -MENTIONED_IN->`))).toHaveLength(2);
    expect(await entity(keep)).toMatchObject({ aliases: ['Wrona'] });
    expect(await entity(gone)).toMatchObject({ name: 'Pavel Horak', aliases: ['Horak'], titles: ['spokesman'] });
  });

  it('deletes an article with the entities only it mentioned, keeping shared ones', async () => {
    const p = `${run}-delete-`;
    const a = await ingest(natoBriefing({ prefix: p, person: 'Ingrid Solberg', articleId: `${p}a` }));
    await ingest(natoBriefing({ prefix: p, person: 'Piet de Vries', articleId: `${p}b` }));
    expect(await deleteArticle(db, a.articleId)).toBe(true);
    expect(await deleteArticle(db, a.articleId)).toBe(false);
    const dump = await dumpGraph(db, p);
    expect(dump.nodes.filter((n) => n.includes(`${p}a`))).toEqual([]);
    expect(await entity(`person:${p}ingrid-solberg`)).toBeNull();
    expect(await entity(`person:${p}piet-de-vries`)).not.toBeNull();
    expect(await entity(`org:${p}nato`)).toMatchObject({ name: 'NATO' });
    expect(countOf(dump, 'Statement')).toBe(3);
    expect(countOf(dump, 'MENTIONED_IN')).toBe(3);
    expect(countOf(dump, 'Source')).toBe(1);
  });

  it('stores hostile strings verbatim and harms nothing else', async () => {
    const p = `${run}-hostile-`;
    const evil = `'}) DETACH DELETE n //`;
    const b = natoBriefing({ prefix: p, person: 'Robert O\'Brien "the `Hammer`"', title: '<script>alert(1)</script>', articleId: `${p}a"'\`); MATCH (n) DETACH DELETE n //` });
    const [statement] = b.extraction.statements;
    if (!statement) throw new Error('fixture has no statement');
    statement.text = evil;
    statement.audience = [evil, 'reporters'];
    const count = async () => (await db.readTx((tx) => tx.runText('MATCH (n) RETURN count(n) AS n')))[0]?.n;
    const before = await count();
    const r = await ingest(b);
    expect(r.articleId).toBe(`${p}a"'\`); MATCH (n) DETACH DELETE n //`);
    expect(await count()).toBe(Number(before) + 8);
    const person = b.extraction.entities[0];
    expect(await entity(person?.id ?? '')).toMatchObject({ name: 'Robert O\'Brien "the `Hammer`"', titles: ['<script>alert(1)</script>'] });
    const [row] = await db.readTx((tx) =>
      tx.runText('MATCH (s:Statement)-[:IN]->(:Article {id: $id}) WHERE s.text = $evil RETURN s.audienceText AS audience', { id: r.articleId, evil }),
    );
    expect(row?.audience).toEqual([evil, 'reporters'].sort());
    expect(await ingest(b)).toMatchObject({ status: 'unchanged' });
  });

  it('ingestArticles extracts and ingests a stream, counting outcomes', async () => {
    const p = `${run}-batch-`;
    const article = (n: number) => ({
      meta: { file: `${p}${n}.txt`, title: null, published: '1997-05-06', source: null, dateline: null, id: `${p}${n}` },
      text: `Foreign Minister Yevgeny Primakov told reporters on Monday that the talks ${n} had gone well.`,
    });
    const seen: number[] = [];
    const summary = await ingestArticles(db, [article(1), article(2), article(1)], { onProgress: (progress) => seen.push(progress.articles) });
    ingested.push(`${p}1`, `${p}2`);
    expect(summary).toMatchObject({ articles: 3, new: 2, unchanged: 1, updated: 0, failed: 0, errors: [] });
    expect(seen).toEqual([1, 2, 3]);
    expect(summary.seconds).toBeGreaterThan(0);
  });

  it('deleting every article of this file leaves none of its nodes behind', async () => {
    for (const id of new Set(ingested)) await deleteArticle(db, id);
    ingested.length = 0;
    expect(await dumpGraph(db, run)).toEqual({ nodes: [], rels: [] });
  });
});
