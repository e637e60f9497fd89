/**
 * A text style as the browser resolves a font for it: the family (one of the app's two stacks, or
 * a literal family list), the size and the weight.
 */
export interface TextStyle {
  family: 'sans' | 'mono' | (string & {});
  /** A CSS length: rem for the app's own styles, so a larger default font size is followed. */
  size: string;
  weight: number;
}

/**
 * The text styles that appear only after a person acts: a file's preview, the import's progress
 * and report, the dataset list, the dashboard's cards and explanations. The import view's first
 * screen and the header have theirs drawn already. An end-to-end test (text-styles.spec.ts) fails
 * when the import or the dashboard draws a style missing here.
 *
 * In the order they are first needed: they are resolved one after another while the page is idle,
 * and a person may choose a file before the last.
 */
export const LATER_TEXT_STYLES: readonly TextStyle[] = [
  // A file's preview: its first frame (the list of chosen files, the preview's heading), then
  // the columns and their mapping.
  { family: 'sans', size: '1.5rem', weight: 700 },
  { family: 'sans', size: '0.8125rem', weight: 600 },
  { family: 'mono', size: '0.875rem', weight: 400 },
  { family: 'sans', size: '1.0625rem', weight: 700 },
  { family: 'sans', size: '1.25rem', weight: 400 },
  { family: 'sans', size: '0.875rem', weight: 650 },
  { family: 'mono', size: '0.8125rem', weight: 500 },
  { family: 'sans', size: '0.75rem', weight: 500 },
  { family: 'sans', size: '0.875rem', weight: 500 },
  { family: 'mono', size: '0.8125rem', weight: 600 },
  // The import's report and the dataset list.
  { family: 'sans', size: '1.25rem', weight: 700 },
  { family: 'sans', size: '1rem', weight: 700 },
  { family: 'sans', size: '0.9375rem', weight: 600 },
  { family: 'sans', size: '0.9375rem', weight: 400 },
  { family: 'sans', size: '0.875rem', weight: 700 },
  { family: 'sans', size: '0.8125rem', weight: 500 },
  { family: 'sans', size: '0.8125rem', weight: 400 },
  // The dashboard.
  { family: 'sans', size: '1.375rem', weight: 700 },
  { family: 'sans', size: '0.8125rem', weight: 650 },
  { family: 'sans', size: '0.75rem', weight: 700 },
  { family: 'sans', size: '0.75rem', weight: 600 },
  // The close button of the notices (pwa/PwaToasts.svelte), e.g. once the app works offline.
  { family: 'sans', size: '1.5rem', weight: 400 },
  // Chart labels (charts/options/common.ts): ECharts sizes them in pixels.
  { family: 'system-ui, sans-serif', size: '12px', weight: 400 },
];
