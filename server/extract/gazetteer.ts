// Known names from the knowledge files: countries, demonyms, capitals, organisations, places.
// Longest match wins; short all-capital forms (US, AP) must match in case, so "Us" in a
// headline is not the United States.
import type { Knowledge, Lexeme } from './knowledge.ts';
import type { Mention } from './mention.ts';
import { tokenize, type Token } from './tokens.ts';

interface Form {
  tokens: string[];
  lower: string[];
  /** Short all-capital forms (US, AP) must match in case. */
  exact: boolean;
  lowercase: boolean;
}
const forms = new Map<string, Form>();
function formOf(form: string): Form {
  let f = forms.get(form);
  if (!f) {
    const tokens = tokenize(form).map((x) => x.text);
    const letters = form.replace(/[^\p{L}]/gu, '');
    f = { tokens, lower: tokens.map((t) => t.toLowerCase()), exact: letters.length <= 4 && letters === letters.toUpperCase(), lowercase: /^\p{Ll}/u.test(form) };
    forms.set(form, f);
  }
  return f;
}

const LOCATIVE = new Set(['in', 'at', 'near', 'inside', 'outside', 'within', 'throughout', 'across', 'around', 'outside']);
const PRIORITY: Record<Lexeme['kind'], number> = { org: 5, country: 4, capital: 3, place: 2, demonym: 1 };

function sameWord(surface: Token, f: Form, k: number): boolean {
  if (surface.text === f.tokens[k]) return true;
  if (f.exact || surface.lower !== f.lower[k]) return false;
  return f.lowercase || /^\p{Lu}/u.test(surface.text);
}

function matchAt(tokens: Token[], i: number, kn: Knowledge): { len: number; lexeme: Lexeme; form: string } | null {
  const candidates = kn.lexicon.get(tokens[i]!.lower);
  if (!candidates) return null;
  let best: { len: number; lexeme: Lexeme; form: string } | null = null;
  for (const { form, lexeme } of candidates) {
    const f = formOf(form);
    const ft = f.tokens;
    if (i + ft.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < ft.length && ok; k++) {
      ok = sameWord(tokens[i + k]!, f, k);
      // Words of one name are separated by single spaces or nothing.
      if (ok && k > 0 && tokens[i + k]!.start - tokens[i + k - 1]!.end > 1) ok = false;
    }
    if (!ok) continue;
    if (!best || ft.length > best.len || (ft.length === best.len && PRIORITY[lexeme.kind] > PRIORITY[best.lexeme.kind])) {
      best = { len: ft.length, lexeme, form };
    }
  }
  return best;
}

function toMention(lexeme: Lexeme, start: number, end: number, text: string, sentence: number, locative: boolean): Mention {
  const kind = lexeme.kind;
  const m: Mention = { kind, start, end, text, key: lexeme.name, sentence, locative };
  if (lexeme.kind === 'capital') m.city = lexeme.city;
  if (lexeme.kind === 'org') m.orgKind = lexeme.orgKind;
  return m;
}

/** Known names in one sentence's tokens. Hyphenated compounds ("Russia-NATO") are searched by part. */
export function findKnownNames(text: string, tokens: Token[], sentence: number, kn: Knowledge): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const prev = tokens[i - 1];
    const locative = !!prev && LOCATIVE.has(prev.lower);
    const hit = matchAt(tokens, i, kn);
    // "Ambassador to Havana Viktor Koronelli": a capital completing a title is where the post is,
    // even with the holder's name right after it.
    const completesTitle = !!prev && /^(to|in|at)$/.test(prev.lower) && kn.titleWords.has(tokens[i - 2]?.lower ?? '');
    // "a 'Brussels One'", "Moscow Region": a capital inside another name is neither state nor place.
    if (hit && hit.lexeme.kind === 'capital' && !completesTitle && (/^(a|an)$/.test(prev?.lower ?? '') || /^\p{Lu}/u.test(tokens[i + hit.len]?.text ?? '') && tokens[i + hit.len]!.start === tokens[i + hit.len - 1]!.end + 1)) {
      i += hit.len - 1;
      continue;
    }
    if (hit) {
      const start = tokens[i]!.start;
      const end = tokens[i + hit.len - 1]!.end;
      out.push(toMention(hit.lexeme, start, end, text.slice(start, end), sentence, locative || (completesTitle && hit.lexeme.kind === 'capital')));
      i += hit.len - 1;
      continue;
    }
    const tok = tokens[i]!;
    if (tok.text.includes('-')) {
      let offset = tok.start;
      for (const part of tok.text.split('-')) {
        if (part) {
          const sub = tokenize(part).map((t) => ({ ...t, start: t.start + offset, end: t.end + offset }));
          const h = sub.length === 1 ? matchAt(sub, 0, kn) : null;
          if (h) out.push(toMention(h.lexeme, sub[0]!.start, sub[0]!.end, part, sentence, false));
        }
        offset += part.length + 1;
      }
    }
  }
  return out;
}
