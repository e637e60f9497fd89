import type { ShellMessages } from './en.ts';

export const shellId: ShellMessages = {
  snapshotMenu: 'Cadangkan atau bagikan ruang kerja ini',
  errorUnreadable: ({ name }) => `${name} tidak dapat dibaca sebagai file CSV.`,
  errorSpreadsheet: ({ name }) =>
    `${name} adalah buku kerja spreadsheet. Buka di aplikasi spreadsheet Anda, simpan lembarnya sebagai CSV (atau “Unicode Text”), lalu impor file tersebut.`,
  errorNoKind: ({ name }) =>
    `Yardstick tidak dapat mengenali isi ${name}. Pilih jenisnya di bawah, lalu petakan kolomnya.`,
  errorMissingColumn: ({ name }) =>
    `${name} tidak memiliki kolom yang dibutuhkan Yardstick. Petakan kolom di bawah, atau tambahkan ke file.`,
  errorStorageQuota:
    'Penyimpanan peramban untuk situs ini penuh. Hapus dataset atau ruang kerja yang tidak diperlukan, atau kosongkan ruang disk, lalu coba lagi.',
  errorStorageUnavailable:
    'Peramban ini tidak mengizinkan Yardstick menyimpan data (jendela pribadi atau penyamaran sering memblokirnya). Buka Yardstick di jendela biasa.',
  errorStorageNewerVersion:
    'Yardstick diperbarui di tab lain, dan tab ini tidak dapat lagi memakai data tersimpan. Muat ulang halaman.',
  errorStorageBlocked:
    'Tab Yardstick lain masih terbuka dengan versi lama data tersimpan, jadi tab ini harus menunggu. Tutup tab Yardstick lainnya; tab ini lalu berlanjut dengan sendirinya.',
  errorStorageOther: 'Data tidak dapat disimpan. Tidak ada yang berubah; coba lagi.',
  errorOther: 'Terjadi kesalahan. Tidak ada yang berubah; coba lagi.',
  dataReload: 'Muat ulang',
  dataCancel: 'Batal',
  workspaceSwitchLabel: 'Ruang kerja saat ini',
  workspaceManage: 'Kelola ruang kerja',
  workspaceDemoTag: 'contoh',
  workspaceDeleteLabel: ({ name }) => `Hapus ${name}`,
  alertsUnreadLabel: ({ count }) =>
    count === 0 ? 'Peringatan, tidak ada yang belum dibaca' : `Peringatan, ${count} belum dibaca`,
  staleNotice: ({ date, days }) => `Data terbaru Anda dari ${date}, ${days} hari yang lalu.`,
  staleRefresh: ({ files }) => `Impor file yang lebih baru (${files}) agar angkanya mutakhir.`,
  kpiValuesNotice:
    'Ruang kerja ini berisi nilai KPI yang disimpan dari snapshot yang dibagikan: nilainya ditampilkan seperti saat dibagikan dan tidak dapat disegmentasi.',
};
