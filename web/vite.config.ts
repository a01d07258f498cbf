// Vite build and dev server for the web app: root is web/, output goes to dist/web, /api is proxied to the server.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { NodePackageImporter } from 'sass';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const apiProxy = { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } };

export const config = defineConfig({
  root: webRoot,
  plugins: [react()],
  css: {
    preprocessorOptions: {
      // `pkg:govuk-frontend` resolves through the package's "sass" export.
      scss: { importers: [new NodePackageImporter()] },
    },
  },
  server: { host: '127.0.0.1', port: 5173, proxy: apiProxy },
  preview: { host: '127.0.0.1', port: 4173, proxy: apiProxy },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // React, the router and the query cache change less often than our code: a separate chunk stays cached across releases.
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'vendor', test: /[\\/]node_modules[\\/]/ }] } },
    },
    // The vendor chunk is about 345 kB minified (110 kB gzipped); warn if anything grows past that.
    chunkSizeWarningLimit: 360,
  },
});

// Vite needs a default export from its config file.
export default config;
