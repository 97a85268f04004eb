import { formatInterval } from './dates';

/**
 * A keep-in-touch cadence in words, "ideally every 2 weeks, at most every 4 weeks" (the "at most" only
 * when it differs), so the person's page and Losing touch describe one cadence the same way.
 */
export function cadenceWords(idealDays: number | null, maxDays: number | null): string {
  const parts: string[] = [];
  if (idealDays) parts.push(`ideally ${formatInterval(idealDays)}`);
  if (maxDays && maxDays !== idealDays) parts.push(`at most ${formatInterval(maxDays)}`);
  return parts.join(', ');
}
