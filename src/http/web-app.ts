// Serves the built React app (web/dist) with a fallback to index.html for client-side routes. Text files
// go out compressed when the browser accepts it: scripts/build-web.mjs writes a .br and a .gz beside each
// (brotli at its best setting takes seconds, so it is done once at build time, not per request). Files
// under /assets have content hashes in their names, so browsers may keep them for good; index.html, which
// names the current ones, is revalidated every time.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { App } from './env';

export const defaultWebRoot = fileURLToPath(new URL('../../web/dist', import.meta.url));

export function serveWebApp(app: App, root = defaultWebRoot): void {
  const dir = resolve(root);
  const indexFile = join(dir, 'index.html');
  // Headers are set before serveStatic runs: it builds its response from them, and a header set in its
  // onFound callback comes too late to be sent. The fallback below replaces them when no file matched.
  app.use('/assets/*', async (c, next) => {
    c.header('cache-control', 'public, max-age=31536000, immutable');
    await next();
  });
  app.use('/assets/*', serveStatic({ root: dir, precompressed: true }));
  app.use('*', async (c, next) => {
    if (c.req.path === '/' || c.req.path.endsWith('.html')) c.header('cache-control', 'no-cache');
    await next();
  });
  // "/" serves index.html here; with no index at all the folder itself would be read (EISDIR).
  app.use('*', serveStatic({ root: dir, precompressed: true, index: 'index.html' }));
  app.get('*', (c) => {
    if (c.req.path.startsWith('/api/')) return c.notFound();
    if (!existsSync(indexFile)) {
      return c.html(
        '<!doctype html><title>Linchpin</title><p>The web app has not been built yet. Run <code>npm run build:web</code> (npm start does it for you), then reload.</p><p>The API is at <a href="/api/openapi.json">/api/openapi.json</a>.</p>',
        503,
      );
    }
    c.header('cache-control', 'no-cache');
    return c.html(readFileSync(indexFile, 'utf8'));
  });
}
