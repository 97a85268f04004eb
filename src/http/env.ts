import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Caller } from '../shared/deps';

// Kept only for the needs/offers/interactions routes until their rewrite imports from shared/deps too.
/** Hono's context variables for every API route: the caller the auth middleware resolved. */
export interface AppEnv {
  Variables: { caller: Caller };
}

export type App = OpenAPIHono<AppEnv>;
