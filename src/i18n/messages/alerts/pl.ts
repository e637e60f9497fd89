import type { AlertsMessages } from './en.ts';

export const alertsPl: AlertsMessages = {};
