// Entry point of the `linchpin` command (bin/linchpin.js runs its build; `npm run dev` runs it through tsx).
// A command for a running server goes straight to it; only otherwise is the command tree loaded.
import { forwardToRunningServer } from './forward-early';
import { processIo } from './io';

const argv = process.argv.slice(2);
const io = processIo(argv);
const forwarded = await forwardToRunningServer(argv, io);
if (forwarded !== undefined) {
  process.exitCode = io.exitCode(forwarded);
} else {
  const [{ registerServeCommand }, { localRuntime }, { runCli }] = await Promise.all([
    import('./commands/serve'),
    import('./local-runtime'),
    import('./run'),
  ]);
  process.exitCode = io.exitCode(
    await runCli(argv, { io, runtime: localRuntime(argv) }, registerServeCommand),
  );
}
