// Assembles the HTTP application: middleware, feature routes, OpenAPI document and the web app.
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { registerAccountRoutes } from '../accounts/routes';
import { registerDuplicateRoutes } from '../duplicates/routes';
import { registerExportRoutes } from '../exports/routes';
import { type ImportHooks, registerImportRoutes, UPLOAD_PATHS } from '../imports/routes';
import { registerInteractionRoutes } from '../interactions/routes';
import { registerPublicIntroductionRoutes } from '../introductions/public/routes';
import { registerIntroductionRoutes } from '../introductions/routes';
import { registerMailRoutes } from '../mail/routes';
import { registerNeedsOffersRoutes } from '../needs-offers/routes';
import { registerPeopleRoutes } from '../people/routes';
import { registerPhotoRoutes } from '../photos/routes';
import { ProblemError } from '../shared/errors';
import { authenticate } from './auth';
import type { App, AppDeps } from './env';
import { problemResponse } from './problem';
import { createSigninLimiter, type SigninLimiter } from './rate-limit';
import { createRouter } from './router';
import { serveWebApp } from './web-app';

/** Paths under /api/v1 that answer without a signed-in caller. Everything else requires one. */
const PUBLIC_API_PATHS = new Set([
  '/api/v1/session',
  '/api/v1/auth/signup',
  '/api/v1/auth/signin',
  '/api/v1/auth/signout',
]);

export interface AppOptions {
  limiter?: SigninLimiter;
  /** Serve the built web app from this folder (default: web/dist). */
  webRoot?: string | false;
  /** For tests: hold API-started imports between batches. */
  imports?: ImportHooks;
}

export function createApp(deps: AppDeps, options: AppOptions = {}): App {
  const app = createRouter();

  app.onError((err, c) => {
    if (err instanceof ProblemError) return problemResponse(c, err);
    if (err instanceof HTTPException) return problemResponse(c, fromHttpException(err));
    deps.log.error({ err, path: c.req.path, method: c.req.method }, 'unhandled error');
    return problemResponse(
      c,
      new ProblemError(500, 'Internal Server Error', 'Something went wrong on our side; it has been logged'),
    );
  });
  app.notFound((c) =>
    problemResponse(c, new ProblemError(404, 'Not Found', `No route for ${c.req.method} ${c.req.path}`)),
  );

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  const jsonBodyLimit = bodyLimit({
    maxSize: deps.config.maxBodyBytes,
    onError: () => {
      throw new ProblemError(
        413,
        'Payload Too Large',
        `Request bodies are limited to ${deps.config.maxBodyBytes} bytes`,
      );
    },
  });
  // File uploads (imports, restore) stream and enforce their own, larger limit.
  const uploads = new Set(UPLOAD_PATHS);
  app.use('/api/*', (c, next) => (uploads.has(c.req.path) ? next() : jsonBodyLimit(c, next)));
  const auth = authenticate(deps);
  app.use('/api/v1/*', (c, next) => (PUBLIC_API_PATHS.has(c.req.path) ? next() : auth(c, next)));

  app.get('/healthz', (c) => c.json({ status: 'ok' }));

  registerAccountRoutes(app, deps, options.limiter ?? createSigninLimiter());
  registerPeopleRoutes(app, deps);
  registerNeedsOffersRoutes(app, deps);
  registerInteractionRoutes(app, deps);
  registerIntroductionRoutes(app, deps);
  registerMailRoutes(app, deps);
  registerPublicIntroductionRoutes(app, deps);
  registerImportRoutes(app, deps, options.imports);
  registerExportRoutes(app, deps);
  registerDuplicateRoutes(app, deps);
  registerPhotoRoutes(app, deps);

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerToken', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API token from `linchpin token create` or POST /api/v1/tokens',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'sessionCookie', {
    type: 'apiKey',
    in: 'cookie',
    name: 'lp_session',
    description: 'Set by sign-in; writes must also send X-CSRF-Token',
  });
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Linchpin API',
      version: '1',
      description: 'Relationship CRM with consent-first introductions. Errors are RFC 9457 problem+json.',
    },
    security: [{ bearerToken: [] }, { sessionCookie: [] }],
  });

  if (options.webRoot !== false) serveWebApp(app, options.webRoot);
  return app;
}

function fromHttpException(err: HTTPException): ProblemError {
  const status = err.status;
  if (status === 400) return new ProblemError(400, 'Bad Request', 'The request body is not valid JSON');
  if (status === 415) {
    return new ProblemError(
      415,
      'Unsupported Media Type',
      'Send the body as JSON with Content-Type: application/json',
    );
  }
  const known = [401, 403, 404, 409, 413, 429] as const;
  const s = (known as readonly number[]).includes(status) ? (status as (typeof known)[number]) : 400;
  return new ProblemError(s, err.message || 'Bad Request', err.message || undefined);
}
