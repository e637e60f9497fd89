import type { SnapshotMessages } from './en.ts';

export const snapshotPl: SnapshotMessages = {
  snapshotHeading: 'Kopie zapasowe i udostępnianie',
  snapshotLead:
    'Migawki to pliki, które Yardstick zapisuje i odczytuje na tym urządzeniu; nic nie jest wysyłane.',
  snapshotBackup: 'Utwórz kopię zapasową tego obszaru roboczego',
  snapshotBackupAbout:
    'Każdy zaimportowany wiersz wraz z ustawieniami, celami i alertami — zachowaj go dla siebie.',
  snapshotShare: 'Udostępnij KPI',
  snapshotShareAbout: 'Miesięczne wartości KPI, kohorty, cele; bez danych o klientach.',
  snapshotBuilding: 'Przygotowywanie pliku…',
  snapshotProgress: ({ done, total }) => `Zapisano ${done} z ${total} wierszy`,
  snapshotReady: ({ name, size }) => `Plik ${name} jest gotowy: ${size}.`,
  snapshotSave: 'Zapisz plik',
  snapshotCancel: 'Anuluj',
  snapshotClose: 'Zamknij',
  snapshotCancelled: 'Plik nie został utworzony.',
  snapshotSaved: ({ name }) => `Zapisano ${name}.`,
  snapshotNoWorkspace: 'Nie ma jeszcze obszaru roboczego: najpierw zaimportuj pliki.',

  snapshotOpenHeading: 'Otwórz migawkę',
  snapshotOpenHelp:
    'Kopia zapasowa przywraca obszar roboczy; udostępnione KPI otwierają się w podglądzie tylko do odczytu. Pliki migawek można też upuścić na stronie Import.',
  snapshotInputLabel: 'Wybierz plik migawki (.yardstick.json)',
  snapshotReading: 'Sprawdzanie pliku…',
  snapshotPreviewHeading: ({ name }) => `Migawka „${name}”`,
  snapshotPreviewMade: ({ date, app }) => `Utworzona ${date} przez Yardstick ${app}.`,
  snapshotPreviewRows: ({ datasets, rows }) => `Zbiory danych: ${datasets}, wiersze: ${rows}.`,
  snapshotPreviewGoals: ({ goals, rules }) => `Cele: ${goals}, reguły alertów: ${rules}.`,
  snapshotMigrated: ({ steps }) => `Zapisana przez starszą wersję; zaktualizowana: ${steps}.`,
  snapshotModeLabel: 'Przywróć do',
  snapshotModeNew: 'Nowego obszaru roboczego',
  snapshotModeReplace: ({ name }) => `„${name}”, zastępując jego zawartość`,
  snapshotConfirmNew: 'Przywróć do nowego obszaru roboczego',
  snapshotConfirmReplace: ({ name }) => `Zastąp „${name}”`,
  snapshotDuplicate: ({ name }) =>
    `Ta migawka została już przywrócona jako „${name}”: ponowne otwarcie niczego nie doda.`,
  snapshotRestoring: 'Przywracanie…',
  snapshotRestored: ({ name }) => `Przywrócono „${name}”. Ten obszar roboczy jest teraz na ekranie.`,
  snapshotAlready: ({ name }) =>
    `Już przywrócona jako „${name}”: nic nie dodano. Ten obszar roboczy jest teraz na ekranie.`,
  snapshotUndo: 'Cofnij przywrócenie',
  snapshotUndone: 'Przywrócenie zostało cofnięte.',
  snapshotOpenViewer: 'Otwórz w podglądzie',
  snapshotKpisFile: 'Ten plik zawiera udostępnione wartości KPI: otwiera się w podglądzie tylko do odczytu.',

  snapshotEmpty: 'Plik jest pusty.',
  snapshotTooBig: ({ size, limit }) => `Plik jest za duży, by go otworzyć (${size}; najwyżej ${limit}).`,
  snapshotTruncated: 'Plik jest ucięty: kończy się w połowie. Skopiuj lub pobierz go ponownie.',
  snapshotNotJson: 'To nie jest migawka Yardstick: plik nie jest w formacie JSON.',
  snapshotWrongFormat:
    'Ten plik JSON nie jest migawką Yardstick: brak w nim oznaczenia „yardstick-snapshot”.',
  snapshotNewer: ({ version, supported }) =>
    `Ta migawka ma wersję ${version} i pochodzi z nowszego Yardstick; ta wersja aplikacji odczytuje migawki do wersji ${supported}. Zaktualizuj aplikację i otwórz ją ponownie.`,
  snapshotUnknownVersion: ({ version }) =>
    `Ta migawka ma wersję ${version}, której żaden Yardstick nie zapisuje.`,
  snapshotPrototypeKey: ({ key, path }) =>
    `Plik odrzucono ze względów bezpieczeństwa: zawiera klucz „${key}” (w ${path}), którego nie ma żadna migawka.`,
  snapshotWrongTypes: ({ path }) =>
    `Plik zawiera wartość niewłaściwego rodzaju w ${path || 'głównym obiekcie'}: został zmieniony lub uszkodzony po utworzeniu.`,
  snapshotLinkDamaged: 'Link jest uszkodzony lub niepełny: poproś o niego ponownie albo o plik.',
  snapshotLinkPassphrase: 'Hasło jest błędne albo link został zmieniony.',
  snapshotLinkNeedsPassphrase: 'Ten link jest chroniony: wpisz jego hasło.',
  snapshotFailed: ({ message }) => `Nie udało się otworzyć migawki: ${message}`,
  snapshotNothingWritten: 'Niczego nie zmieniono.',

  shareLinkButton: 'Utwórz link do udostępnienia',
  shareLinkAbout:
    'Link zawiera wartości KPI w swojej treści: każdy, kto go ma, może je otworzyć, także offline.',
  shareLinkPassphrase: 'Hasło (opcjonalne)',
  shareLinkPassphraseHelp: 'Nigdy nie jest częścią linku: przekaż je inną drogą.',
  shareLinkMake: 'Utwórz link',
  shareLinkMaking: 'Tworzenie linku…',
  shareUrlLabel: 'Link do udostępnienia',
  shareLinkLength: ({ count }) => `Znaki: ${count}.`,
  shareLinkTooLong:
    'Ten link ma ponad 8000 znaków: komunikatory i poczta mogą go uciąć. Wyślij zamiast niego plik.',
  shareLinkOfferFile: 'Zapisz zamiast tego plik KPI',
  shareLinkCopy: 'Skopiuj link',
  shareLinkCopied: 'Link skopiowano do schowka.',
  shareLinkCopyFailed: 'Kopiowanie nie jest tu dozwolone: zaznacz link i skopiuj go.',

  viewerBanner: ({ name, date, source }) =>
    `Udostępnione KPI obszaru „${name}”, utworzone ${date}, otwarte z: ${source}. Tylko do odczytu: nic nie zostanie zapisane, dopóki tego nie zrobisz.`,
  viewerFromLink: 'linku',
  viewerFromFile: ({ name }) => `pliku ${name}`,
  viewerSave: 'Zapisz jako obszar roboczy',
  viewerSaveHelp:
    'Powstanie obszar roboczy z wartościami KPI: jego pulpit i cele je pokazują, ale nie da się go segmentować.',
  viewerSaved: ({ name }) => `Zapisano jako obszar roboczy „${name}”.`,
  viewerPassphraseOpen: 'Otwórz',
  viewerNothing: 'Nie ma nic do pokazania: otwórz link do udostępnienia lub plik migawki KPI w Ustawieniach.',
  viewerOpening: 'Otwieranie udostępnionych KPI…',
  viewerGoalsHeading: 'Cele',
  viewerNoGoals: 'Nie udostępniono żadnych celów.',
  viewerTargetOf: ({ kpi, from, to }) => `${kpi}: od ${from} do ${to}`,
  viewerBoardLink: 'Tablica',

  backupLast: ({ date }) => `Ostatnia kopia zapasowa tego obszaru roboczego: ${date}.`,
  backupNever: 'Ten obszar roboczy nie ma jeszcze kopii zapasowej na tym urządzeniu.',
  backupSuggest:
    'Ta przeglądarka nie obiecała zachować zapisanych danych: może je usunąć, gdy zabraknie miejsca. Regularnie twórz kopie zapasowe.',
};
