#!/usr/bin/env node
import { run } from './cli.js';

const result = run(process.argv.slice(2));
if (result.out) process.stdout.write(result.out);
if (result.err) process.stderr.write(`${result.err}\n`);
process.exitCode = result.code;
