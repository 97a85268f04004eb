#!/usr/bin/env node
// The `linchpin` command. Runs the JavaScript build of src/ (dist/, see scripts/build-server.mjs) when it is
// current, and builds it first when any source changed, so a stale build never runs.
// (`npm run dev` runs the TypeScript sources through tsx instead.)
import { buildServer, currentBuild, holdBuild } from '../scripts/build-server.mjs';

// Stack traces name the TypeScript sources; only when asked for, as it makes every start slower.
if (process.env.LINCHPIN_DEBUG) process.setSourceMapsEnabled(true);
const entry = currentBuild() ?? (await buildServer());
// A rebuild while this runs (a checkout under a running server) leaves this build's chunks in place.
holdBuild(entry);
await import(entry);
