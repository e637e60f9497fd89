import { plural } from '../../plural.ts';
import type { ShellMessages } from './en.ts';

export const shellPl: ShellMessages = {
  snapshotMenu: 'Utwórz kopię zapasową lub udostępnij ten obszar roboczy',
  errorUnreadable: ({ name }) => `Nie można odczytać ${name} jako pliku CSV.`,
  errorSpreadsheet: ({ name }) =>
    `${name} to skoroszyt arkusza kalkulacyjnego. Otwórz go w arkuszu, zapisz arkusz jako CSV (albo „Tekst Unicode”) i zaimportuj ten plik.`,
  errorNoKind: ({ name }) =>
    `Yardstick nie rozpoznał zawartości ${name}. Wybierz poniżej rodzaj danych, a potem przypisz kolumny.`,
  errorMissingColumn: ({ name }) =>
    `W ${name} brakuje kolumny potrzebnej Yardstickowi. Przypisz ją poniżej albo dodaj do pliku.`,
  errorStorageQuota:
    'Miejsce w przeglądarce dla tej witryny jest pełne. Usuń niepotrzebne zbiory danych lub obszary robocze albo zwolnij miejsce na dysku i spróbuj ponownie.',
  errorStorageUnavailable:
    'Ta przeglądarka nie pozwala Yardstickowi zapisywać danych (okna prywatne lub incognito często to blokują). Otwórz Yardstick w zwykłym oknie.',
  errorStorageNewerVersion:
    'Yardstick został zaktualizowany w innej karcie i ta karta nie może już korzystać z zapisanych danych. Odśwież stronę.',
  errorStorageBlocked:
    'W innej karcie jest otwarty Yardstick ze starszą wersją zapisanych danych, więc ta karta musi czekać. Zamknij pozostałe karty z Yardstickiem; ta karta wtedy sama będzie kontynuować.',
  errorStorageOther: 'Nie udało się zapisać danych. Nic nie zmieniono; spróbuj ponownie.',
  errorOther: 'Coś poszło nie tak. Nic nie zmieniono; spróbuj ponownie.',
  dataReload: 'Odśwież',
  dataCancel: 'Anuluj',
  workspaceSwitchLabel: 'Bieżący obszar roboczy',
  workspaceManage: 'Zarządzaj obszarami roboczymi',
  workspaceDemoTag: 'pokazowy',
  workspaceDeleteLabel: ({ name }) => `Usuń ${name}`,
  alertsUnreadLabel: ({ count }) =>
    count === 0
      ? 'Alerty, brak nieprzeczytanych'
      : `Alerty, ${plural('pl', count, { one: '# nieprzeczytany', few: '# nieprzeczytane', other: '# nieprzeczytanych' })}`,
  staleNotice: ({ date, days }) => `Najnowsze dane pochodzą z ${date}, sprzed ${days} dni.`,
  staleRefresh: ({ files }) => `Zaimportuj nowsze pliki (${files}), aby je uaktualnić.`,
  kpiValuesNotice:
    'Ten obszar roboczy zawiera wartości KPI zapisane z udostępnionej migawki: pokazuje je tak, jak je udostępniono, i nie da się go segmentować.',
};
