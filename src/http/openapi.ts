// Small helpers so each route definition states only what is particular to it.
import { z } from 'zod';
import { Id, Problem } from '../shared/common-schema';

export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: Problem } },
});

/** Error responses every authenticated route can give. */
export const problems = {
  400: problem('Malformed request (bad JSON, bad query parameter)'),
  401: problem('Not signed in, or the token is not valid'),
  403: problem('Not allowed (for cookie sessions: missing CSRF token)'),
  404: problem('No such resource in your account'),
  413: problem('Request body too large'),
  415: problem('Content-Type must be application/json'),
  409: problem('Conflicts with the current state (the detail says why)'),
  422: problem('Validation failed; `errors` names each field'),
  429: problem('Too many attempts; try again later'),
  503: problem('The database is unavailable right now; retry after `Retry-After` seconds'),
  507: problem('The disk holding the database is nearly full: nothing was saved; reads still work'),
} as const;

export const noContent = { description: 'Done; no content' };

export const IdParam = z.object({ id: Id.meta({ param: { name: 'id', in: 'path' } }) });

/** Lets clients repeat a query parameter (`?tag=a&tag=b`) or give it once. */
export const repeatable = (item: z.ZodType<string>) =>
  z
    .union([item, z.array(item)])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .optional();
