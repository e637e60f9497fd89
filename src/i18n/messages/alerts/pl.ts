import type { AlertsMessages } from './en.ts';
import { countPl } from '../count.ts';

type Fact = { kpi: string; value: string; month: string };

const months = (n: number) => countPl(n, '# miesiąc', '# miesiące', '# miesięcy');

export const alertsPl: AlertsMessages = {
  alertsLead:
    'Reguły śledzą wskaźnik całej przestrzeni roboczej miesiąc po miesiącu i zgłaszają alert, gdy przekroczy on granicę albo zmieni się zbyt szybko.',
  alertsCentreHeading: 'Centrum alertów',
  alertsNone: 'Nie ma jeszcze alertów. Gdy reguła zadziała na Twoich danych, jej alert pojawi się tutaj.',
  alertsNoneFiltered: 'Żaden alert nie pasuje do tych filtrów.',
  alertsNoData: 'Najpierw zaimportuj dane: reguły są sprawdzane na miesiącach z Twoich plików.',
  alertsFilterKpi: 'Wskaźnik',
  alertsFilterKpiAll: 'Wszystkie wskaźniki',
  alertsFilterState: 'Pokaż',
  alertsFilterStateAll: 'Zgłoszone i zamknięte',
  alertsStateRaised: 'Zgłoszone',
  alertsStateResolved: 'Zamknięte',
  alertsMarkAllRead: 'Oznacz wszystkie jako przeczytane',
  alertsMarkRead: 'Oznacz jako przeczytany',
  alertsUnreadTag: 'Nowy',
  alertsShowCard: 'Pokaż na pulpicie',
  alertsFailed: ({ message }: { message: string }) => `Nie udało się sprawdzić reguł alertów: ${message}`,

  alertAbove: ({ kpi, value, month, level }: Fact & { level: string }) =>
    `${kpi}: ${value} w okresie ${month}, powyżej ${level}.`,
  alertAtLeast: ({ kpi, value, month, level }: Fact & { level: string }) =>
    `${kpi}: ${value} w okresie ${month}, co najmniej ${level}.`,
  alertBelow: ({ kpi, value, month, level }: Fact & { level: string }) =>
    `${kpi}: ${value} w okresie ${month}, poniżej ${level}.`,
  alertAtMost: ({ kpi, value, month, level }: Fact & { level: string }) =>
    `${kpi}: ${value} w okresie ${month}, najwyżej ${level}.`,
  alertRose: ({ kpi, value, month, change, previous }: Fact & { change: string; previous: string }) =>
    `${kpi} wzrósł o ${change} w okresie ${month}, z ${previous} do ${value}.`,
  alertFell: ({ kpi, value, month, change, previous }: Fact & { change: string; previous: string }) =>
    `${kpi} spadł o ${change} w okresie ${month}, z ${previous} do ${value}.`,
  alertChanged: ({ kpi, value, month }: Fact) => `${kpi}: ${value} w okresie ${month}.`,
  alertInARow: ({ n }: { n: number }) => `Reguła była spełniona przez ${months(n)} z rzędu.`,
  alertResolved: ({ kpi, value, month }: Fact) =>
    `${kpi}: ${value} w okresie ${month}. Reguła nie jest już spełniona, alert zamknięty.`,
  alertRecovered: ({ kpi, value, month, level }: Fact & { level: string }) =>
    `${kpi} wrócił do ${value} w okresie ${month}, poza poziom powrotu ${level}: alert zamknięty.`,

  rulesHeading: 'Reguły',
  rulesNone: 'Nie ma jeszcze reguł. Dodaj własną albo zacznij od proponowanych.',
  ruleNew: 'Nowa reguła',
  rulesSuggest: 'Dodaj proponowane reguły',
  rulesSuggestHelp:
    'Z przedziałów wzorcowych: churn klientów powyżej 7 % przez 2 miesiące, NRR poniżej 95 %, wskaźnik szybki poniżej 0,5 i pozostałe, które mają Twoje dane, a do tego spadek MRR o 10 % lub więcej.',
  rulesSuggested: ({ count }: { count: number }) =>
    count === 0
      ? 'Nic do dodania: proponowane reguły już są albo Twoje dane nie mają ich wskaźników.'
      : `Dodano ${countPl(count, '# proponowaną regułę', '# proponowane reguły', '# proponowanych reguł')}.`,
  ruleAbove: ({ kpi, level }: { kpi: string; level: string }) => `${kpi} powyżej ${level}`,
  ruleAtLeast: ({ kpi, level }: { kpi: string; level: string }) => `${kpi} co najmniej ${level}`,
  ruleBelow: ({ kpi, level }: { kpi: string; level: string }) => `${kpi} poniżej ${level}`,
  ruleAtMost: ({ kpi, level }: { kpi: string; level: string }) => `${kpi} najwyżej ${level}`,
  ruleRises: ({ kpi, by }: { kpi: string; by: string }) => `${kpi} rośnie o ${by} lub więcej w miesiąc`,
  ruleFalls: ({ kpi, by }: { kpi: string; by: string }) => `${kpi} spada o ${by} lub więcej w miesiąc`,
  ruleMin: ({ min }: { min: string }) => `, gdy wartość wynosi co najmniej ${min}`,
  ruleRecover: ({ level }: { level: string }) => `, zamknięcie przy ${level}`,
  ruleFor: ({ n }: { n: number }) => (n === 1 ? '' : `, przez ${months(n)} z rzędu`),
  ruleFired: ({ count }: { count: number }) =>
    count === 0 ? 'Jeszcze nie zadziałała' : count === 1 ? 'Zadziałała raz' : `Zadziałała ${count} razy`,
  ruleActive: 'Aktywna',
  rulePaused: 'Wstrzymana',
  ruleSnoozedUntil: ({ date }: { date: string }) => `Uśpiona do ${date}`,
  ruleSnoozedImport: 'Uśpiona do następnego importu',
  ruleEdit: 'Edytuj',
  rulePause: 'Wstrzymaj',
  ruleResume: 'Wznów',
  ruleSnooze: 'Uśpij',
  ruleWake: 'Zakończ uśpienie',
  ruleDelete: 'Usuń',
  ruleDeleteTitle: 'Usunąć tę regułę?',
  ruleDeleteBody: 'Jej alerty zostaną usunięte razem z nią.',
  ruleActionsLabel: ({ rule }: { rule: string }) => `Działania dla: ${rule}`,
  snoozeTitle: 'Uśpij regułę',
  snoozeHelp: 'Uśpiona reguła nie zgłasza alertów. Budzi się sama.',
  snoozeUntilDate: 'Do wybranego dnia (włącznie)',
  snoozeUntilImport: 'Do następnego importu',
  snoozeDateLabel: 'Data',
  snoozeDateInvalid: 'Wybierz datę od dziś.',

  ruleFormNewTitle: 'Nowa reguła',
  ruleFormEditTitle: 'Edycja reguły',
  formKpi: 'Wskaźnik',
  formKpiNoData: 'Jeszcze bez danych',
  formType: 'Rodzaj reguły',
  formTypeThreshold: 'Próg',
  formTypeChange: 'Zmiana względem poprzedniego miesiąca',
  formOp: 'Alert, gdy wartość jest',
  opAbove: 'powyżej (>)',
  opAtLeast: 'co najmniej (≥)',
  opBelow: 'poniżej (<)',
  opAtMost: 'najwyżej (≤)',
  formValue: 'Próg',
  formDirection: 'Alert, gdy wartość',
  dirRises: 'rośnie o',
  dirFalls: 'spada o',
  formBy: 'Co najmniej',
  formPercent: 'W procentach poprzedniego miesiąca',
  formMin: 'Tylko gdy wartość wynosi co najmniej (opcjonalnie)',
  formMinHelp: 'Bez alarmów przy małej bazie: wielkość wartości musi osiągnąć tę liczbę.',
  formFor: 'Miesięcy z rzędu',
  formForHelp: 'Warunek musi być spełniony przez tyle kolejnych miesięcy, zanim alert zostanie zgłoszony.',
  formRecover: 'Zamknij dopiero przy (opcjonalnie)',
  formRecoverHelp:
    'Zgłoszony alert trwa, dopóki wartość nie wróci na dobrą stronę tego poziomu, więc nie miga wokół progu.',
  ruleFormSave: 'Zapisz regułę',
  ruleFormCancel: 'Anuluj',
  formSaved: 'Reguła zapisana.',
  formNumberInvalid: ({ example }: { example: string }) => `Wpisz liczbę, na przykład ${example}.`,
  formByInvalid: 'Wpisz liczbę większą od 0.',
  formForInvalid: 'Wpisz całkowitą liczbę miesięcy od 1 do 120.',
  formRecoverAbove: 'Przy alercie na wysokie wartości poziom powrotu musi być równy progowi lub niższy.',
  formRecoverBelow: 'Przy alercie na niskie wartości poziom powrotu musi być równy progowi lub wyższy.',
  formErrors: 'Nie można zapisać reguły: popraw zaznaczone pola.',
  unitPercentOfPrevious: '% poprzedniego miesiąca',
  unitDays: 'dni',
  unitRatio: '(wskaźnik)',
  unitCount: '(liczba)',
  previewLabel: 'Na Twoich dotychczasowych danych',
  previewFired: ({ count, months: list }: { count: number; months: string }) =>
    count === 1 ? `Zadziałałaby raz: ${list}` : `Zadziałałaby ${count} razy: ${list}`,
  previewNever: 'Nie zadziałałaby na Twoich dotychczasowych danych.',
  previewIncomplete: 'Uzupełnij regułę, aby zobaczyć, kiedy by zadziałała.',
  previewNoData: 'Ten wskaźnik nie ma jeszcze wartości: reguła nie zadziała, dopóki ich nie będzie.',

  settingsAlertsHeading: 'Alerty',
  staleDaysLabel: 'Uznaj dane za nieaktualne po (dniach)',
  staleDaysHelp: 'Pulpit pokazuje dyskretną informację, gdy najnowszy punkt danych jest starszy.',
  staleDaysInvalid: 'Wpisz całkowitą liczbę dni od 1 do 3650.',
  alertSettingsSave: 'Zapisz ustawienia alertów',
  alertSettingsSaved: 'Ustawienia alertów zapisane.',
  notifyHeading: 'Powiadomienia przeglądarki',
  notifyHelp:
    'Powiadomienie o każdym nowym alercie, gdy Yardstick jest otwarty. Przeglądarka pyta o zgodę dopiero wtedy, gdy je włączysz.',
  notifyTurnOn: 'Włącz powiadomienia',
  notifyTurnOff: 'Wyłącz powiadomienia',
  notifyOn: 'Powiadomienia są włączone.',
  notifyOff: 'Powiadomienia są wyłączone.',
  notifyDenied:
    'Przeglądarka blokuje powiadomienia tej witryny: żadne nie zostanie pokazane. Zezwól na nie w ustawieniach witryny w przeglądarce, a potem włącz je tutaj.',
  notifyUnsupported: 'Ta przeglądarka nie potrafi pokazywać powiadomień.',
  notificationTitle: ({ kpi }: { kpi: string }) => `Alert: ${kpi}`,
};
