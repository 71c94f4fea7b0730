/**
 * Builds data/knowledge/office-holders.json: who held which national or international
 * office, from when to when (1985 onwards), for resolving role-only references
 * ("the Russian foreign minister", "the home secretary") by an article's date.
 *
 * Usage:
 *   npx tsx scripts/build-office-holders.ts <sources-dir> [out.json]
 *
 * <sources-dir> holds the source files laid out as <owner>/<repo>/<path>, exactly as in
 * the repositories and commits listed in SOURCES below (data/knowledge/README.md says how
 * to fetch them). Nothing is downloaded here; the output depends only on those files, and
 * is written in a fixed order, so the same inputs always give the same bytes.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';

// ───────────────────────────── sources ─────────────────────────────

const EPS = 'every-politician-scrapers';
const EPS_LICENCE =
  'Wikidata (CC0 1.0): html/holders21.csv is the raw result of a Wikidata SPARQL query (P39 position held with P580/P582) published by the EveryPolitician scrapers; the repositories add no licence of their own';

/** One every-politician-scrapers repository per jurisdiction, pinned to the commit used. */
const EPS_REPOS: { repo: string; jurisdiction: string; commit: string; date: string }[] = [
  { repo: 'argentina-ministers', jurisdiction: 'Argentina', commit: '98105f511ea6ad6c9730e979190909cf34d9343b', date: '2022-07-26' },
  { repo: 'australia-cabinet', jurisdiction: 'Australia', commit: '4c35a6ef087d076eb343b6177814574b2d6e43b8', date: '2022-07-30' },
  { repo: 'austria-cabinet', jurisdiction: 'Austria', commit: 'd8d29777ec6abe3e2adfb82f5c308e944fb8f8a9', date: '2022-08-03' },
  { repo: 'belgium-cabinet', jurisdiction: 'Belgium', commit: 'a1420fcaec8b2c2966eebb13f352b95725d3785b', date: '2022-07-23' },
  { repo: 'brazil-ministers', jurisdiction: 'Brazil', commit: 'de58065b42edc0c0f310185ffda9174540e9af5f', date: '2022-07-23' },
  { repo: 'bulgaria-cabinet', jurisdiction: 'Bulgaria', commit: '2068236a3e5af84bd30f347afe86bcc089d6fd5d', date: '2022-07-26' },
  { repo: 'canada-cabinet', jurisdiction: 'Canada', commit: '3b3f0da86ca64c7e3ce6d0f073ed66612885d06f', date: '2022-07-25' },
  { repo: 'china-ministers', jurisdiction: 'China', commit: '300341654d57cd10776238bae41c89b6ea315276', date: '2022-07-23' },
  { repo: 'croatia-ministers', jurisdiction: 'Croatia', commit: '6e44b5186fd289ec77c7a5d1378d86e4a1ad37a3', date: '2022-07-25' },
  { repo: 'cyprus-cabinet', jurisdiction: 'Cyprus', commit: '5fcbf4d37e23e62f820666403beb77e72c2f9916', date: '2022-08-02' },
  { repo: 'czech-ministers', jurisdiction: 'Czech Republic', commit: '1e53f23f9405feacef64241294c342ab8eca0319', date: '2022-07-23' },
  { repo: 'denmark-cabinet', jurisdiction: 'Denmark', commit: '1599847eacdd27202c9b84387407cef25458f309', date: '2022-07-30' },
  { repo: 'estonia', jurisdiction: 'Estonia', commit: '27ed68480fd69b680a523eab604b6ccf26ed4332', date: '2022-07-23' },
  { repo: 'finland-cabinet', jurisdiction: 'Finland', commit: '56412ba38703d3181b5dd5675b8410b95f6a5487', date: '2022-07-31' },
  { repo: 'france-cabinet', jurisdiction: 'France', commit: '7ff37baf3297a83711c90ac84b1d3b2ecb50a541', date: '2022-07-23' },
  { repo: 'greece-cabinet', jurisdiction: 'Greece', commit: '34bf1d17b4c2afa95e6063f93742e53f3d4c7454', date: '2022-07-22' },
  { repo: 'hungary-cabinet', jurisdiction: 'Hungary', commit: 'aee95092e592403fee7a5d87f0d6b8eeeda1e9ca', date: '2022-07-24' },
  { repo: 'india-ministers', jurisdiction: 'India', commit: '66f344bbf207d35eaa3225edf5584ae0bb164fe8', date: '2022-07-23' },
  { repo: 'indonesia-ministers', jurisdiction: 'Indonesia', commit: '66eaaf57191eff7e9d28eea926358bf83d443114', date: '2022-07-31' },
  { repo: 'ireland-ministers', jurisdiction: 'Ireland', commit: '562aee81a3802e59acc4cf21c8fce6a8ca35f76e', date: '2022-07-22' },
  { repo: 'italy-ministers', jurisdiction: 'Italy', commit: '4f9e038f62f3c71f737fd7e30a4e35df1686f4eb', date: '2022-07-23' },
  { repo: 'japan-ministers', jurisdiction: 'Japan', commit: '8ba3cb1992bee87f5b8dc566da87db2be8550a1a', date: '2022-07-24' },
  { repo: 'latvia-cabinet', jurisdiction: 'Latvia', commit: '5f141542ec29a0fa0dc91c29ee2b3d695b7d1e45', date: '2022-07-31' },
  { repo: 'lithuania', jurisdiction: 'Lithuania', commit: '2743892fbc8f4eca6fc0b2ead37936dc8d5229d9', date: '2022-08-03' },
  { repo: 'luxembourg-cabinet', jurisdiction: 'Luxembourg', commit: '7b920a2e507deea1887539f7ebb4fea0db43e7da', date: '2022-07-23' },
  { repo: 'malta-ministers', jurisdiction: 'Malta', commit: '4cba0680d5436b0befc248615f230087fbd45be4', date: '2022-07-29' },
  { repo: 'mexico-ministers', jurisdiction: 'Mexico', commit: '87f5ae7dc992a800173a7c9de53ccbe25661dc61', date: '2022-07-25' },
  { repo: 'netherlands-cabinet', jurisdiction: 'Netherlands', commit: 'a542323a663b1a7232e6f8e4843eda1f019a8705', date: '2022-08-03' },
  { repo: 'poland-cabinet', jurisdiction: 'Poland', commit: 'c6b228df3eed6e9ba89f02bf424f870a66ea47a6', date: '2022-07-22' },
  { repo: 'portugal-cabinet', jurisdiction: 'Portugal', commit: '49dd0287a8d715a217ba067c04d574b2632864af', date: '2022-08-02' },
  { repo: 'romania-cabinet', jurisdiction: 'Romania', commit: '63e9c5d352fa9a477e708ecc2ac4523af9534cfe', date: '2022-08-03' },
  { repo: 'russia-cabinet', jurisdiction: 'Russia', commit: '3871831d9846a16c5017acc229e003ab706202ab', date: '2022-08-03' },
  { repo: 'saudi-ministers', jurisdiction: 'Saudi Arabia', commit: '566c58806bee4d91167f3dcbd19abbb596e65497', date: '2022-07-26' },
  { repo: 'slovakia-cabinet', jurisdiction: 'Slovakia', commit: 'db4bf5310f557452cd6140a61739d4103c35debf', date: '2022-08-03' },
  { repo: 'slovenia-cabinet', jurisdiction: 'Slovenia', commit: '7a1dca9809cba7fb945c7a21154edf494d043879', date: '2022-08-03' },
  { repo: 'south-africa-cabinet', jurisdiction: 'South Africa', commit: '0558a872c69856bba752bd3b8b3604e4e4479252', date: '2022-07-30' },
  { repo: 'south-korea-ministers', jurisdiction: 'South Korea', commit: '6f17960017c672790f0997885e5b2ff5937305de', date: '2022-08-03' },
  { repo: 'spain-ministers', jurisdiction: 'Spain', commit: '1e1550ca85af4c39b71e6a462fead133849fe078', date: '2022-07-23' },
  { repo: 'sweden-cabinet', jurisdiction: 'Sweden', commit: '6756a7c9de57d94b64628365d3715a344c3ad9a7', date: '2022-07-23' },
  { repo: 'turkey-ministers', jurisdiction: 'Turkey', commit: '288fbd45ee3fa59f8a226437bf43d726c9845f4f', date: '2022-08-03' },
  { repo: 'ukraine-cabinet', jurisdiction: 'Ukraine', commit: '4fc6ab0f4d90d6170b674172a115f1bc98478e4b', date: '2022-07-23' },
  { repo: 'united-kingdom-cabinet', jurisdiction: 'United Kingdom', commit: '3a5ec686630cbefc0fe4b96da38a2a50b52d2556', date: '2022-07-23' },
  { repo: 'us-cabinet', jurisdiction: 'United States', commit: '0d5e73cb24ba9f78bc36f6cd0fbe9839e6cd8600', date: '2022-08-03' },
  { repo: 'world', jurisdiction: 'United Nations', commit: '4a3b394d9a35d26d138cded8718d0805b7ce9336', date: '2023-01-10' },
];

