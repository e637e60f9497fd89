// Browser notifications for newly raised alerts: only when the person turned them on in Settings
// (the permission is asked then, never on load) and the browser granted it.
import type { Alert, AlertRule } from '../../core/alerts/model.ts';
import type { MonthSeries } from '../../core/alerts/plan.ts';
import { locale } from '../../state/locale.svelte.ts';

const KEY = 'yardstick.alertNotifications';

export type NotifyState = 'on' | 'off' | 'denied' | 'unsupported';

function supported(): boolean {
  return typeof globalThis.Notification === 'function';
}

function wanted(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

export function notifyState(): NotifyState {
  if (!supported()) return 'unsupported';
  if (Notification.permission === 'denied') return 'denied';
  return wanted() && Notification.permission === 'granted' ? 'on' : 'off';
}

/** Asks for the permission (the only place that does) and remembers the choice on this device. */
export async function turnOn(): Promise<NotifyState> {
  if (!supported()) return 'unsupported';
  const permission =
    Notification.permission === 'default' ? await Notification.requestPermission() : Notification.permission;
  if (permission !== 'granted') return permission === 'denied' ? 'denied' : 'off';
  try {
    localStorage.setItem(KEY, 'on');
  } catch {
    // Not remembered across visits; on for this visit is still not possible without storage.
    return 'off';
  }
  return 'on';
}

export function turnOff(): NotifyState {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing stored to remove.
  }
  return notifyState();
}

export async function notifyFresh(
  fresh: readonly Alert[],
  rules: readonly AlertRule[],
  series: MonthSeries | null,
  currency: string,
): Promise<void> {
  if (notifyState() !== 'on') return;
  // The alerts' wording is not part of the first screen: it loads when there is something to say.
  const [{ alertText }] = await Promise.all([import('./text.ts'), locale.need('alerts')]);
  const t = locale.messages;
  for (const alert of fresh) {
    const rule = rules.find((r) => r.id === alert.ruleId);
    if (!rule) continue;
    try {
      new Notification(t.notificationTitle({ kpi: t.kpiName({ id: alert.kpi }) }), {
        body: alertText(t, rule, alert, series, currency),
        tag: alert.id,
      });
    } catch {
      // Some browsers only notify from a service worker: the alert centre still lists it.
    }
  }
}
