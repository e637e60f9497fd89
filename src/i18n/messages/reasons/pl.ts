import { plural } from '../../plural.ts';
import type { ReasonMessages } from './en.ts';
import { listWith, wordFrom } from '../words.ts';

/** A field in a word or two: `found usage_date (time)`. */
const FIELD_WORDS = wordFrom(
  {
    customer_id: 'klient',
    subscription_id: 'subskrypcja',
    start: 'data rozpoczęcia',
    end: 'data zakończenia',
    amount: 'kwota',
    interval_unit: 'okres rozliczeniowy',
    mrr: 'MRR',
    lead_id: 'lead',
    created_at: 'data utworzenia',
    converted_at: 'data konwersji',
    responded_at: 'data odpowiedzi',
    score: 'ocena',
    user_id: 'użytkownik',
    timestamp: 'czas',
    event: 'zdarzenie',
    month: 'miesiąc',
    category: 'kategoria',
    period_end: 'koniec okresu',
  },
  (field) => field.replace(/_/g, ' '),
);

/** Kind names inside the closest-kind message. */
const KIND_WORDS = wordFrom({
  subscriptions: 'subskrypcje',
  leads: 'leady',
  nps: 'ankietę NPS',
  events: 'zdarzenia w produkcie',
  costs: 'koszty',
  monthly_sheet: 'arkusz miesięczny',
  balance_sheet: 'bilans',
});