const IFG = {
  repo: 'instituteforgov/ifg-ministers-database-public',
  commit: '92e227025645607913912d9d8312b7421a437bd3',
  date: '2026-06-19',
  files: ['data/person.csv', 'data/post.csv', 'data/appointment.csv'],
  licence: 'MIT License, Copyright (c) 2024 Institute for Government',
};

const US_EXEC = {
  repo: 'unitedstates/congress-legislators',
  commit: 'dfa9622263dd4c8d08636926e498f1845704d7eb',
  date: '2026-06-15',
  file: 'executive.yaml',
  licence: 'CC0 1.0 (public domain dedication)',
};

// ───────────────────────────── office mapping ─────────────────────────────

type Office = { office: string; title: string };
const HOS = (title: string): Office => ({ office: 'head of state', title });
const HOG = (title: string): Office => ({ office: 'head of government', title });
const FM = (title = 'foreign minister'): Office => ({ office: 'foreign minister', title });
const DM = (title = 'defence minister'): Office => ({ office: 'defence minister', title });
const FIN = (title = 'finance minister'): Office => ({ office: 'finance minister', title });
const INT = (title = 'interior minister'): Office => ({ office: 'interior minister', title });

/** Common labels (holders21.csv `position`, i.e. the position's English label in Wikidata). */
const COMMON: Record<string, Office> = {
  'Prime Minister': HOG('prime minister'),
  'Minister of Foreign Affairs': FM(),
  'Minister for Foreign Affairs': FM(),
  'Minister of Defence': DM(),
  'Minister for Defence': DM(),
  'Minister of National Defence': DM('minister of national defence'),
  'Minister of Finance': FIN(),
  'Minister for Finance': FIN(),
  'Minister of the Interior': INT(),
  'Minister of Interior': INT(),
};

