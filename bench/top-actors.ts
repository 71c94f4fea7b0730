// The most-mentioned actors of the graph, with what tells whether entity resolution got
// them right: aliases, titles, merge records and possible splits (other entities that may
// be the same actor). Connects as the `kg` CLI does (NEO4J_URI, else a local Neo4j in
// LOCAL_NEO4J_DIR on LOCAL_NEO4J_PORT). The query: cypher/bench/top-actors.cypher.
//
//   npx tsx bench/top-actors.ts [--top 50]
import { Command, InvalidArgumentError } from 'commander';
import { openGraph } from '../server/cli/open-graph.ts';
import type { Row } from '../server/db/index.ts';
import { maps, num, str, strs } from '../server/graph/plain.ts';

function parseTop(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

const list = (items: string[]): string => (items.length ? items.join(' | ') : '—');

function formatActor(r: Row): string {
  const lines = [
    `${num(r.rank)}. ${str(r.name)}  [${str(r.type)}] ${str(r.id)}  ${num(r.articles)} articles`,
    `   aliases: ${list(strs(r.aliases))}`,
    `   titles:  ${list(strs(r.titles))}`,
  ];
  const merges = maps(r.merges);
  lines.push(`   merges:  ${merges.length ? '' : '—'}`);
  for (const m of merges) {
    const how = m.manual === true ? 'by hand' : 'automatic';
    lines.push(`     ← ${str(m.merged)} "${str(m.mergedName)}" (aliases: ${list(strs(m.mergedAliases))}) ${how}: ${str(m.reason)}`);
  }
  // Entities that share only a description ("the company") with this one are many and
  // rarely the same actor: one line per description, not one per entity.
  const splits = maps(r.splits);
  const byDescription = new Map<string, string[]>();
  lines.push(`   possible splits: ${splits.length ? '' : '—'}`);
  for (const s of splits) {
    const shared = [...new Set(strs(s.shared))];
    const why = strs(s.why);
    const entry = `${str(s.name)} ${num(s.articles)}`;
    if (why.length === 1 && shared.length > 0 && shared.every((f) => f.startsWith('the '))) {
      for (const f of shared) byDescription.set(f, [...(byDescription.get(f) ?? []), entry]);
      continue;
    }
    const reasons = why.map((w) => (w === 'name/alias' ? `${w}: ${shared.join(', ')}` : w));
    lines.push(`     ${str(s.name)}  [${str(s.type)}] ${str(s.id)}  ${num(s.articles)} articles  (${reasons.join('; ')})`);
  }
  for (const [description, entries] of byDescription) {
    const more = entries.length > 5 ? `, … (${entries.length} in all)` : '';
    lines.push(`     "${description}" is also an alias of: ${entries.slice(0, 5).join(', ')}${more}`);
  }
  return lines.join('\n');
}

async function main(): Promise<number> {
  const opts = new Command('top-actors')
    .description('the most-mentioned actors, with their aliases, titles, merges and possible splits')
    .option('--top <n>', 'how many actors', parseTop, 50)
    .parse(process.argv)
    .opts<{ top: number }>();
  const graph = await openGraph();
  if (typeof graph === 'number') return graph;
  try {
    const rows = await graph.db.read('bench/top-actors', { top: opts.top });
    process.stdout.write(rows.length ? `${rows.map(formatActor).join('\n\n')}\n` : 'No actors in the graph.\n');
    return 0;
  } finally {
    await graph.close();
  }
}

process.exitCode = await main();
