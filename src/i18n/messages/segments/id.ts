import type { SegmentMessages } from './en.ts';

export const segmentsId: SegmentMessages = {
  segmentUnknownFields: ({ fields, known }) =>
    `tidak ada kolom segmen ${fields}: langganan dapat difilter menurut ${known}`,
  segmentNoFields: ({ fields }) =>
    `tidak ada kolom segmen ${fields}: berkas tidak memuat kolom langganan untuk difilter`,
  segmentMatchesNothing: ({ filter }) =>
    `${filter} tidak cocok dengan langganan mana pun, jadi KPI langganan bernilai nol`,
};