/**
 * Per jurisdiction: label → office. A label maps only where listed here or in COMMON and
 * the jurisdiction does not override it with null. Junior posts (deputy, state secretary,
 * minister of state) and sub-national offices are never listed.
 */
const BY_JURISDICTION: Record<string, Record<string, Office | null>> = {
  Argentina: { President: HOS('president'), 'Minister of Foreign Affairs and Worship': FM(), 'Minister of Economy': FIN('minister of economy') },
  // null: the label is shared with a sub-national post in the source (South Australia,
  // Quebec, Valencia), and holders21.csv does not say which post a row is for.
  Australia: { 'Minister for Home Affairs': INT('minister for home affairs'), 'Minister for Finance': null },
  Austria: {
    President: HOS('president'),
    'Federal Chancellor': HOG('chancellor'),
    'Federal Minister of European and International Affairs': FM(),
    'Federal Minister of Finance': FIN(),
    'Federal Minister of National Defence': DM(),
    'Federal Minister of the Interior': INT(),
  },
  Belgium: { King: HOS('king') },
  Brazil: { President: HOS('president'), 'Minister of External Relations': FM('minister of external relations'), 'Minister of Economy': FIN('minister of economy') },
  Bulgaria: { President: HOS('president') },
  Canada: { monarch: HOS('monarch'), 'Minister of Finance': null, 'Minister of National Defence': DM(), 'Minister of Public Safety': INT('minister of public safety') },
  China: {
    President: HOS('president'),
    'Premier of the State Council': HOG('premier'),
    'Minister of National Defence': DM(),
    'Minister of Public Security': INT('minister of public security'),
  },
  Croatia: { President: HOS('president'), 'Minister of Foreign and European Affairs': FM() },
  Cyprus: { President: HOS('president') },
  'Czech Republic': { President: HOS('president') },
  Denmark: { monarch: HOS('monarch') },
  Estonia: { President: HOS('president') },
  Finland: { President: HOS('president'), 'Minister of the Ministry of Finance': FIN() },
  France: {
    President: HOS('president'),
    'Minister of Europe and Foreign Affairs': FM(),
    'Minister of the Economy, Finances and Industry': FIN('minister of the economy and finance'),
    'Minister of the Armed Forces': DM('minister of the armed forces'),
  },
  Greece: { President: HOS('president'), 'Minister for National Defence': DM(), 'Minister of Economy and Finance': FIN() },
  Hungary: { President: HOS('president'), 'Minister of National Economy': FIN('minister of national economy') },
  India: {
    President: HOS('president'),
    'Minister of External Affairs': FM('minister of external affairs'),
    'Minister of Home Affairs': INT('home minister'),
    // Mislabelled in the source: these rows are the Foreign Secretary (a civil servant).
    'Minister of Foreign Affairs': null,
  },
  Indonesia: { President: HOS('president'), 'Minister of Home Affairs': INT('minister of home affairs') },
  Ireland: { President: HOS('president'), Taoiseach: HOG('taoiseach'), 'Minister for Foreign Affairs and Trade': FM() },
  Italy: { President: HOS('president'), 'Minister of Economy and Finance': FIN('minister of economy and finance') },
  Japan: {
    Emperor: HOS('emperor'),
    'Minister for Internal Affairs and Communications': INT('minister for internal affairs and communications'),
    'Minister of Home Affairs': INT('minister of home affairs'),
  },
  Latvia: { President: HOS('president'), 'Minister for Interior': INT() },
  Lithuania: { President: HOS('president') },
  Luxembourg: { 'Minister of Foreign and European Affairs': FM(), 'Minister for Home Affairs': INT('minister for home affairs') },
  Malta: {
    President: HOS('president'),
    'Minister for Home Affairs': INT('minister for home affairs'),
    'Minister for Home Affairs and National Security': INT('minister for home affairs and national security'),
  },
  Mexico: {
    President: HOS('president'),
    'Secretary of Foreign Affairs': FM('secretary of foreign affairs'),
    'Secretary of National Defense': DM('secretary of national defense'),
    'Secretary of Finance and Public Credit': FIN('secretary of finance'),
    'Secretary of Government': INT('secretary of the interior (gobernación)'),
  },
  Netherlands: { monarch: HOS('monarch'), 'Minister of the Interior and Kingdom Relations': INT('minister of the interior and kingdom relations') },
  Poland: { President: HOS('president'), 'Acting President': HOS('acting president') },
  Portugal: { President: HOS('president'), 'Minister of Internal Administration': INT('minister of internal administration') },
  Romania: { President: HOS('president'), 'Minister of Internal Affairs': INT('minister of internal affairs') },
  Russia: { President: HOS('president'), 'Acting President': HOS('acting president'), 'Minister of Internal Affairs': INT('minister of internal affairs') },
  'Saudi Arabia': { King: HOS('king') },
  Slovakia: { President: HOS('president'), 'Minister of Foreign and European Affairs': FM() },
  Slovenia: { President: HOS('president') },
  'South Africa': {
    President: HOS('president'),
    'Minister of International Relations and Cooperation': FM('minister of international relations and cooperation'),
    'Minister of Home Affairs': INT('minister of home affairs'),
  },
  'South Korea': { President: HOS('president'), 'Acting President': HOS('acting president'), 'Minister of the Interior and Safety': INT('minister of the interior and safety') },
  Spain: {
    monarch: HOS('king'),
    'Minister of Foreign Affairs and Cooperation': FM(),
    'Minister of Foreign Affairs, European Union and Foreign Aid': FM(),
    'Minister of Economy and Finance': null,
    'Minister of the Interior': null,
    'Minister of the Treasury': FIN('minister of the treasury (hacienda)'),
  },
  Sweden: { monarch: HOS('monarch'), 'Minister for Domestic Affairs': INT('minister for domestic affairs') },
  Turkey: { President: HOS('president') },
  Ukraine: { President: HOS('president'), 'Minister of Interior Affairs': INT('minister of internal affairs') },
  // The UK's ministers come from the IfG database (below); Wikidata adds the monarch and QIDs.
  'United Kingdom': { monarch: HOS('monarch'), 'Prime Minister': null },
  'United States': {
    President: null, // from executive.yaml (complete since 1789); Wikidata only adds QIDs
    'Secretary of State': FM('secretary of state'),
    'Secretary of Defence': DM('secretary of defense'),
    'Secretary of the Treasury': FIN('secretary of the treasury'),
    'Secretary of the Interior': INT('secretary of the interior'),
    'Secretary of Homeland Security': { office: 'homeland security secretary', title: 'secretary of homeland security' },
  },
  'United Nations': { 'Secretary-General of the United Nations': { office: 'secretary general', title: 'secretary-general' } },
};

