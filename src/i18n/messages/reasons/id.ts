import type { ReasonMessages } from './en.ts';
import { listWith, wordFrom } from '../words.ts';

/** A field in a word or two: `found usage_date (time)`. */
const FIELD_WORDS = wordFrom(
  {
    customer_id: 'pelanggan',
    subscription_id: 'langganan',
    start: 'tanggal mulai',
    end: 'tanggal berakhir',
    amount: 'jumlah tagihan',
    interval_unit: 'periode tagihan',
    mrr: 'MRR',
    lead_id: 'prospek',
    created_at: 'tanggal dibuat',
    converted_at: 'tanggal konversi',
    responded_at: 'tanggal respons',
    score: 'skor',
    user_id: 'pengguna',
    timestamp: 'waktu',
    event: 'peristiwa',
    month: 'bulan',
    category: 'kategori',
    period_end: 'akhir periode',
  },
  (field) => field.replace(/_/g, ' '),
);

/** Kind names inside the closest-kind message. */
const KIND_WORDS = wordFrom({
  subscriptions: 'data langganan',
  leads: 'data prospek',
  nps: 'survei NPS',
  events: 'peristiwa produk',
  costs: 'data biaya',
  monthly_sheet: 'lembar bulanan',
  balance_sheet: 'neraca',
});

