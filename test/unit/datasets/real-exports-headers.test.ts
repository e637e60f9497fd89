// datasets.md §8.1–8.3: header matching, the synonyms found in real exports, and costs read from
// marketing channel files. Small files written for each shape.
import { describe, expect, it } from 'vitest';
import { detectKind, mapHeaders } from '../../../src/core/datasets/detect.ts';
import { headerKey } from '../../../src/core/datasets/synonyms.ts';
import { col, run } from './helpers.ts';

describe('§8.1 header matching', () => {
  it('drops a trailing colon and reads apostrophes and dots like spaces', () => {
    expect(headerKey('Current Assets:')).toBe(headerKey('current_assets'));
    expect(headerKey("Total Stockholders' Equity")).toBe(headerKey('total stockholders equity'));
    expect(headerKey('Total Stockholders’ Equity')).toBe(headerKey('total stockholders equity'));
    expect(headerKey('No. of shares')).toBe(headerKey('no of shares'));
    // Only a trailing colon goes: one inside the header is part of its name.
    expect(headerKey('a:b')).not.toBe(headerKey('ab'));
  });

  it('maps a balance sheet written with colons', () => {
    const m = mapHeaders('balance_sheet', ['Year:', 'Current Assets:', 'Current Liabilities:']);
    expect([...m]).toEqual([
      ['period_end', 0],
      ['current_assets', 1],
      ['current_liabilities', 2],
    ]);
  });
});

describe('§8.2 synonyms', () => {
  const table: [Parameters<typeof mapHeaders>[0], string, string][] = [
    ['subscriptions', 'started_at', 'start'],
    ['subscriptions', 'kwota', 'amount'],
    ['subscriptions', 'unit_amount', 'amount'],
    ['subscriptions', 'amount_cents', 'amount'],
    ['leads', 'mql_id', 'lead_id'],
    ['leads', 'first_contact_date', 'created_at'],
    ['leads', 'first_contact', 'created_at'],
    ['leads', 'won_date', 'converted_at'],
    ['leads', 'closed_won_date', 'converted_at'],
    ['leads', 'won_at', 'converted_at'],
    ['leads', 'origin', 'source'],
    ['events', 'usage_date', 'timestamp'],
    ['events', 'event_date', 'timestamp'],
    ['events', 'feature_name', 'event'],
    ['costs', 'day', 'month'],
    ['costs', 'tanggal', 'month'],
    ['costs', 'channel', 'category'],
    ['costs', 'source', 'category'],
    ['costs', 'campaign', 'category'],
    ['costs', 'kategori', 'category'],
    ['costs', 'kategoria', 'category'],
    ['costs', 'spend', 'amount'],
    ['costs', 'cost', 'amount'],
    ['costs', 'ad_spend', 'amount'],
    ['costs', 'biaya', 'amount'],
    ['costs', 'koszt', 'amount'],
    ['monthly_sheet', 'Total_Customers', 'customers'],
    ['monthly_sheet', 'active_customers', 'customers'],
    ['monthly_sheet', 'customer_count', 'customers'],
    ['monthly_sheet', 'paying_customers', 'customers'],
    ['balance_sheet', 'year', 'period_end'],
    ['balance_sheet', 'tahun', 'period_end'],
    ['balance_sheet', 'rok', 'period_end'],
    ['balance_sheet', 'Report Date', 'period_end'],
    ['balance_sheet', 'period', 'period_end'],
    ['balance_sheet', 'Total Current Assets', 'current_assets'],
    ['balance_sheet', 'Total Current Liabilities', 'current_liabilities'],
    ['balance_sheet', 'Cash And Cash Equivalents', 'cash'],
    ['balance_sheet', 'Receivables', 'accounts_receivable'],
    ['balance_sheet', 'Net Receivables', 'accounts_receivable'],
    ['balance_sheet', 'Total Liabilities Net Minority Interest', 'total_liabilities'],
    ['balance_sheet', 'Total Equity Gross Minority Interest', 'total_equity'],
    ['balance_sheet', 'Stockholders Equity', 'total_equity'],
    ['balance_sheet', "Total Stockholders' Equity", 'total_equity'],
    ['balance_sheet', "Total Shareholders' Equity", 'total_equity'],
    ['balance_sheet', 'aset_lancar', 'current_assets'],
    ['balance_sheet', 'Jumlah aset lancar', 'current_assets'],
    ['balance_sheet', 'Liabilitas jangka pendek', 'current_liabilities'],
    ['balance_sheet', 'Jumlah liabilitas', 'total_liabilities'],
    ['balance_sheet', 'Jumlah ekuitas', 'total_equity'],
    ['balance_sheet', 'Aktywa obrotowe razem', 'current_assets'],
    ['balance_sheet', 'Zobowiązania krótkoterminowe razem', 'current_liabilities'],
  ];
  it.each(table)('%s: %s is %s', (kind, header, field) => {
    expect(mapHeaders(kind, ['zzz', header]).get(field)).toBe(1);
  });

  it('takes `created` as the start only when there is no start column', () => {
    expect(mapHeaders('subscriptions', ['customer', 'created', 'started_at']).get('start')).toBe(2);
    expect(mapHeaders('subscriptions', ['customer', 'created']).get('start')).toBe(1);
  });

  it('reads the wide cost headers of Polish and Indonesian sheets', () => {
    const pl = run('miesiąc,koszt_sprzedaży,koszt_marketingu\n2024-01,100,250\n', { locale: 'pl' });
    expect(pl.kind).toBe('costs');
    expect(col(pl, 'category')).toEqual(['sales', 'marketing']);
    expect(col(pl, 'amount')).toEqual([100, 250]);
    const id = run('bulan,biaya_penjualan,biaya_pemasaran\n2024-01,70,30\n', { locale: 'id' });
    expect(id.kind).toBe('costs');
    expect(col(id, 'category')).toEqual(['sales', 'marketing']);
  });

  it('reads Olist-style leads and a monthly sheet counting Total_Customers', () => {
    const leads = run('mql_id,first_contact_date,landing_page_id,origin\nm1,2023-01-03,lp1,organic_search\n');
    expect(leads.kind).toBe('leads');
    expect(col(leads, 'source')).toEqual(['organic_search']);
    const sheet = run('month,mrr,Total_Customers\n2023-01,1000,10\n2023-02,1100,11\n');
    expect(sheet.kind).toBe('monthly_sheet');
    expect(col(sheet, 'customers')).toEqual([10, 11]);
  });
});

