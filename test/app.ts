// An in-process app on a real test database, with helpers to call it as a given account.

import { createAccount, createApiToken } from '../src/accounts/service';
import { type AppOptions, createApp } from '../src/app/create-app';
import { loadConfig } from '../src/config';
import type { Database } from '../src/db/client';
import type { App } from '../src/http/env';
import { ManualClock } from '../src/shared/clock';
import type { AppDeps } from '../src/shared/deps';
import { silentLogger } from '../src/shared/logger';
import { createTestDatabase } from './db';
import { responseChecker } from './response-schema';

export interface TestAccount {
  id: string;
  email: string;
  token: string;
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  /** Sent as-is instead of JSON-encoding `body`. */
  rawBody?: RequestInit['body'];
  headers?: Record<string, string>;
}

/**
 * A response. Its body has already been checked against the schema its route declares for the status
 * (`response-schema.ts`); until the route table has a static type, a test names the type it reads (`T`).
 */
export interface Called<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export interface TestApp {
  app: App;
  database: Database;
  deps: AppDeps;
  clock: ManualClock;
  call<T = any>(method: string, path: string, opts?: CallOptions): Promise<Called<T>>;
  account(email?: string): Promise<TestAccount>;
  close(): Promise<void>;
}

let accountCounter = 0;

export async function createTestApp(options: AppOptions & { clock?: ManualClock } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const clock = options.clock ?? new ManualClock();
  const config = { ...loadConfig({}, {}), maxBodyBytes: 100_000 };
  const deps: AppDeps = { db: database.db, clock, config, log: silentLogger };
  const app = createApp(deps, { webRoot: false, ...options });
  const checkResponse = responseChecker(app);

  const call = async (method: string, path: string, opts: CallOptions = {}): Promise<Called> => {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    let body: RequestInit['body'] | undefined = opts.rawBody;
    if (opts.body !== undefined) {
      body = JSON.stringify(opts.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await app.request(path, { method, headers, body });
    const text = await res.text();
    const type = res.headers.get('content-type') ?? '';
    const parsed: unknown = type.includes('json') && text ? JSON.parse(text) : text;
    checkResponse(method, path, res.status, type, parsed);
    return { status: res.status, headers: res.headers, body: parsed };
  };

  return {
    app,
    database,
    deps,
    clock,
    call,
    async account(email = `connector${++accountCounter}@example.com`) {
      const account = await createAccount(database.db, { email, password: 'correct horse battery' }, 'admin');
      const { token } = await createApiToken(database.db, account.id, 'test');
      return { id: account.id, email, token };
    },
    close: () => database.close(),
  };
}
