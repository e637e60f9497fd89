/// <reference types="vite-plugin-pwa/vanillajs" />
import { mount } from 'svelte';
import App from './App.svelte';
import { metrics } from './state/app.svelte.ts';
import { importsOnDemand } from './state/import-on-demand.svelte.ts';
import { watchChunkErrors } from './state/load-problem.svelte.ts';
import { consumeLaunchedFiles } from './state/launch-files.ts';
import { whenQuiet } from './state/when-quiet.svelte.ts';
import { pwa } from './ui/pwa/pwa-status.svelte.ts';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

watchChunkErrors(window);
mount(App, { target });
consumeLaunchedFiles();

// The worker's install fetches and caches every asset. Started while a file is being previewed or
// imported, it took a core from the page: registered only once the app has been idle a while.
// In dev the plugin serves a no-op module, so this only does work in a build.
const SW_AFTER_QUIET_MS = 2_000;
// The registration code itself loads then too: the first screen does not need it.
void whenQuiet(() => importsOnDemand.busy || metrics.computing, SW_AFTER_QUIET_MS)
  .then(() => import('virtual:pwa-register'))
  .then(({ registerSW }) => pwa.start(registerSW));
