// Statements: direct quotations and reported speech, each with its speaker, audience,
// relay, subjects and date. Read in document order so that "he said" and "the source said"
// resolve against what came before.
import type { ExtractedStatement } from '../../common/extraction.ts';
import {
  afterMention,
  agentBefore,
  clauseEnd,
  clauseStart,
  HEARER_VERBS,
  hearerAfter,
  isAdverbial,
  mentionStartingAt,
  speakerAfter,
  speakerBefore,
  tokenIndexAt,
  venueIn,
  type Hearer,
  type Venue,
  type SentenceView,
} from './attribution.ts';
import { Discourse } from './coref.ts';
import { resolveDate } from './dates.ts';
import type { EntityIndex } from './entities.ts';
import type { Knowledge } from './knowledge.ts';
import { isActor, type Mention } from './mention.ts';
import type { Quote } from './quotes.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';

export interface StatementInput {
  text: string;
  sentences: Sentence[];
  tokens: Token[][];
  mentions: Mention[];
  index: EntityIndex;
  quotes: Quote[];
  kn: Knowledge;
  published: string | null;
  /** Headline span: statements there are not extracted (headlines paraphrase). */
  skip: { start: number; end: number } | null;
}

/** Verbs that frame a quotation without reporting speech: "welcomed it as a "historic milestone"". */
const FRAMING = new Set(['welcomed', 'welcoming', 'called', 'calling', 'described', 'describing', 'termed', 'dubbed', 'branded', 'praised', 'condemned', 'denounced', 'hailed', 'as']);
const PREPOSITIONS = new Set(['in', 'with', 'of', 'to', 'for', 'by', 'from', 'at', 'on', 'about', 'against', 'between', 'after', 'before', 'than', 'like', 'over', 'into', 'near']);

interface Draft {
  speaker: string;
  kind: 'direct' | 'indirect';
  start: number;
  end: number;
  audience: string[];
  via: string | null;
  date: string | null;
  cue: string | null;
  sentence: number;
  paragraph: number;
  /** An explicit time in the attribution that is not the day of the report ("last week"). */
  ownTime: boolean;
  /** A quoted paragraph left open, whose speaker is named where the quotation ends. */
  pending?: boolean;
}

