// Sends a whole command to the running server that holds the data directory, and replays its output.
import { FORWARDED_ENV, ForwardedResult, INTERNAL_CLI_PATH } from '../server/internal-cli';
import type { ServerInfo } from '../server/server-file';
import { UserError } from './context';
import type { CliIo } from './io';

/** The server was not reached, or refused the command before running it: nothing happened there. */
export class ForwardFailed extends UserError {}

export async function forwardToServer(
  server: ServerInfo,
  dataDir: string,
  argv: string[],
  io: CliIo,
): Promise<number> {
  // The server's clock is the one that counts; a different day here would be silently ignored.
  if (io.env.LINCHPIN_NOW) {
    io.stderr(
      `Note: LINCHPIN_NOW is ignored while the server (process ${server.pid}) runs: it uses its own clock. Start the server with LINCHPIN_NOW to move the day.\n`,
    );
  }
  const answers: Record<string, boolean> = {};
  const env = Object.fromEntries(
    FORWARDED_ENV.flatMap((name) => (io.env[name] === undefined ? [] : [[name, io.env[name]]])),
  );
  for (;;) {
    let res: Response;
    try {
      res = await fetch(new URL(INTERNAL_CLI_PATH, server.url), {
        method: 'POST',
        headers: { authorization: `Bearer ${server.rpcToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ argv, cwd: io.cwd, interactive: io.interactive, answers, env }),
      });
    } catch (err) {
      throw new ForwardFailed(
        `The Linchpin server (process ${server.pid}) holds ${dataDir} but does not answer at ${server.url} (${describe(err)}). ` +
          `If it has hung, stop it (kill ${server.pid}) and run the command again.`,
      );
    }
    if (!res.ok) {
      throw new ForwardFailed(
        `The Linchpin server at ${server.url} (process ${server.pid}) refused the command (HTTP ${res.status}). ` +
          `It may be a different version: restart it, then run the command again.`,
      );
    }
    const result = ForwardedResult.parse(await res.json());
    if (result.question !== undefined) {
      answers[result.question] = await io.confirm(result.question);
      continue;
    }
    io.stdout(result.stdout);
    io.stderr(result.stderr);
    return result.exitCode;
  }
}

function describe(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (err as Error).message;
}
