// Statements: direct quotations and reported speech, each with its speaker, audience,
// relay, subjects and date. Sentences are read in document order so that "he said" and
// "the source said" resolve against what came before; each construction of news English
// is a module of its own (direct-quotes, reported-speech, appeal, according-to), and a
// fault in one sentence costs that sentence only.
import type { ExtractedStatement } from '../../common/extraction.ts';
import { accordingTo } from './according-to.ts';
import { appeals } from './appeal.ts';
import { type SentenceView, tokenIndexAt } from './sentence-view.ts';
import { Discourse } from './coref.ts';
import { resolveDate } from './dates.ts';
import { directQuotes } from './direct-quotes.ts';
import { isActor, type Mention } from './mention.ts';
import { reportedSpeech } from './reported-speech.ts';
import { hasOwnTime, type Draft, type SentenceContext, type StatementInput } from './statement-context.ts';
import { about, inheritAudiences, settlePending } from './statement-finish.ts';
import { transcriptTurns } from './transcript.ts';
import { faultMessage } from './warnings.ts';

export type { StatementInput } from './statement-context.ts';

const PREPOSITIONS = new Set(['in', 'with', 'of', 'to', 'for', 'by', 'from', 'at', 'on', 'about', 'against', 'between', 'after', 'before', 'than', 'like', 'over', 'into', 'near']);

/** The constructions, in the order they claim a sentence's words. */
const CONSTRUCTIONS = [directQuotes, appeals, reportedSpeech, accordingTo];

export interface StatementFault {
  offset: number;
  message: string;
}

export function extractStatements(input: StatementInput, faults: StatementFault[] = []): ExtractedStatement[] {
  const { text, sentences, tokens, mentions, index, quotes, kn, published } = input;
  const discourse = new Discourse(index, mentions, kn, input.period ?? (published ? { from: published, to: published } : null), text);
  // A transcript's turns are its statements; what is said inside a turn is the turn's.
  const turns = transcriptTurns(input, discourse);
  const inTurn = (s: { start: number; end: number }) => turns.some((d) => s.start < d.end && d.start < s.end);
  const drafts: Draft[] = [...turns];
  const quoted = (pos: number) => quotes.some((q) => q.start <= pos && pos < q.end);
  const bySentence = mentionsBySentence(input);

  sentences.forEach((s, si) => {
    if ((input.skip && s.start >= input.skip.start && s.end <= input.skip.end) || inTurn(s)) return;
    const toks = tokens[si] ?? [];
    const v: SentenceView = { text, tokens: toks, mentions: bySentence[si]!.filter((m) => !quoted(m.start)), kn, quoted };
    const made: Draft[] = [];
    const c: SentenceContext = {
      input,
      discourse,
      si,
      sentence: s,
      toks,
      v,
      bySentence,
      subject: subjectOf(v),
      made,
      drafts,
      quoted,
      speakerOf: (m: Mention | null) => (m ? discourse.resolve(m) : null),
      add(d) {
        if (!text.slice(d.start, d.end).trim() || made.some((x) => x.start === d.start && x.end === d.end)) return;
        made.push({ ...d, sentence: si, paragraph: s.paragraph });
        if (d.speaker) discourse.spoke(d.speaker, d.start);
      },
      addClause(speaker, from, to, cue, audience, appeal = false) {
        // "PARIS, March 6 - OPEC produced …, the agency said": the clause begins after the dateline.
        const dateline = input.datelines?.find((d) => d.start <= toks[from]!.start && toks[from]!.start < d.end);
        if (dateline) from = toks.findIndex((t) => t.start >= dateline.end);
        if (from < 0 || to <= from) return;
        const start = toks[from]!.start;
        let end = toks[to - 1]!.end;
        while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
        if (end - start < 8) return;
        // A clause that is all quotation is the quotation's business.
        if (quotes.some((q) => q.start <= start + 1 && q.end >= end - 1)) return;
        const attribution = toks.slice(Math.max(0, from - 8), from);
        c.add({ speaker, kind: 'indirect', start, end, audience, via: null, date: resolveDate(attribution, published), cue, ownTime: hasOwnTime(attribution), appeal });
      },
    };
    try {
      for (const construction of CONSTRUCTIONS) construction(c);
      absorbFragments(made, text);
      if (c.subject) discourse.subject(discourse.resolve(c.subject), c.subject.start);
      drafts.push(...made);
    } catch (err) {
      // Rules meet sentences no one foresaw: lose this sentence, never the article.
      faults.push({ offset: s.start, message: faultMessage(err) });
    }
  });

  // Roles no statement needed ("the chancellor's budget"): mentions of the person they name.
  for (const m of mentions) {
    if (m.kind !== 'role' || index.of.has(m)) continue;
    try {
      discourse.roleHolder(m);
    } catch (err) {
      faults.push({ offset: m.start, message: faultMessage(err) });
    }
  }
  discourse.affiliateMinisters();
  settlePending(drafts);
  inheritAudiences(drafts);
  return drafts
    .filter((d) => d.speaker !== '')
    .sort((a, b) => a.start - b.start)
    .map((d, i) => ({
      id: `s${i + 1}`,
      speaker: d.speaker,
      audience: [...new Set(d.audience)],
      kind: d.kind,
      text: text.slice(d.start, d.end),
      span: [d.start, d.end] as [number, number],
      via: d.via,
      about: about(d, mentions, index),
      date: d.date ?? published,
      cue: d.cue,
    }));
}

