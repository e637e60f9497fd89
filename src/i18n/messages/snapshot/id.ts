import type { SnapshotMessages } from './en.ts';

export const snapshotId: SnapshotMessages = {
  snapshotHeading: 'Cadangan dan berbagi',
  snapshotLead:
    'Snapshot adalah berkas yang ditulis dan dibaca Yardstick di perangkat ini; tidak ada yang diunggah.',
  snapshotBackup: 'Cadangkan ruang kerja ini',
  snapshotBackupAbout:
    'Setiap baris yang diimpor, beserta pengaturan, sasaran, dan peringatan — simpan secara pribadi.',
  snapshotShare: 'Bagikan KPI',
  snapshotShareAbout: 'Nilai KPI bulanan, kohort, sasaran; tanpa data tingkat pelanggan.',
  snapshotBuilding: 'Menyiapkan berkas…',
  snapshotProgress: ({ done, total }) => `${done} dari ${total} baris ditulis`,
  snapshotReady: ({ name, size }) => `${name} siap: ${size}.`,
  snapshotSave: 'Simpan berkas',
  snapshotCancel: 'Batal',
  snapshotClose: 'Tutup',
  snapshotCancelled: 'Berkas tidak dibuat.',
  snapshotSaved: ({ name }) => `${name} disimpan.`,
  snapshotNoWorkspace: 'Belum ada ruang kerja: impor berkas terlebih dahulu.',

  snapshotOpenHeading: 'Buka snapshot',
  snapshotOpenHelp:
    'Cadangan memulihkan ruang kerja; KPI yang dibagikan terbuka di penampil hanya-baca. Berkas snapshot juga bisa dijatuhkan di halaman Impor.',
  snapshotInputLabel: 'Pilih berkas snapshot (.yardstick.json)',
  snapshotReading: 'Memeriksa berkas…',
  snapshotPreviewHeading: ({ name }) => `Snapshot dari “${name}”`,
  snapshotPreviewMade: ({ date, app }) => `Dibuat pada ${date} oleh Yardstick ${app}.`,
  snapshotPreviewRows: ({ datasets, rows }) => `${datasets} dataset, ${rows} baris.`,
  snapshotPreviewGoals: ({ goals, rules }) => `${goals} sasaran, ${rules} aturan peringatan.`,
  snapshotMigrated: ({ steps }) => `Ditulis oleh versi lama; sudah diperbarui: ${steps}.`,
  snapshotModeLabel: 'Pulihkan ke',
  snapshotModeNew: 'Ruang kerja baru',
  snapshotModeReplace: ({ name }) => `“${name}”, menggantikan isinya`,
  snapshotConfirmNew: 'Pulihkan ke ruang kerja baru',
  snapshotConfirmReplace: ({ name }) => `Ganti “${name}”`,
  snapshotDuplicate: ({ name }) =>
    `Snapshot ini sudah dipulihkan sebagai “${name}”: membukanya lagi tidak menambah apa pun.`,
  snapshotRestoring: 'Memulihkan…',
  snapshotRestored: ({ name }) => `“${name}” dipulihkan. Ruang kerja itu sekarang ditampilkan.`,
  snapshotAlready: ({ name }) =>
    `Sudah dipulihkan sebagai “${name}”: tidak ada yang ditambahkan. Ruang kerja itu sekarang ditampilkan.`,
  snapshotUndo: 'Batalkan pemulihan',
  snapshotUndone: 'Pemulihan dibatalkan.',
  snapshotOpenViewer: 'Buka di penampil',
  snapshotKpisFile: 'Berkas ini berisi nilai KPI yang dibagikan: berkas dibuka di penampil hanya-baca.',

  snapshotEmpty: 'Berkas kosong.',
  snapshotTooBig: ({ size, limit }) => `Berkas terlalu besar untuk dibuka (${size}; paling besar ${limit}).`,
  snapshotTruncated: 'Berkas terpotong: berakhir di tengah. Salin atau unduh lagi.',
  snapshotNotJson: 'Ini bukan snapshot Yardstick: berkas ini bukan JSON.',
  snapshotWrongFormat: 'Berkas JSON ini bukan snapshot Yardstick: tidak bertanda “yardstick-snapshot”.',
  snapshotNewer: ({ version, supported }) =>
    `Snapshot ini versi ${version}, dibuat oleh Yardstick yang lebih baru; aplikasi ini membaca sampai versi ${supported}. Perbarui aplikasi, lalu buka lagi.`,
  snapshotUnknownVersion: ({ version }) =>
    `Snapshot ini bertanda versi ${version}, yang tidak pernah ditulis Yardstick.`,
  snapshotPrototypeKey: ({ key, path }) =>
    `Berkas ditolak demi keamanan: berisi kunci “${key}” (di ${path}), yang tidak ada di snapshot mana pun.`,
  snapshotWrongTypes: ({ path }) =>
    `Berkas berisi nilai berjenis salah di ${path || 'tingkat teratas'}: berkas diubah atau rusak setelah dibuat.`,
  snapshotLinkDamaged: 'Tautan rusak atau tidak lengkap: minta lagi tautannya, atau berkasnya.',
  snapshotLinkPassphrase: 'Frasa sandi salah, atau tautan telah diubah.',
  snapshotLinkNeedsPassphrase: 'Tautan ini dilindungi: masukkan frasa sandinya.',
  snapshotFailed: ({ message }) => `Snapshot tidak dapat dibuka: ${message}`,
  snapshotNothingWritten: 'Tidak ada yang diubah.',

  shareLinkButton: 'Buat tautan berbagi',
  shareLinkAbout:
    'Tautan memuat nilai KPI di dalam teksnya sendiri: siapa pun yang memilikinya dapat membukanya, juga secara luring.',
  shareLinkPassphrase: 'Frasa sandi (opsional)',
  shareLinkPassphraseHelp: 'Tidak pernah menjadi bagian tautan: kirimkan dengan cara lain.',
  shareLinkMake: 'Buat tautan',
  shareLinkMaking: 'Membuat tautan…',
  shareUrlLabel: 'Tautan berbagi',
  shareLinkLength: ({ count }) => `${count} karakter.`,
  shareLinkTooLong:
    'Tautan ini lebih dari 8.000 karakter: aplikasi obrolan dan surel bisa memotongnya. Kirim berkasnya saja.',
  shareLinkOfferFile: 'Simpan berkas KPI saja',
  shareLinkCopy: 'Salin tautan',
  shareLinkCopied: 'Tautan disalin ke papan klip.',
  shareLinkCopyFailed: 'Penyalinan tidak diizinkan di sini: pilih tautannya lalu salin.',

  viewerBanner: ({ name, date, source }) =>
    `KPI yang dibagikan dari “${name}”, dibuat pada ${date}, dibuka dari ${source}. Hanya-baca: tidak ada yang disimpan kecuali Anda menyimpannya.`,
  viewerFromLink: 'sebuah tautan',
  viewerFromFile: ({ name }) => `berkas ${name}`,
  viewerSave: 'Simpan sebagai ruang kerja',
  viewerSaveHelp:
    'Menjadi ruang kerja berisi nilai KPI: dasbor dan sasarannya menampilkan nilai itu, tetapi tidak dapat disegmentasi.',
  viewerSaved: ({ name }) => `Disimpan sebagai ruang kerja “${name}”.`,
  viewerPassphraseOpen: 'Buka',
  viewerNothing: 'Tidak ada yang ditampilkan: buka tautan berbagi, atau berkas snapshot KPI dari Pengaturan.',
  viewerOpening: 'Membuka KPI yang dibagikan…',
  viewerGoalsHeading: 'Sasaran',
  viewerNoGoals: 'Tidak ada sasaran yang dibagikan.',
  viewerTargetOf: ({ kpi, from, to }) => `${kpi}: dari ${from} ke ${to}`,
  viewerBoardLink: 'Papan',

  backupLast: ({ date }) => `Cadangan terakhir ruang kerja ini: ${date}.`,
  backupNever: 'Ruang kerja ini belum pernah dicadangkan di perangkat ini.',
  backupSuggest:
    'Peramban ini tidak menjanjikan untuk menyimpan data: data bisa dihapus saat ruang penyimpanan hampir penuh. Buat cadangan secara rutin.',
};
