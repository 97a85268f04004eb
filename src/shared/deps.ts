// What services, jobs, routes and CLI commands receive from the composition root. Lives in shared/ so a
// service or a CLI command can name it without importing anything HTTP.
import type { Config } from '../config';
import type { Db } from '../db/types';
import type { Clock } from './clock';
import type { Logger } from './logger';

/** Who is calling: resolved by the auth middleware from a session cookie or a bearer token. */
export interface Caller {
  accountId: string;
  email: string;
  role: 'owner' | 'member';
  via: 'session' | 'token';
}

/** What routes and services need from the outside world. Kept small on purpose. */
export interface AppDeps {
  db: Db;
  clock: Clock;
  config: Config;
  log: Logger;
}
