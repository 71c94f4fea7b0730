// General world knowledge the extractor leans on (data/knowledge/*.json): countries with
// demonyms and capitals, organisations, places, titles and the vocabulary of attribution.
// Compiled once into lookup tables; the JSON is bundled data, not I/O.
import countriesJson from '../../data/knowledge/countries.json' with { type: 'json' };
import organisationsJson from '../../data/knowledge/organisations.json' with { type: 'json' };
import placesJson from '../../data/knowledge/places.json' with { type: 'json' };
import titlesJson from '../../data/knowledge/titles.json' with { type: 'json' };
import speechJson from '../../data/knowledge/speech.json' with { type: 'json' };
import givenNamesJson from '../../data/knowledge/given-names.json' with { type: 'json' };
import officeHoldersJson from '../../data/knowledge/office-holders.json' with { type: 'json' };
import { fold } from './slug.ts';
import partyLeadersJson from '../../data/knowledge/party-leaders.json' with { type: 'json' };
import officesAddedJson from '../../data/knowledge/office-holders-added.json' with { type: 'json' };

export interface CountryFact {
  name: string;
  aliases: string[];
  demonyms: string[];
  capital: string | null;
  capitalAliases: string[];
}
export interface OrganisationFact {
  name: string;
  aliases: string[];
  kind: string;
  country: string | null;
  anaphors: string[];
}
export interface PlaceFact {
  name: string;
  aliases: string[];
  kind: string;
  country: string | null;
  metonymFor?: string | null;
}

/** Who held an office, when (data/knowledge/office-holders.json; sources in data/knowledge/README.md). */
export interface OfficeFact {
  office: string;
  /** The local title ("home secretary", "chancellor of the exchequer"). */
  title?: string;
  jurisdiction: string;
  holder: string;
  aliases?: string[];
  wikidata?: string | null;
  /** ISO dates, perhaps partial ("1998", "2004-03"); `to` null while in office (as of `asOf`). */
  from: string | null;
  to: string | null;
  asOf?: string;
  source?: string;
}

/** What a known surface form stands for. */
export type Lexeme =
  | { kind: 'country'; name: string }
  | { kind: 'demonym'; name: string }
  | { kind: 'capital'; name: string; city: string }
  | { kind: 'org'; name: string; orgKind: string; country: string | null }
  | { kind: 'place'; name: string };

export interface Knowledge {
  /** Surface form (exact case) → meanings, for multi-word lookups keyed by lowercase first word. */
  lexicon: Map<string, { form: string; lexeme: Lexeme }[]>;
  /** Lowercase definite descriptions ("the alliance") → organisation kinds or names they can stand for. */
  anaphors: Map<string, string[]>;
  titles: string[];
  /** Titles as lowercase word lists, by their last word, for matching backwards from a name. */
  titlesByLastWord: Map<string, string[][]>;
  /** Lowercase title words, for recognising titles in any case. */
  titleWords: Set<string>;
  roleNouns: Map<string, string[]>;
  reportingVerbs: Map<string, string>;
  sourceNouns: Set<string>;
  givenNames: Set<string>;
  countries: Map<string, CountryFact>;
  organisations: Map<string, OrganisationFact>;
  offices: OfficeFact[];
}

export interface KnowledgeData {
  countries: CountryFact[];
  organisations: OrganisationFact[];
  places: PlaceFact[];
  titles: { titles: string[]; roleNouns: Record<string, string[]> };
  speech: { reportingVerbs: Record<string, string>; sourceNouns: string[] };
  givenNames: string[];
  offices?: OfficeFact[];
}

function add(lexicon: Knowledge['lexicon'], form: string, lexeme: Lexeme) {
  const trimmed = form.trim();
  if (!trimmed) return;
  const key = trimmed.split(/[\s]+/)[0]!.toLowerCase();
  const list = lexicon.get(key) ?? [];
  if (!list.some((e) => e.form === trimmed && e.lexeme.kind === lexeme.kind && e.lexeme.name === lexeme.name)) {
    list.push({ form: trimmed, lexeme });
  }
  lexicon.set(key, list);
}

