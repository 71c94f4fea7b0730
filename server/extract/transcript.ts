// Transcripts: a press conference or interview in question-and-answer form, where each
// labelled turn ("Name: …", "President of Russia Vladimir Putin: …", "Q: …") is a direct
// statement of the labelled speaker. The label plays the part of the quotation marks: a
// turn runs from after its label to the next label, however long, and is not split.
// Labels start a line or follow a sentence end (some sources collapse a transcript into one
// paragraph). A text is a transcript only when two people, or a Q and an A, are labelled,
// so "He told reporters: …" or a "Headline: subtitle" never makes one.
import { hearerAfter, venueIn } from './hearers.ts';
import { type SentenceView } from './sentence-view.ts';
import type { Discourse } from './coref.ts';
import type { Mention } from './mention.ts';
import { fold } from './slug.ts';
import { heard, venueAudience, type Draft, type StatementInput } from './statement-context.ts';

/** Longest label, in characters and words: a long title and a name. */
const MAX_LABEL_CHARS = 90;
const MAX_LABEL_WORDS = 10;
const QUESTION = /^(?:Q|QUESTION|Question)$/;
const ANSWER = /^(?:A|ANSWER|Answer)$/;
/** Lowercase words a title may hold between capitalised ones ("Minister of the Interior"). */
const TITLE_CONNECTORS = new Set(['of', 'the', 'for', 'and', 'on', 'de', 'du', 'des', 'von', 'van', 'der', 'al', 'el', 'bin']);
/** Capitalised words that open sentences, never labels ("And Putin: …", "Asked Lavrov: …"). */
const NOT_LABEL_START = new Set(
  'and but or so then when while after before as if because although with in on at by from to for asked says said told meanwhile here there'.split(' '),
);
/** A full stop that closes an abbreviation or an initial ends no sentence ("Mr. Smith:", "U.S."). */
const ABBREVIATION = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Gov|Lt|Col|Rev|Hon|Jr|Sr|\p{Lu})\.$|(?:\p{Lu}\.){2,}$/u;
const HONORIFIC = /^(?:mr|mrs|ms|mister|madam|madame|miss|dr|prof)\.?$/i;
/** "Mr President,", "Thank you, Madam Chair.", "Dear Mr Prime Minister,": an honorific and a title or surname, set off by punctuation. */
const VOCATIVE =
  /(?:^|[,;:]\s*|[.!?…]["”’]?\s+)(?:Dear\s+)?(?:Mr|Mrs|Ms|Mister|Madam|Madame|Miss)\.?\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|the)\s+)*\p{Lu}[\p{L}'’-]*){0,3})(?=\s*(?:[,.?!;…]|$))/gu;
/** Forms of address that only the principal is given. */
const EXCELLENCY = /(?:^|[,;:]\s*|[.!?…]["”’]?\s+)Your\s+(?:Excellency|Majesty|Highness|Holiness)\b/u;

type Role = 'person' | 'question' | 'answer';

interface Label {
  /** Where the label starts, where it ends (the name's end), and where its turn starts. */
  start: number;
  end: number;
  turn: number;
  role: Role;
  /** Person labels: the speaker's entity id, and the title written before the name. */
  speaker: string | null;
  title: string;
}

interface Turn {
  label: Label;
  start: number;
  end: number;
  speaker: string;
}

/** What the text before the first label says about the exchange. */
interface Lead {
  /** Whom the answers were given to: "reporters", an outlet's entity id. */
  audience: string[];
  /** The outlet that asked, for an unnamed interviewer ("in an interview with Le Monde"). */
  outlet: Mention | null;
  /** How often the lead names each person: the one it is about answers. */
  named: Map<string, number>;
  /** The person the lead names most: the answerer of "A:" turns. */
  principal: string | null;
  interview: boolean;
}

/** The labelled turns of a transcript, as direct statements; none when the text is not one. */
export function transcriptTurns(input: StatementInput, discourse: Discourse): Draft[] {
  const labels = findLabels(input, discourse);
  if (!isTranscript(labels)) return [];
  const lead = readLead(input, discourse, labels[0]!.start);
  const turns = turnsOf(input, labels, lead, discourse);
  const answerer = answererOf(turns, lead.named);
  const speakers = speakerForms(input, labels);
  const addressed = turns.map((t) => addresseeOf(input, t, speakers, answerer));
  // Those spoken to as the principal, and the principal, are the ones answering.
  const answerers = new Set([answerer, ...addressed].filter((x): x is string => !!x));
  return turns.map((t, i) => {
    const audience = addressed[i] ? [addressed[i]!] : answerers.has(t.speaker) ? lead.audience : [];
    const si = sentenceAt(input, t.start);
    return {
      speaker: t.speaker,
      kind: 'direct',
      start: t.start,
      end: t.end,
      audience,
      via: null,
      date: input.published,
      cue: null,
      sentence: si,
      paragraph: input.sentences[si]?.paragraph ?? 0,
      ownTime: false,
      turn: true,
    };
  });
}

/** Every colon that closes a label, in text order. */
function findLabels(input: StatementInput, discourse: Discourse): Label[] {
  const { text, skip } = input;
  const labels: Label[] = [];
  for (let c = text.indexOf(':'); c >= 0; c = text.indexOf(':', c + 1)) {
    // Headlines paraphrase ("Putin: …"); "10:30" and "https:" are no labels.
    if ((skip && c >= skip.start && c < skip.end) || /[\d/]/.test(text[c + 1] ?? '')) continue;
    const start = labelStart(text, c);
    const core = start < 0 ? null : labelCore(text, start, c);
    if (!core) continue;
    const role: Role = QUESTION.test(core.text) ? 'question' : ANSWER.test(core.text) ? 'answer' : 'person';
    const person = role === 'person' ? personLabel(input, discourse, start, core) : null;
    if (role === 'person' && !person) continue;
    labels.push({ start, end: core.end, turn: afterSpace(text, c + 1), role, speaker: person?.speaker ?? null, title: person?.title ?? '' });
  }
  return labels;
}

/** Two people labelled, or a question and an answer: one "Name:" is only a headline or a lead-in. */
function isTranscript(labels: Label[]): boolean {
  const people = new Set(labels.filter((l) => l.role === 'person').map((l) => l.speaker));
  return people.size >= 2 || (labels.some((l) => l.role === 'question') && labels.some((l) => l.role === 'answer'));
}

/** Where a label ending at `colon` starts: a line start, or just after a sentence end; -1 if neither is near. */
function labelStart(text: string, colon: number): number {
  for (let j = colon - 1; j >= 0 && colon - j <= MAX_LABEL_CHARS; j--) {
    if (text[j] === '\n') return -1;
    if (/\s/.test(text[j]!) || (j > 0 && !/\s/.test(text[j - 1]!))) continue;
    const lineStart = text.lastIndexOf('\n', j - 1) + 1;
    if (!text.slice(lineStart, j).trim() || sentenceEndsBefore(text, j)) return j;
  }
  return -1;
}

/** Does a sentence end just before `at` ("… Thank you. Pavel Zarubin:")? */
function sentenceEndsBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  const m = /([.!?…])["”’)\]]*\s+$/u.exec(before);
  if (!m) return false;
  return m[1] !== '.' || !ABBREVIATION.test(before.slice(0, m.index + 1));
}

/** The label's words without a trailing "(Reuters)", or null when they cannot be a label; one comma may set off a title. */
function labelCore(text: string, start: number, colon: number): { text: string; end: number } | null {
  const raw = text
    .slice(start, colon)
    .replace(/\s*\([^()]*\)\s*$/, '')
    .trimEnd();
  if (!raw || !/^\p{Lu}/u.test(raw) || /[\n;:"“”?!()]/.test(raw) || raw.split(',').length > 2 || raw.split(/\s+/).length > MAX_LABEL_WORDS) return null;
  return { text: raw, end: start + raw.length };
}

/**
 * A label that is a person's name with nothing but a title before it ("President of Russia
 * Vladimir Putin") or after a comma ("Sergey Lavrov, Foreign Minister"); the speaker it names.
 */
function personLabel(input: StatementInput, discourse: Discourse, start: number, core: { text: string; end: number }): { speaker: string; title: string } | null {
  const comma = core.text.indexOf(',');
  const nameEnd = comma < 0 ? core.end : start + comma;
  const after = comma < 0 ? '' : core.text.slice(comma + 1).trim();
  if (comma >= 0 && (!after || !titleLike(after))) return null;
  const m = input.mentions.filter((x) => x.kind === 'person' && x.start >= start && x.end === nameEnd).sort((a, b) => a.start - b.start)[0];
  if (!m) return comma < 0 ? knownName(input, core.text) : null;
  const before = input.text.slice(start, m.start).trim();
  if (!titleLike(before)) return null;
  const speaker = discourse.resolve(m);
  return speaker ? { speaker, title: [before, after].filter(Boolean).join(' ') } : null;
}

/** "President of Russia", "Mr.", "": capitalised words and a title's connectors, not a sentence's opening. */
function titleLike(words: string): boolean {
  const list = words.split(/\s+/).filter(Boolean);
  if (list.length && NOT_LABEL_START.has(list[0]!.toLowerCase())) return false;
  return list.every((w) => /^\p{Lu}/u.test(w) || TITLE_CONNECTORS.has(w));
}

/** A label naming, in any case, a person the article names ("PUTIN:", "Mr. Lavrov:"), where no mention was found. */
function knownName(input: StatementInput, label: string): { speaker: string; title: string } | null {
  const words = label.split(/\s+/);
  while (words.length > 1 && HONORIFIC.test(words[0]!)) words.shift();
  if (words.length > 4 || !words.every((w) => /^[\p{L}'’.-]+$/u.test(w))) return null;
  const key = fold(words.join(' '));
  for (const e of input.index.entities.values()) {
    if (e.type !== 'Person') continue;
    const forms = [e.name, ...e.aliases, e.name.split(' ').pop()!].map(fold);
    if (forms.includes(key)) return { speaker: e.id, title: '' };
  }
  return null;
}

const afterSpace = (text: string, at: number) => {
  while (at < text.length && /\s/.test(text[at]!)) at++;
  return at;
};

/** The turns: each from after its label to just before the next one, with its speaker. */
function turnsOf(input: StatementInput, labels: Label[], lead: Lead, discourse: Discourse): Turn[] {
  const turns: Turn[] = [];
  let interviewer: string | null = null;
  labels.forEach((label, i) => {
    let end = labels[i + 1]?.start ?? input.text.length;
    while (end > label.turn && /\s/.test(input.text[end - 1]!)) end--;
    if (end <= label.turn) return;
    if (label.role === 'question') interviewer ??= interviewerOf(input, label, lead, discourse);
    const speaker = label.role === 'person' ? label.speaker : label.role === 'question' ? interviewer : lead.principal;
    // A turn whose speaker is unknown stays a turn, so its words are no one else's; it is dropped later.
    turns.push({ label, start: label.turn, end, speaker: speaker ?? '' });
  });
  return turns;
}

/** Who asks the "Q:" questions: an unnamed interviewer (or reporter), of the outlet the lead names. */
function interviewerOf(input: StatementInput, label: Label, lead: Lead, discourse: Discourse): string | null {
  const m: Mention = {
    kind: 'source',
    start: label.start,
    end: label.end,
    text: lead.interview ? 'the interviewer' : 'a reporter',
    key: lead.interview ? 'interviewer' : 'reporter',
    sentence: sentenceAt(input, label.start),
    affiliation: lead.outlet?.kind === 'org' ? { kind: 'org', key: lead.outlet.key } : null,
    definite: false,
  };
  return discourse.resolve(m);
}

/** Reads the lead (the text before the first label): whom the answers were given to, and about whom it is. */
function readLead(input: StatementInput, discourse: Discourse, until: number): Lead {
  const named = namedBefore(input, until);
  const principal = [...named].reduce<[string, number] | null>((best, x) => (!best || x[1] > best[1] ? x : best), null)?.[0] ?? null;
  const lead: Lead = { audience: [], outlet: null, named, principal, interview: /\binterview/i.test(input.text.slice(0, until)) };
  input.sentences.forEach((s, si) => {
    if (s.end > until || lead.audience.length) return;
    const v = viewOf(input, si);
    const h = leadHearer(v, input);
    if (h) {
      lead.audience = heard(h, discourse);
      lead.outlet = h.mentions[0] ?? null;
      return;
    }
    const venue = venueIn(v, 0, v.tokens.length);
    if (venue) {
      lead.audience = venueAudience(venue, discourse);
      lead.outlet = venue.interviewer;
    }
  });
  return lead;
}

/** "took questions from reporters", "an interview with Le Monde", "spoke to TASS", "told TASS": the hearer the lead names. */
function leadHearer(v: SentenceView, input: StatementInput) {
  for (let j = 0; j + 1 < v.tokens.length; j++) {
    const at = hearerAt(v, j, input);
    if (at < 0) continue;
    const h = hearerAfter(v, at);
    if (h.audience.length || h.mentions.length) return h;
  }
  return null;
}

/** Where the hearer starts when token j opens a phrase that names one, else -1. */
function hearerAt(v: SentenceView, j: number, input: StatementInput): number {
  const [w, next] = [v.tokens[j]!.lower, v.tokens[j + 1]?.lower ?? ''];
  if (/^questions?$/.test(w) && /^(from|of)$/.test(next)) return j + 2;
  if (w === 'interview' && /^(with|to|for)$/.test(next)) return j + 2;
  if (/^(spoke|speaking|talked|talking)$/.test(w) && next === 'to') return j + 2;
  return input.kn.reportingVerbs.get(w) === 'tell' ? j + 1 : -1;
}

/** How often each person is named before `until`, in order of first mention. */
function namedBefore(input: StatementInput, until: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of input.mentions) {
    const id = m.kind === 'person' && m.start < until ? input.index.of.get(m) : undefined;
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/**
 * Who answers: the speaker the lead is about ("Putin answered questions from reporters"),
 * else the one who says the most (in a short exchange a question can outrun its answer).
 */
function answererOf(turns: Turn[], named: Map<string, number>): string | null {
  const length = new Map<string, number>();
  for (const t of turns) if (t.speaker && t.label.role !== 'question') length.set(t.speaker, (length.get(t.speaker) ?? 0) + (t.end - t.start));
  const rank = ([id, n]: [string, number]) => [named.get(id) ?? 0, n] as const;
  const best = [...length].reduce<[string, number] | null>((b, x) => {
    if (!b) return x;
    const [p, q] = [rank(x), rank(b)];
    return p[0] > q[0] || (p[0] === q[0] && p[1] > q[1]) ? x : b;
  }, null);
  return best?.[0] ?? null;
}

/** Each speaker's titles and names, lowercase, to know whom "Mr President" or "Mr Lavrov" addresses. */
function speakerForms(input: StatementInput, labels: Label[]): Map<string, { titles: string[]; surnames: string[] }> {
  const forms = new Map<string, { titles: string[]; surnames: string[] }>();
  for (const l of labels) {
    if (!l.speaker) continue;
    const e = input.index.entities.get(l.speaker);
    const f = forms.get(l.speaker) ?? { titles: [...(e?.titles ?? []), ...(e?.aliases ?? [])].map(fold), surnames: e ? [fold(e.name.split(' ').pop()!)] : [] };
    if (l.title) f.titles.push(fold(l.title));
    forms.set(l.speaker, f);
  }
  return forms;
}

/** Whom the turn addresses by a vocative: the speaker holding that title or name; else the answerer for a title. */
function addresseeOf(input: StatementInput, t: Turn, speakers: Map<string, { titles: string[]; surnames: string[] }>, answerer: string | null): string | null {
  const words = input.text.slice(t.start, t.end);
  const others = [...speakers].filter(([id]) => id !== t.speaker).sort((x, y) => Number(y[0] === answerer) - Number(x[0] === answerer));
  const principal = answerer && answerer !== t.speaker ? answerer : null;
  if (EXCELLENCY.test(words)) return principal;
  for (const m of words.matchAll(VOCATIVE)) {
    const phrase = fold(m[1]!);
    if (phrase.split(/[\s-]+/).every((w) => input.kn.titleWords.has(w) || TITLE_CONNECTORS.has(w))) {
      const roles = input.kn.roleNouns.get(phrase) ?? [phrase];
      const holder = others.find(([, f]) => f.titles.some((x) => roles.some((r) => x.includes(r))));
      return holder?.[0] ?? principal;
    }
    const named = others.find(([, f]) => f.surnames.includes(phrase.split(' ').pop()!));
    if (named) return named[0];
  }
  return null;
}

/** The sentence holding offset `pos`. */
function sentenceAt(input: StatementInput, pos: number): number {
  const i = input.sentences.findIndex((s) => s.start <= pos && pos < s.end);
  return i >= 0 ? i : Math.max(0, input.sentences.findLastIndex((s) => s.start <= pos));
}

/** One sentence as the attribution grammar reads it. */
function viewOf(input: StatementInput, si: number): SentenceView {
  const quoted = (pos: number) => input.quotes.some((q) => q.start <= pos && pos < q.end);
  const mentions = input.mentions.filter((m) => m.sentence === si && !quoted(m.start));
  return { text: input.text, tokens: input.tokens[si] ?? [], mentions, kn: input.kn, quoted };
}
