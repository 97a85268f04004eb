// Where a command's output goes. Commands never touch process.stdout: the same handler runs in the
// `linchpin` process or inside a running server (forwarded), and each place supplies its own CliIo.
import { createInterface } from 'node:readline/promises';
import { messageJson, printErrorJson, wantsJson } from './error-json';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** stdout is a terminal: progress bars may draw, tables may be wide. */
  isTTY: boolean;
  /** Someone can answer a question right now (a terminal on both ends). */
  interactive: boolean;
  /** Only call when `interactive`. Resolves to the user's yes or no. */
  confirm(question: string): Promise<boolean>;
  /** Only call when `interactive`. Asks for a line without echoing it (a password). */
  askSecret(question: string): Promise<string>;
  /** The directory relative paths are taken from (the caller's, also when forwarded). */
  cwd: string;
  env: Record<string, string | undefined>;
}

export function processIo(argv: readonly string[]): CliIo & { exitCode(code: number): number } {
  // `linchpin people list | head` closes the pipe early: stop writing, but let the command finish and
  // close the database normally instead of dying on EPIPE. Any other failure to write (a full disk, a
  // file opened read-only) loses output the user asked for: say so once, in the form they asked for, and
  // exit non-zero instead of crashing with a stack trace or exiting 0.
  let stdoutClosed = false;
  let outputLost = false;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    const first = !stdoutClosed;
    stdoutClosed = true;
    if (err.code === 'EPIPE' || !first) return;
    outputLost = true;
    const message = `cannot write the output: ${err.message}`;
    if (wantsJson(argv)) printErrorJson(writeStderr, messageJson(message, 'linchpin.output'));
    else writeStderr(`error: ${message}\n`);
    // The command may have finished already: its exit code is set, but the process has not exited yet.
    process.exitCode = 1;
  });
  return {
    stdout: (text) => {
      if (!stdoutClosed) process.stdout.write(text);
    },
    stderr: writeStderr,
    isTTY: Boolean(process.stdout.isTTY),
    interactive: Boolean(process.stdin.isTTY && process.stderr.isTTY),
    confirm: askOnTerminal,
    // Loaded when a password is asked for, not at every start.
    askSecret: async (question) =>
      (await import('read')).read({ prompt: question, silent: true, output: process.stderr }),
    cwd: process.cwd(),
    env: process.env,
    exitCode: (code) => (outputLost && code === 0 ? 1 : code),
  };
}

const writeStderr = (text: string): void => {
  process.stderr.write(text);
};

async function askOnTerminal(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question(`${question} [y/N] `);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}

/** Collects output in memory: for forwarded commands and tests. */
export function bufferedIo(
  base: Pick<CliIo, 'cwd' | 'env'> & Partial<Pick<CliIo, 'interactive' | 'confirm' | 'askSecret'>>,
): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout(text: string) {
      io.out += text;
    },
    stderr(text: string) {
      io.err += text;
    },
    isTTY: false,
    interactive: base.interactive ?? false,
    confirm: base.confirm ?? (async () => false),
    askSecret: base.askSecret ?? (async () => ''),
    cwd: base.cwd,
    env: base.env,
  };
  return io;
}
