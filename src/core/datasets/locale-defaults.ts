// What the workspace locale says when the data leaves a convention open (datasets.md §2, §3).

import type { Decimal } from '../locale/numbers.ts';
import type { DayMonth } from '../locale/dates.ts';

export type WorkspaceLocale = 'en-US' | 'en-GB' | 'id' | 'pl';

export function localeDecimal(locale: WorkspaceLocale): Decimal {
  return locale === 'id' || locale === 'pl' ? ',' : '.';
}

export function localeDateOrder(locale: WorkspaceLocale): DayMonth {
  return locale === 'en-US' ? 'MDY' : 'DMY';
}