/** Rows that are wrong in the source, found by hand checks: `jurisdiction|label|QID`. */
const EXCLUDE = new Set([
  'Sweden|Minister for Domestic Affairs|Q7035240', // Nikki Kaye, a New Zealand minister, misfiled in Wikidata
]);

/** Presidents who also head the government (no separate prime minister, or none since a date). */
const PRESIDENT_HEADS_GOVERNMENT: Record<string, string> = {
  Argentina: '0000',
  Brazil: '0000',
  Cyprus: '0000',
  Indonesia: '0000',
  Mexico: '0000',
  'South Africa': '0000',
  'United States': '0000',
  Turkey: '2018-07-09', // the office of prime minister was abolished on 9 July 2018
};

/** IfG posts (post.csv `name`) → office, for the United Kingdom. */
const IFG_POSTS: Record<string, Office> = {
  'Prime Minister': HOG('prime minister'),
  'Chancellor of the Exchequer': FIN('chancellor of the exchequer'),
  'Secretary of State for Foreign and Commonwealth Affairs': FM('foreign secretary'),
  'Secretary of State for Foreign, Commonwealth and Development Affairs': FM('foreign secretary'),
  'Secretary of State for the Home Department': INT('home secretary'),
  'Secretary of State for Defence': DM('defence secretary'),
};

