// By hand: balance sheets (metrics.md §10, datasets.md §4, §8.2, §8.5) in Polish and Indonesian,
// row-per-period and transposed; values by hand.
import { describe, expect, it } from 'vitest';
import { csv, run } from './run.ts';

describe('Polish balance sheet, one row per period', () => {
  const text =
    [
      'data;aktywa obrotowe;zobowiązania krótkoterminowe;gotówka;należności;zapasy;aktywa razem;zobowiązania razem;kapitał własny;ebit;koszty odsetek',
      '31.03.2024;1 000 000,00;400 000,00;300 000,00;100 000,00;50 000,00;2 000 000,00;800 000,00;1 200 000,00;150 000,00;30 000,00',
      '30.06.2024;900 000,00;500 000,00;;100 000,00;100 000,00;1 900 000,00;1 000 000,00;(100 000,00);-20 000,00;0',
    ].join('\r\n') + '\r\n';
  const r = run([{ name: 'bilans.csv', text }], { locale: 'pl' });

  it('March', () => {
    expect(r.v('2024-03', 'current_ratio')).toBe(2.5); // 1 000 000 / 400 000
    expect(r.v('2024-03', 'quick_ratio')).toBe(1); // (300 000 + 0 securities + 100 000) / 400 000
    expect(r.v('2024-03', 'debt_to_equity')).toBeCloseTo(800 / 1200, 12);
    expect(r.v('2024-03', 'equity_ratio')).toBe(0.6);
    expect(r.v('2024-03', 'interest_coverage')).toBe(5);
  });

  it('months between periods are null; June with no cash and negative equity', () => {
    expect(r.v('2024-04', 'current_ratio')).toBeNull();
    expect(r.v('2024-06', 'quick_ratio')).toBe(1.6); // (900 000 − 100 000 inventory) / 500 000
    expect(r.v('2024-06', 'debt_to_equity')).toBe(-10); // 1 000 000 / −100 000
    expect(r.v('2024-06', 'equity_ratio')).toBeCloseTo(-100 / 1900, 12);
    expect(r.v('2024-06', 'interest_coverage')).toBeNull(); // interest 0
  });
});

describe('transposed sheets', () => {
  it('Polish line items, DD.MM.YYYY periods, a TTM column left out', () => {
    const text =
      [
        'Pozycja;31.03.2024;30.06.2024;TTM',
        'Aktywa obrotowe razem;1 000 000,00;900 000,00;',
        'Zobowiązania krótkoterminowe razem;400 000,00;500 000,00;',
        'Gotówka;300 000,00;;',
        'Należności;100 000,00;100 000,00;',
        'Zapasy;50 000,00;100 000,00;',
        'Pasywa razem;2 000 000,00;1 900 000,00;',
        'Zobowiązania razem;800 000,00;1 000 000,00;',
        'Kapitał własny;1 200 000,00;-100 000,00;',
      ].join('\r\n') + '\r\n';
    const r = run([{ name: 'bilans_t.csv', text }], { locale: 'pl' });
    expect(r.doc.files[0]).toMatchObject({ kind: 'balance_sheet', rows_stored: 2 });
    expect(r.v('2024-03', 'quick_ratio')).toBe(1);
    expect(r.v('2024-06', 'quick_ratio')).toBe(1.6);
    expect(r.v('2024-06', 'equity_ratio')).toBeCloseTo(-100 / 1900, 12);
  });

  it('Indonesian line items with month periods (`Des 2023` = 31 Dec)', () => {
    const r = run(
      [
        {
          name: 'neraca_t.csv',
          text: csv(
            'Keterangan,Des 2023,Jun 2024',
            'Jumlah aset lancar,"1.500.000","1.800.000"',
            'Jumlah liabilitas jangka pendek,"600.000","900.000"',
            'Kas,"450.000","300.000"',
            'Piutang,"100.000","200.000"',
            'Jumlah aset,"4.600.000","5.000.000"',
            'Jumlah liabilitas,"1.700.000","2.000.000"',
            'Jumlah ekuitas,"2.900.000","3.000.000"',
          ),
        },
      ],
      { locale: 'id' },
    );
    expect(r.v('2023-12', 'current_ratio')).toBe(2.5);
    expect(r.v('2023-12', 'quick_ratio')).toBeCloseTo(550 / 600, 12); // (450 + 0 + 100) / 600
    expect(r.v('2024-06', 'quick_ratio')).toBeCloseTo(500 / 900, 12);
    expect(r.v('2024-06', 'debt_to_equity')).toBeCloseTo(2 / 3, 12);
    expect(r.v('2024-06', 'equity_ratio')).toBe(0.6);
  });
});
