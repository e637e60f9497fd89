import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { entryBudget } from './scripts/entry-budget.ts';

// Relative base and hash routing let dist/ be served from any sub-path of a static host.
export default defineConfig({
  base: './',
  plugins: [
    svelte(),
    // Prints what the first screen downloads, gzipped, and fails the build above 100 KiB.
    entryBudget(),
    VitePWA({
      // 'prompt': an update must never reload a page in the middle of an import.
      registerType: 'prompt',
      injectRegister: false,
      pwaAssets: { image: 'public/icon.svg', preset: 'minimal-2023', overrideManifestIcons: true },
      manifest: {
        name: 'Yardstick — SaaS KPI dashboard',
        short_name: 'Yardstick',
        description:
          'SaaS KPIs from your CSV exports, computed in your browser. Your data never leaves the device.',
        theme_color: '#1f4e79',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: './',
        scope: './',
        // The installed app opens snapshot files (`*.yardstick.json`, `*.yardstick.json.gz`); the
        // page takes them from window.launchQueue (src/state/launch-files.ts).
        file_handlers: [
          { action: './', accept: { 'application/json': ['.json'], 'application/gzip': ['.gz'] } },
        ],
      },
      workbox: {
        // No webmanifest here: the plugin precaches it itself, and a second entry with another revision
        // makes workbox refuse to install.
        globPatterns: ['**/*.{js,css,html,svg,png,ico}'],
        navigateFallback: 'index.html',
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
  ],
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // V8 then compiles every function of the entry chunk while the script streams in, off the
        // main thread, instead of on first call: opening the dashboard the first time spent 15–25 ms
        // of its one task compiling the dashboard's components. https://v8.dev/blog/explicit-compile-hints
        postBanner: (chunk) => (chunk.isEntry ? '//# allFunctionsCalledOnLoad' : ''),
      },
    },
  },
});
