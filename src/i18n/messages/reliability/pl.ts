import type { ReliabilityMessages } from './en.ts';
import { plural } from '../../plural.ts';

export const reliabilityPl: ReliabilityMessages = {
  restHeading: 'Końca tego pliku nie da się odczytać',
  restKeep: ({ line, rowsBefore }) =>
    `Zaimportuj ${plural('pl', rowsBefore, { one: '# wiersz', few: '# wiersze', other: '# wierszy' })} sprzed wiersza ${line}`,
  restKept: ({ line, lines }) =>
    `Wiersz ${line} i kolejne (razem ${lines}) od tego cudzysłowu zostaną pominięte i wypisane jako pominięte.`,
  restNothingBefore: 'Przed nim nie ma żadnych wierszy: popraw cudzysłów w pliku i wybierz go ponownie.',

  storageHeadingUnavailable: 'Po zamknięciu tej karty nic nie zostanie zachowane',
  storageBodyUnavailable:
    'Ta przeglądarka nie pozwala Yardstick zapisywać danych (okno prywatne albo zablokowane miejsce dla tej witryny). Import, pulpit, cele i eksport działają normalnie, ale tylko w pamięci tej karty: po jej zamknięciu wszystko zniknie. Wyeksportuj to, co chcesz zachować.',
  storageHeadingUpgrade: 'Po aktualizacji nie udało się otworzyć zapisanych danych',
  storageBodyUpgrade:
    'Yardstick został zaktualizowany, a przygotowanie zapisanych danych dla nowej wersji się nie powiodło.',
  storageHeadingNewer: 'Dane zapisała nowsza wersja Yardstick',
  storageBodyNewer:
    'W innej karcie lub oknie działa nowszy Yardstick, który zaktualizował zapisane dane. Ta strona jest starsza i ich nie otwiera, żeby nic nie zostało zapisane w starym formacie.',
  storageHeadingUnknown: 'Nie udało się otworzyć zapisanych danych',
  storageBodyUnknown: 'Przeglądarka odmówiła otwarcia danych zapisanych przez Yardstick.',
  storageNothingDeleted:
    'Nic nie zostało usunięte: obszary robocze i zbiory danych są nadal w tej przeglądarce.',
  storageTryHeading: 'Co można zrobić',
  storageTryReload: 'Odśwież stronę.',
  storageTryTabs: 'Zamknij pozostałe karty i okna Yardstick, a potem odśwież stronę.',
  storageTryRestart: 'Uruchom przeglądarkę ponownie.',
  storageTryDisk: 'Zwolnij trochę miejsca na dysku.',
  storageReload: 'Odśwież',
  storageExport: 'Pobierz zapisane wiersze jako CSV',
  storageExporting: 'Odczytywanie zapisanych wierszy…',
  storageExportNone: 'Nie udało się odczytać żadnych zapisanych wierszy.',
  storageExportDone: ({ files }) =>
    `Pobrano ${plural('pl', files, { one: '# plik', few: '# pliki', other: '# plików' })} CSV.`,
  storageExportFailed: 'Zapisanych wierszy też nie udało się odczytać.',

  loadProblemHeading: 'Nie udało się wczytać części Yardstick',
  loadProblemBody:
    'Witryna została prawdopodobnie zaktualizowana, gdy ta karta była otwarta. Odśwież stronę, aby wczytać nową wersję; dane pozostaną bez zmian.',
  loadProblemReload: 'Odśwież',

  previewMoreColumns: ({ count, n }) =>
    `i ${plural('pl', n, { one: 'jeszcze # kolumna', few: 'jeszcze # kolumny', other: 'jeszcze # kolumn' }).replace(String(n), count)}`,
  previewMoreColumnsNote: ({ shown, total }) =>
    `Wypisano tylko pierwsze ${shown} z ${total} kolumn; zaimportowane zostaną wszystkie.`,
};
