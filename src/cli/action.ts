// Wraps a command handler that needs the database: the runtime supplies it (locally, via the running
// server, or the server's own) and the handler only deals with its options and output.
// Handlers are imported when their command runs, not when it is registered: registering every command
// (and `linchpin --help`) then loads commander and the definitions only, none of the services, zod,
// drizzle-orm or the parsers behind them.
import type { Command } from 'commander';
import type { CliContext, GlobalOptions, Session } from './context';

export interface ActionInput<O> {
  opts: O;
  /** Positional arguments, after their parsers ran. */
  args: string[];
}

export type Handler<O> = (session: Session, input: ActionInput<O>) => Promise<void>;

/** `load` imports the handler's module, e.g. `() => import('./people-actions').then((m) => m.addPerson)`. */
export function dbAction<O extends object>(ctx: CliContext, load: () => Promise<Handler<O>>) {
  return async (...actionArgs: unknown[]) => {
    const cmd = actionArgs.at(-1) as Command;
    const opts = ownAndGroupOptions<O & { account?: string }>(cmd);
    const globals = cmd.optsWithGlobals<GlobalOptions>();
    const request = { ...globals, command: commandPath(cmd) };
    const [handler, { accountForEmailOrOwner }] = await Promise.all([load(), import('../accounts/service')]);
    await ctx.runtime.withDatabase(ctx.io, request, (deps) =>
      handler(
        { deps, io: ctx.io, account: () => accountForEmailOrOwner(deps.db, opts.account) },
        { opts, args: cmd.processedArgs as string[] },
      ),
    );
  };
}

/**
 * A command's options, with those its group command read for it: commander gives an option the group
 * itself defines (`suggest --json`, `--account`) to the group even when it is written after a
 * subcommand (`suggest dismiss … --json`), which would then print a table and act on the owner's account.
 * The program's own options (the data directory…) stay with the runtime.
 */
function ownAndGroupOptions<O>(cmd: Command): O {
  const merged: Record<string, unknown> = {};
  const groups: Command[] = [];
  for (let c = cmd.parent; c?.parent; c = c.parent) groups.unshift(c);
  for (const g of groups) Object.assign(merged, g.opts());
  for (const [key, value] of Object.entries(cmd.opts())) if (value !== undefined) merged[key] = value;
  return merged as O;
}

export function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}
