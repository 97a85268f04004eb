// Checks every response an integration test receives against what its route declares in the OpenAPI
// registry: the status must be one the route lists, and a JSON body must parse with that status's zod
// schema without losing a field. @hono/zod-openapi validates requests only, so this is where a handler
// that drifts from its documented response is caught.
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import type { App } from '../src/http/env';
import { problems } from '../src/http/openapi';

type DeclaredResponse = { content?: Partial<Record<string, unknown>> } | { $ref: string };

interface DeclaredRoute {
  method: string;
  template: string;
  pattern: RegExp;
  params: number;
  /** `security: []` on the route: it answers without a signed-in caller. */
  open: boolean;
  responses: Record<string, DeclaredResponse>;
}

export type ResponseCheck = (
  method: string,
  path: string,
  status: number,
  type: string,
  body: unknown,
) => void;

export function responseChecker(app: App): ResponseCheck {
  let routes: DeclaredRoute[] | undefined;
  const declared = () => {
    routes ??= app.openAPIRegistry.definitions.flatMap((d) =>
      d.type === 'route'
        ? [
            {
              method: d.route.method,
              template: d.route.path,
              pattern: templatePattern(d.route.path),
              params: (d.route.path.match(/\{/g) ?? []).length,
              open: Array.isArray(d.route.security) && d.route.security.length === 0,
              responses: d.route.responses,
            },
          ]
        : [],
    );
    return routes;
  };

  return (method, path, status, type, body) => {
    const pathname = path.split('?')[0]!;
    const route = declared()
      .filter((r) => r.method === method.toLowerCase() && r.pattern.test(pathname))
      // A literal segment beats a parameter, as in the router (`/people/duplicates` before `/people/{id}`).
      .sort((a, b) => a.params - b.params)[0];
    if (!route) return;
    const where = `${method} ${route.template} → ${status}`;
    const response = route.responses[String(status)] ?? crossCutting(route, status);
    if (!response) {
      throw new Error(`${where}: status not declared (declared: ${Object.keys(route.responses).join(', ')})`);
    }
    if ('$ref' in response) throw new Error(`${where}: response is a $ref; declare it with a zod schema`);
    const mediaType = type.split(';')[0]!.trim();
    if (!mediaType.endsWith('json')) return;
    const declaredMedia = response.content?.[mediaType];
    const schema =
      declaredMedia && typeof declaredMedia === 'object' && 'schema' in declaredMedia
        ? declaredMedia.schema
        : undefined;
    if (!(schema instanceof z.ZodType)) {
      throw new Error(`${where}: answered ${mediaType}, which the route does not declare with a schema`);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      throw new Error(`${where}: body does not match its schema:\n${z.prettifyError(parsed.error)}`);
    }
    // zod drops keys a schema does not list; a body with undeclared fields has drifted too.
    if (!isDeepStrictEqual(JSON.parse(JSON.stringify(parsed.data)), body)) {
      throw new Error(
        `${where}: body has fields its schema does not declare:\n${JSON.stringify(undeclared(body, parsed.data))}`,
      );
    }
  };
}

/**
 * The CSRF check of the auth middleware refuses a cookie-authenticated write on any signed-in route with
 * 403, which the routes do not declare one by one (a known gap in the OpenAPI document); it is checked
 * against the shared 403 problem.
 */
function crossCutting(route: DeclaredRoute, status: number): DeclaredResponse | undefined {
  const write = !['get', 'head', 'options'].includes(route.method);
  return status === 403 && write && !route.open ? problems[403] : undefined;
}

function templatePattern(template: string): RegExp {
  const escaped = template
    .split(/\{[^}]+\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]+');
  return new RegExp(`^${escaped}$`);
}

/** The paths (a.b[0].c) present in `body` but missing from what the schema kept. */
function undeclared(body: unknown, kept: unknown, at = ''): string[] {
  if (Array.isArray(body)) {
    return body.flatMap((v, i) => undeclared(v, Array.isArray(kept) ? kept[i] : undefined, `${at}[${i}]`));
  }
  if (body && typeof body === 'object') {
    const keptObject: object = kept && typeof kept === 'object' ? kept : {};
    return Object.entries(body).flatMap(([k, v]) => {
      const path = at ? `${at}.${k}` : k;
      return k in keptObject ? undeclared(v, Reflect.get(keptObject, k), path) : [path];
    });
  }
  return [];
}