// ───────────────────────────── helpers ─────────────────────────────

const FROM_LIMIT = '1985-01-01';

/** A small RFC 4180 CSV reader (quoted fields, doubled quotes, CRLF), rows as objects. */
function readCsv(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows.filter((r) => r.length > 1 || r[0] !== '');
  if (!header) return [];
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/** Wikidata dates come at day, month, year or decade precision ('1990s'); keep ISO prefixes. */
function isoDate(value: string | undefined): string | null {
  const v = (value ?? '').trim();
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) return v;
  if (/^\d{3}0s$/.test(v)) return v.slice(0, 4);
  return null;
}

/** Compare partial ISO dates by the earliest day they can mean (from) or the latest (to). */
const asFrom = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
const asTo = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);

const normName = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

type Rec = {
  office: string;
  title: string;
  jurisdiction: string;
  holder: string;
  aliases: string[];
  wikidata: string | null;
  from: string;
  to: string | null;
  asOf?: string;
  src: string;
};

function addAlias(rec: Rec, alias: string | undefined) {
  const a = (alias ?? '').replace(/\s*\([^)]*\)\s*$/, '').trim();
  if (a && a !== rec.holder && !rec.aliases.includes(a)) rec.aliases.push(a);
}

// ───────────────────────────── readers ─────────────────────────────

