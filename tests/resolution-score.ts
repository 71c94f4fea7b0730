// Scores entity resolution against hand-checked gold mentions (tests/fixtures/bbc-resolution/
// gold.json): pairwise precision, recall and F1 over pairs of mentions. A pair is right in the
// gold when both mentions are of the same actor, and predicted when both were linked to the
// same entity; a mention linked to nothing is an entity of its own. Pure: texts and the
// graph's spans are given, nothing is read here.

/** One gold mention: the `occurrence`-th (1-based, case-sensitive, plain substring) `text` in `file`. */
export interface GoldMention {
  file: string;
  text: string;
  occurrence: number;
  /** A label for the real-world actor, not a graph id. */
  actor: string;
}

/** A gold mention with its character span [start, end) in its file's text. */
export interface LocatedMention extends GoldMention {
  start: number;
  end: number;
}

/** Where an entity is mentioned in one file: a flat list [s0, e0, s1, e1, …]. */
export interface EntitySpans {
  entity: string;
  file: string;
  spans: readonly number[];
}

export interface Pair {
  a: LocatedMention;
  b: LocatedMention;
  /** What each was linked to (null: nothing). */
  entityA: string | null;
  entityB: string | null;
}

export interface ResolutionScore {
  precision: number;
  recall: number;
  f1: number;
  goldPairs: number;
  predictedPairs: number;
  correctPairs: number;
  /** Mentions linked to no entity. */
  unlinked: LocatedMention[];
  /** Linked to one entity, but of different actors (over-merging). */
  wrongPairs: Pair[];
  /** Of one actor, but not linked to one entity (splits, and unlinked mentions). */
  missedPairs: Pair[];
}

/**
 * Gives each gold mention its span in `textOf(file)`. Throws, naming every bad mention, when a
 * text occurs fewer than `occurrence` times in its file: a gold file out of step with its
 * articles must fail loudly, not score quietly.
 */
export function locateMentions(mentions: readonly GoldMention[], textOf: (file: string) => string): LocatedMention[] {
  const bad: string[] = [];
  const located: LocatedMention[] = [];
  for (const m of mentions) {
    if (!Number.isInteger(m.occurrence) || m.occurrence < 1 || m.text === '') {
      bad.push(`${label(m)}: occurrence must be a whole number from 1, text non-empty`);
      continue;
    }
    const text = textOf(m.file);
    let at = -1;
    let found = 0;
    while (found < m.occurrence) {
      at = text.indexOf(m.text, at + 1);
      if (at < 0) break;
      found++;
    }
    if (at < 0) bad.push(`${label(m)}: the text occurs only ${found} time(s) in ${m.file}`);
    else located.push({ ...m, start: at, end: at + m.text.length });
  }
  if (bad.length) throw new Error(`gold mentions not found in their articles:\n  ${bad.join('\n  ')}`);
  return located;
}

/**
 * The entity each mention is linked to: of the entities with a span in the mention's file that
 * overlaps it, the one overlapping it most (the first listed on a tie); null when none does.
 */
export function linkMentions(mentions: readonly LocatedMention[], entities: readonly EntitySpans[]): (string | null)[] {
  const byFile = new Map<string, EntitySpans[]>();
  for (const e of entities) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  return mentions.map((m) => {
    let best: string | null = null;
    let most = 0;
    for (const e of byFile.get(m.file) ?? []) {
      for (let i = 0; i + 1 < e.spans.length; i += 2) {
        const overlap = Math.min(m.end, e.spans[i + 1]!) - Math.max(m.start, e.spans[i]!);
        if (overlap > most) {
          most = overlap;
          best = e.entity;
        }
      }
    }
    return best;
  });
}

/** Pairwise scores of `predicted[i]` (the entity of `mentions[i]`, or null) against the actors. */
export function scoreResolution(mentions: readonly LocatedMention[], predicted: readonly (string | null)[]): ResolutionScore {
  if (mentions.length !== predicted.length) throw new Error(`${mentions.length} mentions but ${predicted.length} predictions`);
  let goldPairs = 0;
  let predictedPairs = 0;
  let correctPairs = 0;
  const wrongPairs: Pair[] = [];
  const missedPairs: Pair[] = [];
  for (let i = 0; i < mentions.length; i++) {
    for (let j = i + 1; j < mentions.length; j++) {
      const a = mentions[i]!;
      const b = mentions[j]!;
      const entityA = predicted[i] ?? null;
      const entityB = predicted[j] ?? null;
      const gold = a.actor === b.actor;
      const linked = entityA !== null && entityA === entityB;
      if (gold) goldPairs++;
      if (linked) predictedPairs++;
      if (gold && linked) correctPairs++;
      else if (linked) wrongPairs.push({ a, b, entityA, entityB });
      else if (gold) missedPairs.push({ a, b, entityA, entityB });
    }
  }
  const precision = predictedPairs === 0 ? 1 : correctPairs / predictedPairs;
  const recall = goldPairs === 0 ? 1 : correctPairs / goldPairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const unlinked = mentions.filter((_, i) => (predicted[i] ?? null) === null);
  return { precision, recall, f1, goldPairs, predictedPairs, correctPairs, unlinked, wrongPairs, missedPairs };
}

/** `politics/153.txt "prime minister"#2`. */
export function label(m: GoldMention): string {
  return `${m.file} ${JSON.stringify(m.text)}#${m.occurrence}`;
}

/**
 * A readable account of the errors, by actor: each actor split over several entities (or left
 * unlinked) with the mentions on each side, then each entity that holds several actors.
 */
export function describeErrors(mentions: readonly LocatedMention[], predicted: readonly (string | null)[]): string[] {
  const byActor = new Map<string, Map<string | null, string[]>>();
  const byEntity = new Map<string, Map<string, string[]>>();
  mentions.forEach((m, i) => {
    const entity = predicted[i] ?? null;
    const parts = byActor.get(m.actor) ?? new Map<string | null, string[]>();
    parts.set(entity, [...(parts.get(entity) ?? []), label(m)]);
    byActor.set(m.actor, parts);
    if (entity === null) return;
    const actors = byEntity.get(entity) ?? new Map<string, string[]>();
    actors.set(m.actor, [...(actors.get(m.actor) ?? []), label(m)]);
    byEntity.set(entity, actors);
  });
  const list = <K>(parts: Map<K, string[]>, name: (k: K) => string) => [...parts].map(([k, ls]) => `${name(k)} = ${ls.join(', ')}`).join(' | ');
  const lines: string[] = [];
  for (const [actor, parts] of byActor) {
    if (parts.size > 1 || parts.has(null)) lines.push(`${parts.size > 1 ? 'split' : 'unlinked'} ${actor}: ${list(parts, (e) => e ?? '(unlinked)')}`);
  }
  for (const [entity, actors] of byEntity) {
    if (actors.size > 1) lines.push(`merged in ${entity}: ${list(actors, (a) => a)}`);
  }
  return lines;
}
