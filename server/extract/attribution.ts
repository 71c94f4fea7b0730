// The grammar of attribution, over one sentence's tokens: where a speaker's name ends
// before a reporting verb ("Kremlin spokesman Dmitry Peskov on Monday confirmed"), begins
// after one ("said Balanzino"), and the constructions around it ("X quoted Y as saying",
// "… but has said", "X, Name, said"). Hearers are in hearers.ts, clauses in clauses.ts.
import { finiteAt, isAdverbial, MEDIUM, mentionEndingAt, mentionStartingAt, type SentenceView, tokenIndexAt, verbAt } from './sentence-view.ts';
import { isActor, type Mention } from './mention.ts';

/** "tried to assure him that", "sought to reassure": a reporting verb after an attempt is still said. */
export const ATTEMPT = /^(tried|tries|trying|sought|seeks|moved|rushed|hastened|went on|wanted|wants)$/;

/** How many words may describe a person named after an inverted verb. */
export const MAX_DESCRIPTION = 6;

/** The speaker before a verb at token index `verb`: skips adverbials and an appositive in commas. */
export function speakerBefore(v: SentenceView, verb: number): Mention | null {
  let j = verb - 1;
  let steps = 0;
  // "Anders Berg, who says the alliance will …": the relative pronoun's antecedent speaks.
  if (v.tokens[j]?.lower === 'who' && v.tokens[j - 1]?.text === ',') {
    const antecedent = mentionEndingAt(v, j - 2);
    return antecedent && (antecedent.kind === 'person' || antecedent.kind === 'source' || antecedent.kind === 'role') ? antecedent : null;
  }
  while (j >= 0 && steps++ < 14) {
    const t = v.tokens[j]!;
    const m = /^[\p{L}\p{N}]/u.test(t.text) ? mentionEndingAt(v, j) : null;
    // "A new book about Tony Blair says": the person is what the document is about, not who speaks.
    if (m && !v.quoted(m.start) && /^(about|on|into|against|of|over|concerning)$/.test(v.tokens[tokenIndexAt(v.tokens, m.titleStart ?? m.start) - 1]?.lower ?? '') && m.kind === 'person') return null;
    if (m && !v.quoted(m.start)) return ownerOf(v, m) ?? m;
    if (t.text === ',') {
      // ", the president's spokesman," — jump to the comma that opens the appositive; a
      // relative clause (", who spoke on condition of anonymity because …,") may run longer.
      let k = j - 1;
      while (k >= 0 && v.tokens[k]!.text !== ',' && j - k < 30 && !/^["“”]$/.test(v.tokens[k]!.text)) k--;
      const relative = /^(who|whose|whom|which)$/.test(v.tokens[k + 1]?.lower ?? '');
      // ", deputy minister of Taiwan's policy council," may run long when a title opens it.
      const titled = v.kn.titleWords.has(v.tokens[k + 1]?.lower ?? '') || v.kn.titleWords.has(v.tokens[k + 2]?.lower ?? '');
      // "an adviser to the leader X, Ali Shamkhani, said": a name alone between the commas is the speaker.
      const named = mentionEndingAt(v, j - 1);
      if (k >= 0 && v.tokens[k]!.text === ',' && named?.kind === 'person' && tokenIndexAt(v.tokens, named.titleStart ?? named.start) === k + 1) return named;
      if (k >= 0 && v.tokens[k]!.text === ',' && (j - k < 12 || relative || titled)) {
        const before = mentionEndingAt(v, /^(himself|herself|itself)$/.test(v.tokens[k - 1]?.lower ?? '') ? k - 2 : k - 1);
        if (before && (before.kind === 'person' || before.kind === 'source')) return before;
        // "Russia, whose forces back the army, says …": any actor may head a relative clause.
        if (before && relative && isActor(before) && before.kind !== 'pronoun') return before;
      }
      // A person with an appositive title before it: "Head of the X, Konstantin Gavrilov, told".
      const m2 = mentionEndingAt(v, j - 1);
      if (m2 && m2.kind === 'person') return m2;
      return null;
    }
    // "the Interfax news agency said": medium nouns after the name.
    if (!isAdverbial(t) && !MEDIUM.test(t.text)) return locatedBefore(v, j);
    j--;
  }
  return null;
}

/** "A senior banker in the area said", "an official at the ministry said": a source or person placed by a short phrase. */
export function locatedBefore(v: SentenceView, j: number): Mention | null {
  for (let p = j - 1; p >= 0 && j - p <= 4; p--) {
    const w = v.tokens[p]!;
    if (/^[,.;:"“”]$/.test(w.text) || v.kn.reportingVerbs.has(w.lower)) return null;
    if (/^(in|at|from|on)$/.test(w.lower)) {
      const m = mentionEndingAt(v, p - 1);
      return m && (m.kind === 'source' || m.kind === 'person') ? m : null;
    }
  }
  return null;
}

/**
 * "X … but has said", "and later told": a verb coordinated with the sentence's first clause,
 * whose subject is that clause's. True when "but"/"and" stands before the verb past adverbials.
 */
export function coordinated(v: SentenceView, verb: number): boolean {
  let j = verb - 1;
  while (j >= 0 && isAdverbial(v.tokens[j]!) && verb - j < 4) j--;
  if (!/^(but|and)$/.test(v.tokens[j]?.lower ?? '')) return false;
  // Coordinated with an earlier verb: in "guarantees and proposed concessions remain" none came before.
  for (let k = 0; k < j; k++) if (verbAt(v, k)) return true;
  return false;
}

/**
 * "Sources quoted Howe as saying", "Howe was quoted as saying": the speaker, and who relayed the
 * words, for the "saying" at token `verb`.
 */
export function quotedAs(v: SentenceView, verb: number): { speaker: Mention; relay: Mention | null } | null {
  if (v.tokens[verb]?.lower !== 'saying' || v.tokens[verb - 1]?.lower !== 'as') return null;
  const before = mentionEndingAt(v, verb - 2);
  // "X quoted Howe as saying"
  if (before && /^(quoted|quotes|quoting|cited|cites|citing)$/.test(v.tokens[tokenIndexAt(v.tokens, before.titleStart ?? before.start) - 1]?.lower ?? '')) {
    const q = tokenIndexAt(v.tokens, before.titleStart ?? before.start) - 1;
    return { speaker: before, relay: speakerBefore(v, q) };
  }
  // "Howe was quoted as saying", "Howe was quoted by Interfax as saying"
  let j = verb - 2;
  let relay: Mention | null = null;
  const by = v.tokens.slice(0, verb).findIndex((t, i) => t.lower === 'by' && v.tokens[i - 1]?.lower === 'quoted');
  if (by > 0) {
    relay = mentionStartingAt(v, by + 1) ?? mentionStartingAt(v, by + 2);
    j = by - 1;
  }
  if (v.tokens[j]?.lower !== 'quoted' || !/^(was|were|is|are|been)$/.test(v.tokens[j - 1]?.lower ?? '')) return null;
  const speaker = speakerBefore(v, j - 1);
  return speaker ? { speaker, relay } : null;
}

/** Past an appositive after a hearer: "told Bentsen, a Texas Democrat, that …". */
export function skipAppositive(v: SentenceView, at: number): number {
  if (v.tokens[at]?.text !== ',') return at;
  for (let k = at + 1; k < v.tokens.length && k - at <= 8; k++) {
    const t = v.tokens[k]!;
    if (t.text === ',') return v.tokens[k + 1]?.lower === 'that' ? k + 1 : at;
    if (/^[.;:"“”]$/.test(t.text) || v.kn.reportingVerbs.has(t.lower)) return at;
  }
  return at;
}

/** "Nicolas Sarkozy of France", "a spokesman for the ministry": the person or source a place or body qualifies. */
export function ownerOf(v: SentenceView, m: Mention): Mention | null {
  if (m.kind === 'person' || m.kind === 'source' || m.kind === 'role') return null;
  const at = tokenIndexAt(v.tokens, m.titleStart ?? m.start);
  let p = at - 1;
  if (v.tokens[p]?.lower === 'the') p--;
  if (!/^(of|for|from|at|to)$/.test(v.tokens[p]?.lower ?? '')) return null;
  const owner = mentionEndingAt(v, p - 1);
  return owner && (owner.kind === 'person' || owner.kind === 'source' || owner.kind === 'role') ? owner : null;
}

/** The agent of the verb a participle hangs on: "Grachev relieved NATO officials by saying …". */
export function agentBefore(v: SentenceView, at: number, mainClause = false): Mention | null {
  // "X relieved Y by saying": the nearest agent; "X rejected the claim that Y had …, saying": the main clause's, the first.
  const before = v.mentions.filter((m) => isActor(m) && m.end <= (v.tokens[at]?.start ?? 0));
  if (!mainClause) before.reverse();
  for (const m of before) {
    let j = v.tokens.findIndex((t) => t.start >= m.end);
    while (j >= 0 && j < at && /ly$/.test(v.tokens[j]!.lower)) j++;
    const w = v.tokens[j];
    if (w && j < at && (finiteAt(v, j) || v.kn.reportingVerbs.has(w.lower))) return m;
  }
  return null;
}

/** The speaker after an inverted verb: `"…," said Balanzino` or `said one Western diplomat`. */
export function speakerAfter(v: SentenceView, verb: number): Mention | null {
  for (let j = verb + 1; j < v.tokens.length && j <= verb + 3; j++) {
    const m = mentionStartingAt(v, j);
    // `said Al Jazeera's Hashem Ahelbarra`, `said Acme Capital analyst Ola Nordin`: the person
    // the organisation's name qualifies.
    const after = m ? tokenIndexAt(v.tokens, m.end) : -1;
    if (m && m.kind !== 'person' && after >= 0) {
      for (let k = after; k <= after + 4 && k < v.tokens.length; k++) {
        const p = mentionStartingAt(v, k);
        if (p?.kind === 'person') return p;
        if (!/^['’]s$/.test(v.tokens[k]!.text) && !/^\p{Ll}/u.test(v.tokens[k]!.text)) break;
      }
    }
    if (m) return m;
    if (!isAdverbial(v.tokens[j]!)) break;
  }
  // `said CSFB analyst Vadim Mitroshin`, `said Acme Corp chief economist Jo Bell`: a described
  // person, the description made of capitalised names and lowercase title nouns.
  for (let j = verb + 1; j < v.tokens.length && j <= verb + MAX_DESCRIPTION; j++) {
    const t = v.tokens[j]!;
    const m = mentionStartingAt(v, j);
    if (m && (m.kind === 'person' || m.kind === 'source' || m.kind === 'role')) return m;
    if (/^[,.;:"“”()]$/.test(t.text) || v.kn.reportingVerbs.has(t.lower) || /^(that|who|which|and|but|in|on|at)$/.test(t.lower)) return null;
  }
  return null;
}

/** Index of the first token after the speaker mention and any appositive / adverbials. */
export function afterMention(v: SentenceView, m: Mention): number {
  let j = v.tokens.findIndex((t) => t.start >= m.end);
  if (j < 0) return v.tokens.length;
  // The comma closing an appositive title: "Russian foreign minister, Sergey Lavrov, said".
  if (v.tokens[j]!.text === ',' && m.titleStart !== undefined && m.titleStart < m.start) j++;
  else if (v.tokens[j]!.text === ',') {
    let k = j + 1;
    while (k < v.tokens.length && v.tokens[k]!.text !== ',' && k - j < 10) k++;
    if (v.tokens[k]?.text === ',' && v.tokens.slice(j + 1, k).some((t) => v.kn.titleWords.has(t.lower))) j = k + 1;
  }
  while (j < v.tokens.length && isAdverbial(v.tokens[j]!)) j++;
  return j;
}
