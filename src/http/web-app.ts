// Serves the built React app (web/dist) with a fallback to index.html for client-side routes.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { App } from './env';

export const defaultWebRoot = fileURLToPath(new URL('../../web/dist', import.meta.url));

export function serveWebApp(app: App, root = defaultWebRoot): void {
  const dir = resolve(root);
  const indexFile = join(dir, 'index.html');
  app.use(
    '/assets/*',
    serveStatic({
      root: dir,
      onFound: (_p, c) => c.header('cache-control', 'public, max-age=31536000, immutable'),
    }),
  );
  app.use(
    '*',
    serveStatic({
      root: dir,
      // "/" serves index.html here; with no index at all the folder itself would be read (EISDIR).
      index: 'index.html',
      onFound: (path, c) => {
        if (path.endsWith('.html')) c.header('cache-control', 'no-cache');
      },
    }),
  );
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
