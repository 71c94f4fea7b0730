// The benchmark report: one row per measured figure, written as bench/results.json (raw,
// for comparing runs) and bench/RESULTS.md (a table).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Row {
  section: string;
  metric: string;
  value: number;
  unit: string;
  /** What it is compared with, and the aim, when there is one. */
  baseline?: string;
  aim?: string;
  met?: boolean;
}

const fmt = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(3));

export function writeReport(dir: string, rows: Row[], raw: Record<string, unknown>) {
  const machine = `${os.cpus()[0]?.model ?? 'cpu'} × ${os.availableParallelism()}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`;
  const at = new Date().toISOString();
  fs.writeFileSync(path.join(dir, 'results.json'), JSON.stringify({ at, machine, rows, raw }, null, 2) + '\n');
  const lines = [
    '# Benchmark results',
    '',
    `Measured ${at} on ${machine}, all in one run of \`npm run bench\`.`,
    '',
    '| section | metric | value | unit | baseline / aim | met |',
    '| --- | --- | ---: | --- | --- | --- |',
    ...rows.map((r) => `| ${r.section} | ${r.metric} | ${fmt(r.value)} | ${r.unit} | ${[r.baseline, r.aim].filter(Boolean).join('; ')} | ${r.met === undefined ? '' : r.met ? 'yes' : 'no'} |`),
    '',
  ];
  fs.writeFileSync(path.join(dir, 'RESULTS.md'), lines.join('\n'));
}
