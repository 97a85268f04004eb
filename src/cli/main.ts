// Entry point of the `linchpin` command (bin/linchpin.js loads it through tsx).
import { registerServeCommand } from './commands/serve';
import { processIo } from './io';
import { localRuntime } from './local-runtime';
import { runCli } from './run';

const argv = process.argv.slice(2);
process.exitCode = await runCli(argv, { io: processIo(), runtime: localRuntime(argv) }, registerServeCommand);
