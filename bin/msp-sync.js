#!/usr/bin/env node
// Entry point of the `msp-sync` command. The CLI is TypeScript run through tsx's loader, so a fresh
// `npm ci` is enough: there is no separate compile step to forget.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../server/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
