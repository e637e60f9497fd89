import type { ReliabilityMessages } from './en.ts';

export const reliabilityId: ReliabilityMessages = {
  restHeading: 'Bagian akhir file ini tidak dapat dibaca',
  restKeep: ({ line, rowsBefore }) => `Impor ${rowsBefore} baris sebelum baris ${line}`,
  restKept: ({ line, lines }) =>
    `Baris ${line} dan ${lines === 1 ? 'baris' : `${lines} baris`} setelah tanda kutip itu tidak diimpor dan dicatat sebagai dilewati.`,
  restNothingBefore:
    'Tidak ada baris sebelumnya: perbaiki tanda kutip di file itu lalu pilih file tersebut lagi.',

  storageHeadingUnavailable: 'Tidak ada yang disimpan setelah tab ini ditutup',
  storageBodyUnavailable:
    'Peramban ini tidak mengizinkan Yardstick menyimpan data (jendela pribadi, atau penyimpanan diblokir untuk situs ini). Impor, dasbor, target, dan ekspor tetap berfungsi, tetapi hanya di memori tab ini: begitu tab ditutup, semuanya hilang. Ekspor apa yang ingin Anda simpan.',
  storageHeadingUpgrade: 'Data tersimpan Anda tidak dapat dibuka setelah pembaruan',
  storageBodyUpgrade: 'Yardstick diperbarui dan penyiapan data tersimpan Anda untuk versi baru gagal.',
  storageHeadingNewer: 'Data Anda disimpan oleh versi Yardstick yang lebih baru',
  storageBodyNewer:
    'Tab atau jendela lain menjalankan Yardstick yang lebih baru, yang telah memperbarui data tersimpan. Halaman ini lebih lama dan tidak membukanya, agar tidak ada yang ditulis dalam format lama.',
  storageHeadingUnknown: 'Data tersimpan Anda tidak dapat dibuka',
  storageBodyUnknown: 'Peramban menolak membuka data tersimpan Yardstick.',
  storageNothingDeleted: 'Tidak ada yang dihapus: ruang kerja dan dataset Anda masih ada di peramban ini.',
  storageTryHeading: 'Yang bisa dicoba',
  storageTryReload: 'Muat ulang halaman.',
  storageTryTabs: 'Tutup tab dan jendela Yardstick lainnya, lalu muat ulang.',
  storageTryRestart: 'Mulai ulang peramban.',
  storageTryDisk: 'Kosongkan sebagian ruang disk.',
  storageReload: 'Muat ulang',
  storageExport: 'Unduh baris tersimpan sebagai CSV',
  storageExporting: 'Membaca baris tersimpan…',
  storageExportNone: 'Tidak ada baris tersimpan yang dapat dibaca.',
  storageExportDone: ({ files }) => `${files} file CSV telah diunduh.`,
  storageExportFailed: 'Baris tersimpan juga tidak dapat dibaca.',

  loadProblemHeading: 'Sebagian Yardstick tidak dapat dimuat',
  loadProblemBody:
    'Situs ini kemungkinan diperbarui saat tab ini terbuka. Muat ulang halaman untuk mendapatkan versi baru; data Anda tetap seperti semula.',
  loadProblemReload: 'Muat ulang',

  previewMoreColumns: ({ count }) => `dan ${count} kolom lainnya`,
  previewMoreColumnsNote: ({ shown, total }) =>
    `Hanya ${shown} dari ${total} kolom pertama yang dicantumkan di sini; semua kolom tetap diimpor.`,
};
