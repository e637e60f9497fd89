import type { FirstMessages } from './en.ts';

import { dashboardId } from './dashboard/id.ts';
import { overviewId } from './overview/id.ts';
import { reliabilityId } from './reliability/id.ts';
import { segmentsId } from './segments/id.ts';
import { shellId } from './shell/id.ts';

export const id: FirstMessages = {
  ...dashboardId,
  ...overviewId,
  ...reliabilityId,
  ...segmentsId,
  ...shellId,
  appName: 'Yardstick',
  skipToContent: 'Langsung ke konten utama',
  workspaceLabel: 'Ruang kerja',
  defaultWorkspaceName: 'Ruang kerja saya',
  navLabel: 'Utama',
  navDashboard: 'Dasbor',
  navImport: 'Impor',
  navGoals: 'Sasaran',
  navBoard: 'Papan',
  navAlerts: 'Peringatan',
  viewerTitle: 'KPI yang dibagikan',
  navBalanceSheet: 'Neraca',
  navSettings: 'Pengaturan',
  languageLabel: 'Bahasa',
  privacyBadge: 'Data tetap di peramban ini',
  footerNote: 'Yardstick berjalan sepenuhnya di peramban Anda. File Anda tidak pernah diunggah.',
  documentTitle: ({ view }) => `${view} · Yardstick`,

  pwaOfflineReady: 'Siap digunakan secara offline.',
  pwaUpdateAvailable: 'Pembaruan tersedia',
  pwaReload: 'Muat ulang',
  dismiss: 'Tutup',

  notFoundTitle: 'Halaman tidak ditemukan',
  notFoundBody: ({ path }) => `Tidak ada halaman di “${path}”.`,
  notFoundLink: 'Buka dasbor',

  welcomeTitle: 'Metrik SaaS Anda, dihitung di peramban Anda',
  welcomeLead:
    'Yardstick mengubah ekspor CSV dari alat penagihan, CRM, dan survei Anda menjadi dasbor KPI, dan data Anda tidak pernah meninggalkan peramban ini.',
  importCta: 'Impor file CSV',
  demoCta: 'Coba dengan data demo',

  dashboardEmptyTitle: 'Yang akan muncul di sini',
  dashboardEmptyBody:
    'Kartu KPI untuk MRR, churn, retensi pendapatan bersih, ARPA, LTV:CAC, dan lainnya muncul di sini setelah Anda mengimpor data langganan (ekspor langganan Stripe bisa langsung dipakai). Setiap file lain yang Anda tambahkan memunculkan lebih banyak kartu.',
  goToImport: 'Buka halaman Impor',

  feedsHeading: 'File mana untuk apa',
  feedsFileColumn: 'File',
  feedsUnlocksColumn: 'Yang ditampilkan',
  kindSubscriptions: 'Langganan',
  kindSubscriptionsSource:
    'Ekspor Stripe, templat Baremetrics, atau tabel apa pun berisi pelanggan, tanggal mulai, dan harga',
  kindSubscriptionsFeeds: 'MRR dan pergerakannya, churn pelanggan dan pendapatan, NRR, ARPA, LTV, kohort',
  kindLeads: 'Prospek',
  kindLeadsSource: 'Ekspor CRM berisi prospek, tanggal dibuat, dan kapan prospek menjadi pelanggan',
  kindLeadsFeeds: 'Corong dari prospek ke pelanggan, tingkat konversi, waktu hingga konversi',
  kindNps: 'Survei NPS',
  kindNpsSource: 'Jawaban survei dengan tanggal dan skor 0–10',
  kindNpsFeeds: 'Net Promoter Score, promotor dan detraktor',
  kindEvents: 'Event produk',
  kindEventsSource: 'Ekspor analitik berisi pengguna, nama event, dan waktunya',
  kindEventsFeeds: 'Pengguna aktif harian dan bulanan, stickiness, aktivasi',
  kindCosts: 'Biaya',
  kindCostsSource: 'Pengeluaran penjualan dan pemasaran per bulan',
  kindCostsFeeds: 'Biaya akuisisi pelanggan (CAC), LTV:CAC, periode balik modal CAC',
  kindMonthlySheet: 'Lembar bulanan',
  kindMonthlySheetSource: 'Spreadsheet yang sudah Anda kelola, satu baris per bulan',
  kindMonthlySheetFeeds: 'MRR, pendapatan, pelanggan, pengunjung, konversi, dan kolom Anda sendiri',
  kindBalanceSheet: 'Neraca',
  kindBalanceSheetSource:
    'Pos neraca per akhir periode; ekspor akuntansi dengan satu kolom per periode juga bisa',
  kindBalanceSheetFeeds:
    'Rasio lancar dan rasio cepat, rasio utang terhadap ekuitas, rasio ekuitas, rasio cakupan bunga',

  importTitle: 'Impor',
  importIntro:
    'Tambahkan ekspor CSV dari alat Anda. File dibaca di perangkat ini dan tidak ada yang diunggah.',
  importInputLabel: 'Pilih file CSV',
  importInputHint: 'CSV, TSV, atau TXT. Anda bisa memilih beberapa file sekaligus.',
  importChosenHeading: 'File yang dipilih',
  importReportsHeading: 'Hasil impor',
  importNoneChosen: 'Belum ada file yang dipilih. Berikut jenis file yang dikenali Yardstick:',
  fileNameColumn: 'Nama',
  fileSizeColumn: 'Ukuran',
  fileKindColumn: 'Jenis',
  filesCount: ({ count }) => `${count} file`,
  demoHeading: 'File demo',
  demoIntro: 'Dibuat di peramban Anda untuk perusahaan SaaS fiktif. Tidak ada yang diunduh.',
  demoLoading: 'Membuat file demo…',
  demoFailed: 'File demo tidak dapat dibuat.',

  goalsTitle: 'Sasaran',
  goalsEmptyTitle: 'Belum ada sasaran',
  goalsEmptyBody:
    'Sasaran muncul di sini beserta target, kemajuan, dan prakiraannya: misalnya mencapai MRR 50.000 pada bulan Desember atau menekan churn bulanan di bawah 3%. Target yang ditautkan ke KPI diperbarui sendiri dari file yang Anda impor: langganan untuk MRR dan churn, prospek untuk konversi, survei NPS untuk kepuasan.',

  boardTitle: 'Papan',
  boardEmptyBody:
    'Setiap sasaran muncul di sini sebagai kartu di kolom statusnya, yang dihitung dari kemajuan dan tenggat waktunya. Target yang ditautkan ke KPI diisi dari file yang Anda impor.',
  statusOnTrack: 'Sesuai rencana',
  statusAtRisk: 'Berisiko',
  statusOffTrack: 'Melenceng',
  statusComplete: 'Selesai',
  boardColumnEmpty: 'Tidak ada sasaran',

  balanceTitle: 'Neraca',
  balanceEmptyTitle: 'Belum ada neraca yang diimpor',
  balanceEmptyBody:
    'Rasio likuiditas dan solvabilitas muncul di sini, masing-masing di samping rentang acuannya: rasio lancar, rasio cepat, rasio utang terhadap ekuitas, rasio ekuitas, dan rasio cakupan bunga. Semuanya berasal dari file neraca: CSV dengan tanggal akhir periode dan pos seperti aset lancar dan kewajiban lancar.',

  settingsTitle: 'Pengaturan',
  settingsLanguageHeading: 'Bahasa',
  settingsLanguageHelp: 'Mengubah bahasa antarmuka serta cara penulisan angka, uang, dan tanggal.',
  settingsFormatHeading: 'Cara penulisan nilai',
  previewNumber: 'Angka',
  previewMoney: 'Uang',
  previewPercent: 'Persen',
  previewDate: 'Tanggal',
  previewMonth: 'Bulan',
  settingsStorageHeading: 'Tempat data Anda disimpan',
  settingsStorageBody:
    'Semua yang Anda impor hanya disimpan di peramban ini, dalam basis data lokal di perangkat ini. Tidak ada yang diunggah dan tidak perlu akun: Yardstick tidak memiliki server. Menghapus data situs ini di peramban Anda juga menghapus ruang kerja Anda.',
  settingsOfflineBody:
    'Setelah dimuat, Yardstick juga bisa dipakai secara offline dan dipasang sebagai aplikasi.',
};
