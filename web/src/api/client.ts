// The one way the web app talks to the server: same-origin fetch with the session cookie, the CSRF token
// on writes, and RFC 9457 problem+json turned into an ApiError that names each offending field.

import { setServerTime } from '../lib/dates';
import type { Problem, SessionInfo } from './types';

export interface FieldProblem {
  /** Dotted path as the forms use it, e.g. "emails.0" or "keepInTouch.maxDays". */
  path: string;
  /** The server's own field name, e.g. "emails[0]". */
  field: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | undefined,
    readonly fields: FieldProblem[],
    /** The problem's extension members, e.g. `existingIntroductionId` on a duplicate proposal. */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail ?? title);
    this.name = 'ApiError';
  }

  /** A sentence for a notification or an alert. */
  get summary(): string {
    return this.detail ?? this.title;
  }
}

/** "/emails/0" → "emails.0": JSON pointer (RFC 6901) to the dotted path that form libraries use. */
export function pointerToPath(pointer: string): string {
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
let csrfToken: string | null = null;
const unauthorizedListeners = new Set<() => void>();

/** Called whenever the server says the session is gone, so the app can show the sign-in page. */
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

/** Remembers the token from any SessionInfo the server sent (session, sign-in, sign-up). */
export function rememberSession(info: SessionInfo): SessionInfo {
  csrfToken = info.csrfToken;
  setServerTime(info.now);
  return info;
}

export function forgetSession(): void {
  csrfToken = null;
}

async function ensureCsrfToken(): Promise<string | null> {
  if (csrfToken) return csrfToken;
  const info = await request<SessionInfo>('GET', '/api/v1/session');
  return rememberSession(info).csrfToken;
}

export interface RequestOptions {
  body?: unknown;
  /** A multipart body (file uploads); the browser sets its content type. */
  form?: FormData;
  query?: Record<string, string | string[] | number | undefined | null>;
  signal?: AbortSignal;
}

export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const send = async (): Promise<Response> => {
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    if (WRITE_METHODS.has(method)) {
      const token = await ensureCsrfToken();
      if (token) headers['x-csrf-token'] = token;
    }
    return fetch(withQuery(path, opts.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: opts.form ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
      signal: opts.signal,
    });
  };

  let res = await send();
  if (res.status === 403 && WRITE_METHODS.has(method) && (await isCsrfProblem(res.clone()))) {
    // The session was renewed in another tab: fetch the current token and try once more.
    csrfToken = null;
    res = await send();
  }
  if (res.ok) {
    if (res.status === 204) return undefined as T;
    return (await res.json()) as T;
  }
  const error = await toApiError(res);
  if (error.status === 401 && !path.startsWith('/api/v1/auth/')) {
    forgetSession();
    for (const listener of unauthorizedListeners) listener();
  }
  throw error;
}

function withQuery(path: string, query: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, String(v));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function isCsrfProblem(res: Response): Promise<boolean> {
  const problem = await readProblem(res);
  return /csrf/i.test(problem?.title ?? '');
}

async function readProblem(res: Response): Promise<Problem | null> {
  const type = res.headers.get('content-type') ?? '';
  if (!type.includes('json')) return null;
  try {
    return (await res.json()) as Problem;
  } catch {
    return null;
  }
}

async function toApiError(res: Response): Promise<ApiError> {
  const problem = await readProblem(res);
  if (!problem) {
    return new ApiError(
      res.status,
      res.statusText || 'Request failed',
      `The server answered ${res.status}`,
      [],
    );
  }
  const fields = (problem.errors ?? []).map((e) => ({
    path: pointerToPath(e.pointer),
    field: e.field,
    message: e.message,
  }));
  const { type: _type, title, status, detail, instance: _instance, errors: _errors, ...extensions } = problem;
  return new ApiError(status ?? res.status, title, detail, fields, extensions);
}

/** A message for anything thrown by a request: the server's words when it sent some. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.summary;
  if (error instanceof Error) return error.message;
  return 'Something went wrong';
}
