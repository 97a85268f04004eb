// What every command handler gets, and the seam that decides where its database comes from.
import type { Command } from 'commander';
import type { AccountRow } from '../db/schema';
import type { AppDeps } from '../shared/deps';
import type { CliIo } from './io';

/** Options every command accepts (defined once on the root command). */
export interface GlobalOptions {
  data?: string;
}

/**
 * Where a command's database comes from. In the `linchpin` process: PostgreSQL, or the PGlite data
 * directory under its lock, or, while a server holds that lock, the server itself (the whole command is
 * forwarded). Inside the server: the server's own database.
 */
export interface CliRuntime {
  withDatabase<T>(io: CliIo, request: DatabaseRequest, fn: (deps: AppDeps) => Promise<T>): Promise<T>;
}

export interface DatabaseRequest extends GlobalOptions {
  /** The command asking, e.g. "people add" (shown to others waiting for the data directory). */
  command: string;
}

export interface CliContext {
  io: CliIo;
  runtime: CliRuntime;
}

/** A command with a database: its dependencies, its output and the account it acts on. */
export interface Session {
  deps: AppDeps;
  io: CliIo;
  /** The account named by --account, or the owner. */
  account(): Promise<AccountRow>;
}

/** One file under commands/ exports one of these; registry.ts lists them all. */
export type RegisterCommands = (program: Command, ctx: CliContext) => void;

/** Ends the command with this exit code after its output has been written. */
export class CliExit extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}

/** A mistake or situation the user can fix; its message says how. Printed without a stack trace. */
export class UserError extends Error {}
