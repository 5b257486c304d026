import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The explorer is built into `client/dist`, which the server serves at `/` next to `/graphql`.
 * In development the dev server proxies `/graphql` and the sign-in routes (`/auth`) to a server
 * on the default port.
 */
export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Maps are written for local debugging but not referenced from the bundles, and the server
    // does not serve them in production (NODE_ENV=production).
    sourcemap: 'hidden',
    chunkSizeWarningLimit: 1500,
  },
  worker: { format: 'es' },
  server: {
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:4000', changeOrigin: true },
      '/auth': { target: 'http://127.0.0.1:4000', changeOrigin: true },
    },
  },
});
