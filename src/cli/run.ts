// Runs one `linchpin` invocation and turns every outcome into output plus an exit code. Never throws and
// never prints a stack trace for a user's mistake.
import { type Command, CommanderError } from 'commander';
import { ConfigError } from '../config';
import { DataDirBusyError } from '../server/data-dir-lock';
import { diskFull, ProblemError } from '../shared/errors';
import { type CliContext, CliExit, UserError } from './context';
import { formatProblem } from './format';
import { createProgram } from './program';

export async function runCli(
  argv: string[],
  ctx: CliContext,
  extend?: (program: Command, ctx: CliContext) => void,
): Promise<number> {
  const program = createProgram(ctx);
  extend?.(program, ctx);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    return await report(err, ctx);
  }
}

async function report(err: unknown, ctx: CliContext): Promise<number> {
  const { io } = ctx;
  if (err instanceof CliExit) return err.exitCode;
  if (err instanceof CommanderError) {
    // Commander has already printed its message (or the help).
    return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? 0 : err.exitCode || 1;
  }
  if (err instanceof ProblemError) {
    io.stderr(formatProblem(err));
    return 1;
  }
  if (err instanceof ConfigError || err instanceof DataDirBusyError || err instanceof UserError) {
    io.stderr(`error: ${err.message}\n`);
    return 1;
  }
  // Loaded only on this path, so `linchpin --help` loads no database module.
  const { isDiskFull } = await import('../db/errors');
  if (isDiskFull(err)) {
    io.stderr(formatProblem(diskFull()));
    return 1;
  }
  const e = err as Error;
  io.stderr(`error: ${e?.message ?? String(err)}\n`);
  if (io.env.LINCHPIN_DEBUG) io.stderr(`${e?.stack ?? ''}\n`);
  else io.stderr('(this looks like a bug in Linchpin; run again with LINCHPIN_DEBUG=1 to see the details)\n');
  return 1;
}
