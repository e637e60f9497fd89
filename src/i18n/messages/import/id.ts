import type { ImportMessages } from './en.ts';

export const importId: ImportMessages = {
  importDropHint: 'Letakkan file CSV di mana saja di halaman ini, atau pilih file.',
};
