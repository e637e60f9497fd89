import type { ImportMessages } from './en.ts';

export const importPl: ImportMessages = {
  importDropHint: 'Upuść pliki CSV w dowolnym miejscu tej strony albo je wybierz.',
};
