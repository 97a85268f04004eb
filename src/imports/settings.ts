// Import limits and defaults from the environment, read when needed so an operator's change applies
// without a code path of its own.

export interface ImportSettings {
  /** Largest file an import (or a restore) accepts, in bytes. */
  maxBytes: number;
  /** Country for phone numbers written without a +country code (ISO 3166 alpha-2). */
  defaultRegion?: string;
}

export const DEFAULT_MAX_IMPORT_MB = 100;

export function importSettings(env: NodeJS.ProcessEnv = process.env): ImportSettings {
  const mb = Number(env.LINCHPIN_MAX_IMPORT_MB ?? DEFAULT_MAX_IMPORT_MB);
  const region = env.LINCHPIN_DEFAULT_REGION?.trim().toUpperCase();
  return {
    maxBytes: Math.round((Number.isFinite(mb) && mb > 0 ? mb : DEFAULT_MAX_IMPORT_MB) * 1024 * 1024),
    ...(region && /^[A-Z]{2}$/.test(region) ? { defaultRegion: region } : {}),
  };
}

export function describeBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MB` : `${Math.round(n / 1024)} KB`;
}
