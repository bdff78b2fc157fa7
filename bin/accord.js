#!/usr/bin/env node
// Runs Accord from its TypeScript source: tsx compiles on the fly, so `npx accord` works right
// after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
