// The composition root: assembles the HTTP application from every feature's routes, the middleware, the
// OpenAPI document and the web app. Only entry points (the server, the CLI, tests, benchmarks) import it.
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { authenticate, SESSION_COOKIE } from '../accounts/auth-middleware';
import { accountRoutes } from '../accounts/routes';
import { agendaRoutes } from '../agenda/routes';
import { backupRoutes } from '../backup/routes';
import { calendarRoutes } from '../calendar/routes';
import { isDatabaseUnavailable, isDiskFull, isForeignKeyViolation } from '../db/errors';
import { checkDatabase } from '../db/readiness';
import { duplicatesRoutes } from '../duplicates/routes';
import { exportsRoutes } from '../exports/routes';
import { clientIp, NO_ADDRESS } from '../http/client-info';
import type { App } from '../http/env';
import { problemResponse } from '../http/problem';
import {
  createRequestLimiter,
  createSigninLimiter,
  type RequestLimiter,
  type SigninLimiter,
} from '../http/rate-limit';
import { createRouter } from '../http/router';
import { serveWebApp } from '../http/web-app';
import { type ImportHooks, importsRoutes } from '../imports/routes';
import { insightsRoutes } from '../insights/routes';
import { interactionsRoutes } from '../interactions/routes';
import { introRequestPublicRoutes, type RequestPageLimiters } from '../intro-requests/public-routes';
import { introRequestsRoutes } from '../intro-requests/routes';
import { publicIntroductionRoutes } from '../introductions/public/routes';
import { introductionsRoutes } from '../introductions/routes';
import { keepInTouchRoutes } from '../keep-in-touch/routes';
import { mailRoutes } from '../mail/routes';
import { matchingRoutes } from '../matching/routes';
import { needsRoutes } from '../needs/routes';
import { needsOffersSearchRoutes } from '../needs-offers-search/routes';
import { networkRoutes } from '../network/routes';
import { offersRoutes } from '../offers/routes';
import { peopleRoutes } from '../people/routes';
import { personValuesRoutes } from '../person-values/routes';
import { photosRoutes } from '../photos/routes';
import { referralsRoutes } from '../referrals/routes';
import type { AppDeps } from '../shared/deps';
import { diskFull, goneMeanwhile, ProblemError } from '../shared/errors';
import { vouchRoutes } from '../vouch/routes';
import { declareCrossCuttingResponses } from './cross-cutting-responses';
import { LIVENESS_BODY, LIVENESS_PATH, READINESS_PATH } from './health';
import { routeAccess } from './route-access';

export interface AppOptions {
  limiter?: SigninLimiter;
  /** Requests per client address to the public consent pages (/r/…); default from the config. */
  consentPageLimiter?: RequestLimiter;
  /** Password-reset requests per client address (default: PASSWORD_RESET_LIMIT). */
  passwordResetLimiter?: RequestLimiter;
  /** The public request pages' limits (/ask/…): per address and per link; defaults from the config. */
  requestPageLimiters?: RequestPageLimiters;
  /** Serve the built web app from this folder (default: web/dist). */
  webRoot?: string | false;
  /** For tests: hold API-started imports between batches. */
  imports?: ImportHooks;
}

/**
 * Every feature's routes in one router, so the whole route table has a type (`AppRoutes`).
 */
export function appRoutes(
  deps: AppDeps,
  limiter: SigninLimiter,
  importHooks: ImportHooks = {},
  passwordResetLimiter?: RequestLimiter,
  requestPageLimiters?: RequestPageLimiters,
) {
  return createRouter()
    .route('/', accountRoutes(deps, limiter, passwordResetLimiter))
    .route('/', peopleRoutes(deps))
    .route('/', needsRoutes(deps))
    .route('/', offersRoutes(deps))
    .route('/', needsOffersSearchRoutes(deps))
    .route('/', interactionsRoutes(deps))
    .route('/', referralsRoutes(deps))
    .route('/', personValuesRoutes(deps))
    .route('/', keepInTouchRoutes(deps))
    .route('/', introductionsRoutes(deps))
    .route('/', mailRoutes(deps))
    .route('/', publicIntroductionRoutes(deps))
    .route('/', importsRoutes(deps, importHooks))
    .route('/', exportsRoutes(deps))
    .route('/', backupRoutes(deps))
    .route('/', duplicatesRoutes(deps))
    .route('/', photosRoutes(deps))
    .route('/', matchingRoutes(deps))
    .route('/', calendarRoutes(deps))
    .route('/', agendaRoutes(deps))
    .route('/', insightsRoutes(deps))
    .route('/', networkRoutes(deps))
    .route('/', introRequestsRoutes(deps))
    .route('/', vouchRoutes(deps))
    .route('/', introRequestPublicRoutes(deps, requestPageLimiters));
}

