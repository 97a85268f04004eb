// The built web app (web/dist, built by the test suite's global setup exactly as `npm start` builds it) as
// a browser gets it: compressed when the browser accepts it, hashed assets cached for good, the page that
// names them revalidated every time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { OpenAPIHono } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from './env';
import { defaultWebRoot, serveWebApp } from './web-app';

const app = new OpenAPIHono<AppEnv>();
serveWebApp(app);

const indexHtml = readFileSync(join(defaultWebRoot, 'index.html'), 'utf8');
/** The app's main script, named with its content hash by Vite. */
const mainScript = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(indexHtml)?.[1] ?? '';
const mainScriptBytes = () => readFileSync(join(defaultWebRoot, mainScript));

const get = (path: string, acceptEncoding?: string) =>
  app.request(path, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

describe('the web app as served', () => {
  it('finds the main script in the built index.html', () => {
    expect(mainScript).toMatch(/^\/assets\/index-[\w-]+\.js$/);
  });

  it('sends a hashed script brotli-compressed to a browser that accepts br, cached for a year as immutable', async () => {
    const res = await get(mainScript, 'gzip, deflate, br, zstd');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.length).toBeLessThan(mainScriptBytes().length / 2);
    expect(brotliDecompressSync(body).equals(mainScriptBytes())).toBe(true);
  });

  it('sends it gzip-compressed to a browser that accepts only gzip', async () => {
    const res = await get(mainScript, 'gzip, deflate');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(gunzipSync(Buffer.from(await res.arrayBuffer())).equals(mainScriptBytes())).toBe(true);
  });

  it('sends it as is to a client that accepts no compression', async () => {
    const res = await get(mainScript);
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(Buffer.from(await res.arrayBuffer()).equals(mainScriptBytes())).toBe(true);
  });

  it('compresses the stylesheet too', async () => {
    const stylesheet = /<link[^>]+href="(\/assets\/[^"]+\.css)"/.exec(indexHtml)?.[1] ?? '';
    const res = await get(stylesheet, 'br');
    expect(res.headers.get('content-type')).toMatch(/text\/css/);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('sends index.html at / with no-cache, compressed or not', async () => {
    for (const encoding of ['br', 'gzip', undefined]) {
      const res = await get('/', encoding);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-encoding')).toBe(encoding ?? null);
      expect(res.headers.get('cache-control')).toBe('no-cache');
    }
    const plain = await get('/');
    expect(await plain.text()).toBe(indexHtml);
  });

  it('answers a client-side route with index.html and no-cache', async () => {
    const res = await get('/people/3f0c4a52-0000-4000-8000-000000000000', 'br');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toBe(indexHtml);
  });
});
