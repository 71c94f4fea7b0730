#!/usr/bin/env node
// `kg`: the command line of the knowledge graph. Each command lives in its own module.
import { Command } from 'commander';
import { registerExtract } from './extract-command.ts';
import { registerIngest } from './ingest-command.ts';
import { registerEntities } from './entities-command.ts';

const program = new Command('kg').description('Knowledge graph of who said what to whom, extracted from news');
registerExtract(program);
registerIngest(program);
registerEntities(program);

await program.parseAsync(process.argv);
