#!/usr/bin/env node
// `kg`: the command line of the knowledge graph. Each command lives in its own module.
import { Command } from 'commander';
import { registerExtract } from './extract-command.ts';

const program = new Command('kg').description('Knowledge graph of who said what to whom, extracted from news');
registerExtract(program);

await program.parseAsync(process.argv);
