import type { ImportMessages } from './en.ts';

function files(n: number): string {
  const last = n % 10;
  const lastTwo = n % 100;
  if (n === 1) return 'plik';
  return last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? 'pliki' : 'plików';
}

function datasets(n: number): string {
  const last = n % 10;
  const lastTwo = n % 100;
  if (n === 1) return 'zbiór danych';
  return last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? 'zbiory danych' : 'zbiorów danych';
}

export const importPl: ImportMessages = {
  importDropHint: 'Upuść pliki CSV w dowolnym miejscu tej strony albo je wybierz.',
  importDropNow: 'Upuść pliki, aby zobaczyć podgląd',
  importBusy: 'Trwa import: kolejne pliki dodaj po jego zakończeniu.',
  importTargetLabel: 'Importuj do',
  importTargetNew: 'Nowy obszar roboczy',

  previewHeading: ({ name }) => `Podgląd pliku ${name}`,
  previewAnalysing: 'Odczytywanie pliku…',
  previewEncoding: 'Kodowanie',
  previewDelimiter: 'Separator',
  previewRows: 'Wiersze danych',
  previewRowsPartial: ({ count }) => `${count}+ (początek dużego pliku)`,
  previewKind: 'Rodzaj danych',
  previewKindNone: 'Wybierz rodzaj…',
  previewNoRows: 'Ten plik ma wiersz nagłówków, ale żadnych wierszy danych: nie ma czego importować.',
  previewNoKind: ({ reason }) =>
    `Yardstick nie rozpoznaje, co zawiera ten plik: ${reason}. Wybierz powyżej jego rodzaj, a potem kolumnę dla każdego pola.`,
  previewRemembered: 'Użyto mapowania kolumn wybranego ostatnio dla plików z tymi nagłówkami.',
  previewMappingHeading: 'Kolumny',
  previewFieldColumn: 'Pole',
  previewSourceColumn: 'Kolumna w pliku',
  previewNotMapped: '— nieużywana —',
  previewRequired: 'wymagane',
  previewMissing: ({ fields }) => `Przypisz kolumnę do: ${fields}.`,
  previewConventionsHeading: 'Jak odczytywane są wartości',
  previewColumnColumn: 'Kolumna',
  previewReadAs: 'Odczyt',
  decimalDot: 'Kropka dziesiętna (1,234.56)',
  decimalComma: 'Przecinek dziesiętny (1.234,56)',
  dateYmd: 'Najpierw rok (2024-03-31)',
  dateDmy: 'Najpierw dzień (31/03/2024)',
  dateMdy: 'Najpierw miesiąc (03/31/2024)',
  previewSampleHeading: ({ count }) =>
    count === 1
      ? 'Pierwszy wiersz tak, jak zostanie zapisany'
      : `Pierwsze wiersze (${count}) tak, jak zostaną zapisane`,
  previewSampleEmpty: 'Przy obecnych ustawieniach żaden wiersz tego pliku nie może zostać zapisany.',
  previewCheckRejected: ({ count, checked }) =>
    `Spośród pierwszych wierszy (${checked}) nie da się odczytać części (${count}); zostaną pominięte:`,
  previewCheckEmptied: ({ count }) =>
    `Nieczytelne wartości w kolumnach opcjonalnych tych wierszy zostaną zapisane jako puste (komórki: ${count}).`,
  previewCents: ({ columns }) =>
    `Odczytaj ${columns} jako grosze/centy (podzielone przez 100); wyłącz, aby odczytać kwoty tak, jak są zapisane`,
  previewWarnings: 'Warto sprawdzić',
  previewRemove: ({ name }) => `Usuń ${name}`,
  previewDuplicate: ({ name }) => `Ten plik ma taką samą zawartość jak „${name}”, który już zaimportowano.`,
  previewReplace: 'Zastąp',
  previewReplaceHelp: 'Zastąp zaimportowaną kopię (nic nie zostanie zdublowane)',
  previewSkip: 'Nie importuj tego pliku',
  previewRemap: ({ name }) => `Ponowne mapowanie „${name}”: import go zastąpi.`,
  previewRemapOther: ({ name }) =>
    `To nie jest plik „${name}”, z którego zaimportowano dane: import zastąpi wiersze tego zbioru zawartością tego pliku.`,
  delimiterComma: 'przecinek',
  delimiterSemicolon: 'średnik',
  delimiterTab: 'tabulator',
  delimiterPipe: 'kreska pionowa',

  importConfirm: ({ count }) => (count === 1 ? 'Importuj' : `Importuj ${count} ${files(count)}`),
  importNothingReady: 'Nie ma jeszcze czego importować: popraw powyższe problemy albo wybierz inne pliki.',
  importProgressLabel: ({ name }) => `Importowanie pliku ${name}`,
  importProgressRows: ({ rows, speed }) => `Przetworzone wiersze: ${rows} · ${speed} wierszy/s`,
  importCancel: 'Anuluj',
  importCancelled: ({ name }) => `Import pliku ${name} anulowano: nic z niego nie zapisano.`,
  importDone: ({ name, rows }) => `${name}: zaimportowane wiersze: ${rows}.`,
  importRejectedCount: ({ count }) => `Nie udało się odczytać wierszy (${count}); pominięto je:`,
  importEmptiedCount: ({ count }) =>
    `Nieczytelne wartości w kolumnach opcjonalnych zapisano jako puste (komórki: ${count}).`,
  importNoneRejected: 'Odczytano wszystkie wiersze.',
  lineColumn: 'Wiersz',
  reasonColumn: 'Powód',
  rejectedShown: ({ shown, total }) => `Pokazano ${shown} z ${total}.`,
  rejectedDownload: 'Pobierz wszystkie pominięte wiersze (CSV)',
  importDismiss: 'Wyczyść zakończone importy',
  importOpenDashboard: 'Otwórz pulpit',
  persistRefused:
    'Ta przeglądarka nie przyznała trwałego miejsca, więc może usunąć zaimportowane dane, gdy zabraknie miejsca. Zachowaj oryginalne pliki.',

  currencyStopTitle: ({ name }) => `${name}: kwoty w kilku walutach`,
  currencyStopBody: ({ codes }) =>
    `Z tym plikiem subskrypcje tego obszaru roboczego są w walutach: ${codes}. Przychody można sumować tylko w jednej walucie: wybierz ją i wpisz, ile jest w niej warta jedna jednostka każdej z pozostałych. Oba ustawienia zmienisz później w Ustawieniach.`,
  currencyStopChoose: 'Pokazuj kwoty w',
  currencyStopRates: 'Kursy przeliczeniowe',
  currencyStopRate: ({ from, to }) => `1 ${from} w ${to}`,
  currencyStopRateHint: 'Na przykład 4,25 (kropka dziesiętna też działa).',
  currencyStopInvalid: 'Wpisz liczbę większą od 0.',
  currencyStopSave: 'Zapisz kursy i importuj',
  currencyStopCancel: 'Anuluj import',

  errorDetail: 'Szczegóły',

  datasetsHeading: 'Zbiory danych w tym obszarze roboczym',
  datasetsEmpty: 'W tym obszarze roboczym nie ma jeszcze zbiorów danych.',
  datasetsKind: 'Rodzaj',
  datasetsFile: 'Plik',
  datasetsRows: 'Wiersze',
  datasetsImported: 'Zaimportowano',
  datasetsConventions: 'Odczyt',
  datasetsActions: 'Działania',
  datasetRejected: ({ count }) => `pominięte: ${count}`,
  datasetRename: 'Zmień nazwę',
  datasetRenameLabel: ({ name }) => `Zmień nazwę ${name}`,
  datasetRemap: 'Mapuj ponownie',
  datasetRemapLabel: ({ name }) => `Mapuj ponownie ${name}: wybierz plik jeszcze raz`,
  datasetDelete: 'Usuń',
  datasetDeleteLabel: ({ name }) => `Usuń ${name}`,
  datasetDeleteConfirm: ({ name }) =>
    `Usunąć „${name}” wraz z wierszami z tego obszaru roboczego? Tej operacji nie można cofnąć.`,
  datasetSkippedRows: ({ name }) => `Pominięte wiersze ${name} (CSV)`,
  dataNewName: 'Nowa nazwa',
  dataNameRequired: 'Wpisz nazwę: nie może być pusta.',
  dataSave: 'Zapisz',
  dataDelete: 'Usuń',

  demoLoadingWorkspace: 'Wczytywanie demo do osobnego obszaru roboczego…',
  demoWorkspaceName: 'Demo',

  workspacesHeading: 'Obszary robocze',
  workspacesHelp:
    'Każdy obszar roboczy ma własne zbiory danych i ustawienia, na przykład jeden na firmę. Importy trafiają do bieżącego.',
  workspaceCurrent: 'bieżący',
  workspaceSwitch: 'Przełącz',
  workspaceSwitchTo: ({ name }) => `Przełącz na ${name}`,
  workspaceRenameLabel: ({ name }) => `Zmień nazwę ${name}`,
  workspaceDeleteConfirm: ({ name }) =>
    `Usunąć obszar roboczy „${name}” ze wszystkimi zbiorami danych i ustawieniami? Tej operacji nie można cofnąć.`,
  workspaceCreate: 'Nowy obszar roboczy',
  workspaceNameLabel: 'Nazwa obszaru roboczego',
  workspaceCreateButton: 'Utwórz',
  workspacesNone: 'Nie ma jeszcze obszaru roboczego: powstanie przy pierwszym imporcie.',
  workspaceDatasets: ({ count }) => `${count} ${datasets(count)}`,

  dataSettingsHeading: 'Dane na tym urządzeniu',
  dataSettingsBody:
    'Obszary robocze, zbiory danych i ustawienia są zapisane tylko w tej przeglądarce na tym urządzeniu. Nie są nigdzie synchronizowane, więc zachowaj oryginalne pliki.',
  eraseAll: 'Usuń wszystkie dane z tego urządzenia',
  eraseAllConfirm:
    'Usunąć wszystkie obszary robocze, zbiory danych, zapamiętane mapowania i ustawienia zapisane przez Yardstick w tej przeglądarce? Tej operacji nie można cofnąć.',
  eraseAllDone: 'Wszystkie dane z tego urządzenia zostały usunięte.',
};
