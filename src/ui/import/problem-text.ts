import type { Messages } from '../../i18n/index.ts';

export { problemText, storageText } from '../../i18n/problem-text.ts';

export function delimiterName(t: Messages, delimiter: string): string {
  if (delimiter === ',') return t.delimiterComma;
  if (delimiter === ';') return t.delimiterSemicolon;
  if (delimiter === '\t') return t.delimiterTab;
  if (delimiter === '|') return t.delimiterPipe;
  return delimiter;
}
