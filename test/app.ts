// An in-process app on a real test database, with helpers to call it as a given account.

import { expect } from 'vitest';
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
import type { Answer, Called, WithStatus } from './routes';

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

export type { Answer, Called, Problem } from './routes';

/**
 * Calls the app in-process. The answer's type is the route's (`routes.ts`): a union with one member per
 * status it declares, so a test narrows it with `expectStatus` before reading the body; its body has
 * already been checked at run time against the schema the route declares for that status
 * (`response-schema.ts`).
 */
export type CallApp = <M extends string, P extends string>(
  method: M,
  path: P,
  opts?: CallOptions,
) => Promise<Called<M, P>>;

export interface TestApp {
  app: App;
  database: Database;
  deps: AppDeps;
  clock: ManualClock;
  call: CallApp;
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

  function call<M extends string, P extends string>(
    method: M,
    path: P,
    opts?: CallOptions,
  ): Promise<Called<M, P>>;
  // Parsed JSON, as any HTTP client's is untyped; the signature above says what each route answers.
  async function call(
    method: string,
    path: string,
    opts: CallOptions = {},
  ): Promise<Answer<number, unknown>> {
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
  }

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

/** Expects the status and narrows the response to that status's member, so its body has that type. */
export function expectStatus<R extends Answer<number, unknown>, S extends R['status']>(
  res: R,
  status: S,
  message = `answered ${JSON.stringify(res.body)}`,
): asserts res is R & WithStatus<R, S> {
  expect(res.status, message).toBe(status);
}

/** The body of a response that must have this status. */
export function bodyOf<R extends Answer<number, unknown>, S extends R['status']>(
  res: R,
  status: S,
): WithStatus<R, S>['body'] {
  expectStatus(res, status);
  return res.body;
}
