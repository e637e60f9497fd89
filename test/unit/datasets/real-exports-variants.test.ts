// datasets.md §8 on variants real exports have: every zero-decimal currency, header spellings,
// one row per period however written, a transposed Polish sheet, an Excel re-save of Stripe.
import { describe, expect, it } from 'vitest';
import { ingestErrorEn } from '../../../src/i18n/reasons-english.ts';
import { col, ingestError, run } from './helpers.ts';

const day = (iso: string) => `${iso}T00:00:00.000Z`;

describe('§8.6 amounts in cents: every zero-decimal currency, and only the named columns', () => {
  it('divides by 1 for KRW, VND, CLP, ISK, UGX, XAF, XOF and by 100 otherwise', () => {
    const codes = ['krw', 'VND', 'clp', 'ISK', 'ugx', 'XAF', 'xof', 'usd', 'PLN'];
    const rows = codes.map((c, i) => `c${i},2023-01-01,5000,${c},month`).join('\n');
    const r = run(`customer_id,start,unit_amount,currency,interval\n${rows}\n`);
    expect(col(r, 'amount')).toEqual([5000, 5000, 5000, 5000, 5000, 5000, 5000, 50, 50]);
  });

  it('recognises `Plan Amount` / `UNIT AMOUNT` spellings in a `;` file', () => {
    for (const h of ['Plan Amount', 'UNIT AMOUNT', 'Amount_Cents']) {
      const r = run(`\ufeffcustomer_id;start;${h};currency;interval\nc1;01.02.2023;1999;eur;month\n`, {
        locale: 'pl',
      });
      expect(col(r, 'amount'), h).toEqual([19.99]);
      expect(r.cents, h).toEqual({ columns: [h], on: true });
    }
  });

  it('never divides price, harga, cena, kwota or mrr_amount', () => {
    for (const h of ['price', 'harga', 'cena', 'kwota']) {
      const r = run(`customer_id,start,${h},interval\nc1,2023-01-01,1999,month\n`);
      expect(col(r, 'amount'), h).toEqual([1999]);
      expect(r.cents, h).toBeNull();
    }
    const mrr = run('customer_id,start_date,mrr_amount\nc1,2023-01-01,1999\n');
    expect(col(mrr, 'mrr')).toEqual([1999]);
  });
});

describe('§8.4 one row per period, whatever the spelling', () => {
  it('rejects later rows of a monthly sheet that name the same month in Polish or as a date', () => {
    const r = run(
      'miesiąc;przychód;klienci\nstyczeń 2023;100;1\nsty 2023;200;2\n01.2023;300;3\n15.01.2023;350;3\nluty 2023;1,5;4\n',
      {
        locale: 'pl',
      },
    );
    expect(r.kind).toBe('monthly_sheet');
    expect(col(r, 'revenue')).toEqual([100, 1.5]);
    expect(r.rejected.map((x) => x.line)).toEqual([3, 4, 5]);
    expect(r.rejected.every((x) => x.reason.code === 'second-row' && x.reason.period === '2023-01')).toBe(
      true,
    );
  });

  it('rejects later balance-sheet rows for the same period end: 2022 = 31/12/2022 = Des 2022', () => {
    const r = run(
      'tahun;aset lancar;kewajiban lancar\n2022;100;50\n31/12/2022;110;50\nDes 2022;120;50\n2023;130;60\n',
      {
        locale: 'id',
      },
    );
    expect(col(r, 'period_end')).toEqual([day('2022-12-31'), day('2023-12-31')]);
    expect(col(r, 'current_assets')).toEqual([100, 130]);
    expect(r.rejected).toEqual([
      { line: 3, reason: { code: 'second-row', period: '2022-12-31' } },
      { line: 4, reason: { code: 'second-row', period: '2022-12-31' } },
    ]);
  });
});

describe('§8.5 a transposed Polish sheet with a notes column', () => {
  it('skips and names the `Nota` column, reads decimal commas, years as 31 December', () => {
    const r = run(
      '\ufeffPozycja;Nota;2023;2022\n' +
        'Aktywa obrotowe razem;5;1 250,50;1 100,00\n' +
        'Zobowiązania krótkoterminowe razem;6;500,25;400,00\n' +
        'Gotówka;;100,00;90,00\n',
      { locale: 'pl' },
    );
    expect(r.kind).toBe('balance_sheet');
    expect(col(r, 'period_end')).toEqual([day('2023-12-31'), day('2022-12-31')]);
    expect(col(r, 'current_assets')).toEqual([1250.5, 1100]);
    expect(col(r, 'current_liabilities')).toEqual([500.25, 400]);
    expect(col(r, 'cash')).toEqual([100, 90]);
    expect(r.warnings).toContainEqual({ code: 'columns-skipped', columns: ['Nota'] });
  });
});

describe('§8.7 a Stripe export re-saved by Excel', () => {
  it('is still refused for its missing price columns with a BOM and `;`', () => {
    const csv =
      '\ufeffid;Customer ID;Customer Email;Plan;Quantity;Status;Created (UTC);Start (UTC);Current Period Start (UTC);Current Period End (UTC);Canceled At (UTC);Ended At (UTC)\n' +
      'sub_1;cus_1;a@x.test;Pro;1;active;2023-01-05 10:00;2023-01-05 10:00;2023-02-05 10:00;2023-03-05 10:00;;\n';
    const e = ingestError(() => run(csv, {}, 'subs.csv'));
    expect(ingestErrorEn(e)).toBe(
      'subs.csv: this Stripe subscriptions export has no Amount and Interval columns; export it with the price columns',
    );
  });
});

describe('§8.2/§8.3 a `source` column of a leads file stays the lead source', () => {
  it('keeps the values as written (no cost category folding)', () => {
    const r = run('email,created,source\na@x.test,2023-01-02,Sales\nb@x.test,2023-01-03,google\n');
    expect(r.kind).toBe('leads');
    expect(col(r, 'source')).toEqual(['Sales', 'google']);
  });
});