export function compileKnowledge(data: KnowledgeData): Knowledge {
  const lexicon: Knowledge['lexicon'] = new Map();
  const anaphors = new Map<string, string[]>();
  for (const c of data.countries) {
    for (const f of [c.name, ...c.aliases]) add(lexicon, f, { kind: 'country', name: c.name });
    for (const f of c.demonyms) add(lexicon, f, { kind: 'demonym', name: c.name });
    if (c.capital) {
      for (const f of [c.capital, ...c.capitalAliases]) add(lexicon, f, { kind: 'capital', name: c.name, city: c.capital });
    }
  }
  for (const o of data.organisations) {
    for (const f of [o.name, ...o.aliases]) {
      add(lexicon, f, { kind: 'org', name: o.name, orgKind: o.kind, country: o.country });
    }
    for (const a of o.anaphors) {
      const key = a.toLowerCase();
      anaphors.set(key, [...(anaphors.get(key) ?? []), o.name]);
    }
  }
  for (const p of data.places) {
    for (const f of [p.name, ...p.aliases]) add(lexicon, f, { kind: 'place', name: p.name });
  }
  const titles = [...new Set(data.titles.titles)].sort((a, b) => b.length - a.length);
  const titleWords = new Set<string>();
  // The words titles are made of, without the function words inside them ("Minister of the
  // Interior", "His Excellency"): those say nothing of a title on their own.
  const FUNCTION_WORDS = new Set(['the', 'for', 'and', 'in', 'on', 'to', 'his', 'her', 'without']);
  for (const t of titles) for (const w of t.toLowerCase().split(/[\s-]+/)) if (w.length > 1 && !FUNCTION_WORDS.has(w)) titleWords.add(w);
  for (const w of ['minister', 'secretary', 'general', 'deputy', 'president', 'spokesman', 'spokeswoman', 'chief', 'head']) {
    titleWords.add(w);
  }
  const titlesByLastWord = new Map<string, string[][]>();
  for (const t of titles) {
    const words = t.toLowerCase().split(/\s+/);
    const last = words[words.length - 1]!;
    titlesByLastWord.set(last, [...(titlesByLastWord.get(last) ?? []), words]);
  }
  return {
    lexicon,
    anaphors,
    titles,
    titlesByLastWord,
    titleWords,
    roleNouns: new Map(Object.entries(data.titles.roleNouns).map(([k, v]) => [k.toLowerCase(), v.map((x) => x.toLowerCase())])),
    // Past participles in -en ("written", "spoken") qualify nouns far more often than they report.
    reportingVerbs: new Map(
      Object.entries(data.speech.reportingVerbs)
        .filter(([k]) => !/en$/.test(k))
        .map(([k, v]) => [k.toLowerCase(), v]),
    ),
    sourceNouns: new Set(data.speech.sourceNouns.map((s) => s.toLowerCase())),
    givenNames: new Set(data.givenNames),
    countries: new Map(data.countries.map((c) => [c.name, c])),
    organisations: new Map(data.organisations.map((o) => [o.name, o])),
    offices: data.offices ?? [],
  };
}

/** A party's leader (data/knowledge/party-leaders.json). */
export interface PartyLeader {
  party: string;
  holder: string;
  aliases?: string[];
  from: string;
  to: string | null;
  acting?: boolean;
}

/**
 * A record of a hand-made table as the office table's person of the same name (their QID and
 * names), so two tables make one person, never two of one name. Unchanged when the office
 * table has no one, or several people, of that name.
 */
export function asTablePerson(fact: OfficeFact, offices: OfficeFact[]): OfficeFact {
  const same = offices.filter((o) => fold(o.holder) === fold(fact.holder));
  const people = new Set(same.map((o) => o.wikidata ?? [o.holder, ...(o.aliases ?? [])].map(fold).join('|')));
  const twin = people.size === 1 ? same[0]! : null;
  return twin ? { ...fact, aliases: [...(twin.aliases ?? [])], wikidata: twin.wikidata ?? null } : fact;
}

/** Party leaders as office records ("leader" of the party), so "the Tory leader" resolves like "the home secretary". */
export function partyLeaderFacts(leaders: PartyLeader[], offices: OfficeFact[]): OfficeFact[] {
  return leaders.map((l) =>
    asTablePerson(
      {
        office: 'party leader',
        title: l.acting ? 'acting leader' : 'leader',
        jurisdiction: l.party,
        holder: l.holder,
        aliases: [...(l.aliases ?? [])],
        wikidata: null,
        from: l.from,
        to: l.to,
        ...(l.to ? {} : { asOf: (partyLeadersJson as { asOf?: string }).asOf }),
        source: 'party-leaders',
      },
      offices,
    ),
  );
}

let compiled: Knowledge | null = null;

/** The knowledge shipped in data/knowledge, compiled on first use. */
export function defaultKnowledge(): Knowledge {
  const offices = (officeHoldersJson as { offices: OfficeFact[] }).offices;
  compiled ??= compileKnowledge({
    countries: countriesJson as CountryFact[],
    organisations: organisationsJson as OrganisationFact[],
    places: placesJson as PlaceFact[],
    titles: titlesJson as KnowledgeData['titles'],
    speech: speechJson as KnowledgeData['speech'],
    givenNames: givenNamesJson as string[],
    offices: [
      ...offices,
      ...(officesAddedJson as { offices: OfficeFact[] }).offices.map((o) => asTablePerson(o, offices)),
      ...partyLeaderFacts((partyLeadersJson as { leaders: PartyLeader[] }).leaders, offices),
    ],
  });
  return compiled;
}
