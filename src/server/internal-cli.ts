// POST /internal/cli: runs a `linchpin` command inside the server, against the server's own database.
// While a server holds the data-directory lock this is how the CLI reaches the data without opening the
// directory a second time. Only callers on this machine with the token from server.json may use it.
import type { IncomingMessage } from 'node:http';
import type { Env, Hono, Schema } from 'hono';
import { z } from 'zod';
import { safeEqual } from '../shared/secrets';

export const INTERNAL_CLI_PATH = '/internal/cli';

/** Environment variables a command reads from its caller (e.g. a password kept out of the process list). */
export const FORWARDED_ENV = ['LINCHPIN_PASSWORD', 'LINCHPIN_CURRENT_PASSWORD'] as const;

export const ForwardedCommand = z.object({
  argv: z.array(z.string().max(100_000)).max(1000),
  /** The caller's working directory; relative paths in the command are resolved against it. */
  cwd: z.string().min(1).max(4096),
  /** The caller sits at a terminal and can answer a confirmation question. */
  interactive: z.boolean().default(false),
  /** Questions the caller already answered, from an earlier round trip. */
  answers: z.record(z.string(), z.boolean()).default({}),
  /** The caller's values of FORWARDED_ENV: commands read them as they would run locally. */
  env: z.record(z.string(), z.string().max(10_000)).default({}),
});
export type ForwardedCommand = z.infer<typeof ForwardedCommand>;

export const ForwardedResult = z.object({
  stdout: z.string(),
  stderr: z.string(),
  exitCode: z.number().int(),
  /** Set when the command needs a yes/no answer first: ask, then send the command again with it. */
  question: z.string().optional(),
});
export type ForwardedResult = z.infer<typeof ForwardedResult>;

/** Runs one forwarded command in-process. Injected by the entry point, so the server needs no CLI code. */
export type CliRunner = (command: ForwardedCommand) => Promise<ForwardedResult>;

type NodeBindings = { incoming?: IncomingMessage } | undefined;

/** Mounts the endpoint on any app, whatever its env and routes: the one route it adds reads neither. */
export function registerInternalCli<E extends Env, S extends Schema, B extends string>(
  app: Hono<E, S, B>,
  opts: { token: string; run: CliRunner },
): void {
  app.post(INTERNAL_CLI_PATH, async (c) => {
    const socket = (c.env as NodeBindings)?.incoming?.socket;
    if (!socket || !isSameMachine(socket.remoteAddress, socket.localAddress)) {
      return c.json({ title: 'Not Found', status: 404 }, 404);
    }
    const header = c.req.header('authorization') ?? '';
    const sent = /^Bearer (\S+)$/.exec(header)?.[1] ?? '';
    if (!safeEqual(sent, opts.token)) {
      return c.json({ title: 'Unauthorized', status: 401, detail: 'Wrong or missing server token' }, 401);
    }
    const parsed = ForwardedCommand.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) {
      return c.json({ title: 'Bad Request', status: 400, detail: 'Not a forwarded command' }, 400);
    }
    return c.json(await opts.run(parsed.data), 200);
  });
}

export function isSameMachine(remote: string | undefined, local: string | undefined): boolean {
  if (!remote) return false;
  const r = remote.replace(/^::ffff:/, '');
  return r === '::1' || r.startsWith('127.') || (local !== undefined && remote === local);
}
