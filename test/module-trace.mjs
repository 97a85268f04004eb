// `node --import ./test/module-trace.mjs …` appends the URL of every module the process loads to the file
// named by MODULE_TRACE_FILE, one a line: tests use it to see what a command loads.
import { register } from 'node:module';

register('./module-trace-hooks.mjs', import.meta.url);