export const reasonsId: ReasonMessages = {
  rowQuoteUnclosed:
    'tanda kutip yang dibuka di baris ini tidak pernah ditutup, sehingga sisa file tidak dapat dibaca sebagai baris',
  rowQuoteTrailing: 'ada teks setelah tanda kutip penutup sebuah nilai',
  rowFieldCount: ({ expected, found }) =>
    `seharusnya ${expected} kolom, ditemukan ${found} (${found > expected ? 'terlalu banyak' : 'terlalu sedikit'})`,
  rowCellEmpty: ({ column }) => `${column} kosong`,
  rowNotNumber: ({ column, value }) => `${column}: "${value}" bukan angka`,
  rowNotDate: ({ column, value }) => `${column}: "${value}" bukan tanggal yang valid`,
  rowNotMonth: ({ column, value }) => `${column}: "${value}" bukan bulan atau tanggal yang valid`,
  rowNotInterval: ({ column, value }) => `${column}: "${value}" bukan periode penagihan`,
  rowNotBool: ({ column, value }) => `${column}: "${value}" bukan nilai ya atau tidak`,
  rowSecondRow: ({ period }) => `baris kedua untuk ${period}`,
  rowNotScore: ({ column, value }) => `${column}: "${value}" bukan bilangan bulat dari 0 sampai 10`,
  rejectedCsvLine: 'baris',
  rejectedCsvReason: 'alasan',

  fileSpreadsheet:
    'ini buku kerja spreadsheet, bukan file CSV: simpan lembarnya sebagai CSV (atau Unicode Text) lalu impor file tersebut',
  fileNotText: 'file tidak dapat dibaca: isinya bukan teks (mengandung byte NUL)',
  fileBadEncoding: ({ encoding }) => `file tidak dapat dibaca: byte-nya bukan teks ${encoding} yang valid`,
  fileEmpty: 'file kosong',
  fileNoHeader: 'file tidak memiliki baris judul kolom',
  fileDatedTooLarge: 'lembar sebesar ini dengan tanggal sebagai judul kolom tidak dapat dibaca',
  fileRestUnreadable: ({ line, lines }) =>
    `Tanda kutip yang dibuka di baris ${line} tidak pernah ditutup, sehingga ${lines === 1 ? 'baris itu' : `${lines} baris dari sana sampai akhir file`} tidak dapat dibaca sebagai baris data. Tidak ada yang diimpor dari file ini kecuali Anda memilih untuk menyimpan baris sebelumnya.`,
  fileMissingColumn: ({ kind, missing, headers }) =>
    `${kind} memerlukan kolom untuk ${missing} (judul kolom: ${headers})`,
  kindNoneClosest: ({ headers, kind, found, missing }) =>
    `tidak ada jenis data yang cocok dengan judul kolom (${headers}): tampaknya ${kind}: ditemukan ${found}; belum ada: ${missing}`,
  kindNoneNothing: ({ headers }) =>
    `tidak ada jenis data yang cocok dengan judul kolom (${headers}): tidak ada kolom yang menyebut bidang dari jenis mana pun`,
  kindExportPayments: ({ headers }) =>
    `ini ekspor pembayaran (judul kolom: ${headers}): isinya pembayaran, bukan langganan; impor ekspor langganan sebagai gantinya`,
  kindExportInvoices: ({ headers }) =>
    `ini ekspor faktur (judul kolom: ${headers}): isinya faktur, bukan langganan; impor ekspor langganan sebagai gantinya`,
  stripeNoPrice:
    'ekspor langganan Stripe ini tidak memiliki kolom Amount dan Interval; ekspor ulang dengan kolom harga',
  fieldWord: ({ field }) => FIELD_WORDS(field),
  fieldMissing: ({ word }) => `kolom ${word}`,
  fieldOrMrr: ' (atau kolom MRR)',
  listAnd: listWith('dan'),
  kindLooksLike: ({ kind }) => KIND_WORDS(kind),
  kindTie: ({ headers, kinds, required, optional }) =>
    `tidak ada jenis data yang lebih cocok dengan judul kolom (${headers}) dibanding yang lain: ${kinds.join(' dan ')} sama cocoknya (${required} kolom wajib, ${optional} kolom opsional)`,
  kindMatch: ({ kind, required, optional }) =>
    `${kind} cocok dengan ${required} kolom wajib dan ${optional} kolom opsional`,
  kindMatchNext: ({ kind, required, optional }) => `berikutnya: ${kind}, ${required} dan ${optional}`,
  kindChosen: ({ detected }) => `dipilih oleh Anda (terdeteksi: ${detected})`,
  kindDetectedNone: 'tidak ada',
  kindTransposed: ({ detection }) => `${detection}; lembar ini diputar (pos di baris, periode di kolom)`,

  warnHeaderUnnamed: ({ column, name }) => `kolom ${column} tidak bernama: diberi nama ${name}`,
  warnHeaderRepeated: ({ column, header, name }) =>
    `kolom ${column} mengulang "${header}": diberi nama ${name}`,
  warnMappingNoColumn: ({ field, header }) => `pemetaan untuk ${field}: tidak ada kolom "${header}"`,
  warnReplacementChars: 'file sudah berisi karakter pengganti U+FFFD: sebagian teks rusak sebelum diekspor',
  warnNoIntervalCount:
    'tidak ada kolom Interval Count: jumlah 1 diasumsikan, sehingga harga triwulanan yang diekspor sebagai "month" akan terlalu tinggi',
  warnSeveralCurrencies: ({ currencies }) => `beberapa mata uang (${currencies}): kurs konversi diperlukan`,
  warnDecimalGuessed: ({ columns, comma }) =>
    `setiap angka di ${columns} bisa dibaca dua cara (1,500 atau 1.500): dibaca dengan desimal ${comma ? 'koma' : 'titik'}`,
  warnDateOrderGuessed: ({ columns, dayFirst }) =>
    `setiap tanggal di ${columns} berhari 12 atau kurang: dibaca ${dayFirst ? 'hari' : 'bulan'} lebih dulu`,
  warnAmountsCents: ({ columns }) =>
    `jumlah dibaca sebagai sen (${columns}): dibagi 100, kecuali untuk mata uang tanpa desimal`,
  warnColumnsSkipped: ({ columns }) => `kolom yang bukan periode dilewati: ${columns}`,
  warnTitleRows: ({ lines }) => `baris judul di atas judul kolom dilewati (baris ${lines})`,
};
