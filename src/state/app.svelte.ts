// The page's shared state: one instance of each, created on first import.
import type { SettingsRecord } from '../db/schema.ts';
import type { Lang } from '../i18n/index.ts';
import { db, engine } from './engine.ts';
import { locale } from './locale.svelte.ts';
import { Goals } from './goals.svelte.ts';
import { Metrics } from './metrics.svelte.ts';
import { Workspaces } from './workspaces.svelte.ts';

const WORKSPACE_LOCALE: Record<Lang, SettingsRecord['locale']> = { en: 'en-US', id: 'id', pl: 'pl' };

/** A new workspace's locale (the tie-breaker for ambiguous files) is first taken from the UI language. */
export const workspaces = new Workspaces(
  db,
  () => WORKSPACE_LOCALE[locale.lang],
  // Fetched only when the browser gives no storage.
  () => import('./engine.ts').then((m) => m.useMemoryStorage()),
  (workspaceId) => engine().prefetch(workspaceId),
);
export const metrics = new Metrics(engine);
export const goals = new Goals(engine, db);
