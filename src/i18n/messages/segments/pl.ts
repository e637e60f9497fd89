import type { SegmentMessages } from './en.ts';

export const segmentsPl: SegmentMessages = {
  segmentUnknownFields: ({ fields, known }) =>
    `brak pola segmentu ${fields}: subskrypcje można filtrować według ${known}`,
  segmentNoFields: ({ fields }) =>
    `brak pola segmentu ${fields}: pliki nie mają pola subskrypcji, według którego można filtrować`,
  segmentMatchesNothing: ({ filter }) =>
    `${filter} nie pasuje do żadnej subskrypcji, więc wskaźniki subskrypcji są zerowe`,
};
