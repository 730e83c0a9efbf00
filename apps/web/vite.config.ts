import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { directImports } from './build-tools/direct-imports';
import { precompress } from './build-tools/precompress';

// The shared package ships CommonJS for the API; the web app bundles its TypeScript source directly.
const sharedSource = fileURLToPath(new URL('../../packages/shared/src/index.ts', import.meta.url));

export default defineConfig({
  plugins: [react(), directImports(), precompress()],
  resolve: {
    alias: { '@rode-draad/shared': sharedSource },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': 'http://localhost:4000',
      '/api': 'http://localhost:4000',
    },
  },
  build: {
    outDir: 'dist',
    // The build is served as it is: source maps there would publish the app's source.
    sourcemap: false,
    // A manifest lets the bench measure what the login page loads (apps/api/src/bench/web-size.bench.ts).
    manifest: true,
  },
});
