// Liveness and readiness, in one place for the app and for the server's start-up gate (which answers
// them before the app exists).

/** Liveness: the process answers. Never touches the database, so an outage does not get it restarted. */
export const LIVENESS_PATH = '/healthz';
export const LIVENESS_BODY = { status: 'ok' } as const;
/** Readiness: the database answers too, so a load balancer can route around this instance meanwhile. */
export const READINESS_PATH = '/readyz';
