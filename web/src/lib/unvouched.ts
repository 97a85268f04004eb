// The API's 409 when someone put forward as a provider has vouch criteria not all met (`unmetCriteria`):
// every drafting dialog reads it the same way and asks the connector to confirm.
import { ApiError } from '../api/client';

export interface Unmet {
  name: string;
  met: number;
  total: number;
  unmet: string[];
}

const isUnmet = (x: unknown): x is Unmet =>
  typeof x === 'object' && x !== null && 'name' in x && 'met' in x && 'total' in x && 'unmet' in x;

/** The providers whose criteria are not all met; null for any other failure. */
export const unmetOf = (e: unknown): Unmet[] | null => {
  const list = e instanceof ApiError && e.status === 409 ? e.extensions.unmetCriteria : undefined;
  return Array.isArray(list) ? list.filter(isUnmet) : null;
};
