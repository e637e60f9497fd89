import type { Messages } from '../i18n/index.ts';
import type { RouteId } from '../state/router.svelte.ts';

/** Navigation order and each view's name in the catalogue (also used for the document title). */
export const NAV_ITEMS: readonly { route: RouteId; label: keyof Messages }[] = [
  { route: 'dashboard', label: 'navDashboard' },
  { route: 'import', label: 'navImport' },
  { route: 'goals', label: 'navGoals' },
  { route: 'board', label: 'navBoard' },
  { route: 'alerts', label: 'navAlerts' },
  { route: 'balance-sheet', label: 'navBalanceSheet' },
  { route: 'settings', label: 'navSettings' },
];

export function viewName(messages: Messages, route: RouteId | null): string {
  if (route === 'view') return messages.viewerTitle;
  const item = NAV_ITEMS.find((candidate) => candidate.route === route);
  const label = item ? messages[item.label] : messages.notFoundTitle;
  return typeof label === 'string' ? label : messages.notFoundTitle;
}
