import type { FirstMessages } from './en.ts';
import { plural } from '../plural.ts';

import { dashboardPl } from './dashboard/pl.ts';
import { overviewPl } from './overview/pl.ts';
import { reliabilityPl } from './reliability/pl.ts';
import { segmentsPl } from './segments/pl.ts';
import { shellPl } from './shell/pl.ts';

export const pl: FirstMessages = {
  ...dashboardPl,
  ...overviewPl,
  ...reliabilityPl,
  ...segmentsPl,
  ...shellPl,
  appName: 'Yardstick',
  skipToContent: 'Przejdź do treści',
  workspaceLabel: 'Obszar roboczy',
  defaultWorkspaceName: 'Mój obszar roboczy',
  navLabel: 'Główna',
  navDashboard: 'Pulpit',
  navImport: 'Import',
  navGoals: 'Cele',
  navBoard: 'Tablica',
  navAlerts: 'Alerty',
  viewerTitle: 'Udostępnione KPI',
  navBalanceSheet: 'Bilans',
  navSettings: 'Ustawienia',
  languageLabel: 'Język',
  privacyBadge: 'Dane zostają w tej przeglądarce',
  footerNote: 'Yardstick działa w całości w Twojej przeglądarce. Twoje pliki nigdy nie są wysyłane.',
  documentTitle: ({ view }) => `${view} · Yardstick`,

  pwaOfflineReady: 'Gotowe do pracy offline.',
  pwaUpdateAvailable: 'Dostępna aktualizacja',
  pwaReload: 'Odśwież',
  dismiss: 'Zamknij',

  notFoundTitle: 'Nie znaleziono strony',
  notFoundBody: ({ path }) => `Pod adresem „${path}” nie ma żadnej strony.`,
  notFoundLink: 'Przejdź do pulpitu',

  welcomeTitle: 'Twoje metryki SaaS liczone w przeglądarce',
  welcomeLead:
    'Yardstick zamienia eksporty CSV z Twoich narzędzi rozliczeniowych, CRM i ankiet w pulpit wskaźników KPI, a Twoje dane nigdy nie opuszczają tej przeglądarki.',
  importCta: 'Importuj pliki CSV',
  demoCta: 'Wypróbuj na danych demo',

  dashboardEmptyTitle: 'Co się tu pojawi',
  dashboardEmptyBody:
    'Karty KPI z MRR, churnem, NRR, ARPA, LTV:CAC i innymi wskaźnikami pojawią się tutaj, gdy zaimportujesz subskrypcje (eksport subskrypcji ze Stripe zadziała bez zmian). Każdy kolejny plik odblokowuje następne karty.',
  goToImport: 'Przejdź do importu',

  feedsHeading: 'Jaki plik do czego',
  feedsFileColumn: 'Plik',
  feedsUnlocksColumn: 'Odblokowuje',
  kindSubscriptions: 'Subskrypcje',
  kindSubscriptionsSource:
    'Eksport ze Stripe, szablon Baremetrics lub dowolna tabela z klientami, datami rozpoczęcia i cenami',
  kindSubscriptionsFeeds: 'MRR i jego zmiany, churn klientów i przychodu, NRR, ARPA, LTV, kohorty',
  kindLeads: 'Leady',
  kindLeadsSource: 'Eksport z CRM z leadem, datą jego utworzenia i datą konwersji',
  kindLeadsFeeds: 'Lejek od leada do klienta, współczynniki konwersji, czas do konwersji',
  kindNps: 'Ankieta NPS',
  kindNpsSource: 'Odpowiedzi z ankiety z datą i oceną od 0 do 10',
  kindNpsFeeds: 'Net Promoter Score, promotorzy i krytycy',
  kindEvents: 'Zdarzenia w produkcie',
  kindEventsSource: 'Eksport z narzędzia analitycznego z użytkownikiem, nazwą zdarzenia i czasem',
  kindEventsFeeds: 'Dzienni i miesięczni aktywni użytkownicy, stickiness, aktywacja',
  kindCosts: 'Koszty',
  kindCostsSource: 'Wydatki na sprzedaż i marketing w każdym miesiącu',
  kindCostsFeeds: 'Koszt pozyskania klienta (CAC), LTV:CAC, okres zwrotu CAC',
  kindMonthlySheet: 'Arkusz miesięczny',
  kindMonthlySheetSource: 'Arkusz, który już prowadzisz, z jednym wierszem na miesiąc',
  kindMonthlySheetFeeds: 'MRR, przychód, klienci, odwiedzający, konwersje i Twoje własne kolumny',
  kindBalanceSheet: 'Bilans',
  kindBalanceSheetSource:
    'Pozycje bilansu na koniec okresu; eksporty księgowe z kolumną na każdy okres też zadziałają',
  kindBalanceSheetFeeds:
    'Wskaźniki płynności bieżącej i szybkiej, zadłużenia, udziału kapitału własnego i pokrycia odsetek',

  importTitle: 'Import',
  importIntro:
    'Dodaj eksporty CSV ze swoich narzędzi. Pliki są odczytywane na tym urządzeniu i nic nie jest wysyłane.',
  importInputLabel: 'Wybierz pliki CSV',
  importInputHint: 'CSV, TSV lub TXT. Możesz wybrać kilka plików naraz.',
  importChosenHeading: 'Wybrane pliki',
  importReportsHeading: 'Wyniki importu',
  importNoneChosen: 'Nie wybrano jeszcze żadnych plików. Oto rodzaje plików, które Yardstick rozpoznaje:',
  fileNameColumn: 'Nazwa',
  fileSizeColumn: 'Rozmiar',
  fileKindColumn: 'Rodzaj',
  filesCount: ({ count }) =>
    plural('pl', count, { one: '# plik', few: '# pliki', many: '# plików', other: '# pliku' }),
  demoHeading: 'Pliki demo',
  demoIntro: 'Wygenerowane w Twojej przeglądarce dla fikcyjnej firmy SaaS. Nic nie jest pobierane.',
  demoLoading: 'Generowanie plików demo…',
  demoFailed: 'Nie udało się wygenerować plików demo.',

  goalsTitle: 'Cele',
  goalsEmptyTitle: 'Nie ma jeszcze celów',
  goalsEmptyBody:
    'Tutaj pojawią się cele z wartościami docelowymi, postępem i prognozą: na przykład 50 000 MRR do grudnia albo miesięczny churn poniżej 3%. Wartość docelowa powiązana ze wskaźnikiem KPI aktualizuje się sama na podstawie zaimportowanych plików: subskrypcji dla MRR i churnu, leadów dla konwersji, ankiet NPS dla satysfakcji.',

  boardTitle: 'Tablica',
  boardEmptyBody:
    'Każdy cel pojawi się tutaj jako karta w kolumnie swojego statusu, wyznaczonego na podstawie postępu i terminu. Wartości docelowe powiązane ze wskaźnikami KPI są zasilane zaimportowanymi plikami.',
  statusOnTrack: 'Zgodnie z planem',
  statusAtRisk: 'Zagrożone',
  statusOffTrack: 'Opóźnione',
  statusComplete: 'Ukończone',
  boardColumnEmpty: 'Brak celów',

  balanceTitle: 'Bilans',
  balanceEmptyTitle: 'Nie zaimportowano bilansu',
  balanceEmptyBody:
    'Tutaj pojawią się wskaźniki płynności i wypłacalności, każdy obok swojego przedziału referencyjnego: wskaźnik płynności bieżącej, płynności szybkiej, zadłużenia, udziału kapitału własnego i pokrycia odsetek. Pochodzą z pliku bilansu: CSV z datą końca okresu i pozycjami takimi jak aktywa obrotowe i zobowiązania krótkoterminowe.',

  settingsTitle: 'Ustawienia',
  settingsLanguageHeading: 'Język',
  settingsLanguageHelp: 'Zmienia język interfejsu oraz sposób zapisu liczb, kwot i dat.',
  settingsFormatHeading: 'Jak zapisywane są wartości',
  previewNumber: 'Liczba',
  previewMoney: 'Kwota',
  previewPercent: 'Procent',
  previewDate: 'Data',
  previewMonth: 'Miesiąc',
  settingsStorageHeading: 'Gdzie są Twoje dane',
  settingsStorageBody:
    'Wszystko, co zaimportujesz, jest przechowywane wyłącznie w tej przeglądarce, w lokalnej bazie danych na tym urządzeniu. Nic nie jest wysyłane i nie ma konta: Yardstick nie ma serwera. Wyczyszczenie danych tej witryny w przeglądarce usuwa Twój obszar roboczy.',
  settingsOfflineBody:
    'Po pierwszym załadowaniu Yardstick działa także offline i można go zainstalować jako aplikację.',
};
