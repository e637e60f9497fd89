import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/svelte';
import { afterEach } from 'vitest';
import { locale } from '../../src/state/locale.svelte.ts';

// The page fetches Indonesian and Polish when chosen; tests switch languages in one task.
await locale.loadAll();

// jsdom has no layout: these exist in browsers and are only called for their side effects.
window.scrollTo = () => {};
Element.prototype.scrollIntoView = function scrollIntoView() {};

afterEach(() => {
  cleanup();
});