/** Words a quotation may have and still be a fragment of the clause around it ("were "very tense""). */
const FRAGMENT_WORDS = 3;

/**
 * A quotation inside a reported clause of the same speaker is one statement with it: the
 * clause when it says more than the quotation ("were "generally too weak" to move markets"),
 * the quotation when the clause adds at most a word to it.
 */
function absorbFragments(made: Draft[], text: string): void {
  const words = (from: number, to: number) => text.slice(from, to).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const drop = new Set<Draft>();
  for (const d of made) {
    if (d.kind !== 'direct') continue;
    const x = made.find((c) => c.kind === 'indirect' && c.speaker === d.speaker && c.start <= d.start && d.end <= c.end + 1);
    if (!x) continue;
    const outside = words(x.start, x.end) - words(d.start, d.end);
    drop.add(words(d.start, d.end) <= FRAGMENT_WORDS || outside >= 2 ? d : x);
  }
  for (let i = made.length - 1; i >= 0; i--) if (drop.has(made[i]!)) made.splice(i, 1);
}

/** Mentions by sentence, found once (mentions are sorted by start). */
function mentionsBySentence({ sentences, mentions }: StatementInput): Mention[][] {
  const bySentence = sentences.map(() => [] as Mention[]);
  let mi = 0;
  sentences.forEach((s, si) => {
    while (mi < mentions.length && mentions[mi]!.start < s.start) mi++;
    for (let k = mi; k < mentions.length && mentions[k]!.start < s.end; k++) if (mentions[k]!.end <= s.end) bySentence[si]!.push(mentions[k]!);
  });
  return bySentence;
}

/** The sentence's subject: the first actor not inside a title, after no preposition, not a possessor. */
function subjectOf(v: SentenceView): Mention | null {
  const inTitle = (m: Mention) => v.mentions.some((p) => p.kind === 'person' && p.titleStart !== undefined && p.titleStart <= m.start && m.end <= p.start);
  // "During a White House briefing, Leavitt said": a fronted phrase holds no subject.
  const comma = v.tokens.findIndex((t) => t.text === ',');
  const frontedEnd = PREPOSITIONS.has(v.tokens[0]?.lower ?? '') || /^(during|after|before|since|while|when|speaking|following|despite|amid)$/.test(v.tokens[0]?.lower ?? '') ? (v.tokens[comma]?.start ?? -1) : -1;
  return (
    v.mentions.find((m) => {
      if (!isActor(m) || inTitle(m) || m.start < frontedEnd) return false;
      const at = tokenIndexAt(v.tokens, m.start);
      const prev = v.tokens[at - 1];
      const next = v.tokens.find((t) => t.start >= m.end);
      return !(prev && PREPOSITIONS.has(prev.lower)) && !(next && /^['’]s$/.test(next.text));
    }) ?? null
  );
}
