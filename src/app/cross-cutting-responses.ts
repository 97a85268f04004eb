// Some answers come from machinery every route shares, not from the route: the JSON body parser (400 for
// malformed JSON, 415 for another content type), the body limit (413), the validation hook (422 for a
// body, 400 for a query, including the NUL guard). Declared here once for every route that takes such
// input, so the OpenAPI document lists every status a client can get and no route has to remember them.
// Likewise the database's own conditions: unreachable (503, any route), and for any route that writes a
// nearly full disk (507) and a row it points at deleted meanwhile (409).
import type { OpenAPIHono } from '@hono/zod-openapi';
import { problems } from '../http/openapi';

type Definition = OpenAPIHono['openAPIRegistry']['definitions'][number];

const forJsonBody = [400, 413, 415, 422] as const;
const forQuery = [400] as const;

export function declareCrossCuttingResponses(definitions: readonly Definition[]): void {
  for (const d of definitions) {
    if (d.type !== 'route') continue;
    const { request, responses } = d.route;
    const statuses: (keyof typeof problems)[] = [
      ...(request?.body?.content?.['application/json'] ? forJsonBody : []),
      ...(request?.query ? forQuery : []),
      503,
      // A write whose target another request deletes or merges away meanwhile: 409 (db/errors.ts).
      ...(d.route.method === 'get' ? [] : [409 as const, 507 as const]),
    ];
    for (const status of statuses) responses[String(status)] ??= problems[status];
  }
}