function readEps(root: string, records: Rec[], qidsByName: Map<string, Map<string, string>>) {
  for (const { repo, jurisdiction, date } of EPS_REPOS) {
    const path = join(root, EPS, repo, 'html', 'holders21.csv');
    if (!existsSync(path)) throw new Error(`missing source file: ${path}`);
    const local = BY_JURISDICTION[jurisdiction] ?? {};
    const names = qidsByName.get(jurisdiction) ?? new Map<string, string>();
    qidsByName.set(jurisdiction, names);
    for (const row of readCsv(path)) {
      const label = row.position ?? '';
      const person = (row.person ?? '').trim();
      const qid = /^Q\d+$/.test(row.personID ?? '') ? (row.personID as string) : null;
      if (person && qid) {
        // 'John Reid, Baron Reid of Cardowan' is also 'John Reid'.
        for (const n of [person, person.replace(/,.*$/, ''), (row.enwiki ?? '').replace(/\s*\([^)]*\)\s*$/, '')]) {
          if (n && !names.has(normName(n))) names.set(normName(n), qid);
        }
      }
      const office = label in local ? local[label] : COMMON[label];
      if (!office || !person || EXCLUDE.has(`${jurisdiction}|${label}|${qid}`)) continue;
      const from = isoDate(row.start);
      const to = isoDate(row.end);
      if (!from) continue; // an undated statement cannot resolve anything by date
      if (to && asTo(to) < FROM_LIMIT) continue;
      if (to && asTo(to) < asFrom(from)) continue; // an end before the start is an error in the source
      const rec: Rec = { ...office, jurisdiction, holder: person, aliases: [], wikidata: qid, from, to, src: `eps:${repo}` };
      if (!to) rec.asOf = date;
      addAlias(rec, row.enwiki);
      records.push(rec);
      const since = PRESIDENT_HEADS_GOVERNMENT[jurisdiction];
      if (since && office.office === 'head of state' && (!to || asTo(to) >= since)) {
        const hog: Rec = { ...rec, aliases: [...rec.aliases], office: 'head of government', from: asFrom(from) < since ? since : from };
        records.push(hog);
      }
    }
  }
}

function readIfg(root: string, records: Rec[]) {
  const dir = join(root, IFG.repo);
  const people = new Map<string, { name: string; from: string; to: string }[]>();
  for (const p of readCsv(join(dir, 'data/person.csv'))) {
    const list = people.get(p.id ?? '') ?? [];
    list.push({ name: (p.display_name || p.name || '').trim(), from: p.start_date ?? '', to: p.end_date ?? '' });
    people.set(p.id ?? '', list);
  }
  const posts = new Map<string, Office>();
  for (const p of readCsv(join(dir, 'data/post.csv'))) {
    const office = IFG_POSTS[(p.name ?? '').trim()];
    if (office && p.id) posts.set(p.id, office);
  }
  for (const a of readCsv(join(dir, 'data/appointment.csv'))) {
    const office = posts.get(a.post_id ?? '');
    const from = isoDate(a.start_date);
    const to = isoDate(a.end_date);
    if (!office || !from || (to && to < FROM_LIMIT)) continue;
    const names = people.get(a.person_id ?? '') ?? [];
    // The person's name as it was when the appointment began (names change with peerages).
    const current = names.find((n) => (!n.from || n.from <= from) && (!n.to || n.to > from)) ?? names[0];
    if (!current) continue;
    const rec: Rec = { ...office, jurisdiction: 'United Kingdom', holder: current.name, aliases: [], wikidata: null, from, to, src: 'ifg' };
    if (!to) rec.asOf = IFG.date;
    for (const n of names) addAlias(rec, n.name);
    records.push(rec);
  }
}

