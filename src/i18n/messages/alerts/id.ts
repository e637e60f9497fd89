import type { AlertsMessages } from './en.ts';

type Fact = { kpi: string; value: string; month: string };

export const alertsId: AlertsMessages = {
  alertsLead:
    'Aturan memantau satu KPI dari seluruh ruang kerja bulan demi bulan dan memunculkan peringatan saat nilainya melewati batas atau bergerak terlalu cepat.',
  alertsCentreHeading: 'Pusat peringatan',
  alertsNone:
    'Belum ada peringatan. Saat sebuah aturan terpicu oleh data Anda, peringatannya muncul di sini.',
  alertsNoneFiltered: 'Tidak ada peringatan yang cocok dengan filter ini.',
  alertsNoData: 'Impor data terlebih dahulu: aturan dievaluasi pada bulan-bulan dalam file Anda.',
  alertsFilterKpi: 'KPI yang ditampilkan',
  alertsFilterKpiAll: 'Semua KPI',
  alertsFilterState: 'Tampilkan',
  alertsFilterStateAll: 'Muncul dan selesai',
  alertsStateRaised: 'Muncul',
  alertsStateResolved: 'Selesai',
  alertsMarkAllRead: 'Tandai semua sudah dibaca',
  alertsMarkRead: 'Tandai sudah dibaca',
  alertsUnreadTag: 'Baru',
  alertsShowCard: 'Lihat di dasbor',
  alertsFailed: ({ message }: { message: string }) => `Aturan peringatan tidak dapat dievaluasi: ${message}`,

  alertAbove: ({ kpi, value, month, level }: Fact & { level: string }) =>
    `${kpi} bernilai ${value} pada ${month}, di atas ${level}.`,
  alertAtLeast: ({ kpi, value, month, level }: Fact & { level: string }) =>
    `${kpi} bernilai ${value} pada ${month}, sama dengan atau di atas ${level}.`,
  alertBelow: ({ kpi, value, month, level }: Fact & { level: string }) =>
    `${kpi} bernilai ${value} pada ${month}, di bawah ${level}.`,
  alertAtMost: ({ kpi, value, month, level }: Fact & { level: string }) =>
    `${kpi} bernilai ${value} pada ${month}, sama dengan atau di bawah ${level}.`,
  alertRose: ({ kpi, value, month, change, previous }: Fact & { change: string; previous: string }) =>
    `${kpi} naik ${change} pada ${month}, dari ${previous} menjadi ${value}.`,
  alertFell: ({ kpi, value, month, change, previous }: Fact & { change: string; previous: string }) =>
    `${kpi} turun ${change} pada ${month}, dari ${previous} menjadi ${value}.`,
  alertChanged: ({ kpi, value, month }: Fact) => `${kpi} bernilai ${value} pada ${month}.`,
  alertInARow: ({ n }: { n: number }) => `Aturan terpenuhi ${n} bulan berturut-turut.`,
  alertResolved: ({ kpi, value, month }: Fact) =>
    `${kpi} bernilai ${value} pada ${month}: aturan tidak lagi terpenuhi, peringatan selesai.`,
  alertRecovered: ({ kpi, value, month, level }: Fact & { level: string }) =>
    `${kpi} pulih ke ${value} pada ${month}, melewati tingkat pemulihan ${level}: peringatan selesai.`,

  rulesHeading: 'Aturan',
  rulesNone: 'Belum ada aturan. Tambahkan satu, atau mulai dari aturan yang disarankan.',
  ruleNew: 'Aturan baru',
  rulesSuggest: 'Tambahkan aturan yang disarankan',
  rulesSuggestHelp:
    'Dari rentang tolok ukur: churn pelanggan di atas 7 % selama 2 bulan, NRR di bawah 95 %, quick ratio di bawah 0,5 dan lainnya yang ada di data Anda, ditambah MRR turun 10 % atau lebih.',
  rulesSuggested: ({ count }: { count: number }) =>
    count === 0
      ? 'Tidak ada yang ditambahkan: aturan yang disarankan sudah ada, atau data Anda tidak memiliki KPI-nya.'
      : `${count} aturan yang disarankan ditambahkan.`,
  ruleAbove: ({ kpi, level }: { kpi: string; level: string }) => `${kpi} di atas ${level}`,
  ruleAtLeast: ({ kpi, level }: { kpi: string; level: string }) => `${kpi} sama dengan atau di atas ${level}`,
  ruleBelow: ({ kpi, level }: { kpi: string; level: string }) => `${kpi} di bawah ${level}`,
  ruleAtMost: ({ kpi, level }: { kpi: string; level: string }) => `${kpi} sama dengan atau di bawah ${level}`,
  ruleRises: ({ kpi, by }: { kpi: string; by: string }) => `${kpi} naik ${by} atau lebih dalam sebulan`,
  ruleFalls: ({ kpi, by }: { kpi: string; by: string }) => `${kpi} turun ${by} atau lebih dalam sebulan`,
  ruleMin: ({ min }: { min: string }) => `, bila nilainya minimal ${min}`,
  ruleRecover: ({ level }: { level: string }) => `, selesai pada ${level}`,
  ruleFor: ({ n }: { n: number }) => (n === 1 ? '' : `, selama ${n} bulan berturut-turut`),
  ruleFired: ({ count }: { count: number }) =>
    count === 0 ? 'Belum pernah terpicu' : count === 1 ? 'Terpicu sekali' : `Terpicu ${count} kali`,
  ruleActive: 'Aktif',
  rulePaused: 'Dijeda',
  ruleSnoozedUntil: ({ date }: { date: string }) => `Ditunda hingga ${date}`,
  ruleSnoozedImport: 'Ditunda hingga impor berikutnya',
  ruleEdit: 'Ubah',
  rulePause: 'Jeda',
  ruleResume: 'Lanjutkan',
  ruleSnooze: 'Tunda',
  ruleWake: 'Akhiri penundaan',
  ruleDelete: 'Hapus',
  ruleDeleteTitle: 'Hapus aturan ini?',
  ruleDeleteBody: 'Peringatannya ikut terhapus.',
  ruleActionsLabel: ({ rule }: { rule: string }) => `Tindakan untuk ${rule}`,
  snoozeTitle: 'Tunda aturan',
  snoozeHelp: 'Aturan yang ditunda tidak memunculkan peringatan. Aturan aktif kembali dengan sendirinya.',
  snoozeUntilDate: 'Hingga suatu tanggal (termasuk)',
  snoozeUntilImport: 'Hingga impor berikutnya',
  snoozeDateLabel: 'Tanggal',
  snoozeDateInvalid: 'Pilih tanggal mulai hari ini.',

  ruleFormNewTitle: 'Aturan baru',
  ruleFormEditTitle: 'Ubah aturan',
  formKpi: 'KPI yang dipantau',
  formKpiNoData: 'Belum ada data',
  formType: 'Jenis aturan',
  formTypeThreshold: 'Ambang batas',
  formTypeChange: 'Perubahan dari bulan sebelumnya',
  formOp: 'Peringatkan saat nilainya',
  opAbove: 'di atas (>)',
  opAtLeast: 'sama dengan atau di atas (≥)',
  opBelow: 'di bawah (<)',
  opAtMost: 'sama dengan atau di bawah (≤)',
  formValue: 'Ambang',
  formDirection: 'Peringatkan saat nilainya',
  dirRises: 'naik',
  dirFalls: 'turun',
  formBy: 'Sedikitnya',
  formPercent: 'Dalam persen dari bulan sebelumnya',
  formMin: 'Hanya bila nilainya minimal (opsional)',
  formMinHelp: 'Tanpa alarm pada basis yang kecil: besarnya nilai harus mencapai angka ini.',
  formFor: 'Bulan berturut-turut',
  formForHelp: 'Kondisi harus terpenuhi selama sekian bulan berturut-turut sebelum peringatan muncul.',
  formRecover: 'Selesai hanya pada (opsional)',
  formRecoverHelp:
    'Setelah muncul, peringatan bertahan sampai nilainya kembali ke sisi baik dari tingkat ini, sehingga tidak hilang-timbul di sekitar ambang.',
  ruleFormSave: 'Simpan aturan',
  ruleFormCancel: 'Batal',
  formSaved: 'Aturan disimpan.',
  formNumberInvalid: ({ example }: { example: string }) => `Masukkan angka, misalnya ${example}.`,
  formByInvalid: 'Masukkan angka di atas 0.',
  formForInvalid: 'Masukkan jumlah bulan bilangan bulat dari 1 sampai 120.',
  formRecoverAbove:
    'Untuk peringatan nilai tinggi, tingkat pemulihan harus sama dengan atau di bawah ambang.',
  formRecoverBelow: 'Untuk peringatan nilai rendah, tingkat pemulihan harus sama dengan atau di atas ambang.',
  formErrors: 'Aturan tidak dapat disimpan: periksa isian yang ditandai di bawah.',
  unitPercentOfPrevious: '% dari bulan sebelumnya',
  unitDays: 'hari',
  unitRatio: '(rasio)',
  unitCount: '(jumlah)',
  previewLabel: 'Pada data Anda sejauh ini',
  previewFired: ({ count, months }: { count: number; months: string }) =>
    count === 1 ? `Akan terpicu sekali: ${months}` : `Akan terpicu ${count} kali: ${months}`,
  previewNever: 'Tidak akan terpicu pada data Anda sejauh ini.',
  previewIncomplete: 'Lengkapi aturan untuk melihat kapan aturan akan terpicu.',
  previewNoData: 'KPI ini belum memiliki nilai: aturan tidak dapat terpicu sampai ada nilainya.',

  settingsAlertsHeading: 'Peringatan',
  staleDaysLabel: 'Anggap data usang setelah (hari)',
  staleDaysHelp: 'Dasbor menampilkan pemberitahuan ringan bila titik data terbaru lebih lama dari ini.',
  staleDaysInvalid: 'Masukkan jumlah hari bilangan bulat dari 1 sampai 3650.',
  alertSettingsSave: 'Simpan pengaturan peringatan',
  alertSettingsSaved: 'Pengaturan peringatan disimpan.',
  notifyHeading: 'Notifikasi browser',
  notifyHelp:
    'Satu notifikasi untuk setiap peringatan baru selama Yardstick terbuka. Browser meminta izin hanya saat Anda menyalakannya.',
  notifyTurnOn: 'Nyalakan notifikasi',
  notifyTurnOff: 'Matikan notifikasi',
  notifyOn: 'Notifikasi menyala.',
  notifyOff: 'Notifikasi mati.',
  notifyDenied:
    'Browser memblokir notifikasi untuk situs ini: tidak ada notifikasi yang ditampilkan. Izinkan di pengaturan situs browser, lalu nyalakan di sini.',
  notifyUnsupported: 'Browser ini tidak dapat menampilkan notifikasi.',
  notificationTitle: ({ kpi }: { kpi: string }) => `Peringatan: ${kpi}`,
};
