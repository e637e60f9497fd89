import type { AlertsMessages } from './en.ts';

export const alertsId: AlertsMessages = {};
