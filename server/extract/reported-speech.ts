// Reported speech after a reporting verb outside quotation marks: `X said (that) CLAUSE`,
// `X told Y CLAUSE`, `X urged Y to ACTION`, inverted `CLAUSE, X said` / `CLAUSE, said X`,
// and participles that continue a speaker (`…, adding that CLAUSE`).
import { afterMention, agentBefore, ATTEMPT, coordinated, quotedAs, skipAppositive, speakerAfter, speakerBefore } from './attribution.ts';
import { clauseEnd, clauseStart } from './clauses.ts';
import { HEARER_VERBS, hearerAfter, hearerAfterTo, venueIn } from './hearers.ts';
import { isAdverbial, tokenIndexAt } from './sentence-view.ts';
import { isAppeal } from './appeal.ts';
import { nounPhraseAfter, nounPhraseBefore } from './noun-phrase-speaker.ts';
import { heard, venueAudience, type SentenceContext } from './statement-context.ts';
import type { Knowledge } from './knowledge.ts';
import type { Token } from './tokens.ts';

/** Plain phrases that can hear: people, the press, bodies. */
const HEARER_NOUN = /(reporters|journalists|correspondents|mps|msps|peers|members|ministers|leaders|delegates|activists|supporters|voters|colleagues|allies|partners|officials|diplomats|governments|countries|nations|states|students|workers|staff|audience|crowd|congress|parliament|assembly|senate|council|committee|commons|lords|house|conference|meeting|summit|press|media|public|people|nation|world|west|investors|shareholders|members)$/i;

/** Verbs of plain speech, whose words a closing attribution may relay. */
const RELAYED = /^(say|tell|add|insist|stress|warn|note|explain)$/;

/** Words that open an adverbial phrase or clause fronted before its subject. */
const FRONTED = /^(after|before|during|when|while|as|since|until|once|if|although|though|because|in|at|on|following|despite|with|without|speaking|asked|upon|amid|by|for|from|earlier|later|just)$/;
const PARTICIPLES = /^(saying|adding|noting|insisting|stressing|warning|cautioning|arguing|explaining|claiming|suggesting|asserting|predicting|pointing|acknowledging|conceding|emphasising|emphasizing|stating)$/;

