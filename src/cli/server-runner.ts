// Runs forwarded commands inside the server, against its database, collecting their output.

import type { CliRunner } from '../server/internal-cli';
import type { AppDeps } from '../shared/deps';
import { CliExit, type CliRuntime } from './context';
import { bufferedIo } from './io';
import { runCli } from './run';

export function serverCliRunner(deps: AppDeps): CliRunner {
  const runtime: CliRuntime = { withDatabase: (_io, _request, fn) => fn(deps) };
  return async (command) => {
    let question: string | undefined;
    const io = bufferedIo({
      cwd: command.cwd,
      env: { ...process.env, ...command.env },
      interactive: command.interactive,
      async confirm(q) {
        const answer = command.answers[q];
        if (answer !== undefined) return answer;
        // Ask the caller's terminal; it sends the command again with the answer.
        question = q;
        throw new CliExit(0);
      },
    });
    const exitCode = await runCli(command.argv, { io, runtime });
    if (question !== undefined) return { stdout: '', stderr: '', exitCode: 0, question };
    return { stdout: io.out, stderr: io.err, exitCode };
  };
}
