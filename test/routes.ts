// The static type of every response a test receives, derived from the route table (`AppRoutes`), so a
// test reads each body as the type its route declares for that status and a renamed field breaks the
// typecheck. `response-schema.ts` checks the same declarations at run time.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Env } from 'hono';
import type {
  ClientErrorStatusCode,
  ServerErrorStatusCode,
  StatusCode,
  SuccessStatusCode,
} from 'hono/utils/http-status';
import type { AppRoutes } from '../src/app/create-app';
import type { problems } from '../src/http/openapi';

type RouteSchema =
  AppRoutes extends OpenAPIHono<infer _E extends Env, infer S, infer _B extends string> ? S : never;

/** The RFC 9457 body every JSON error answer carries. */
export type Problem = ProblemOf<(typeof problems)[404]>;
type ProblemOf<D> = D extends { content: { 'application/problem+json': { schema: { _output: infer O } } } }
  ? O
  : never;

type Segments<P extends string> = P extends `${infer Head}/${infer Rest}` ? [Head, ...Segments<Rest>] : [P];

type Pathname<P extends string> = P extends `${infer Path}?${string}` ? Path : P;

type RouteKey = keyof RouteSchema & string;

/** A route segment as the lookup steps it: every parameter (`:id`) takes any one segment, so they are one step. */
type Step<S extends string> = S extends `:${string}` ? ':' : S;

/** Every route with its segments. */
type Entries = { [K in RouteKey]: [K, Segments<K>] }[RouteKey];

type Heads<E> = E extends [string, [infer H extends string, ...string[]]] ? Step<H> : never;

type Below<E, H> = E extends [infer K, [infer Head extends string, ...infer Rest]]
  ? Step<Head> extends H
    ? [K, Rest]
    : never
  : never;

/**
 * The route table as a tree of segments, computed once for all call sites: a call walks down its own
 * path's segments instead of matching every route, which made the typecheck take minutes.
 */
interface Trie<E> {
  /** The routes whose path ends at this node. */
  end: E extends [infer K, []] ? K : never;
  next: { [H in Heads<E>]: Trie<Below<E, H>> };
}

type RouteTrie = Trie<Entries>;

/**
 * The routes the path's segments fit, each with how many parameters it took: a literal segment of the
 * path goes down the branch it equals and the parameter branch; a template segment (`${string}`) only
 * down the parameter branch.
 */
type Walk<N, Path extends string[], Params extends unknown[] = []> = N extends {
  end: infer End;
  next: infer Next;
}
  ? Path extends [infer P, ...infer Rest extends string[]]
    ? {
        [H in keyof Next]: H extends ':'
          ? Walk<Next[H], Rest, [...Params, P]>
          : P extends H
            ? Walk<Next[H], Rest, Params>
            : never;
      }[keyof Next]
    : End extends string
      ? [End, Params['length']]
      : never
  : never;

type Candidates<P extends string, M extends string> =
  Walk<RouteTrie, Segments<Pathname<P>>> extends infer C
    ? C extends [infer K extends RouteKey, number]
      ? `$${Lowercase<M>}` extends keyof RouteSchema[K]
        ? C
        : never
      : never
    : never;

/** A literal segment beats a parameter, as in the router: of the fitting routes, those with the fewest parameters. */
type Fewest<C, All = C> = C extends [infer K, infer N extends number]
  ? true extends (All extends [string, infer O extends number] ? Less<O, N> : never)
    ? never
    : K
  : never;

type Less<A extends number, B extends number, Count extends unknown[] = []> = Count['length'] extends B
  ? false
  : Count['length'] extends A
    ? true
    : Less<A, B, [...Count, unknown]>;

export type Method = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';

/** The route a call reaches: its Hono path (`/api/v1/people/:id`), or never for no declared route. */
export type RouteOf<M extends string, P extends string> = Fewest<Candidates<P, M>>;

/** A response as a test sees it: the status with its body, JSON parsed, anything else as text. */
export interface Answer<S extends number, B> {
  status: S;
  headers: Headers;
  body: B;
}

type Endpoint<K extends keyof RouteSchema, M extends string> = RouteSchema[K][`$${Lowercase<M>}` &
  keyof RouteSchema[K]];

type Declared<E> = E extends { output: infer O; outputFormat: infer F; status: infer S extends number }
  ? [StatusCode] extends [S]
    ? Answer<number, unknown>
    : Answer<S, F extends 'json' ? (O extends Response ? unknown : O) : string>
  : never;

/**
 * Any error status the route's type does not list comes as a problem: the registry declares some that a
 * handler's type does not (the shared body parser's 400/413/415/422, the database's 503/507, the CSRF
 * check's 403, a raw upload's own errors; see `src/app/cross-cutting-responses.ts`), and
 * `response-schema.ts` has already refused at run time a status its route does not declare at all.
 */
type EndpointAnswer<E> =
  | Declared<E>
  | Answer<Exclude<ErrorStatus, E extends { status: infer S } ? S : never>, Problem>;

/**
 * What `call(method, path)` resolves to: one member per status the route declares; unknown for no route.
 * A union of paths (or methods) answers the union of their routes' answers.
 */
export type Called<M extends string, P extends string> = M extends string
  ? P extends string
    ? [RouteOf<M, P>] extends [never]
      ? Answer<number, unknown>
      : RouteOf<M, P> extends infer K extends keyof RouteSchema
        ? EndpointAnswer<Endpoint<K, M>>
        : never
    : never
  : never;

/** Every status a problem can come with: the route table types some routes' errors only at run time. */
export type ErrorStatus = ClientErrorStatusCode | ServerErrorStatusCode;

/**
 * The members of a response union with this status: the one the route declares for it, or the member
 * whose statuses include it (a route that answers any status, the problems of undeclared error statuses).
 */
export type WithStatus<R, S extends number> = [Extract<R, { status: S }>] extends [never]
  ? R extends Answer<infer Any, infer B>
    ? S extends Any
      ? Answer<S, B>
      : never
    : never
  : Extract<R, { status: S }>;

/**
 * The body of a response that succeeded: of each member, the body if its status is a 2xx, so a call that
 * may answer 200 or 201 reads either; unknown for a path no declared route serves.
 */
export type SuccessBody<R> =
  R extends Answer<infer S, infer B>
    ? number extends S
      ? B
      : S extends SuccessStatusCode
        ? B
        : never
    : never;
