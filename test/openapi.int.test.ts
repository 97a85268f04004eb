// Scripts outside the project read /api/openapi.json to learn the API: every route the server answers
// under /api/v1 must be in it, with the same method, and nothing in it may be a route that does not exist.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { bodyOf, createTestApp, type TestApp } from './app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

/** The parts of the document these tests read (the route serving it is not itself in the document). */
const OpenApiDocument = z.object({
  openapi: z.string(),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
  components: z.object({
    schemas: z.object({
      NewPerson: z.object({
        properties: z.object({ phones: z.object({ items: z.object({ pattern: z.string() }) }) }),
      }),
    }),
  }),
});

const servedDocument = async () => bodyOf(await t.call('GET', '/api/openapi.json'), 200);

describe('OpenAPI document', () => {
  it('lists every /api/v1 route the server answers, and only those', async () => {
    const doc = OpenApiDocument.parse(await servedDocument());
    expect(doc.openapi).toMatch(/^3\.1/);
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, methods]) =>
        Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`),
      ),
    );
    const served = new Set(
      t.app.routes
        .filter((r) => r.path.startsWith('/api/v1/') && METHODS.has(r.method) && !r.path.includes('*'))
        .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    expect(served.size).toBeGreaterThan(30);
    expect([...served].filter((r) => !documented.has(r)).sort()).toEqual([]);
    expect([...documented].filter((r) => r.includes(' /api/v1/') && !served.has(r)).sort()).toEqual([]);
  });

  it('has patterns that clients can use as they are (ECMAScript, no flags)', async () => {
    const doc = await servedDocument();
    const patterns: string[] = [];
    JSON.stringify(doc, (key, value) => {
      if (key === 'pattern' && typeof value === 'string') patterns.push(value);
      return value;
    });
    expect(patterns.length).toBeGreaterThan(0);
    for (const p of patterns) expect(() => new RegExp(p, 'u'), p).not.toThrow();
    const phone = OpenApiDocument.parse(doc).components.schemas.NewPerson.properties.phones.items.pattern;
    for (const n of ['+44 20 7946 0958', '(555) 010-2000', '030 1234567 x12', '+1 202 555 0143 X9']) {
      expect(new RegExp(phone, 'u').test(n), n).toBe(true);
    }
  });
});
