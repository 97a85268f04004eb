import { OpenAPIHono } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { pathPattern, routeAccess } from './route-access';

const ok = { 200: { description: 'ok' } };
const jsonBody = { content: { 'application/json': { schema: z.object({}) } } };
const fileBody = { content: { 'multipart/form-data': { schema: z.object({ file: z.string() }) } } };

function accessOf(register: (registry: OpenAPIHono['openAPIRegistry']) => void) {
  const app = new OpenAPIHono();
  register(app.openAPIRegistry);
  return routeAccess(app.openAPIRegistry.definitions);
}

describe('routeAccess', () => {
  const access = accessOf((r) => {
    r.registerPath({ method: 'get', path: '/api/v1/session', security: [], responses: ok });
    r.registerPath({ method: 'get', path: '/api/v1/people', responses: ok });
    r.registerPath({
      method: 'get',
      path: '/api/v1/links/{token}/preview',
      security: [],
      responses: ok,
    });
    r.registerPath({ method: 'post', path: '/api/v1/people', request: { body: jsonBody }, responses: ok });
    r.registerPath({ method: 'post', path: '/api/v1/imports', request: { body: fileBody }, responses: ok });
    r.registerPath({
      method: 'post',
      path: '/api/v1/people/{id}/photo',
      request: { body: { content: { ...jsonBody.content, ...fileBody.content } } },
      responses: ok,
    });
  });

  it('makes public exactly the routes declared with security: [], for their method only', () => {
    expect(access.publicRoutes.has('GET', '/api/v1/session')).toBe(true);
    expect(access.publicRoutes.has('HEAD', '/api/v1/session')).toBe(true);
    expect(access.publicRoutes.has('POST', '/api/v1/session')).toBe(false);
    expect(access.publicRoutes.has('GET', '/api/v1/people')).toBe(false);
    expect(access.publicRoutes.has('GET', '/api/v1/session/')).toBe(false);
  });

  it('matches a path parameter as exactly one path segment', () => {
    expect(access.publicRoutes.has('GET', '/api/v1/links/abc123/preview')).toBe(true);
    expect(access.publicRoutes.has('GET', '/api/v1/links/a/b/preview')).toBe(false);
    expect(access.publicRoutes.has('GET', '/api/v1/links//preview')).toBe(false);
    expect(access.publicRoutes.has('GET', '/api/v1/links/abc123/preview/x')).toBe(false);
  });

  it('makes an upload of every route whose body may be something other than JSON', () => {
    expect(access.uploadRoutes.has('POST', '/api/v1/imports')).toBe(true);
    expect(access.uploadRoutes.has('POST', `/api/v1/people/${crypto.randomUUID()}/photo`)).toBe(true);
    expect(access.uploadRoutes.has('POST', '/api/v1/people')).toBe(false);
    expect(access.uploadRoutes.has('GET', '/api/v1/imports')).toBe(false);
  });
});

describe('pathPattern', () => {
  it('takes everything but the parameters literally', () => {
    expect(pathPattern('/api/v1/a.b/{id}').test('/api/v1/a.b/1')).toBe(true);
    expect(pathPattern('/api/v1/a.b/{id}').test('/api/v1/aXb/1')).toBe(false);
  });
});