export type AppRoutes = ReturnType<typeof appRoutes>;

export function createApp(deps: AppDeps, options: AppOptions = {}): App {
  const api = appRoutes(
    deps,
    options.limiter ?? createSigninLimiter(),
    options.imports,
    options.passwordResetLimiter,
    options.requestPageLimiters,
  );
  const app = createRouter();

  app.onError((err, c) => {
    if (err instanceof ProblemError) return problemResponse(c, err);
    if (err instanceof HTTPException) return problemResponse(c, fromHttpException(err));
    if (isDiskFull(err)) {
      deps.log.error({ path: c.req.path, method: c.req.method }, 'write refused: the disk is nearly full');
      return problemResponse(c, diskFull());
    }
    if (isForeignKeyViolation(err)) {
      deps.log.warn(
        { err, path: c.req.path, method: c.req.method },
        'write refused: its target went meanwhile',
      );
      return problemResponse(c, goneMeanwhile());
    }
    if (isDatabaseUnavailable(err)) {
      deps.log.warn({ err, path: c.req.path, method: c.req.method }, 'database unavailable');
      return problemResponse(c, databaseUnavailable());
    }
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
      // A route that sets its own policy (the consent pages' Referrer-Policy, a photo's CSP) keeps it.
      overwrite: false,
    }),
  );
  // Consent pages are public: limit them per address so nobody can hammer token look-ups.
  const perMinute = deps.config.consentPageRatePerMinute;
  const consentPageLimiter =
    options.consentPageLimiter ??
    (perMinute > 0 ? createRequestLimiter({ points: perMinute, windowSeconds: 60 }) : undefined);
  app.use('/r/*', async (c, next) => {
    const address = clientIp(c, deps.config.trustedProxies);
    // In-process requests (tests) have no socket, so no address to tell clients apart by.
    if (consentPageLimiter && address !== NO_ADDRESS) await consentPageLimiter.take(address);
    await next();
  });
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
  // Both sets come from the routes' own declarations: see route-access.ts.
  const { publicRoutes, uploadRoutes } = routeAccess(api.openAPIRegistry.definitions);
  app.use('/api/*', (c, next) =>
    uploadRoutes.has(c.req.method, c.req.path) ? next() : jsonBodyLimit(c, next),
  );
  const auth = authenticate(deps);
  app.use('/api/v1/*', (c, next) => (publicRoutes.has(c.req.method, c.req.path) ? next() : auth(c, next)));

  app.get(LIVENESS_PATH, (c) => c.json(LIVENESS_BODY));
  app.get(READINESS_PATH, async (c) => {
    const readiness = await checkDatabase(deps.db);
    if (readiness.ready) return c.json({ status: 'ready' });
    deps.log.warn({ reason: readiness.reason }, 'not ready: the database does not answer');
    return problemResponse(c, databaseUnavailable());
  });
  app.route('/', api);
  declareCrossCuttingResponses(app.openAPIRegistry.definitions);

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerToken', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API token from `linchpin token create` or POST /api/v1/tokens',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'sessionCookie', {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
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

/** How long a client should wait before retrying while the database is unreachable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

function databaseUnavailable(): ProblemError {
  return new ProblemError(
    503,
    'Service Unavailable',
    'The database is unavailable; try again shortly',
    undefined,
    { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) },
  );
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
