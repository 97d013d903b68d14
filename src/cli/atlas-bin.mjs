#!/usr/bin/env node
// The `bin` of package.json, so `npx atlas …` works in a clone after `npm install`: the command line is
// TypeScript, run through tsx (a dev dependency) registered here, exactly as `npm run atlas` runs it.
import { register } from 'tsx/esm/api';

register();
await import('./atlas.ts');
