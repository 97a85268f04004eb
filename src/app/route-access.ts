// What the middleware needs to know about a route, read from the route's own OpenAPI declaration, so it is
// stated once: `security: []` makes a route public (no caller needed), and a request body in anything but
// JSON (multipart uploads) makes it an upload, which streams under its own size limit instead of the JSON
// body limit.
import type { OpenAPIHono } from '@hono/zod-openapi';

type Definition = OpenAPIHono['openAPIRegistry']['definitions'][number];
type RouteConfig = Extract<Definition, { type: 'route' }>['route'];

export interface RouteSet {
  /** True when a request with this method and path is answered by one of the routes in the set. */
  has(method: string, path: string): boolean;
}

export interface RouteAccess {
  /** Routes that answer without a signed-in caller. */
  publicRoutes: RouteSet;
  /** Routes whose body is a file: the JSON body limit does not apply, each sets its own. */
  uploadRoutes: RouteSet;
}

export function routeAccess(definitions: readonly Definition[]): RouteAccess {
  const routes = definitions.flatMap((d) => (d.type === 'route' ? [d.route] : []));
  return {
    publicRoutes: routeSet(routes.filter(isPublic)),
    uploadRoutes: routeSet(routes.filter(isUpload)),
  };
}

function isPublic(route: RouteConfig): boolean {
  return route.security !== undefined && route.security.length === 0;
}

function isUpload(route: RouteConfig): boolean {
  const content = route.request?.body?.content ?? {};
  return Object.keys(content).some((type) => type !== 'application/json');
}

function routeSet(routes: readonly RouteConfig[]): RouteSet {
  const matchers = routes.map((r) => ({ method: r.method.toUpperCase(), path: pathPattern(r.path) }));
  return {
    has(method, path) {
      // Hono answers HEAD with the GET handler, so a HEAD is whatever its GET is.
      const m = method === 'HEAD' ? 'GET' : method.toUpperCase();
      return matchers.some((r) => r.method === m && r.path.test(path));
    },
  };
}

/** `/api/v1/people/{id}/photo` → a pattern where `{id}` is one path segment and the rest is literal. */
export function pathPattern(openApiPath: string): RegExp {
  const source = openApiPath
    .split(/(\{[^}/]+\})/)
    .map((part) => (/^\{[^}/]+\}$/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}
