// Loader hooks for module-trace.mjs. They run on Node's loader thread, so they write to a file rather than
// to the process's output.
import { appendFileSync } from 'node:fs';

export async function load(url, context, nextLoad) {
  appendFileSync(process.env.MODULE_TRACE_FILE, `${url}\n`);
  return nextLoad(url, context);
}
