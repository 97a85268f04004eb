// The server listens before its database is open, so a port that is taken is reported at once and a
// browser or supervisor can reach it while the database opens (PGlite takes most of a second, a new one a
// few seconds). Meanwhile liveness (`/healthz`) answers as it always does, readiness (`/readyz`) says the
// database is not ready yet, and every other request waits for the app instead of failing.
import type { Http2Bindings, HttpBindings } from '@hono/node-server';
import { LIVENESS_BODY, LIVENESS_PATH, READINESS_PATH } from '../app/health';

type Bindings = HttpBindings | Http2Bindings;
/** What the app's `fetch` is to the Node adaptor. */
export type AppFetch = (request: Request, env: Bindings) => Response | Promise<Response>;

export interface StartingGate {
  /** The adaptor's fetch for the whole life of the server: the gate first, then the app. */
  fetch: AppFetch;
  /** The app is ready: waiting requests go to it, and so does everything from now on. */
  open(app: AppFetch): void;
  /** Start-up failed: waiting and later requests are answered 503. */
  fail(): void;
}

/** How long a client should wait before asking again while the server starts. */
const STARTING_RETRY_AFTER_SECONDS = 1;

export function startingGate(): StartingGate {
  let app: AppFetch | undefined;
  let failed = false;
  let settle: (app: AppFetch | undefined) => void = () => {};
  const settled = new Promise<AppFetch | undefined>((resolve) => {
    settle = resolve;
  });

  const fetch: AppFetch = async (request, env) => {
    if (app) return app(request, env);
    const path = new URL(request.url).pathname;
    const read = request.method === 'GET' || request.method === 'HEAD';
    if (!failed && read && path === LIVENESS_PATH) return Response.json(LIVENESS_BODY);
    if (!failed && read && path === READINESS_PATH)
      return notReady(path, 'Linchpin is starting: the database is opening');
    const ready = await settled;
    if (ready) return ready(request, env);
    return notReady(path, 'Linchpin could not start; see its log');
  };

  return {
    fetch,
    open(ready) {
      app = ready;
      settle(ready);
    },
    fail() {
      failed = true;
      settle(undefined);
    },
  };
}

function notReady(instance: string, detail: string): Response {
  return new Response(
    JSON.stringify({ type: 'about:blank', title: 'Service Unavailable', status: 503, detail, instance }),
    {
      status: 503,
      headers: {
        'content-type': 'application/problem+json',
        'retry-after': String(STARTING_RETRY_AFTER_SECONDS),
        'cache-control': 'no-store',
      },
    },
  );
}
