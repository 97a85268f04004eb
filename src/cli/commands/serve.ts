// `linchpin serve`: the web app and API. Wired in main.ts, not the registry: the server runs the other
// commands in-process for CLI calls made while it holds the data directory.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../config';
import { type CliContext, type GlobalOptions, UserError } from '../context';
import { shellQuote } from '../format';

export function registerServeCommand(program: Command, ctx: CliContext): void {
  registerServeOnly(program, ctx);
  registerWorkerCommand(program, ctx);
}

function registerServeOnly(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('Start the web app and the API (what `npm start` runs)')
    .option('--port <n>', 'port to listen on (default 4321, or PORT; 0 picks a free one)')
    .option('--host <h>', 'address to listen on (default 127.0.0.1, or HOST; 0.0.0.0 exposes it)')
    .option('--no-worker', 'HTTP only: leave email delivery and reminders to `linchpin worker` processes')
    .addHelpText('after', '\nStops gracefully on Ctrl+C. Set DATABASE_URL=postgres://… to use PostgreSQL.')
    .action(async (opts: { port?: string; host?: string; worker: boolean }, cmd: Command) => {
      const { data } = cmd.optsWithGlobals<GlobalOptions>();
      const config = loadConfig(
        { data: data ? resolve(ctx.io.cwd, data) : undefined, port: opts.port, host: opts.host },
        ctx.io.env,
      );
      // Loaded here, not at the top: other commands need neither the HTTP app nor the server.
      const { ServerStartError, startServer } = await import('../../server/start');
      const { serverCliRunner } = await import('../server-runner');
      try {
        await startServer(config, {
          handleSignals: true,
          background: opts.worker,
          print: (line) => ctx.io.stdout(`${line}\n`),
          runCli: serverCliRunner,
          // Commands typed in the same shell find the directory by themselves unless --data chose it.
          hintArgs: data && !config.databaseUrl ? ` --data ${shellQuote(config.dataDir)}` : '',
        });
      } catch (err) {
        if (err instanceof ServerStartError) throw new UserError(err.message);
        throw err;
      }
    });
}

/** `linchpin worker`: background work only, next to `serve --no-worker` processes on PostgreSQL. */
function registerWorkerCommand(program: Command, ctx: CliContext): void {
  program
    .command('worker')
    .description('Deliver email and run the reminder sweeps, without HTTP (PostgreSQL only)')
    .addHelpText(
      'after',
      '\nRun any number of these next to `linchpin serve --no-worker` on one DATABASE_URL; each email is sent once.\nStops gracefully on Ctrl+C or SIGTERM.',
    )
    .action(async () => {
      const config = loadConfig({}, ctx.io.env);
      const { ServerStartError } = await import('../../server/start');
      const { startWorker } = await import('../../server/worker');
      try {
        await startWorker(config, { handleSignals: true, print: (line) => ctx.io.stdout(`${line}\n`) });
      } catch (err) {
        if (err instanceof ServerStartError) throw new UserError(err.message);
        throw err;
      }
    });
}
