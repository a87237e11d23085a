#!/usr/bin/env node
// The `takar` command: a thin launcher for the compiled CLI (built by `npm run build:packages`).
import { main } from '../dist/main.js';

process.exitCode = await main(process.argv.slice(2));
