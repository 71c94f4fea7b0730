import { defineConfig } from 'vite';

// In development, Vite serves the client with hot reload and forwards /graphql to the API.
export default defineConfig({
  root: import.meta.dirname,
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/graphql': process.env.API_URL ?? 'http://127.0.0.1:4000' } },
});