function readUsExecutive(root: string, records: Rec[]) {
  type Exec = {
    id?: { wikidata?: string };
    name?: { first?: string; middle?: string; last?: string; nickname?: string; official_full?: string; suffix?: string };
    terms?: { type?: string; start?: string; end?: string }[];
  };
  const people = parseYaml(readFileSync(join(root, US_EXEC.repo, US_EXEC.file), 'utf8')) as Exec[];
  for (const p of people) {
    const n = p.name ?? {};
    const initials = (n.middle ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((m) => `${m[0]}.`)
      .join(' ');
    const holder = [n.nickname ?? n.first, n.last].filter(Boolean).join(' ');
    for (const t of p.terms ?? []) {
      if (t.type !== 'prez' || !t.start) continue;
      const to = t.end && t.end <= '2026-06-15' ? t.end : null;
      if (to && to < FROM_LIMIT) continue;
      for (const office of [HOS('president'), HOG('president')]) {
        const rec: Rec = {
          ...office,
          jurisdiction: 'United States',
          holder,
          aliases: [],
          wikidata: p.id?.wikidata ?? null,
          from: t.start,
          to,
          src: 'us-exec',
        };
        if (!to) rec.asOf = US_EXEC.date;
        addAlias(rec, [n.first, n.middle, n.last, n.suffix].filter(Boolean).join(' '));
        addAlias(rec, [n.first, n.last].filter(Boolean).join(' '));
        if (initials) addAlias(rec, [n.first, initials, n.last].join(' '));
        addAlias(rec, n.official_full);
        records.push(rec);
      }
    }
  }
}

// ───────────────────────────── assembly ─────────────────────────────

/** Merge a person's overlapping or back-to-back terms in one office into one record. */
function mergeTerms(records: Rec[]): Rec[] {
  const groups = new Map<string, Rec[]>();
  for (const r of records) {
    const key = [r.jurisdiction, r.office, r.title, r.wikidata ?? normName(r.holder)].join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const out: Rec[] = [];
  for (const list of groups.values()) {
    list.sort((a, b) => asFrom(a.from).localeCompare(asFrom(b.from)) || (a.to ?? '9999').localeCompare(b.to ?? '9999'));
    let cur: Rec | undefined;
    for (const r of list) {
      if (cur && (cur.to === null || asFrom(r.from) <= asTo(cur.to))) {
        if (cur.to !== null && (r.to === null || asTo(r.to) > asTo(cur.to))) {
          cur.to = r.to;
          cur.asOf = r.asOf;
        }
        for (const a of r.aliases) addAlias(cur, a);
        addAlias(cur, r.holder);
        cur.wikidata ??= r.wikidata;
      } else {
        if (cur) out.push(cur);
        cur = { ...r, aliases: [...r.aliases] };
      }
    }
    if (cur) out.push(cur);
  }
  return out;
}

/**
 * An open-ended term (still in office when the source was taken) ends when a later
 * holder of the same office begins, if a source knows of one.
 */
function closeSuperseded(records: Rec[]) {
  const byOffice = new Map<string, Rec[]>();
  for (const r of records) {
    const key = `${r.jurisdiction}\u0000${r.office}`;
    byOffice.set(key, [...(byOffice.get(key) ?? []), r]);
  }
  for (const list of byOffice.values()) {
    for (const r of list) {
      if (r.to !== null) continue;
      const later = list
        .filter((o) => o !== r && asFrom(o.from) > asFrom(r.from) && (o.wikidata ?? o.holder) !== (r.wikidata ?? r.holder))
        .sort((a, b) => asFrom(a.from).localeCompare(asFrom(b.from)))[0];
      if (later) {
        r.to = later.from;
        delete r.asOf;
      }
    }
  }
}

function main() {
  const [srcArg, outArg] = process.argv.slice(2);
  if (!srcArg) {
    console.error('usage: npx tsx scripts/build-office-holders.ts <sources-dir> [out.json]');
    process.exit(2);
  }
  const root = resolve(srcArg);
  const out = resolve(outArg ?? 'data/knowledge/office-holders.json');

  const raw: Rec[] = [];
  const qidsByName = new Map<string, Map<string, string>>();
  readEps(root, raw, qidsByName);
  readIfg(root, raw);
  readUsExecutive(root, raw);

  // Wikidata QIDs for people from the non-Wikidata sources, by exact (normalised) name
  // among the same jurisdiction's Wikidata office-holders.
  for (const r of raw) {
    if (r.wikidata) continue;
    const names = qidsByName.get(r.jurisdiction);
    for (const n of [r.holder, ...r.aliases]) {
      const q = names?.get(normName(n));
      if (q) {
        r.wikidata = q;
        break;
      }
    }
  }

  const merged = mergeTerms(raw);
  closeSuperseded(merged);
  const final = merged
    .filter((r) => r.to === null || asTo(r.to) >= FROM_LIMIT)
    .sort(
      (a, b) =>
        a.jurisdiction.localeCompare(b.jurisdiction) ||
        a.office.localeCompare(b.office) ||
        asFrom(a.from).localeCompare(asFrom(b.from)) ||
        a.holder.localeCompare(b.holder),
    );

  const sources = [
    {
      name: 'Wikidata office-holders via EveryPolitician scrapers',
      repositories: EPS_REPOS.map((r) => ({ repository: `${EPS}/${r.repo}`, commit: r.commit, date: r.date, path: 'html/holders21.csv', jurisdiction: r.jurisdiction })),
      licence: EPS_LICENCE,
      attribution: 'Data from Wikidata (https://www.wikidata.org), CC0; extracted by Tony Bowden / EveryPolitician (every-politician-scrapers on GitHub)',
      covers: 'terms ending in 2000 or later, up to the snapshot date of each repository (mid 2022)',
    },
    {
      name: 'IfG Ministers Database',
      repositories: [{ repository: IFG.repo, commit: IFG.commit, date: IFG.date, paths: IFG.files }],
      licence: IFG.licence,
      attribution: 'Institute for Government, IfG Ministers Database (https://www.instituteforgovernment.org.uk/ministers-database)',
      covers: 'United Kingdom: prime minister, chancellor of the exchequer, foreign, home and defence secretaries, 1979 to the snapshot date',
    },
    {
      name: 'congress-legislators executive.yaml',
      repositories: [{ repository: US_EXEC.repo, commit: US_EXEC.commit, date: US_EXEC.date, path: US_EXEC.file }],
      licence: US_EXEC.licence,
      attribution: 'unitedstates/congress-legislators (GovTrack and contributors)',
      covers: 'United States presidents',
    },
  ];

  // 'Shinzō Abe' is also written 'Shinzo Abe'.
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[łŁøØđĐ]/g, (c) => ({ ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D' })[c] ?? c);
  for (const r of final) for (const n of [r.holder, ...r.aliases]) addAlias(r, fold(n));
  const line = (r: Rec) =>
    JSON.stringify({
      office: r.office,
      title: r.title,
      jurisdiction: r.jurisdiction,
      holder: r.holder,
      aliases: [...r.aliases].sort(),
      wikidata: r.wikidata,
      from: r.from,
      to: r.to,
      ...(r.asOf ? { asOf: r.asOf } : {}),
      source: r.src.startsWith('eps:') ? 'wikidata' : r.src,
    });
  const text = `{"source":${JSON.stringify(sources)},\n"offices":[\n${final.map(line).join(',\n')}\n]}\n`;
  writeFileSync(out, text);
  const counts = new Map<string, number>();
  for (const r of final) counts.set(r.office, (counts.get(r.office) ?? 0) + 1);
  console.log(`${final.length} records → ${out}`);
  for (const [k, v] of [...counts].sort()) console.log(`  ${k}: ${v}`);
}

main();
