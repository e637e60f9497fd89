import type { ImportMessages } from './en.ts';

export const importId: ImportMessages = {
  importDropHint: 'Letakkan file CSV di mana saja di halaman ini, atau pilih file.',
  importDropNow: 'Lepaskan file untuk melihat pratinjaunya',
  importBusy: 'Impor sedang berjalan: tambahkan file lain setelah selesai.',
  importTargetLabel: 'Impor ke',
  importTargetNew: 'Ruang kerja baru',

  previewHeading: ({ name }) => `Pratinjau ${name}`,
  previewAnalysing: 'Membaca file…',
  previewEncoding: 'Pengodean',
  previewDelimiter: 'Pemisah',
  previewRows: 'Baris data',
  previewRowsPartial: ({ count }) => `${count}+ (bagian awal dari file besar)`,
  previewKind: 'Jenis dataset',
  previewKindNone: 'Pilih jenis…',
  previewNoRows: 'File ini memiliki baris judul tetapi tidak ada baris data: tidak ada yang bisa diimpor.',
  previewNoKind: ({ reason }) =>
    `Yardstick tidak dapat mengenali isi file ini: ${reason}. Pilih jenisnya di atas, lalu pilih kolom untuk setiap bidang.`,
  previewRemembered:
    'Memakai pemetaan kolom yang Anda pilih terakhir kali untuk file dengan judul kolom ini.',
  previewMappingHeading: 'Kolom',
  previewFieldColumn: 'Bidang',
  previewSourceColumn: 'Kolom di file Anda',
  previewNotMapped: '— tidak dipakai —',
  previewRequired: 'wajib',
  previewMissing: ({ fields }) => `Petakan kolom ke: ${fields}.`,
  previewConventionsHeading: 'Cara nilai dibaca',
  previewColumnColumn: 'Kolom',
  previewReadAs: 'Dibaca sebagai',
  decimalDot: 'Desimal titik (1,234.56)',
  decimalComma: 'Desimal koma (1.234,56)',
  dateYmd: 'Tahun dulu (2024-03-31)',
  dateDmy: 'Hari dulu (31/03/2024)',
  dateMdy: 'Bulan dulu (03/31/2024)',
  previewSampleHeading: ({ count }) =>
    count === 1
      ? 'Baris pertama seperti yang akan disimpan'
      : `${count} baris pertama seperti yang akan disimpan`,
  previewSampleEmpty: 'Tidak ada baris file ini yang dapat disimpan dengan pilihan saat ini.',
  previewCheckRejected: ({ count, checked }) =>
    `Dari ${checked} baris pertama, ${count} tidak dapat dibaca dan akan dilewati:`,
  previewCheckEmptied: ({ count }) =>
    `${count} sel opsional di baris tersebut berisi nilai yang tidak terbaca dan akan disimpan kosong.`,
  previewCents: ({ columns }) =>
    `Baca ${columns} sebagai sen (dibagi 100); matikan untuk membaca jumlah apa adanya`,
  previewWarnings: 'Perlu diperiksa',
  previewRemove: ({ name }) => `Hapus ${name}`,
  previewDuplicate: ({ name }) => `Isi file ini sama dengan “${name}”, yang sudah diimpor.`,
  previewReplace: 'Ganti',
  previewReplaceHelp: 'Ganti salinan yang sudah diimpor (tidak ada yang terduplikasi)',
  previewSkip: 'Jangan impor file ini',
  previewRemap: ({ name }) => `Memetakan ulang “${name}”: impor akan menggantikannya.`,
  previewRemapOther: ({ name }) =>
    `Ini bukan file asal “${name}”: impor akan mengganti baris dataset itu dengan isi file ini.`,
  delimiterComma: 'koma',
  delimiterSemicolon: 'titik koma',
  delimiterTab: 'karakter tab',
  delimiterPipe: 'garis tegak',

  importConfirm: ({ count }) => (count === 1 ? 'Impor' : `Impor ${count} file`),
  importNothingReady: 'Belum ada yang dapat diimpor: perbaiki masalah di atas atau pilih file lain.',
  importProgressLabel: ({ name }) => `Mengimpor ${name}`,
  importProgressRows: ({ rows, speed }) => `${rows} baris diproses · ${speed} baris/detik`,
  importCancel: 'Batal',
  importCancelled: ({ name }) => `Impor ${name} dibatalkan: tidak ada bagiannya yang disimpan.`,
  importDone: ({ name, rows }) => `${name}: ${rows} baris diimpor.`,
  importRejectedCount: ({ count }) => `${count} baris tidak dapat dibaca dan dilewati:`,
  importEmptiedCount: ({ count }) =>
    `${count} sel opsional berisi nilai yang tidak terbaca dan disimpan kosong.`,
  importNoneRejected: 'Semua baris terbaca.',
  lineColumn: 'Baris',
  reasonColumn: 'Alasan',
  rejectedShown: ({ shown, total }) => `Menampilkan ${shown} dari ${total}.`,
  rejectedDownload: 'Unduh semua baris yang dilewati (CSV)',
  importDismiss: 'Bersihkan impor yang selesai',
  importOpenDashboard: 'Buka dasbor',
  persistRefused:
    'Peramban ini tidak memberikan penyimpanan permanen, sehingga data yang diimpor bisa terhapus saat ruang penyimpanan menipis. Simpan file asli Anda.',

  currencyStopTitle: ({ name }) => `${name}: uang dalam beberapa mata uang`,
  currencyStopBody: ({ codes }) =>
    `Dengan file ini, langganan di ruang kerja ini memakai ${codes}. Pendapatan hanya bisa dijumlahkan dalam satu mata uang: pilih mata uangnya, lalu masukkan nilai satu unit setiap mata uang lain dalam mata uang itu. Keduanya bisa diubah nanti di Pengaturan.`,
  currencyStopChoose: 'Tampilkan uang dalam',
  currencyStopRates: 'Kurs konversi',
  currencyStopRate: ({ from, to }) => `1 ${from} dalam ${to}`,
  currencyStopRateHint: 'Misalnya 0,92 (titik desimal juga bisa).',
  currencyStopInvalid: 'Masukkan angka lebih dari 0.',
  currencyStopSave: 'Simpan kurs dan impor',
  currencyStopCancel: 'Batalkan impor',

  errorDetail: 'Detail',

  datasetsHeading: 'Dataset di ruang kerja ini',
  datasetsEmpty: 'Belum ada dataset di ruang kerja ini.',
  datasetsKind: 'Jenis',
  datasetsFile: 'Berkas',
  datasetsRows: 'Baris',
  datasetsImported: 'Diimpor',
  datasetsConventions: 'Dibaca sebagai',
  datasetsActions: 'Tindakan',
  datasetRejected: ({ count }) => `${count} dilewati`,
  datasetRename: 'Ganti nama',
  datasetRenameLabel: ({ name }) => `Ganti nama ${name}`,
  datasetRemap: 'Petakan ulang',
  datasetRemapLabel: ({ name }) => `Petakan ulang ${name}: pilih filenya lagi`,
  datasetDelete: 'Hapus',
  datasetDeleteLabel: ({ name }) => `Hapus ${name}`,
  datasetDeleteConfirm: ({ name }) =>
    `Hapus “${name}” beserta barisnya dari ruang kerja ini? Tindakan ini tidak dapat dibatalkan.`,
  datasetSkippedRows: ({ name }) => `Baris ${name} yang dilewati (CSV)`,
  dataNewName: 'Nama baru',
  dataNameRequired: 'Masukkan nama: nama tidak boleh kosong.',
  dataSave: 'Simpan',
  dataDelete: 'Hapus',

  demoLoadingWorkspace: 'Memuat demo ke ruang kerjanya sendiri…',
  demoWorkspaceName: 'Demo',

  workspacesHeading: 'Ruang kerja',
  workspacesHelp:
    'Setiap ruang kerja memiliki dataset dan pengaturannya sendiri, misalnya satu per perusahaan. Impor masuk ke ruang kerja saat ini.',
  workspaceCurrent: 'saat ini',
  workspaceSwitch: 'Beralih',
  workspaceSwitchTo: ({ name }) => `Beralih ke ${name}`,
  workspaceRenameLabel: ({ name }) => `Ganti nama ${name}`,
  workspaceDeleteConfirm: ({ name }) =>
    `Hapus ruang kerja “${name}” beserta semua dataset dan pengaturannya? Tindakan ini tidak dapat dibatalkan.`,
  workspaceCreate: 'Ruang kerja baru',
  workspaceNameLabel: 'Nama ruang kerja',
  workspaceCreateButton: 'Buat',
  workspacesNone: 'Belum ada ruang kerja: satu ruang kerja dibuat saat impor pertama Anda.',
  workspaceDatasets: ({ count }) => `${count} dataset`,

  dataSettingsHeading: 'Data di perangkat ini',
  dataSettingsBody:
    'Ruang kerja, dataset, dan pengaturan Anda hanya disimpan di peramban ini pada perangkat ini. Data tidak disinkronkan ke mana pun, jadi simpan file asli Anda.',
  eraseAll: 'Hapus semua data di perangkat ini',
  eraseAllConfirm:
    'Hapus setiap ruang kerja, dataset, pemetaan yang diingat, dan pengaturan yang disimpan Yardstick di peramban ini? Tindakan ini tidak dapat dibatalkan.',
  eraseAllDone: 'Semua data di perangkat ini telah dihapus.',
};
