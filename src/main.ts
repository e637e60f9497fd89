/// <reference types="vite-plugin-pwa/vanillajs" />
import { mount } from 'svelte';
import { registerSW } from 'virtual:pwa-register';
import App from './App.svelte';
import { pwa } from './ui/pwa/pwa-status.svelte.ts';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

mount(App, { target });

// In dev the plugin serves a no-op module, so this only does work in a build.
pwa.start(registerSW);
