// An appeal: "X called on NATO to give …" — what X urged is the statement, and whom X
// called on heard it.
import { speakerBefore } from './attribution.ts';
import { clauseEnd } from './clauses.ts';
import { hearerAfter } from './hearers.ts';
import { heard, type SentenceContext } from './statement-context.ts';

/** Is token `vi` the "called" of "called on"? */
export const isAppeal = (c: SentenceContext, vi: number) =>
  /^(called|calls|call|calling)$/.test(c.toks[vi]!.lower) && c.toks[vi + 1]?.lower === 'on';

export function appeals(c: SentenceContext): void {
  const { toks, v } = c;
  for (let vi = 0; vi < toks.length; vi++) {
    if (!isAppeal(c, vi) || c.quoted(toks[vi]!.start)) continue;
    const m0 = speakerBefore(v, vi) ?? (toks[vi - 1]?.text === ',' ? null : c.subject);
    const id = c.speakerOf(m0);
    const h = hearerAfter(v, vi + 2);
    if (id && toks[h.next]?.lower === 'to') c.addClause(id, h.next + 1, clauseEnd(v, h.next + 1), 'called on', heard(h, c.discourse), true);
  }
}