export function extractStatements(input: StatementInput): ExtractedStatement[] {
  const { text, sentences, tokens, mentions, index, quotes, kn, published } = input;
  const discourse = new Discourse(index, mentions, kn);
  const drafts: Draft[] = [];
  const quoted = (pos: number) => quotes.some((q) => q.start <= pos && pos < q.end);
  // Mentions by sentence, found once (mentions are sorted by start).
  const bySentence = sentences.map(() => [] as Mention[]);
  let mi = 0;
  sentences.forEach((s, si) => {
    while (mi < mentions.length && mentions[mi]!.start < s.start) mi++;
    for (let k = mi; k < mentions.length && mentions[k]!.start < s.end; k++) if (mentions[k]!.end <= s.end) bySentence[si]!.push(mentions[k]!);
  });

  sentences.forEach((s, si) => {
    if (input.skip && s.start >= input.skip.start && s.end <= input.skip.end) return;
    const toks = tokens[si] ?? [];
    const sentMentions = bySentence[si]!;
    const v: SentenceView = { text, tokens: toks, mentions: sentMentions.filter((m) => !quoted(m.start)), kn, quoted };
    const made: Draft[] = [];
    const add = (d: Omit<Draft, 'sentence' | 'paragraph'>) => {
      const text0 = text.slice(d.start, d.end).trim();
      if (!text0 || made.some((x) => x.start === d.start && x.end === d.end)) return;
      made.push({ ...d, sentence: si, paragraph: s.paragraph });
      if (d.speaker) discourse.spoke(d.speaker, d.start);
    };
    const speakerOf = (m: Mention | null): string | null => (m ? discourse.resolve(m) : null);

    // Sentence subject, for pronouns later on and quotes framed without a reporting verb.
    const inTitle = (m: Mention) => v.mentions.some((p) => p.kind === 'person' && p.titleStart !== undefined && p.titleStart <= m.start && m.end <= p.start);
    const subject = v.mentions.find((m) => {
      if (!isActor(m) || inTitle(m)) return false;
      const at = tokenIndexAt(toks, m.start);
      const prev = toks[at - 1];
      const next = toks.find((t) => t.start >= m.end);
      return !(prev && PREPOSITIONS.has(prev.lower)) && !(next && /^['’]s$/.test(next.text));
    });

    // 1. Direct quotations whose closing mark (or paragraph end) falls in this sentence.
    for (const q of quotes) {
      const qEnd = q.close >= 0 ? q.close : q.end;
      if (!(qEnd >= s.start && qEnd < s.end + 1) || q.start < 0) continue;
      const openSentence = sentences.findIndex((x) => x.start <= q.open && q.open < x.end + 1);
      const tail = toks.filter((t) => t.start > qEnd);
      let speaker: string | null = null;
      let attribution: Token[] = [];
      let cue: string | null = null;
      let audience: string[] = [];
      let via: string | null = null;
      let hadVerb = false;
      // Tail: `"…," he said` / `"…," said Balanzino` / `"…," the source said, according to Interfax`.
      const t0 = tail.findIndex((t) => t.text !== ',' && !/^["”]$/.test(t.text));
      if (t0 >= 0) {
        const ti = toks.indexOf(tail[t0]!);
        // `"…," saying …` continues the sentence's speaker: a participle is not an inverted attribution.
        if (kn.reportingVerbs.has(tail[t0]!.lower) && !quoted(tail[t0]!.start) && !/ing$/.test(tail[t0]!.lower)) {
          hadVerb = true;
          const m = speakerAfter(v, ti);
          speaker = speakerOf(m);
          cue = tail[t0]!.text;
          attribution = toks.slice(ti, ti + 8);
          // `"…," said Stoltenberg, speaking to reporters at …`
          if (m) ({ audience, via } = hearing(v, afterMention(v, m), toks.length, kn, discourse));
        } else {
          let m = mentionStartingAt(v, ti);
          for (let k = ti + 1; !m && k <= ti + 3 && /^\p{Ll}/u.test(toks[k - 1]?.text ?? ''); k++) m = mentionStartingAt(v, k);
          if (m) {
            const after = afterMention(v, m);
            const verb = toks[after];
            if (verb && kn.reportingVerbs.has(verb.lower)) {
              hadVerb = true;
              speaker = speakerOf(m);
              cue = verb.text;
              attribution = toks.slice(ti, Math.min(toks.length, after + 12));
              ({ audience, via } = hearing(v, after + 1, toks.length, kn, discourse));
            }
          }
        }
      }
      // Head: `Primakov told reporters …: "…"` / `The Russian president stressed that "…"`.
      if (!speaker && !hadVerb && openSentence >= 0) {
        const headToks = (tokens[openSentence] ?? []).filter((t) => t.end <= q.open);
        const hv: SentenceView =
          openSentence === si ? v : { ...v, tokens: tokens[openSentence] ?? [], mentions: bySentence[openSentence]!.filter((m) => m.end <= q.open && !quoted(m.start)) };
        for (let j = headToks.length - 1; j >= 0; j--) {
          const t = headToks[j]!;
          if (quoted(t.start) || !kn.reportingVerbs.has(t.lower)) continue;
          const vi = hv.tokens.indexOf(t);
          if (/^(to|not)$/.test(hv.tokens[vi - 1]?.lower ?? '')) continue; // "plans to admit": an infinitive
          let m = speakerBefore(hv, vi);
          if (!m && /^(but|and)$/.test(hv.tokens[vi - 1]?.lower ?? '')) m = subject ?? null;
          if (!m && j > 0 && headToks.slice(0, j).some((x) => kn.reportingVerbs.has(x.lower))) continue;
          hadVerb = true;
          speaker = speakerOf(m);
          cue = t.text;
          attribution = hv.tokens.slice(Math.max(0, vi - 6), headToks.length);
          ({ audience, via } = hearing(hv, vi + 1, headToks.length, kn, discourse));
          break;
        }
        // Framed by the sentence's subject: `He repeated … as "…"`, `calling talks "important"`.
        if (!hadVerb && openSentence === si && subject && subject.start < q.open && headToks.some((t) => FRAMING.has(t.lower) || kn.reportingVerbs.has(t.lower))) {
          speaker = speakerOf(subject);
          attribution = headToks;
        }
      }
      // A quotation that is a sentence of its own continues the last speaker nearby; a
      // paragraph left open continues into the next one, where its speaker may be named.
      let pending = false;
      if (!speaker && !hadVerb && openSentence >= 0 && q.open <= sentences[openSentence]!.start + 1) {
        const last = made[made.length - 1] ?? drafts[drafts.length - 1];
        pending = q.close < 0;
        if (last && s.paragraph - last.paragraph <= 1) {
          speaker = last.speaker;
          audience = last.audience;
          cue = null;
        } else if (pending) speaker = '';
      }
      if (speaker === null) continue;
      add({
        speaker,
        kind: 'direct',
        start: q.start,
        end: q.end,
        audience,
        via,
        date: resolveDate(attribution, published),
        cue,
        ownTime: hasOwnTime(attribution),
        pending,
      });
    }

    // 2. Reported speech: each reporting verb outside quotation marks.
    for (let vi = 0; vi < toks.length; vi++) {
      const t = toks[vi]!;
      if (quoted(t.start)) continue;
      const lemma = kn.reportingVerbs.get(t.lower);
      const madeClear = t.lower === 'made' && /^(clear|it)$/.test(toks[vi + 1]?.lower ?? '');
      // "called on NATO to give …": an appeal, said to whom it calls on.
      if (/^(called|calls|call|calling)$/.test(t.lower) && toks[vi + 1]?.lower === 'on' && !quoted(t.start)) {
        const m0 = speakerBefore(v, vi) ?? (toks[vi - 1]?.text === ',' ? null : subject ?? null);
        const id0 = speakerOf(m0);
        const h = hearerAfter(v, vi + 2);
        if (id0 && toks[h.next]?.lower === 'to') {
          const audience0 = heard(h, discourse);
          addClause(id0, h.next + 1, clauseEnd(v, h.next + 1), 'called on', audience0);
        }
        continue;
      }
      const before = toks[vi - 1]?.text === '"' || toks[vi - 1]?.text === '”' ? toks[vi - 2] : toks[vi - 1];
      const participle = /^(saying|adding|noting|insisting|stressing|warning)$/.test(t.lower) && (before?.text === ',' || before?.lower === 'by');
      if (!lemma && !madeClear) continue;
      if (toks[vi - 1]?.lower === 'to') continue; // an infinitive: "plans to admit
      let inverted = false;
      if (participle) {
        const prior = made[made.length - 1];
        const id = prior ? prior.speaker : speakerOf(agentBefore(v, vi) ?? subject ?? null);
        if (!id) continue;
        const cs = clauseStart(v, vi + 1);
        if (cs < 0) continue;
        const ce = clauseEnd(v, cs);
        addClause(id, cs, ce, t.text, prior?.audience ?? []);
        continue;
      }
      let m = speakerBefore(v, vi);
      if (!m && /^(but|and)$/.test(toks[vi - 1]?.lower ?? '')) m = subject ?? null;
      if (!m && !/ing$/.test(t.lower) && (toks[vi - 1]?.text === ',' || /^["”]$/.test(toks[vi - 1]?.text ?? ''))) {
        m = speakerAfter(v, vi);
        inverted = !!m;
      }
      if (!m) continue;
      const id = speakerOf(m);
      if (!id) continue;
      let next = madeClear ? vi + (toks[vi + 1]?.lower === 'it' ? 3 : 2) : vi + 1;
      if (inverted) next = afterMention(v, m);
      let audience: string[] = [];
      if (lemma && HEARER_VERBS.has(lemma)) {
        const h = hearerAfter(v, next);
        audience = heard(h, discourse);
        next = h.next;
        // "urged NATO to begin …": the urged action is what was said.
        if (toks[next]?.lower === 'to' && lemma !== 'tell') {
          const ce = clauseEnd(v, next + 1);
          addClause(id, next + 1, ce, t.text, audience);
          continue;
        }
      }
      const venue = venueIn(v, next, toks.length);
      if (venue) audience = [...audience, venueAudience(venue, discourse)];
      // "warned in an interview with Le Monde that …": the clause begins after the venue.
      if (venue && toks.slice(next, venue.start).every(isAdverbial)) next = venue.end;
      const cs = clauseStart(v, next);
      if (cs >= 0) {
        addClause(id, cs, clauseEnd(v, cs), t.text, audience);
        continue;
      }
      // `CLAUSE, Russia's top diplomat announced on Monday.`: the clause comes first.
      const rest = toks.slice(next).filter((x) => !isAdverbial(x) && !/^[.,]$/.test(x.text));
      const npStart = inverted ? vi : Math.min(m.start, m.titleStart ?? m.start);
      const comma = toks.findIndex((x) => x.end === npStart - 1 || (x.text === ',' && x.end <= npStart && x.end >= npStart - 2));
      if (comma > 0 && toks[comma]!.text === ',' && (rest.length === 0 || venue || audience.length || /^(according|adding)$/.test(rest[0]?.lower ?? '') || rest[0]?.text === ',' || participleAfterComma(toks, rest[0]))) {
        let cs0 = 0;
        while (cs0 < comma && /^["“”,]$/.test(toks[cs0]!.text)) cs0++;
        const clauseText = [toks[cs0]!.start, toks[comma - 1]!.end] as const;
        const quotedShare = quotes.filter((q) => q.start < clauseText[1] && q.end > clauseText[0]).reduce((n, q) => n + Math.min(q.end, clauseText[1]) - Math.max(q.start, clauseText[0]), 0);
        if (quotedShare / (clauseText[1] - clauseText[0]) < 0.5) addClause(id, cs0, comma, t.text, audience);
      }
    }

    // 3. "according to X": a relay when someone else speaks, else the speaker.
    for (let j = 0; j + 2 < toks.length; j++) {
      if (toks[j]!.lower !== 'according' || toks[j + 1]!.lower !== 'to' || quoted(toks[j]!.start)) continue;
      const m = mentionStartingAt(v, j + 2) ?? (toks[j + 2]?.lower === 'the' ? mentionStartingAt(v, j + 3) : null) ?? objectPronoun(toks[j + 2], si);
      const id = m ? discourse.resolve(m) : null;
      if (!id || !m) continue;
      if (made.length) {
        for (const d of made) d.via ??= id;
      } else if (j > 1) {
        addClause(id, 0, toks[j - 1]?.text === ',' ? j - 1 : j, 'according to', []);
      } else {
        // "According to Novak, the talks would continue."
        let after = tokenIndexAt(toks, m.end);
        while (/^(news|agency|newspaper|reports?|channel|tv|television|radio)$/i.test(toks[after]?.text ?? '')) after++;
        const from = toks[after]?.text === ',' ? after + 1 : after;
        if (from > 0) addClause(id, from, clauseEnd(v, from), 'according to', []);
      }
    }

    if (subject) discourse.subject(discourse.resolve(subject), subject.start);
    drafts.push(...made);

    function addClause(speaker: string, from: number, to: number, cue: string, audience: string[]) {
      if (to <= from) return;
      const start = toks[from]!.start;
      let end = toks[to - 1]!.end;
      while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
      if (end - start < 8) return;
      // A clause that is all quotation is the quotation's business.
      const inQuote = quotes.find((q) => q.start <= start + 1 && q.end >= end - 1);
      if (inQuote) return;
      const attribution = toks.slice(Math.max(0, from - 8), from);
      add({ speaker, kind: 'indirect', start, end, audience, via: null, date: resolveDate(attribution, published), cue, ownTime: hasOwnTime(attribution) });
    }
  });

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
      about: about(d, mentions, index, discourse),
      date: d.date ?? published,
      cue: d.cue,
    }));
}

/** An open quoted paragraph takes the speaker named where the quotation goes on to end. */
function settlePending(drafts: Draft[]) {
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

/** Audience and relay named in the attribution after the verb at `from`. */
function hearing(v: SentenceView, from: number, to: number, kn: Knowledge, discourse: Discourse): { audience: string[]; via: string | null } {
  const audience: string[] = [];
  let via: string | null = null;
  const verb = v.tokens[from - 1];
  const lemma = verb ? kn.reportingVerbs.get(verb.lower) : undefined;
  let next = from;
  if (lemma && HEARER_VERBS.has(lemma)) {
    const h = hearerAfter(v, from);
    audience.push(...heard(h, discourse));
    next = h.next;
  }
  // "Speaking at a press conference in Kyiv, Zelenskiy said", "In his annual address, Putin said":
  // the venue leads the sentence.
  const venue = venueIn(v, next, to) ?? (/^(speaking|in|at|during)$/i.test(v.tokens[0]?.text ?? '') ? venueIn(v, 0, Math.min(to, from)) : null);
  if (venue) audience.push(venueAudience(venue, discourse));
  // "said Stoltenberg, speaking to reporters", "…, addressing parliament": the hearer of a participle.
  for (let j = from; j + 1 < to && audience.length === 0; j++) {
    const w = v.tokens[j]!.lower;
    const at = /^(speaking|talking)$/.test(w) && v.tokens[j + 1]?.lower === 'to' ? j + 2 : w === 'addressing' ? j + 1 : -1;
    if (at < 0) continue;
    const h = hearerAfter(v, at);
    audience.push(...heard(h, discourse));
  }
  for (let j = from; j + 2 < to; j++) {
    if (v.tokens[j]!.lower === 'according' && v.tokens[j + 1]!.lower === 'to') {
      const m = mentionStartingAt(v, j + 2);
      via = m ? discourse.resolve(m) : null;
    }
  }
  return { audience, via };
}

/** `…, Rutte said on Wednesday, rejecting calls …`: a participle phrase closing the attribution. */
function participleAfterComma(toks: Token[], t: Token | undefined): boolean {
  return !!t && /ing$/.test(t.lower) && toks[toks.indexOf(t) - 1]?.text === ',';
}

/** "according to him": the object pronoun refers as "he" would. */
function objectPronoun(t: Token | undefined, sentence: number): Mention | null {
  const key = t && { him: 'he', her: 'she' }[t.lower];
  return t && key ? { kind: 'pronoun', start: t.start, end: t.end, text: t.text, key, sentence } : null;
}

/** A hearer as audience entries: its plain phrases, and the entities its mentions name. */
function heard(h: Hearer, discourse: Discourse): string[] {
  return [...h.audience, ...h.mentions.map((m) => discourse.resolve(m)).filter((x): x is string => !!x)];
}

/** Who heard words said at a venue: the interviewer when named, else the venue itself. */
function venueAudience(venue: Venue, discourse: Discourse): string {
  return (venue.interviewer && discourse.resolve(venue.interviewer)) || venue.phrase;
}

function hasOwnTime(tokens: Token[]): boolean {
  return tokens.some((t, i) => (t.lower === 'last' && /^(week|month|year)$/.test(tokens[i + 1]?.lower ?? '')) || t.lower === 'earlier' || t.lower === 'previously');
}

/** A speaker's audience carries over to their nearby statements that name none. */
function inheritAudiences(drafts: Draft[]) {
  const bySpeaker = new Map<string, Draft[]>();
  for (const d of drafts) bySpeaker.set(d.speaker, [...(bySpeaker.get(d.speaker) ?? []), d]);
  for (const list of bySpeaker.values()) {
    let last: string[] = [];
    for (const d of list) {
      if (d.audience.length) last = d.audience;
      else if (!d.ownTime) d.audience = last;
    }
    const first = list.find((d) => d.audience.length);
    if (first) for (const d of list) if (d === first) break; else if (!d.ownTime && !d.audience.length) d.audience = first.audience;
  }
}

/** Actors the statement speaks of: those mentioned inside it, the speaker aside. */
function about(d: Draft, mentions: Mention[], index: EntityIndex, discourse: Discourse): string[] {
  const ids = new Set<string>();
  for (const m of mentions) {
    if (m.start < d.start || m.end > d.end || m.kind === 'place') continue;
    const id = index.of.get(m) ?? (m.kind === 'role' || m.kind === 'source' ? null : null);
    if (id && id !== d.speaker && index.entities.get(id)?.type !== 'Place') ids.add(id);
  }
  void discourse;
  return [...ids];
}