describe('§8.3 costs from a marketing channel file', () => {
  it('reads `month, channel, spend` with several rows a month as costs, all of them kept', () => {
    const csv =
      'month,channel,spend\n' +
      '2023-01,google,400\n2023-01,facebook,300\n2023-01,linkedin,500\n2023-01,Sales,400\n' +
      '2023-02,google,100\n';
    const r = run(csv);
    expect(r.kind).toBe('costs');
    expect(detectKind(['month', 'channel', 'spend']).kind).toBe('costs');
    expect(r.rowsStored).toBe(5);
    // Every channel counts as marketing except a sales word: 400 + 300 + 500 in January.
    expect(col(r, 'category')).toEqual(['marketing', 'marketing', 'marketing', 'sales', 'marketing']);
    expect(col(r, 'amount')).toEqual([400, 300, 500, 400, 100]);
  });

  it('does the same for a category column named source or campaign, and for daily rows', () => {
    const r = run('day,campaign,cost\n2023-01-30,brand,10\n2023-01-31,penjualan,5\n2023-02-01,retarget,7\n');
    expect(r.kind).toBe('costs');
    expect(col(r, 'category')).toEqual(['marketing', 'sales', 'marketing']);
    expect(col(r, 'month')).toEqual([
      '2023-01-01T00:00:00.000Z',
      '2023-01-01T00:00:00.000Z',
      '2023-02-01T00:00:00.000Z',
    ]);
    const s = run('date,source,spend\n2023-01-02,newsletter,3\n');
    expect(col(s, 'category')).toEqual(['marketing']);
  });

  it('keeps a category column under its own name as it was: unknown values stay other', () => {
    const r = run('month,category,amount\n2023-01,google,10\n2023-01,marketing,5\n');
    expect(col(r, 'category')).toEqual(['other', 'marketing']);
  });

  it('reads a file without a category whose amount is spend as marketing', () => {
    for (const header of ['spend', 'ad_spend', 'marketing_spend']) {
      const r = run(`month,${header}\n2023-01,120\n2023-02,80\n`);
      expect(r.kind, header).toBe('costs');
      expect(col(r, 'category')).toEqual(['marketing', 'marketing']);
      expect(col(r, 'amount')).toEqual([120, 80]);
    }
  });

  it('asks for a category when the amount column is a plain cost', () => {
    expect(detectKind(['month', 'cost']).kind).not.toBe('costs');
  });
});
