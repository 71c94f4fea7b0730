// Relations between actors beyond speech: who met whom, who signed with whom. Narrow
// patterns over one sentence, each with its evidence span.
import type { ExtractedRelation } from '../../common/extraction.ts';
import type { EntityIndex } from './entities.ts';
import type { Mention } from './mention.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';

const PATTERNS: { type: string; verbs: RegExp }[] = [
  { type: 'MET', verbs: /^(met|meets|meeting)$/ },
  { type: 'MET', verbs: /^(held|holds|hold)$/ },
  { type: 'SIGNED_WITH', verbs: /^(signed|signs)$/ },
];

export function findRelations(text: string, sentences: Sentence[], tokens: Token[][], mentions: Mention[], index: EntityIndex): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  const seen = new Set<string>();
  sentences.forEach((s, si) => {
    const toks = tokens[si] ?? [];
    const inSentence = mentions.filter((m) => m.start >= s.start && m.end <= s.end && (m.kind === 'person' || m.kind === 'org' || m.kind === 'country'));
    for (let i = 0; i < toks.length; i++) {
      const p = PATTERNS.find((x) => x.verbs.test(toks[i]!.lower));
      if (!p) continue;
      // "held (two) meetings / talks with", "met (with)", "signed … with"
      if (p.verbs.source.includes('held') && !toks.slice(i + 1, i + 4).some((t) => /^(talks|meetings?)$/.test(t.lower))) continue;
      const subject = [...inSentence].reverse().find((m) => m.end <= toks[i]!.start && toks[i]!.start - m.end < 40);
      const withAt = toks.findIndex((t, j) => j > i && j - i < 8 && t.lower === 'with');
      const objectStart = p.type === 'MET' && !/^met/.test(toks[i]!.lower) ? withAt : withAt >= 0 ? withAt : i;
      if (objectStart < 0) continue;
      const object = inSentence.find((m) => m.start >= toks[objectStart]!.end && m.start - toks[objectStart]!.end < 25);
      const from = subject && index.of.get(subject);
      const to = object && index.of.get(object);
      if (!from || !to || from === to || !subject || !object) continue;
      const key = `${p.type}|${from}|${to}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ type: p.type, from, to, span: [subject.start, object.end] });
    }
  });
  void text;
  return out;
}
