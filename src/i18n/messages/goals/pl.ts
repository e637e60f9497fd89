import type { GoalsMessages } from './en.ts';

type N = { n: number };
type KeepWords = Record<'kpi' | 'value' | 'month' | 'threshold', string> & { above: boolean };

/** 1 cel, 2–4 cele, 5+ celów (and 12–14 celów). */
function few(n: number, one: string, some: string, many: string): string {
  if (n === 1) return one;
  const last = n % 10;
  const tens = n % 100;
  return last >= 2 && last <= 4 && (tens < 12 || tens > 14) ? some : many;
}

export const goalsPl: GoalsMessages = {
  statusNotStarted: 'Nierozpoczęte',
  goalsLead:
    'Każdy cel ma wartości docelowe: osiągnąć wartość, utrzymać wskaźnik po jednej stronie progu, coś zrobić albo przejść listę zadań. Wartości powiązane ze wskaźnikiem KPI podążają za zaimportowanymi danymi.',
  goalNew: 'Nowy cel',
  goalEdit: 'Edytuj',
  goalArchive: 'Archiwizuj',
  goalRestore: 'Przywróć',
  goalDelete: 'Usuń',
  goalDeleteTitle: ({ name }: { name: string }) => `Usunąć „${name}”?`,
  goalDeleteBody:
    'Cel wraz z wartościami docelowymi, odczytami i historią zostanie usunięty z tej przeglądarki.',
  goalsArchived: ({ n }: N) => `Zarchiwizowane (${n} ${few(n, 'cel', 'cele', 'celów')})`,
  goalsLoading: 'Ocenianie celów…',
  goalsError: ({ message }: { message: string }) => `Nie udało się ocenić celów: ${message}`,
  goalsUnreadable: ({ n }: N) =>
    `${n} ${few(n, 'zapisany cel jest uszkodzony i nie jest pokazany', 'zapisane cele są uszkodzone i nie są pokazane', 'zapisanych celów jest uszkodzonych i nie są pokazane')}.`,
  goalsNoWorkspace: 'Najpierw zaimportuj dane: cele należą do obszaru roboczego.',
  benchmarksStart: 'Zacznij od wzorców',
  benchmarksBody:
    'Jeden cel, który utrzymuje każdy wskaźnik z przedziałem wzorcowym po jego dobrej stronie: odejścia klientów najwyżej 3 %, retencja przychodu netto co najmniej 100 %, LTV:CAC co najmniej 3 i inne.',
  benchmarksName: 'Zdrowe wzorce SaaS',

  formNewTitle: 'Nowy cel',
  formEditTitle: ({ name }: { name: string }) => `Edycja „${name}”`,
  fieldName: 'Nazwa',
  fieldOwner: 'Właściciel (opcjonalnie)',
  fieldStart: 'Data rozpoczęcia',
  fieldDue: 'Termin',
  fieldDescription: 'Opis (opcjonalnie)',
  targetsLegend: 'Wartości docelowe',
  targetAdd: 'Dodaj wartość docelową',
  targetRemove: 'Usuń tę wartość docelową',
  targetNumber: ({ n }: N) => `Wartość docelowa ${n}`,
  targetKind: 'Rodzaj',
  kindReach: 'Osiągnąć wartość',
  kindKeep: 'Utrzymać wskaźnik na poziomie',
  kindDone: 'Coś zrobić',
  kindTasks: 'Przejść listę zadań',
  targetKpi: 'Wskaźnik KPI',
  targetKpiNone: 'Brak: wpisuję wartości sam',
  targetName: 'Nazwa wartości docelowej',
  targetFrom: 'Wartość początkowa',
  targetTo: 'Wartość docelowa',
  targetThreshold: 'Próg',
  targetDirection: 'Utrzymać',
  dirAtLeast: 'co najmniej',
  dirAtMost: 'najwyżej',
  targetDoneBox: 'Zrobione',
  tasksLegend: 'Lista zadań',
  taskAdd: 'Dodaj zadanie',
  taskText: ({ n }: N) => `Zadanie ${n}`,
  taskRemove: ({ n }: N) => `Usuń zadanie ${n}`,
  formSave: 'Zapisz cel',
  formCancel: 'Anuluj',
  formSaving: 'Zapisywanie…',
  formProblems: ({ n }: N) =>
    n === 1
      ? 'Jedno pole wymaga zmiany:'
      : `${n} ${few(n, 'pole wymaga', 'pola wymagają', 'pól wymaga')} zmiany:`,
  errName: 'Nadaj celowi nazwę.',
  errDate: 'Wybierz datę.',
  errDueBeforeStart: 'Termin przypada przed datą rozpoczęcia.',
  errTargets: 'Dodaj co najmniej jedną wartość docelową.',
  errNumber: ({ lang }: { lang: string }) => `Wpisz liczbę, na przykład ${lang}.`,
  errTargetName: 'Nazwij tę wartość docelową albo powiąż ją ze wskaźnikiem KPI.',
  errTasks: 'Dodaj co najmniej jedno zadanie z treścią.',
  errSave: ({ message }: { message: string }) => `Nie udało się zapisać celu: ${message}`,

  progress: 'Postęp',
  ownerIs: ({ owner }: { owner: string }) => `Właściciel: ${owner}`,
  period: ({ start, due }: { start: string; due: string }) => `Od ${start} do ${due}`,
  judgedData: ({ date }: { date: string }) => `Ocenione na ${date}: koniec ostatniego miesiąca danych.`,
  judgedToday: ({ date }: { date: string }) => `Ocenione dziś, ${date}.`,
  whyBeforeStart: ({ date }: { date: string }) => `Rozpoczyna się ${date}.`,
  whyNoValue: 'Brak jeszcze wartości w miesiącach celu.',
  whyComplete: 'Wartość docelowa osiągnięta.',
  whyBehind: ({ behind, done, gone }: { behind: string; done: string; gone: string }) =>
    `${behind} pkt za upływem czasu: zrobione ${done}, minęło ${gone} czasu.`,
  whyAhead: ({ ahead, done, gone }: { ahead: string; done: string; gone: string }) =>
    `${ahead} pkt przed upływem czasu: zrobione ${done}, minęło ${gone} czasu.`,
  whyAfterDue: ({ done }: { done: string }) => `Termin minął przy ${done} zrobionego.`,
  whyKeepHolds: ({ kpi, value, month, threshold, above }: KeepWords) =>
    `${kpi} ${value} w miesiącu ${month}: ${above ? 'co najmniej' : 'najwyżej'} ${threshold}.`,
  whyKeepFails: ({ kpi, value, month, threshold, above, run }: KeepWords & { run: number }) =>
    `${kpi} ${value} w miesiącu ${month}: ${above ? 'powyżej' : 'poniżej'} ${threshold}` +
    (run === 1 ? '.' : `, ${run}. miesiąc z rzędu.`),
  keepHeld: ({ held, months }: { held: number; months: number }) =>
    `Utrzymane w ${held} z ${months} ${months === 1 ? 'miesiąca' : 'miesięcy'}.`,
  current: 'Obecnie',
  targetLabel: 'Cel',
  keepLabel: ({ dir, value }: { dir: string; value: string }) => `${dir} ${value}`,
  tasksDone: ({ done, all }: { done: number; all: number }) => `Zrobione ${done} z ${all} zadań`,
  doneYes: 'Zrobione',
  doneNo: 'Jeszcze niezrobione',

  forecastTitle: 'Prognoza (projekcja, nie obietnica)',
  forecastValue: ({ value, month }: { value: string; month: string }) =>
    `Projekcja: ${value} w miesiącu terminu (${month}).`,
  forecastCross: ({ month }: { month: string }) => `Przy tym trendzie cel zostanie osiągnięty: ${month}.`,
  forecastNoCross: 'Przy tym trendzie cel nie zostanie osiągnięty.',
  forecastReached: 'Cel jest już osiągnięty.',
  forecastNone: 'Za mało miesięcy na prognozę: potrzeba 3 wartości z ostatnich 6 miesięcy.',
  forecastChart: ({ kpi }: { kpi: string }) => `${kpi}: trend i projekcja`,
  seriesActual: 'Rzeczywiste',
  seriesProjection: 'Projekcja',
  seriesTarget: 'Cel',

  checkInLegend: 'Dodaj odczyt',
  checkInDate: 'Data',
  checkInValue: 'Wartość',
  checkInNote: 'Notatka (opcjonalnie)',
  checkInAdd: 'Dodaj odczyt',
  checkInsTitle: ({ n }: N) => `${n} ${few(n, 'odczyt', 'odczyty', 'odczytów')}`,

  historyTitle: 'Historia statusu',
  historyNone: 'Jeszcze bez zmian.',
  historyChange: ({ target, from, to }: { target: string; from: string; to: string }) =>
    `${target}: ${from} → ${to}`,
  historyFirst: ({ target, to }: { target: string; to: string }) => `${target}: ${to}`,
  causeImport: 'po zmianie danych',
  causeSettings: 'po zmianie ustawień',
  causeGoal: 'po zapisaniu celu',
  causeManual: 'ustawione ręcznie',
  causeReset: 'znów automatycznie',

  boardLead:
    'Jedna karta na każdą wartość docelową, w kolumnie jej statusu. Przeciągnij kartę albo użyj jej pola „Przenieś do…”, aby ustawić status ręcznie.',
  boardEmptyTitle: 'Na tablicy nie ma kart',
  filterGoal: 'Cel',
  filterOwner: 'Właściciel',
  filterDue: 'Termin',
  filterAll: 'Wszystkie',
  filterQuarter: ({ year, q }: { year: number; q: number }) => `${q}. kw. ${year}`,
  filterClear: 'Wyczyść filtry',
  moveTo: 'Przenieś do…',
  moveLabel: ({ card }: { card: string }) => `Przenieś ${card} do`,
  resetAuto: 'Przywróć automatyczny',
  manualBoth: ({ manual, computed }: { manual: string; computed: string }) =>
    `Ustawione ręcznie: ${manual}. Wyliczone: ${computed}.`,
  reasonLabel: 'Powód (opcjonalnie)',
  reasonSave: 'Zapisz powód',
  announceMoved: ({ card, status }: { card: string; status: string }) =>
    `${card}: przeniesiono do „${status}”.`,
  announceReset: ({ card, status }: { card: string; status: string }) =>
    `${card}: znów automatycznie, „${status}”.`,
  cardDue: ({ date }: { date: string }) => `Termin ${date}`,
  cardGoal: ({ goal }: { goal: string }) => `Cel: ${goal}`,
  columnCount: ({ n }: N) => `${n} ${few(n, 'karta', 'karty', 'kart')}`,
  bandBadge: ({ band }: { band: string }) => `Wzorzec: ${band}`,
};
