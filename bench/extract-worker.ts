// One extraction worker: extracts the articles it is given and reports how many.
import { parentPort, workerData } from 'node:worker_threads';
import { extractArticle } from '../server/extract/index.ts';

const docs = workerData as { text: string; published: string }[];
let statements = 0;
for (const d of docs) {
  statements += extractArticle({ meta: { file: 'bench', title: null, published: d.published, source: null, dateline: null }, text: d.text }).statements.length;
}
parentPort?.postMessage({ articles: docs.length, statements });
