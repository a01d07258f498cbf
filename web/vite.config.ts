// Vite build and dev server for the web app: root is web/, output goes to dist/web, /api is proxied to the server.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { NodePackageImporter } from 'sass';
import { defineConfig, type Plugin } from 'vite';
import { precompressDir } from '../scripts/precompress.ts';
import { hashWebInputs, removeWebBuildStamp, writeWebBuildStamp } from '../scripts/web-build-stamp.ts';
import { messagesPlugin } from './i18n/messages.plugin.ts';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const webDist = fileURLToPath(new URL('../dist/web', import.meta.url));
const localesDir = fileURLToPath(new URL('../shared/i18n/locales', import.meta.url));
const apiProxy = { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } };

// Chunks (checked by bench/bundle-size.ts: a parent's first load stays within 123 kB gzipped).
// Each group only takes the modules its test names: their imports stay where they are (React in vendor, the API client
// and focus helper in the entry), which every page has loaded before any of these chunks, so load order is unchanged.
const NODE_MODULES = /[\\/]node_modules[\\/]/;
const MUTATION = /[\\/]node_modules[\\/].*[\\/](useMutation|mutationObserver)\.js$/;
const FORM_CONTROLS =
  /[\\/]web[\\/]ui[\\/](button|checkboxes|checkbox|conflict|date-input|error-summary|field|flash|form-errors|radios|select|server-errors|textarea)\.tsx?$/;
const chunkGroups = [
  // React, the router and the query cache change less often than our code: a separate chunk stays cached across releases.
  // useMutation is left out: it goes with the forms, and none is on a parent's first load.
  { name: 'vendor', test: (id: string) => NODE_MODULES.test(id) && !MUTATION.test(id), priority: 3 },
  // The form controls and useMutation travel together: one request for a form page instead of a dozen small ones, and a
  // shorter list of files in the entry chunk (every lazy page names the chunks it needs there).
  { name: 'forms', test: (id: string) => FORM_CONTROLS.test(id) || MUTATION.test(id), priority: 2, includeDependenciesRecursively: false },
  // Small pieces almost every page shows (dates, tags, banners), including the parent's own pages.
  {
    name: 'common',
    test: /[\\/]web[\\/]ui[\\/](format\.ts|tag\.tsx|notification-banner\.tsx)$/,
    priority: 2,
    includeDependenciesRecursively: false,
  },
];

// The server sends these .br and .gz files as they are, instead of compressing on every request (or not at all).
const precompress: Plugin = {
  name: 'umbrella:precompress',
  apply: 'build',
  async writeBundle(output) {
    if (output.dir) await precompressDir(output.dir);
  },
};

// Every build into dist/web leaves a stamp of its inputs beside it (scripts/web-build-stamp.ts): `npm start` skips the
// build when nothing it reads has changed. The stamp goes first and comes back only after a whole build, so a build
// that failed half way is never taken for a current one.
function buildStamp(): Plugin {
  let intoDist = false;
  let inputsHash: string | undefined;
  let written = false;
  return {
    name: 'umbrella:build-stamp',
    apply: 'build',
    configResolved(resolved) {
      intoDist = path.resolve(resolved.root, resolved.build.outDir) === path.resolve(webDist);
    },
    buildStart() {
      written = false;
      if (!intoDist) return;
      removeWebBuildStamp(repoRoot);
      inputsHash = hashWebInputs(repoRoot);
    },
    writeBundle() {
      written = true;
    },
    closeBundle(error?: Error) {
      if (intoDist && written && !error && inputsHash) writeWebBuildStamp(repoRoot, inputsHash);
    },
  };
}

export const config = defineConfig(({ command }) => ({
  root: webRoot,
  // JSX only: React's Fast Refresh cannot update Preact's components (an edit would leave the page as it was), so the dev
  // server reloads the page after an edit instead.
  plugins: [messagesPlugin(localesDir), react({ refreshExclude: /./ }), precompress, buildStamp()],
  resolve: {
    // React 19 has useSyncExternalStore built in: the router's store can use the plain build instead of the shim for React 17.
    alias: [
      // Preact in React's place (preact/compat): the same API for our components, the router and the query cache, in well
      // under half of React's bytes on a parent's first load. Anchored, so `react` does not also catch `react/jsx-runtime`.
      // Types, vitest and the server still see React; the built app has none of it.
      { find: /^react$/, replacement: 'preact/compat' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
      { find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/, replacement: 'use-sync-external-store/with-selector' },
      // Every message is parsed at build time (messagesPlugin): the built app carries FormatJS's formatter without its parser.
      ...(command === 'build'
        ? [{ find: /^@formatjs\/icu-messageformat-parser$/, replacement: '@formatjs/icu-messageformat-parser/no-parser.js' }]
        : []),
    ],
  },
  css: {
    preprocessorOptions: {
      // `pkg:govuk-frontend` resolves through the package's "sass" export.
      scss: { importers: [new NodePackageImporter()] },
    },
  },
  server: { host: '127.0.0.1', port: 5173, proxy: apiProxy },
  preview: { host: '127.0.0.1', port: 4173, proxy: apiProxy },
  build: {
    outDir: webDist,
    emptyOutDir: true,
    rolldownOptions: {
      output: { codeSplitting: { groups: chunkGroups } },
      // Rolldown warns when plugins take most of a build's time. Ours always do: Sass compiling GOV.UK Frontend (vite:css)
      // and precompress writing a Brotli copy of every file at its best level, once per build, to spare every phone the
      // bytes. On a busy machine the warning was printed on every start and named nothing to act on.
      checks: { bundlerTimings: false },
    },
    // The modulepreload polyfill only helps browsers without modulepreload (Safari before 17), and only by fetching a lazy
    // page's chunks early; the server asks browsers to check those files again before use, so it saved no round trip.
    // It cost every first load 0.2 kB gzipped.
    modulePreload: { polyfill: false },
    // The vendor chunk is about 145 kB minified (48 kB gzipped) with Preact; warn if anything grows well past that.
    chunkSizeWarningLimit: 360,
  },
}));

// Vite needs a default export from its config file.
export default config;
