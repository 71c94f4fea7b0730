// What is settled once the whole article has been read: open quoted paragraphs take the
// speaker named where the quotation ends, audiences carry over to a speaker's nearby
// statements, and each statement learns which actors it speaks of.
import type { EntityIndex } from './entities.ts';
import type { Mention } from './mention.ts';
import type { Draft } from './statement-context.ts';

/** An open quoted paragraph takes the speaker named where the quotation goes on to end. */
export function settlePending(drafts: Draft[]): void {
  const byStart = [...drafts].sort((a, b) => a.start - b.start);
  for (let i = byStart.length - 1; i >= 0; i--) {
    const d = byStart[i]!;
    const next = byStart[i + 1];
    if (d.pending && next && next.kind === 'direct' && next.paragraph === d.paragraph + 1 && next.speaker) {
      d.speaker = next.speaker;
      d.audience = next.audience;
    }
  }
}

/**
 * A speaker's audience carries over to their statements that name none ("X told Interfax …
 * the source said"), and back to a lead before it. Transcript turns name their own hearers.
 */
export function inheritAudiences(drafts: Draft[]): void {
  const bySpeaker = new Map<string, Draft[]>();
  for (const d of drafts) if (!d.turn) bySpeaker.set(d.speaker, [...(bySpeaker.get(d.speaker) ?? []), d]);
  // Whom an appeal calls on ("called on the EU to …", "urged X to …") did not hear what else was said.
  const heard = (d: Draft) => (d.appeal ? [] : d.audience);
  for (const list of bySpeaker.values()) {
    let last: string[] = [];
    for (const d of list) {
      if (d.audience.length) last = heard(d);
      else if (!d.ownTime) d.audience = last;
    }
    const first = list.find((d) => heard(d).length);
    if (first) for (const d of list) if (d === first) break; else if (!d.ownTime && !d.audience.length) d.audience = first.audience;
  }
}

/** Actors the statement speaks of: those mentioned inside it, the speaker aside. */
export function about(d: Draft, mentions: Mention[], index: EntityIndex): string[] {
  const ids = new Set<string>();
  for (const m of mentions) {
    if (m.start < d.start || m.end > d.end || m.kind === 'place') continue;
    const id = index.of.get(m);
    if (id && id !== d.speaker && index.entities.get(id)?.type !== 'Place') ids.add(id);
  }
  return [...ids];
}
