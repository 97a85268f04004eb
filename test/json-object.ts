// A response body read where the route, and so its type, varies at run time (sweeps over every route):
// checked to be a JSON object before a test reads its fields.
import { expect } from 'vitest';

export function jsonObject(body: unknown, message?: string): Record<string, unknown> {
  expect(body, message).toBeTypeOf('object');
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new Error(`${message ? `${message}: ` : ''}not a JSON object: ${JSON.stringify(body)}`);
  }
  return Object.fromEntries(Object.entries(body));
}