export const reasonsPl: ReasonMessages = {
  rowQuoteUnclosed:
    'cudzysłów otwarty w tym wierszu nie został zamknięty, więc reszty pliku nie dało się odczytać jako wierszy',
  rowQuoteTrailing: 'pole w cudzysłowie ma tekst po cudzysłowie zamykającym',
  rowFieldCount: ({ expected, found }) =>
    `liczba pól: ${found} zamiast ${expected} (${found > expected ? 'za dużo' : 'za mało'})`,
  rowCellEmpty: ({ column }) => `kolumna ${column} jest pusta`,
  rowNotNumber: ({ column, value }) => `${column}: „${value}” nie jest liczbą`,
  rowNotDate: ({ column, value }) => `${column}: „${value}” nie jest poprawną datą`,
  rowNotMonth: ({ column, value }) => `${column}: „${value}” nie jest poprawnym miesiącem ani datą`,
  rowNotInterval: ({ column, value }) => `${column}: „${value}” nie jest okresem rozliczeniowym`,
  rowNotBool: ({ column, value }) => `${column}: „${value}” nie jest wartością tak/nie`,
  rowSecondRow: ({ period }) => `drugi wiersz dla okresu ${period}`,
  rowNotScore: ({ column, value }) => `${column}: „${value}” nie jest liczbą całkowitą od 0 do 10`,
  rejectedCsvLine: 'wiersz',
  rejectedCsvReason: 'przyczyna',

  fileSpreadsheet:
    'to skoroszyt arkusza kalkulacyjnego, a nie plik CSV: zapisz arkusz jako CSV (lub „Tekst Unicode”) i zaimportuj ten plik',
  fileNotText: 'nie można odczytać pliku: to nie jest plik tekstowy (zawiera bajty NUL)',
  fileBadEncoding: ({ encoding }) => `nie można odczytać pliku: bajty nie są poprawnym tekstem ${encoding}`,
  fileEmpty: 'plik jest pusty',
  fileNoHeader: 'plik nie ma wiersza nagłówków',
  fileDatedTooLarge: 'arkusz z datami w nagłówkach kolumn jest zbyt duży, aby go odczytać',
  fileRestUnreadable: ({ line, lines }) =>
    `Cudzysłów otwarty w wierszu ${line} nie został zamknięty, więc ${lines === 1 ? 'tego wiersza' : `${plural('pl', lines, { one: '# wiersza', other: '# wierszy' })} od tego miejsca do końca pliku`} nie da się odczytać jako danych. Z tego pliku nic nie zostanie zaimportowane, chyba że zdecydujesz się zachować wiersze przed nim.`,
  fileMissingColumn: ({ kind, missing, headers }) =>
    `rodzaj „${kind}” wymaga kolumny dla: ${missing} (nagłówki: ${headers})`,
  kindNoneClosest: ({ headers, kind, found, missing }) =>
    `żaden rodzaj danych nie pasuje do nagłówków (${headers}): to wygląda na ${kind}: rozpoznano ${found}; brakuje: ${missing}`,
  kindNoneNothing: ({ headers }) =>
    `żaden rodzaj danych nie pasuje do nagłówków (${headers}): żadna kolumna nie odpowiada polu żadnego rodzaju`,
  kindExportPayments: ({ headers }) =>
    `to eksport płatności (nagłówki: ${headers}): zawiera płatności, a nie subskrypcje; zaimportuj zamiast niego eksport subskrypcji`,
  kindExportInvoices: ({ headers }) =>
    `to eksport faktur (nagłówki: ${headers}): zawiera faktury, a nie subskrypcje; zaimportuj zamiast niego eksport subskrypcji`,
  stripeNoPrice:
    'ten eksport subskrypcji ze Stripe nie ma kolumn Amount i Interval; wyeksportuj go z kolumnami cen',
  fieldWord: ({ field }) => FIELD_WORDS(field),
  fieldMissing: ({ word }) => `kolumna „${word}”`,
  fieldOrMrr: ' (albo kolumna MRR)',
  listAnd: listWith('i'),
  kindLooksLike: ({ kind }) => KIND_WORDS(kind),
  kindTie: ({ headers, kinds, required, optional }) =>
    `żaden rodzaj danych nie pasuje do nagłówków (${headers}) lepiej od innych: ${kinds.map((k) => `„${k}”`).join(' i ')} pasują jednakowo (pola wymagane: ${required}, opcjonalne: ${optional})`,
  kindMatch: ({ kind, required, optional }) =>
    `„${kind}” pasuje (pola wymagane: ${required}, opcjonalne: ${optional})`,
  kindMatchNext: ({ kind, required, optional }) => `następny: „${kind}”, ${required} i ${optional}`,
  kindChosen: ({ detected }) => `wybrany przez Ciebie (wykryty: ${detected})`,
  kindDetectedNone: 'żaden',
  kindTransposed: ({ detection }) =>
    `${detection}; arkusz został obrócony (pozycje w wierszach, okresy w kolumnach)`,

  warnHeaderUnnamed: ({ column, name }) => `kolumna ${column} nie ma nazwy: nazwano ją ${name}`,
  warnHeaderRepeated: ({ column, header, name }) =>
    `kolumna ${column} powtarza nazwę „${header}”: nazwano ją ${name}`,
  warnMappingNoColumn: ({ field, header }) => `mapowanie pola ${field}: nie ma kolumny „${header}”`,
  warnReplacementChars:
    'plik już zawiera znaki zastępcze U+FFFD: część tekstu została uszkodzona przed eksportem',
  warnNoIntervalCount:
    'brak kolumny Interval Count: przyjęto liczbę 1, więc ceny kwartalne wyeksportowane jako „month” byłyby zawyżone',
  warnSeveralCurrencies: ({ currencies }) => `kilka walut (${currencies}): potrzebne są kursy przeliczeniowe`,
  warnDecimalGuessed: ({ columns, comma }) =>
    `każdą liczbę w kolumnach ${columns} można odczytać na dwa sposoby (1,500 lub 1.500): odczytano ją z ${comma ? 'przecinkiem dziesiętnym' : 'kropką dziesiętną'}`,
  warnDateOrderGuessed: ({ columns, dayFirst }) =>
    `każda data w kolumnach ${columns} ma dzień nie większy niż 12: przyjęto, że najpierw jest ${dayFirst ? 'dzień' : 'miesiąc'}`,
  warnAmountsCents: ({ columns }) =>
    `kwoty odczytane jako grosze/centy (${columns}): podzielone przez 100, z wyjątkiem walut bez części ułamkowej`,
  warnColumnsSkipped: ({ columns }) => `pominięto kolumny, które nie są okresami: ${columns}`,
  warnTitleRows: ({ lines }) => `pominięto wiersze tytułowe nad nagłówkiem (wiersz ${lines})`,
};
