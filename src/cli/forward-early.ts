// A command on a data directory whose server is running is carried out by that server (forward.ts). This
// finds that out before the command tree is loaded: the commands import every service, the schema and the
// database layer, none of which a forwarded command uses here, so forwarding costs little more than
// starting Node. Anything in doubt (help, `serve`, PostgreSQL, no server or one that does not answer) is
// left to the full CLI, which decides the same way it always has.
import { resolve } from 'node:path';
import { loadConfig } from '../config';
import { readServerFile } from '../server/server-file';
import { ForwardFailed, forwardToServer } from './forward';
import type { CliIo } from './io';

/** Words that never need the database: run them here. */
const LOCAL_WORDS = new Set(['-h', '--help', 'help', '-V', '--version', 'serve']);

/** The exit code of the command as the running server carried it out, or undefined to run it here. */
export async function forwardToRunningServer(argv: string[], io: CliIo): Promise<number | undefined> {
  const end = argv.indexOf('--');
  const args = end === -1 ? argv : argv.slice(0, end);
  // Without a command word first (after --data), the CLI prints help or an error: nothing to forward.
  const first = withoutDataOption(args)[0];
  if (!first || first.startsWith('-') || args.some((a) => LOCAL_WORDS.has(a))) return undefined;
  // `worker` refuses PGlite by itself; forwarded, the server would not know the command.
  if (first === 'worker') return undefined;
  let dataDir: string;
  try {
    const data = lastDataOption(args);
    const config = loadConfig({ data: data ? resolve(io.cwd, data) : undefined }, io.env);
    if (config.databaseUrl) return undefined;
    dataDir = config.dataDir;
  } catch {
    return undefined; // the full CLI reports a bad configuration
  }
  const server = readServerFile(dataDir);
  if (!server || !isRunning(server.pid)) return undefined;
  try {
    return await forwardToServer(server, dataDir, argv, io);
  } catch (err) {
    // Not reached, or refused before running anything: the full CLI tries again and explains.
    if (err instanceof ForwardFailed) return undefined;
    io.stderr(`error: ${(err as Error).message}\n`);
    return 1;
  }
}

/** The value of --data as commander reads it: `--data DIR` or `--data=DIR`, the last one wins. */
function lastDataOption(args: string[]): string | undefined {
  let data: string | undefined;
  args.forEach((arg, i) => {
    if (arg === '--data') data = args[i + 1];
    else if (arg.startsWith('--data=')) data = arg.slice('--data='.length);
  });
  return data;
}

function withoutDataOption(args: string[]): string[] {
  return args.filter((arg, i) => arg !== '--data' && args[i - 1] !== '--data' && !arg.startsWith('--data='));
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // alive, but someone else's
  }
}
