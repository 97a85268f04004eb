import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = resolve(webRoot, '..');
// `npm run dev:web` proxies API calls to a running `linchpin serve`; LINCHPIN_API points it elsewhere.
const api = process.env.LINCHPIN_API ?? 'http://127.0.0.1:4321';

/**
 * Writes dist/build-inputs.json: every project file the bundle was built from. scripts/build-web.mjs
 * --if-stale compares their modification times with the build, so edits elsewhere in src/ (which the web
 * app does not import) do not trigger a rebuild.
 */
function recordBuildInputs(): Plugin {
  return {
    name: 'linchpin:record-build-inputs',
    apply: 'build',
    generateBundle() {
      const inputs = [...this.getModuleIds()]
        .filter((id) => id.startsWith(repoRoot) && !id.includes('/node_modules/') && !id.includes('\0'))
        .map((id) => relative(repoRoot, id.split('?')[0]!))
        .sort();
      this.emitFile({
        type: 'asset',
        fileName: 'build-inputs.json',
        source: `${JSON.stringify([...new Set(inputs)], null, 2)}\n`,
      });
    },
  };
}

export default defineConfig({
  root: webRoot,
  plugins: [react(), recordBuildInputs()],
  build: {
    outDir: resolve(webRoot, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000,
  },
  server: {
    proxy: { '/api': api, '/r': api, '/healthz': api },
  },
});
