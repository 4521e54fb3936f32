#!/usr/bin/env node
// The installed command: runs the compiled CLI (`npm install` builds it; `npm run build` rebuilds it).
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
