// Where a reported clause starts after its verb (and hearer) and where it stops.
import { CLAUSE_START, FINITE, finiteAt, isAdverbial, MEDIUM, mentionStartingAt, participleAt, PP_START, type SentenceView, subordinateAt } from './sentence-view.ts';
import { afterMention } from './attribution.ts';

export const CLAUSE_STOP_AFTER_COMMA = new Set(['although', 'but', 'while', 'adding', 'saying', 'according', 'calling', 'noting', 'though', 'whereas', 'stressing', 'insisting', 'warning', 'cautioning', 'arguing', 'explaining', 'claiming']);

export const TIME_UNIT = /^(day|days|week|weeks|month|months|year|years|hour|hours|morning|afternoon|evening|weekend)$/;

/** Where a reported clause begins after the verb (and its hearer), or -1 when none follows. */
export function clauseStart(v: SentenceView, at: number): number {
  // "told a conference in Rome that …": a place or time phrase before "that".
  if (PP_START.has(v.tokens[at]?.lower ?? '')) {
    const that = thatAfterPhrase(v, at);
    if (that >= 0) return that;
  }
  let j = at;
  for (;;) {
    // "said at least 111 bodies …": a quantity, not a place or time.
    while (j < v.tokens.length && isAdverbial(v.tokens[j]!) && !CLAUSE_START.has(v.tokens[j]!.lower) && !(v.tokens[j]!.lower === 'at' && /^(least|most)$/.test(v.tokens[j + 1]?.lower ?? ''))) j++;
    // "told Y by phone on Thursday it was …": how it was said is not what was said.
    if (/^(by|over)$/.test(v.tokens[j]?.lower ?? '') && /^(phone|telephone|video|videolink|letter|email|e-mail|text|radio)$/.test(v.tokens[j + 1]?.lower ?? '')) j += v.tokens[j + 2]?.lower === 'link' ? 3 : 2;
    // "said a week ago that …", "said earlier this month that …": when it was said.
    else if (/^(a|an|one|two|three|four|five|six|several|few|\d+)$/.test(v.tokens[j]?.lower ?? '') && TIME_UNIT.test(v.tokens[j + 1]?.lower ?? '') && v.tokens[j + 2]?.lower === 'ago') j += 3;
    else if (/^(earlier|later|last|this|next)$/.test(v.tokens[j]?.lower ?? '') && /^(this|last|that)$/.test(v.tokens[j + 1]?.lower ?? '') && TIME_UNIT.test(v.tokens[j + 2]?.lower ?? '')) j += 3;
    else if (/^(this|last|next|that)$/.test(v.tokens[j]?.lower ?? '') && TIME_UNIT.test(v.tokens[j + 1]?.lower ?? '')) j += 2;
    else break;
  }
  const t = v.tokens[j];
  if (!t) return -1;
  // "said that was not acceptable": "that" as the subject, not the complementiser.
  if (t.lower === 'that' && FINITE.test(v.tokens[j + 1]?.lower ?? '') && !CLAUSE_START.has(v.tokens[j + 2]?.lower ?? '_')) return j;
  if (t.lower === 'that') return j + 1 < v.tokens.length ? j + 1 : -1;
  // "told a news conference after a meeting of defence ministers that …"
  for (let k = j + 1; k < v.tokens.length && k - j < 14; k++) {
    const w = v.tokens[k]!;
    if (/^[,;:"“”.]$/.test(w.text) || v.kn.reportingVerbs.has(w.lower) || v.quoted(w.start)) break;
    if (w.lower === 'that' && PP_START.has(t.lower)) return k + 1 < v.tokens.length ? k + 1 : -1;
  }
  // `said "all going well" the lawyer will be freed`: a short quotation opening the clause.
  if (/^["“]$/.test(t.text) && shortQuoteOpensClause(v, j)) return j;
  if (v.quoted(t.start) || /^["“”]$/.test(t.text)) return -1;
  const quantity = (t.lower === 'as' && /^(many|much|few|little|high|low|long)$/.test(v.tokens[j + 1]?.lower ?? '') && v.tokens[j + 2]?.lower === 'as') || (t.lower === 'at' && /^(least|most)$/.test(v.tokens[j + 1]?.lower ?? ''));
  if ((PP_START.has(t.lower) && !quantity) || /^(who|whom|whose|which|where|to|not)$/.test(t.lower) || !/^[\p{L}\p{N}]/u.test(t.text)) return -1;
  // A clause needs a finite verb soon, before any comma: "he hoped", "Russia would", "differences remained";
  // not one of a clause subordinated to the object ("reported some progress after Albright held talks").
  for (let k = j + 1; k < v.tokens.length && k - j < 10; k++) {
    const w = v.tokens[k]!;
    if (/^[,;:.]$/.test(w.text) || subordinateAt(v, k)) break;
    // "an association that represents …", "an Iraqi who left …": a description, its verb a relative clause's.
    if (finiteAt(v, k) && !(/^(a|an)$/.test(t.lower) && /^(who|which|that)$/.test(v.tokens[k - 1]!.lower))) return j;
  }
  return -1;
}

/** A quotation of a few words at token `open`, with the clause going on after it to a finite verb. */
export function shortQuoteOpensClause(v: SentenceView, open: number): boolean {
  let close = open + 1;
  while (close < v.tokens.length && !/^["”]$/.test(v.tokens[close]!.text)) close++;
  if (close >= v.tokens.length || close - open - 1 > 4) return false;
  for (let k = close + 1; k < v.tokens.length && k - close < 10; k++) {
    if (/^[,;:.]$/.test(v.tokens[k]!.text)) return false;
    if (finiteAt(v, k)) return true;
  }
  return false;
}


/** The token after a "that" which closes a phrase starting at `at`, or -1. */
export function thatAfterPhrase(v: SentenceView, at: number): number {
  for (let k = at + 1; k < v.tokens.length && k - at < 14; k++) {
    const w = v.tokens[k]!;
    if (/^[,;:"“”.]$/.test(w.text) || v.kn.reportingVerbs.has(w.lower) || v.quoted(w.start)) return -1;
    if (w.lower === 'that') return k + 1 < v.tokens.length ? k + 1 : -1;
  }
  return -1;
}

/** Does an actor named at token `at` say the words before it: "Russia's foreign ministry said." at the sentence end? */
export function closingAttribution(v: SentenceView, at: number): boolean {
  const m = mentionStartingAt(v, at) ?? (v.tokens[at]?.lower === 'the' ? mentionStartingAt(v, at + 1) : null);
  if (!m || m.kind === 'pronoun') return false;
  let after = afterMention(v, m);
  while (MEDIUM.test(v.tokens[after]?.text ?? '')) after++;
  if (!v.kn.reportingVerbs.has(v.tokens[after]?.lower ?? '')) return false;
  const rest = v.tokens.slice(after + 1).filter((t) => !isAdverbial(t));
  return rest.length === 0 || /^[.,]$/.test(rest[0]!.text);
}

/** Where a reported clause starting at token `from` ends (exclusive token index). */
export function clauseEnd(v: SentenceView, from: number): number {
  for (let j = from; j < v.tokens.length; j++) {
    const t = v.tokens[j]!;
    if (v.quoted(t.start)) continue;
    // `… Russia's "red lines," saying …`: the comma closing a quotation ends the clause too.
    if (j > from && /^["”]$/.test(v.tokens[j - 1]!.text) && v.tokens[j - 2]?.text === ',' && /ing$/.test(t.lower) && CLAUSE_STOP_AFTER_COMMA.has(t.lower)) return j;
    if (t.text === ';' || (t.text === ':' && /^["“]/.test(v.tokens[j + 1]?.text ?? ''))) return j;
    // ", but not before …" goes on; ", but he …" begins another clause.
    if (t.text === ',' && CLAUSE_STOP_AFTER_COMMA.has(v.tokens[j + 1]?.lower ?? '') && !/^(not|also|only|still|then|never|without|with|in|at|for|to)$/.test(v.tokens[j + 2]?.lower ?? '')) return j;
    // "… while BP, a big investor, declined": a new subject after "while" or "whereas".
    if (/^(while|whereas)$/.test(t.lower) && j > from && /^\p{Lu}/u.test(v.tokens[j + 1]?.text ?? '') && !v.quoted(v.tokens[j + 1]!.start)) return j;
    if (t.text === ',' && /^(he|she|they)$/.test(v.tokens[j + 1]?.lower ?? '') && v.kn.reportingVerbs.has(v.tokens[j + 2]?.lower ?? '')) return j;
    // "…, Russia's foreign ministry said.": a closing attribution of its own.
    if (t.text === ',' && closingAttribution(v, j + 1)) return j;
    if (/^(but|and)$/.test(t.lower) && v.kn.reportingVerbs.has(v.tokens[j + 1]?.lower ?? '')) return j;
    // ", devised as a counter to …": a parenthetical participle phrase, not the reported words.
    if (t.text === ',' && participleAt(v, j + 1) && /^(as|by|in|to|for|with|at)$/.test(v.tokens[j + 2]?.lower ?? '')) return j;
  }
  let end = v.tokens.length;
  while (end > from && /^[.!?,]$/.test(v.tokens[end - 1]!.text)) end--;
  return end;
}
