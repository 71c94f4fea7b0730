// "according to X": a relay when someone else speaks in the sentence, else the speaker of
// the clause before it ("The talks failed, according to Novak") or after it ("According to
// Novak, the talks would continue").
import { clauseEnd } from './clauses.ts';
import { mentionStartingAt, tokenIndexAt } from './sentence-view.ts';
import { objectPronoun, type SentenceContext } from './statement-context.ts';

/** Words that show a clause rather than an appositive noun phrase. */
const FINITE_HINT = /^(is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do)$/;

export function accordingTo(c: SentenceContext): void {
  const { toks, v, made } = c;
  for (let j = 0; j + 2 < toks.length; j++) {
    if (toks[j]!.lower !== 'according' || toks[j + 1]!.lower !== 'to' || c.quoted(toks[j]!.start)) continue;
    const m = mentionStartingAt(v, j + 2) ?? (toks[j + 2]?.lower === 'the' ? mentionStartingAt(v, j + 3) : null) ?? objectPronoun(toks[j + 2], c.si);
    // "according to Russia's competition law": a possessor is not the one who speaks.
    if (m && /^['’]s$/.test(toks[tokenIndexAt(toks, m.end)]?.text ?? '')) continue;
    const id = m ? c.discourse.resolve(m) : null;
    if (!id || !m) continue;
    if (made.length) {
      for (const d of made) d.via ??= id;
    } else if (j > 1) {
      c.addClause(id, 0, toks[j - 1]?.text === ',' ? j - 1 : j, 'according to', []);
    } else {
      let after = tokenIndexAt(toks, m.end);
      while (/^(news|agency|newspaper|reports?|channel|tv|television|radio)$/i.test(toks[after]?.text ?? '')) after++;
      let from = toks[after]?.text === ',' ? after + 1 : after;
      // "According to Acme, a risk firm, Russia has …": past an appositive.
      const close = toks.findIndex((x, i) => i > from && i - from < 8 && x.text === ',');
      if (from > after && close > 0 && !toks.slice(from, close).some((x) => FINITE_HINT.test(x.lower))) from = close + 1;
      if (from > 0) c.addClause(id, from, clauseEnd(v, from), 'according to', []);
    }
  }
}
