import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Config } from '../config';
import type { Db } from '../db/client';
import type { Clock } from '../shared/clock';
import type { Logger } from '../shared/logger';

/** Who is calling: resolved by the auth middleware from a session cookie or a bearer token. */
export interface Caller {
  accountId: string;
  email: string;
  role: 'owner' | 'member';
  via: 'session' | 'token';
}

export interface AppEnv {
  Variables: { caller: Caller };
}

/** What routes and services need from the outside world. Kept small on purpose. */
export interface AppDeps {
  db: Db;
  clock: Clock;
  config: Config;
  log: Logger;
}

export type App = OpenAPIHono<AppEnv>;
