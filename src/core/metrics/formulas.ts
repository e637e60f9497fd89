// Formula text of every KPI in English, Indonesian and Polish, shown beside its value in the UI.
// Kept apart from the catalogue's numbers because translators edit only this file.

import type { KpiKey } from './catalogue.ts';

export type FormulaLanguage = 'en' | 'id' | 'pl';
export type FormulaText = Record<FormulaLanguage, string>;

const t = (en: string, id: string, pl: string): FormulaText => ({ en, id, pl });

export const FORMULAS: Record<KpiKey, FormulaText> = {
  mrr: t(
    'Sum of the normalised monthly price of every subscription live at the last moment of the month (month-end snapshot): a customer who joins and leaves within one month never appears. Yearly prices ÷ 12, weekly × 52/12, daily × 365/12, after quantity and discount.',
    'Jumlah harga bulanan ternormalisasi dari setiap langganan yang aktif pada saat terakhir bulan itu (snapshot akhir bulan): pelanggan yang bergabung dan berhenti dalam bulan yang sama tidak pernah muncul. Harga tahunan ÷ 12, mingguan × 52/12, harian × 365/12, setelah kuantitas dan diskon.',
    'Suma znormalizowanych miesięcznych cen wszystkich subskrypcji aktywnych w ostatniej chwili miesiąca (stan na koniec miesiąca): klient, który dołączy i odejdzie w tym samym miesiącu, nigdy się nie pojawia. Ceny roczne ÷ 12, tygodniowe × 52/12, dzienne × 365/12, po uwzględnieniu ilości i rabatu.',
  ),
  arr: t('12 × MRR of the month.', '12 × MRR bulan itu.', '12 × MRR danego miesiąca.'),
  new_mrr: t(
    'MRR at month end of customers paying for the first time.',
    'MRR akhir bulan dari pelanggan yang membayar untuk pertama kali.',
    'MRR na koniec miesiąca klientów płacących po raz pierwszy.',
  ),
  reactivation_mrr: t(
    'MRR at month end of customers who had paid before, stopped, and pay again.',
    'MRR akhir bulan dari pelanggan yang pernah membayar, berhenti, lalu membayar lagi.',
    'MRR na koniec miesiąca klientów, którzy płacili wcześniej, przestali i znów płacą.',
  ),
  expansion_mrr: t(
    'Increase in MRR of customers who paid at both month ends.',
    'Kenaikan MRR pelanggan yang membayar pada kedua akhir bulan.',
    'Wzrost MRR klientów płacących na koniec obu miesięcy.',
  ),
  contraction_mrr: t(
    'Decrease in MRR of customers who still pay at month end.',
    'Penurunan MRR pelanggan yang masih membayar pada akhir bulan.',
    'Spadek MRR klientów, którzy na koniec miesiąca nadal płacą.',
  ),
  churned_mrr: t(
    'Previous month-end MRR of customers who pay nothing at this month end.',
    'MRR akhir bulan sebelumnya dari pelanggan yang tidak membayar apa pun pada akhir bulan ini.',
    'MRR z końca poprzedniego miesiąca klientów, którzy na koniec tego miesiąca nic nie płacą.',
  ),
  net_new_mrr: t(
    'New + reactivation + expansion − contraction − churned MRR (equals the change in MRR).',
    'MRR baru + reaktivasi + ekspansi − kontraksi − churn (sama dengan perubahan MRR).',
    'MRR nowe + reaktywacje + ekspansja − kontrakcja − utracone (równe zmianie MRR).',
  ),
  customers: t(
    'Customers paying more than 0 at month end.',
    'Pelanggan yang membayar lebih dari 0 pada akhir bulan.',
    'Klienci płacący więcej niż 0 na koniec miesiąca.',
  ),
  new_customers: t(
    'Customers paying at month end for the first time.',
    'Pelanggan yang membayar pada akhir bulan untuk pertama kali.',
    'Klienci płacący na koniec miesiąca po raz pierwszy.',
  ),
  reactivated_customers: t(
    'Customers paying again at month end after a month end without paying.',
    'Pelanggan yang kembali membayar pada akhir bulan setelah akhir bulan tanpa membayar.',
    'Klienci ponownie płacący na koniec miesiąca po końcu miesiąca bez płatności.',
  ),
  churned_customers: t(
    'Customers who paid at the previous month end and pay nothing at this one.',
    'Pelanggan yang membayar pada akhir bulan sebelumnya dan tidak membayar pada akhir bulan ini.',
    'Klienci, którzy płacili na koniec poprzedniego miesiąca, a na koniec tego nic nie płacą.',
  ),
  customer_churn_rate: t(
    'Churned customers ÷ customers at the previous month end × 100.',
    'Pelanggan churn ÷ pelanggan pada akhir bulan sebelumnya × 100.',
    'Utraceni klienci ÷ klienci na koniec poprzedniego miesiąca × 100.',
  ),
  gross_mrr_churn_rate: t(
    '(Churned + contraction MRR) ÷ MRR of the previous month × 100.',
    '(MRR churn + kontraksi) ÷ MRR bulan sebelumnya × 100.',
    '(MRR utracone + kontrakcja) ÷ MRR poprzedniego miesiąca × 100.',
  ),
  net_mrr_churn_rate: t(
    '(Churned + contraction − expansion − reactivation MRR) ÷ MRR of the previous month × 100; negative is best.',
    '(MRR churn + kontraksi − ekspansi − reaktivasi) ÷ MRR bulan sebelumnya × 100; negatif adalah yang terbaik.',
    '(MRR utracone + kontrakcja − ekspansja − reaktywacje) ÷ MRR poprzedniego miesiąca × 100; wartość ujemna jest najlepsza.',
  ),
  nrr: t(
    '(Previous MRR + expansion − contraction − churned) ÷ previous MRR × 100.',
    '(MRR sebelumnya + ekspansi − kontraksi − churn) ÷ MRR sebelumnya × 100.',
    '(Poprzednie MRR + ekspansja − kontrakcja − utracone) ÷ poprzednie MRR × 100.',
  ),
  grr: t(
    '(Previous MRR − contraction − churned) ÷ previous MRR × 100.',
    '(MRR sebelumnya − kontraksi − churn) ÷ MRR sebelumnya × 100.',
    '(Poprzednie MRR − kontrakcja − utracone) ÷ poprzednie MRR × 100.',
  ),
  crr: t(
    '(Customers − new − reactivated) ÷ customers at the previous month end × 100.',
    '(Pelanggan − baru − aktif kembali) ÷ pelanggan pada akhir bulan sebelumnya × 100.',
    '(Klienci − nowi − reaktywowani) ÷ klienci na koniec poprzedniego miesiąca × 100.',
  ),
  arpa: t('MRR ÷ customers.', 'MRR ÷ jumlah pelanggan.', 'MRR ÷ liczba klientów.'),
  saas_quick_ratio: t(
    '(New + expansion MRR) ÷ (churned + contraction MRR).',
    '(MRR baru + ekspansi) ÷ (MRR churn + kontraksi).',
    '(MRR nowe + ekspansja) ÷ (MRR utracone + kontrakcja).',
  ),
  ltv: t(
    'ARPA (ARPU for a monthly sheet) × gross margin ÷ mean monthly customer churn of the six previous months.',
    'ARPA (ARPU untuk tabel bulanan) × margin kotor ÷ rata-rata churn pelanggan bulanan enam bulan sebelumnya.',
    'ARPA (ARPU dla arkusza miesięcznego) × marża brutto ÷ średni miesięczny odsetek utraconych klientów z sześciu poprzednich miesięcy.',
  ),
  cac: t(
    '(Sales + marketing costs) ÷ new customers; reactivations are not acquisitions.',
    '(Biaya penjualan + pemasaran) ÷ pelanggan baru; reaktivasi bukan akuisisi.',
    '(Koszty sprzedaży + marketingu) ÷ nowi klienci; reaktywacje nie są pozyskaniem.',
  ),
  ltv_cac: t('LTV ÷ CAC.', 'LTV ÷ CAC.', 'LTV ÷ CAC.'),
  cac_payback_months: t(
    'CAC ÷ (new MRR per new customer × gross margin), in months.',
    'CAC ÷ (MRR baru per pelanggan baru × margin kotor), dalam bulan.',
    'CAC ÷ (nowe MRR na nowego klienta × marża brutto), w miesiącach.',
  ),
  leads: t(
    'Leads created in the month.',
    'Prospek yang dibuat pada bulan itu.',
    'Leady utworzone w danym miesiącu.',
  ),
  lead_conversion_rate: t(
    'Leads created in the month that became paying customers ÷ leads created in the month × 100.',
    'Prospek yang dibuat pada bulan itu dan menjadi pelanggan berbayar ÷ prospek yang dibuat pada bulan itu × 100.',
    'Leady utworzone w miesiącu, które stały się płacącymi klientami ÷ leady utworzone w miesiącu × 100.',
  ),
  pqls: t(
    'Leads that became product-qualified in the month.',
    'Prospek yang menjadi PQL (memenuhi syarat produk) pada bulan itu.',
    'Leady, które w danym miesiącu stały się PQL (zakwalifikowane przez produkt).',
  ),
  pql_conversion_rate: t(
    'PQLs of the month that became paying customers ÷ PQLs of the month × 100.',
    'PQL bulan itu yang menjadi pelanggan berbayar ÷ PQL bulan itu × 100.',
    'PQL z danego miesiąca, które stały się płacącymi klientami ÷ PQL z tego miesiąca × 100.',
  ),
  sales_cycle_days: t(
    'Mean days from lead creation to conversion, over leads converted in the month.',
    'Rata-rata hari dari pembuatan prospek hingga konversi, untuk prospek yang berkonversi pada bulan itu.',
    'Średnia liczba dni od utworzenia leada do konwersji, dla leadów skonwertowanych w danym miesiącu.',
  ),
  visitor_conversion_rate: t(
    'Conversions ÷ website visitors × 100 (monthly sheet).',
    'Konversi ÷ pengunjung situs web × 100 (tabel bulanan).',
    'Konwersje ÷ odwiedzający stronę × 100 (arkusz miesięczny).',
  ),
  nps: t(
    '(Promoters 9–10 − detractors 0–6) ÷ responses × 100.',
    '(Promotor 9–10 − detraktor 0–6) ÷ jumlah tanggapan × 100.',
    '(Promotorzy 9–10 − krytycy 0–6) ÷ liczba odpowiedzi × 100.',
  ),
  nps_responses: t(
    'NPS responses in the month.',
    'Jumlah tanggapan NPS pada bulan itu.',
    'Odpowiedzi NPS w danym miesiącu.',
  ),
  mau: t(
    'Distinct users with at least one event in the month.',
    'Pengguna unik dengan setidaknya satu peristiwa pada bulan itu.',
    'Unikalni użytkownicy z co najmniej jednym zdarzeniem w miesiącu.',
  ),
  avg_dau: t(
    'Mean number of distinct users per day, over the days of the month between the first and last event of the data.',
    'Rata-rata pengguna unik per hari, pada hari-hari bulan itu antara peristiwa pertama dan terakhir dalam data.',
    'Średnia liczba unikalnych użytkowników dziennie, w dniach miesiąca między pierwszym a ostatnim zdarzeniem w danych.',
  ),
  stickiness: t('Average DAU ÷ MAU × 100.', 'Rata-rata DAU ÷ MAU × 100.', 'Średnie DAU ÷ MAU × 100.'),
  new_users: t(
    'Users whose first event is in the month.',
    'Pengguna yang peristiwa pertamanya terjadi pada bulan itu.',
    'Użytkownicy, których pierwsze zdarzenie przypada na ten miesiąc.',
  ),
  activation_rate: t(
    'Share of new users with the activation event within 7 days of their first event.',
    'Persentase pengguna baru yang melakukan peristiwa aktivasi dalam 7 hari sejak peristiwa pertama.',
    'Odsetek nowych użytkowników ze zdarzeniem aktywacji w ciągu 7 dni od pierwszego zdarzenia.',
  ),
  dropoff_7d: t(
    'Share of new users (first event at least 7 days before the end of the data) with no event 7 days or more after their first.',
    'Persentase pengguna baru (peristiwa pertama minimal 7 hari sebelum akhir data) tanpa peristiwa 7 hari atau lebih setelah peristiwa pertama.',
    'Odsetek nowych użytkowników (pierwsze zdarzenie co najmniej 7 dni przed końcem danych) bez zdarzenia 7 lub więcej dni po pierwszym.',
  ),
  'feature_adoption:': t(
    'Distinct users with this event in the month ÷ MAU × 100.',
    'Pengguna unik dengan peristiwa ini pada bulan itu ÷ MAU × 100.',
    'Unikalni użytkownicy z tym zdarzeniem w miesiącu ÷ MAU × 100.',
  ),
  current_ratio: t(
    'Current assets ÷ current liabilities.',
    'Aset lancar ÷ kewajiban lancar.',
    'Aktywa obrotowe ÷ zobowiązania krótkoterminowe.',
  ),
  quick_ratio: t(
    '(Cash + marketable securities + receivables) ÷ current liabilities, a missing securities or receivables value counting as 0; without cash: (current assets − inventory) ÷ current liabilities (missing inventory = 0).',
    '(Kas + surat berharga + piutang) ÷ kewajiban lancar, nilai surat berharga atau piutang yang tidak ada dihitung 0; tanpa kas: (aset lancar − persediaan) ÷ kewajiban lancar (persediaan yang tidak ada = 0).',
    '(Gotówka + papiery wartościowe + należności) ÷ zobowiązania krótkoterminowe, przy czym brakujące papiery wartościowe lub należności liczą się jako 0; bez gotówki: (aktywa obrotowe − zapasy) ÷ zobowiązania krótkoterminowe (brak zapasów = 0).',
  ),
  debt_to_equity: t(
    'Total liabilities (or total debt) ÷ total equity; negative equity is flagged.',
    'Total kewajiban (atau total utang) ÷ total ekuitas; ekuitas negatif ditandai.',
    'Zobowiązania razem (lub zadłużenie) ÷ kapitał własny; ujemny kapitał jest oznaczany.',
  ),
  equity_ratio: t(
    'Total equity ÷ total assets.',
    'Total ekuitas ÷ total aset.',
    'Kapitał własny ÷ aktywa razem.',
  ),
  interest_coverage: t('EBIT ÷ interest expense.', 'EBIT ÷ beban bunga.', 'EBIT ÷ koszty odsetek.'),
  revenue: t(
    'Revenue column of the monthly sheet.',
    'Kolom pendapatan dari tabel bulanan.',
    'Kolumna przychodu z arkusza miesięcznego.',
  ),
  users: t(
    'Users column of the monthly sheet.',
    'Kolom pengguna dari tabel bulanan.',
    'Kolumna użytkowników z arkusza miesięcznego.',
  ),
  visitors: t(
    'Visitors column of the monthly sheet.',
    'Kolom pengunjung dari tabel bulanan.',
    'Kolumna odwiedzających z arkusza miesięcznego.',
  ),
  conversions: t(
    'Conversions column of the monthly sheet.',
    'Kolom konversi dari tabel bulanan.',
    'Kolumna konwersji z arkusza miesięcznego.',
  ),
  arpu: t(
    'Revenue ÷ users (customers when the sheet has no users column).',
    'Pendapatan ÷ pengguna (pelanggan bila tabel tidak memiliki kolom pengguna).',
    'Przychód ÷ użytkownicy (klienci, gdy arkusz nie ma kolumny użytkowników).',
  ),
  sales_cost: t(
    'Sales costs of the month.',
    'Biaya penjualan bulan itu.',
    'Koszty sprzedaży w danym miesiącu.',
  ),
  marketing_cost: t(
    'Marketing costs of the month.',
    'Biaya pemasaran bulan itu.',
    'Koszty marketingu w danym miesiącu.',
  ),
  'custom:': t(
    'Column of the monthly sheet, shown as it is.',
    'Kolom dari tabel bulanan, ditampilkan apa adanya.',
    'Kolumna arkusza miesięcznego, pokazana bez zmian.',
  ),
};
