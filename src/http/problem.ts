// Renders errors as RFC 9457 problem+json.
import type { Context } from 'hono';
import type { Problem } from '../shared/common-schema';
import type { ProblemError } from '../shared/errors';

export function problemResponse(c: Context, p: ProblemError): Response {
  const body: Problem = {
    ...p.extensions,
    type: p.errors ? 'https://linchpin.dev/problems/validation' : 'about:blank',
    title: p.title,
    status: p.status,
    ...(p.detail ? { detail: p.detail } : {}),
    instance: new URL(c.req.url).pathname,
    ...(p.errors ? { errors: p.errors } : {}),
  };
  return new Response(JSON.stringify(body), {
    status: p.status,
    headers: { 'content-type': 'application/problem+json', ...p.headers },
  });
}
