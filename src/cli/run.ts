// Runs one `linchpin` invocation and turns every outcome into output plus an exit code. Never throws and
// never prints a stack trace for a user's mistake.
import { type Command, CommanderError } from 'commander';
import { ConfigError } from '../config';
import { DataDirBusyError } from '../server/data-dir-lock';
import { diskFull, ProblemError } from '../shared/errors';
import { type CliContext, CliExit, UserError } from './context';
import { commanderJson, messageJson, printErrorJson, problemJson, wantsJson } from './error-json';
import { formatProblem } from './format';
import { createProgram } from './program';

export async function runCli(
  argv: string[],
  ctx: CliContext,
  extend?: (program: Command, ctx: CliContext) => void,
): Promise<number> {
  const json = wantsJson(argv);
  const program = createProgram(ctx, { json });
  extend?.(program, ctx);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    return await report(err, ctx, json);
  }
}

async function report(err: unknown, ctx: CliContext, json: boolean): Promise<number> {
  const { io } = ctx;
  if (err instanceof CliExit) return err.exitCode;
  if (err instanceof CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return 0;
    // Commander has already printed its message, unless JSON was asked for (then it printed nothing).
    if (json) printErrorJson(io.stderr, commanderJson(err));
    return err.exitCode || 1;
  }
  if (err instanceof ProblemError) {
    if (json) printErrorJson(io.stderr, problemJson(err));
    else io.stderr(formatProblem(err));
    return 1;
  }
  if (err instanceof ConfigError || err instanceof DataDirBusyError || err instanceof UserError) {
    const code =
      err instanceof UserError
        ? 'linchpin.refused'
        : err instanceof ConfigError
          ? 'linchpin.config'
          : 'linchpin.dataDirBusy';
    if (json) printErrorJson(io.stderr, messageJson(err.message, code));
    else io.stderr(`error: ${err.message}\n`);
    return 1;
  }
  // Loaded only on this path, so `linchpin --help` loads no database module.
  const { isDiskFull } = await import('../db/errors');
  if (isDiskFull(err)) {
    if (json) printErrorJson(io.stderr, problemJson(diskFull()));
    else io.stderr(formatProblem(diskFull()));
    return 1;
  }
  const e = err as Error;
  const message = e?.message ?? String(err);
  const hint = 'this looks like a bug in Linchpin; run again with LINCHPIN_DEBUG=1 to see the details';
  if (json) {
    printErrorJson(
      io.stderr,
      messageJson(io.env.LINCHPIN_DEBUG ? message : `${message} (${hint})`, 'linchpin.internal'),
    );
    if (io.env.LINCHPIN_DEBUG) io.stderr(`${e?.stack ?? ''}\n`);
    return 1;
  }
  io.stderr(`error: ${message}\n`);
  if (io.env.LINCHPIN_DEBUG) io.stderr(`${e?.stack ?? ''}\n`);
  else io.stderr(`(${hint})\n`);
  return 1;
}