export function reportedSpeech(c: SentenceContext): void {
  const { toks, v, made, quoted } = c;
  const { kn, quotes } = c.input;
  for (let vi = 0; vi < toks.length; vi++) {
    const t = toks[vi]!;
    if (quoted(t.start) || isAppeal(c, vi)) continue;
    // After "tried to", the verb's base form: "tried to assure".
    const lemma = kn.reportingVerbs.get(t.lower) ?? (toks[vi - 1]?.lower === 'to' && ATTEMPT.test(toks[vi - 2]?.lower ?? '') ? baseForm(kn, t.lower) : undefined);
    const madeClear = t.lower === 'made' && /^(clear|it)$/.test(toks[vi + 1]?.lower ?? '');
    const before = toks[vi - 1]?.text === '"' || toks[vi - 1]?.text === '”' ? toks[vi - 2] : toks[vi - 1];
    const participle = PARTICIPLES.test(t.lower) && (before?.text === ',' || before?.lower === 'by') && !quotedAs(v, vi);
    if (!lemma && !madeClear) continue;
    // An infinitive ("plans to admit") is not speech, unless it was attempted ("tried to assure").
    const attempt = toks[vi - 1]?.lower === 'to' && ATTEMPT.test(toks[vi - 2]?.lower ?? '');
    if (toks[vi - 1]?.lower === 'to' && !attempt) continue;
    // "asked not to be named", "declined to say": no words reported.
    if (toks[vi + 1]?.lower === 'not' && toks[vi + 2]?.lower === 'to') continue;
    // "is said to be", "was told that": a passive names no one who spoke.
    if (/^(is|are|was|were|been|being|be)$/.test(toks[vi - 1]?.lower ?? '') && /ed$|^(said|told|thought|held)$/.test(t.lower)) continue;
    if (participle) {
      // The participle hangs on the main clause: its subject's statement, else the last one made.
      const main = c.subject ? c.speakerOf(c.subject) : null;
      const prior = [...made].reverse().find((d) => d.speaker === main) ?? made[made.length - 1];
      // "Balls rejected the claim that Brown was sidelined, saying …": the main clause's agent;
      // "Grachev relieved NATO officials by saying …": the agent of the verb it hangs on.
      const id = prior ? prior.speaker : c.speakerOf(agentBefore(v, vi, before?.lower !== 'by') ?? c.subject);
      if (!id) continue;
      const cs = clauseStart(v, vi + 1);
      const lead = /^(in|at|during|speaking)$/i.test(toks[0]?.text ?? '') ? venueIn(v, 0, vi) : null;
      const audience = prior?.audience.length ? prior.audience : lead ? venueAudience(lead, c.discourse) : [];
      if (cs >= 0) c.addClause(id, cs, clauseEnd(v, cs), t.text, audience);
      continue;
    }
    // "Sources quoted Howe as saying that …", "Howe was quoted as saying …".
    const qa = quotedAs(v, vi);
    if (qa) {
      const id = c.speakerOf(qa.speaker);
      const cs = id ? clauseStart(v, vi + 1) : -1;
      if (id && cs >= 0) {
        c.addClause(id, cs, clauseEnd(v, cs), t.text, []);
        const relay = c.speakerOf(qa.relay);
        if (relay && made.length) made[made.length - 1]!.via ??= relay;
        continue;
      }
    }
    let inverted = false;
    // `CLAUSE, Yuri Trutnev was quoted as saying.`: the one quoted, with the clause before.
    let m = qa?.speaker ?? speakerBefore(v, attempt ? vi - 2 : vi);
    if (!m && coordinated(v, attempt ? vi - 2 : vi)) m = c.subject;
    if (!m && !/ing$/.test(t.lower) && (toks[vi - 1]?.text === ',' || /^["”]$/.test(toks[vi - 1]?.text ?? ''))) {
      m = speakerAfter(v, vi) ?? nounPhraseAfter(v, vi);
      inverted = !!m;
    }
    // "The insurer argued that …", "Critics claim …": a subject no finder named.
    if (!m && !/ing$/.test(t.lower) && !attempt) m = nounPhraseBefore(v, vi);
    if (!m) continue;
    const id = c.speakerOf(m);
    if (!id) continue;
    let next = madeClear ? vi + (toks[vi + 1]?.lower === 'it' ? 3 : 2) : vi + 1;
    if (inverted) next = afterMention(v, m);
    let audience: string[] = [];
    // An inverted verb has no object: `CLAUSE, warned X, as …`.
    if (lemma && HEARER_VERBS.has(lemma) && !inverted) {
      let h = hearerAfter(v, next);
      // "urged a limit on …": a plain phrase is the hearer only before the action or what was said.
      if (lemma !== 'tell' && !h.mentions.length && !h.pronoun && !/^(to|not|that|of|about)$/.test(toks[h.next]?.lower ?? '') && !HEARER_NOUN.test(h.audience[0] ?? '')) h = { audience: [], mentions: [], next };
      audience = heard(h, c.discourse, id);
      next = skipAppositive(v, h.next);
      // "urged NATO to begin …": the urged action is what was said.
      // "warned the West not to cross …": the action, with its negation.
      const negated = toks[next]?.lower === 'not' && toks[next + 1]?.lower === 'to';
      if ((toks[next]?.lower === 'to' || negated) && lemma !== 'tell') {
        const from = negated ? next : next + 1;
        c.addClause(id, from, clauseEnd(v, from), t.text, audience, true);
        continue;
      }
    }
    const toHearer = lemma && !HEARER_VERBS.has(lemma) ? hearerAfterTo(v, next) : null;
    if (toHearer) {
      audience = heard(toHearer, c.discourse, id);
      next = toHearer.next;
    }
    // "In an interview with NBC News on Wednesday, Shamkhani indicated that …": a leading venue.
    const lead = !inverted && /^(in|at|during|speaking)$/i.test(toks[0]?.text ?? '') ? venueIn(v, 0, tokenIndexAt(toks, m.titleStart ?? m.start)) : null;
    // "Assad, in an interview with Rossiya-24, said …": a venue between the speaker and the verb.
    const between = !inverted && toks[vi - 1]?.text === ',' ? venueIn(v, tokenIndexAt(toks, m.end), vi) : null;
    const venue = venueIn(v, next, toks.length) ?? lead ?? between;
    if (venue) audience = [...audience, ...venueAudience(venue, c.discourse)];
    // "warned in an interview with Le Monde that …": the clause begins after the venue.
    if (venue && venue !== lead && venue !== between && toks.slice(next, venue.start).every(isAdverbial)) next = venue.end;
    // `"…," said an analyst who asked …`: an inverted verb's clause is before it, never after.
    const cs = inverted ? -1 : clauseStart(v, next);
    if (cs >= 0) {
      c.addClause(id, cs, clauseEnd(v, cs), t.text, audience);
      continue;
    }
    // `CLAUSE, Russia's top diplomat announced on Monday.`: the clause comes first.
    const rest = toks.slice(next).filter((x) => !isAdverbial(x) && !/^[.,]$/.test(x.text));
    let npStart = inverted ? vi : Math.min(m.start, m.titleStart ?? m.start);
    const det = toks[tokenIndexAt(toks, npStart) - 1];
    if (!inverted && det?.lower === 'the') npStart = det.start;
    // `CLAUSE, Tory leader Michael Howard said`: words describing the speaker may stand before the title.
    if (!inverted) {
      let k = tokenIndexAt(toks, npStart) - 1;
      while (k > 0 && npStart - toks[k]!.start < 40 && toks[k]!.text !== ',' && /^(\p{Lu}|['’]s$|the$|former$|shadow$|then$|deputy$|party$)/u.test(toks[k]!.text)) k--;
      if (toks[k]?.text === ',' && k < tokenIndexAt(toks, npStart) - 1) npStart = toks[k + 1]!.start;
    }
    const comma = toks.findIndex((x) => x.end === npStart - 1 || (x.text === ',' && x.end <= npStart && x.end >= npStart - 2));
    // `CLAUSE, he said, when …`: a parenthetical attribution set off by commas also closes the clause.
    const parenthetical = toks.slice(next).find((x) => !isAdverbial(x))?.text === ',';
    const closes = rest.length === 0 || venue || audience.length || parenthetical || /^(according|adding)$/.test(rest[0]?.lower ?? '') || rest[0]?.text === ',' || participleAfterComma(toks, rest[0]);
    if (comma > 0 && toks[comma]!.text === ',' && closes) {
      let cs0 = 0;
      while (cs0 < comma && /^["“”,]$/.test(toks[cs0]!.text)) cs0++;
      // "After the talks ended, X told …", "During a briefing, X said": a fronted adverbial, not words said.
      const fronted = FRONTED.test(toks[cs0]!.lower) || (/ly$/.test(toks[cs0]!.lower) && FRONTED.test(toks[cs0 + 1]?.lower ?? ''));
      if (fronted && !toks.slice(cs0, comma).some((x) => x.text === ',')) continue;
      const from = toks[cs0]!.start;
      const to = toks[comma - 1]!.end;
      const quotedShare = quotes.filter((q) => q.start < to && q.end > from).reduce((n, q) => n + Math.min(q.end, to) - Math.max(q.start, from), 0);
      // "X told Y …, the ministry said": the ministry relays what X said, it does not say it again.
      const inner = made.filter((d) => d.start >= from && d.end <= to);
      const relayed = inner.filter((d) => d.speaker !== id && RELAYED.test(kn.reportingVerbs.get(d.cue?.toLowerCase() ?? '') ?? ''));
      for (const d of relayed) d.via ??= id;
      if (relayed.length) continue;
      if (quotedShare / (to - from) < 0.5) c.addClause(id, cs0, comma, t.text, audience);
    }
  }
}

/** `…, Rutte said on Wednesday, rejecting calls …`: a participle phrase closing the attribution. */
function participleAfterComma(toks: Token[], t: Token | undefined): boolean {
  return !!t && /ing$/.test(t.lower) && toks[toks.indexOf(t) - 1]?.text === ',';
}

const baseForms = new WeakMap<Knowledge, Set<string>>();
/** The lemma itself when `word` is one: reporting verbs are listed by their inflected forms. */
function baseForm(kn: Knowledge, word: string): string | undefined {
  let set = baseForms.get(kn);
  if (!set) baseForms.set(kn, (set = new Set(kn.reportingVerbs.values())));
  return set.has(word) ? word : undefined;
}
