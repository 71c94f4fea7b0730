// Pure: cuts an article's text into runs for the evidence view, each run marked as inside
// the statement shown, inside another statement, and/or inside an entity mention. The
// view turns runs into text nodes, so the text itself is never parsed as markup.
import type { EntityRef } from './types.ts';

export interface Range {
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  start: number;
  /** 'focus' inside the statement shown, 'other' inside another statement of the article. */
  statement: 'focus' | 'other' | null;
  mention: EntityRef | null;
}

function clampRange(r: Range, length: number): Range | null {
  const start = Math.max(0, Math.min(length, Math.floor(r.start)));
  const end = Math.max(0, Math.min(length, Math.floor(r.end)));
  return end > start ? { start, end } : null;
}

/** Drops mentions that overlap an earlier one (ordered by start, longer first). */
function nonOverlapping<T extends Range>(ranges: T[]): T[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  let end = -1;
  for (const r of sorted) {
    if (r.start < end) continue;
    out.push(r);
    end = r.end;
  }
  return out;
}

export function segments(
  text: string,
  focus: Range | null,
  others: readonly Range[],
  mentions: readonly (Range & { entity: EntityRef })[],
): Segment[] {
  const len = text.length;
  const f = focus ? clampRange(focus, len) : null;
  const o = others.map((r) => clampRange(r, len)).filter((r): r is Range => r !== null);
  const m = nonOverlapping(
    mentions.flatMap((x) => {
      const r = clampRange(x, len);
      return r ? [{ ...r, entity: x.entity }] : [];
    }),
  );
  const cuts = new Set<number>([0, len]);
  for (const r of [...(f ? [f] : []), ...o, ...m]) cuts.add(r.start).add(r.end);
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? len;
    const inside = (r: Range) => r.start <= start && end <= r.end;
    const statement = f && inside(f) ? 'focus' : o.some(inside) ? 'other' : null;
    const mention = m.find(inside)?.entity ?? null;
    const prev = out[out.length - 1];
    if (prev && prev.statement === statement && prev.mention === mention) prev.text += text.slice(start, end);
    else out.push({ text: text.slice(start, end), start, statement, mention });
  }
  return out;
}
