// The one way the web app talks to the server: a fetch client typed by the server's OpenAPI document
// (openapi.gen.ts, generated from the routes' zod schemas), so every path, parameter, body and answer is
// checked against what the server declares. Same-origin with the session cookie, the CSRF token on writes,
// and RFC 9457 problem+json turned into an ApiError that names each offending field.

import { setServerTime } from '../lib/dates';
import type { InitArgs, Operation, PathWith, Problem, ResponseOf, SessionInfo } from './types';

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

/** Repeated keys for lists (`state=a&state=b`); empty values are left out, as the server reads them absent. */
export function queryString(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v !== undefined && v !== null && v !== '') params.append(key, String(v));
    }
  }
  return params.toString();
}

/**
 * A multipart body from an upload's typed fields (text or files). Text goes first: the server streams the
 * file and reads only the fields sent before it.
 */
export function formData(fields: object): FormData {
  const form = new FormData();
  const entries = Object.entries(fields).filter(([, value]) => value !== undefined);
  for (const [key, value] of entries) {
    if (typeof value === 'string') form.append(key, value);
    else if (!(value instanceof Blob)) throw new TypeError(`The form field ${key} must be text or a file`);
  }
  for (const [key, value] of entries) if (value instanceof Blob) form.append(key, value);
  return form;
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** A call as the implementation sees it; the typed signature in `caller` says what each route accepts. */
interface LooseInit {
  path?: Record<string, string>;
  query?: Record<string, unknown>;
  body?: unknown;
  /** A multipart body (uploads), as typed fields. */
  form?: object;
  signal?: AbortSignal;
}

/** "/api/v1/people/{id}" with { id } → "/api/v1/people/<id, encoded>". */
export function fillPath(template: string, params: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new TypeError(`${template} needs the path parameter ${name}`);
    return encodeURIComponent(value);
  });
}

async function request(method: Method, template: string, init: LooseInit = {}): Promise<unknown> {
  const verb = method.toUpperCase();
  const query = queryString(init.query ?? {});
  const url = `${fillPath(template, init.path)}${query ? `?${query}` : ''}`;
  const send = async (): Promise<Response> => {
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    if (WRITE_METHODS.has(verb)) {
      const token = await ensureCsrfToken();
      if (token) headers['x-csrf-token'] = token;
    }
    return fetch(url, {
      method: verb,
      headers,
      credentials: 'same-origin',
      body: init.form ? formData(init.form) : init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
    });
  };

  let res = await send();
  if (res.status === 403 && WRITE_METHODS.has(verb) && (await isCsrfProblem(res.clone()))) {
    // The session was renewed in another tab: fetch the current token and try once more.
    csrfToken = null;
    res = await send();
  }
  if (res.ok) {
    // No content (204, or an accepted request answered with an empty body): nothing to parse.
    const text = res.status === 204 ? '' : await res.text();
    return text === '' ? undefined : JSON.parse(text);
  }
  const error = await toApiError(res);
  if (error.status === 401 && !template.startsWith('/api/v1/auth/')) {
    forgetSession();
    for (const listener of unauthorizedListeners) listener();
  }
  throw error;
}

async function ensureCsrfToken(): Promise<string | null> {
  if (csrfToken) return csrfToken;
  return rememberSession(await api.get('/api/v1/session')).csrfToken;
}

/**
 * One method of the typed client. Its signature is the route table's: the path must be one the server
 * serves for that method, and path parameters, query, body and answer are the route's own types.
 */
function caller<M extends Method>(method: M) {
  function call<P extends PathWith<M>>(
    path: P,
    ...init: InitArgs<Operation<P, M>>
  ): Promise<ResponseOf<P, M>>;
  // The implementation handles untyped JSON, as any HTTP client's does; what a route answers is what the
  // server declares in its OpenAPI document, the source of the signature above.
  function call(path: string, init?: LooseInit): Promise<unknown> {
    return request(method, path, init);
  }
  return call;
}

/** The API, typed by the server's OpenAPI document. Any answer that is not 2xx is thrown as an ApiError. */
export const api = {
  get: caller('get'),
  post: caller('post'),
  put: caller('put'),
  patch: caller('patch'),
  delete: caller('delete'),
};

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
