import { metrics } from '../../state/app.svelte.ts';
import { LATER_TEXT_STYLES } from './later-text-styles.ts';
import { warmFonts } from './warm-fonts.ts';

let started = false;

/**
 * Once a page, when the import view opens: the fonts of what a chosen file brings (its preview,
 * the import's report, then the dashboard) are resolved while the person picks the file. Not as
 * every view starts: on a reopened dashboard that work came during the first KPIs' compute, and
 * the first reload after an import showed its KPIs about 50 ms later.
 */
export function warmLaterFonts(): void {
  if (started) return;
  started = true;
  warmFonts(LATER_TEXT_STYLES, { busy: () => metrics.computing });
}
