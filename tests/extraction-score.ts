// Scores an extraction against hand-made gold annotations (tests/fixtures/gold, format in
// its README): actors matched one-to-one on shared surface forms; statements matched on
// overlapping evidence spans; "who said what" needs the right speaker too.
import type { Extraction } from '../common/extraction.ts';

export interface GoldEntity {
  type: string;
  name: string;
  aliases?: string[];
}
export type GoldSpeaker = string | { anonymous: true; affiliation: string | null; description: string };
export interface GoldStatement {
  speaker: GoldSpeaker;
  kind?: 'direct' | 'indirect';
  text: string;
  audience?: string[];
  optional?: boolean;
}
export interface Gold {
  article: string;
  published: string | null;
  source: string | null;
  entities: GoldEntity[];
  statements: GoldStatement[];
}

export interface Score {
  whoSaidWhat: { f1: number; precision: number; recall: number };
  speakerAccuracy: number;
  statements: { f1: number; precision: number; recall: number };
  actors: { f1: number; precision: number; recall: number };
  audienceAccuracy: number;
  misses: string[];
}

const norm = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^a-z0-9' -]+/g, ' ')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
const forms = (e: { name: string; aliases?: string[] }) => new Set([e.name, ...(e.aliases ?? [])].map(norm).filter(Boolean));
const meets = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));
const ACTOR = new Set(['Person', 'Organisation', 'Country']);
const sameKind = (g: string, p: string) => g === p || (g !== 'Person' && p !== 'Person' && ACTOR.has(g) && ACTOR.has(p));
const overlap = ([a, b]: readonly number[], [c, d]: readonly number[]) => Math.max(0, Math.min(b!, d!) - Math.max(a!, c!));
const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function score(cases: { gold: Gold; text: string; pred: Extraction }[]): Score {
  const t = { gA: 0, pA: 0, mA: 0, gS: 0, pS: 0, pHit: 0, gHit: 0, gRight: 0, pRight: 0, audAsked: 0, audRight: 0 };
  const misses: string[] = [];
  for (const { gold, text, pred } of cases) {
    const byId = new Map(pred.entities.map((e) => [e.id, e]));
    const gByName = new Map(gold.entities.map((e) => [e.name, e]));
    const gActors = gold.entities.filter((e) => ACTOR.has(e.type));
    const pActors = pred.entities.filter((e) => ACTOR.has(e.type));
    const taken = new Set<unknown>();
    for (const g of gActors) {
      const hit = pActors.find((p) => !taken.has(p) && sameKind(g.type, p.type) && meets(forms(g), forms(p)));
      if (hit) taken.add(hit);
      else misses.push(`${gold.article}: actor missed: ${g.name}`);
    }
    for (const p of pActors) if (!taken.has(p)) misses.push(`${gold.article}: actor spurious: ${p.name}`);
    t.gA += gActors.length;
    t.pA += pActors.length;
    t.mA += taken.size;

    const gStmts = gold.statements.map((s) => {
      const at = text.indexOf(s.text);
      if (at < 0) throw new Error(`${gold.article}: gold text not in article: ${s.text.slice(0, 60)}`);
      return { ...s, span: [at, at + s.text.length] as const };
    });
    const speakerRight = (g: GoldStatement, speaker: string | null) => {
      const sp = speaker == null ? undefined : byId.get(speaker);
      if (!sp) return false;
      if (typeof g.speaker === 'string') {
        const ge = gByName.get(g.speaker);
        return sp.type !== 'Source' && !!ge && meets(forms(ge), forms(sp));
      }
      if (sp.type !== 'Source') return false;
      if (!g.speaker.affiliation) return true;
      const aff = sp.affiliation == null ? undefined : byId.get(sp.affiliation);
      const ge = gByName.get(g.speaker.affiliation);
      return !!aff && !!ge && meets(forms(ge), forms(aff));
    };
    for (const p of pred.statements) {
      let best: (typeof gStmts)[number] | null = null;
      let bestOv = 0;
      for (const g of gStmts) {
        const ov = overlap(p.span, g.span);
        if (ov > bestOv) [best, bestOv] = [g, ov];
      }
      const hit = best && bestOv / (p.span[1] - p.span[0]) >= 0.5;
      if (hit && best!.optional) continue;
      t.pS++;
      if (hit) {
        t.pHit++;
        if (speakerRight(best!, p.speaker)) t.pRight++;
      } else misses.push(`${gold.article}: statement spurious: ${p.text.slice(0, 60)}`);
    }
    for (const g of gStmts) {
      if (g.optional) continue;
      t.gS++;
      const over = pred.statements
        .map((p) => [p, overlap(p.span, g.span)] as const)
        .filter(([, ov]) => ov > 0)
        .sort((a, b) => b[1] - a[1]);
      const cuts = over.map(([p]) => [Math.max(p.span[0], g.span[0]), Math.min(p.span[1], g.span[1])] as const).sort((a, b) => a[0] - b[0]);
      let covered = 0;
      let end = -1;
      for (const [a, b] of cuts) {
        if (b <= end) continue;
        covered += b - Math.max(a, end);
        end = b;
      }
      if (covered / (g.span[1] - g.span[0]) < 0.5) {
        misses.push(`${gold.article}: statement missed: ${g.text.slice(0, 60)}`);
        continue;
      }
      t.gHit++;
      const p = over[0]![0];
      if (speakerRight(g, p.speaker)) t.gRight++;
      else misses.push(`${gold.article}: wrong speaker ${byId.get(p.speaker ?? '')?.name ?? p.speaker}: ${g.text.slice(0, 50)}`);
      const gAud = (g.audience ?? []).filter((a) => gByName.has(a));
      if (gAud.length) {
        t.audAsked++;
        const pAud = new Set(p.audience.flatMap((a) => [...(byId.has(a) ? forms(byId.get(a)!) : new Set([norm(a)]))]));
        if (gAud.every((a) => meets(forms(gByName.get(a)!), pAud))) t.audRight++;
      }
    }
  }
  const aP = ratio(t.mA, t.pA), aR = ratio(t.mA, t.gA);
  const sP = ratio(t.pHit, t.pS), sR = ratio(t.gHit, t.gS);
  const wP = ratio(t.pRight, t.pS), wR = ratio(t.gRight, t.gS);
  return {
    whoSaidWhat: { f1: f1(wP, wR), precision: wP, recall: wR },
    speakerAccuracy: ratio(t.gRight, t.gHit),
    statements: { f1: f1(sP, sR), precision: sP, recall: sR },
    actors: { f1: f1(aP, aR), precision: aP, recall: aR },
    audienceAccuracy: ratio(t.audRight, t.audAsked),
    misses,
  };
}
