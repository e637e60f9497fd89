// datasets.md §8.6: the preview says when amounts are read as cents and offers to read them as
// they are; the choice reaches the analysis and the import.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { locale } from '../../src/state/locale.svelte.ts';
import ImportPanel from '../../src/ui/import/ImportPanel.svelte';
import { csvFile, harness, settle } from './import-harness.ts';

const API =
  'id,customer,start_date,plan_amount,plan_currency,plan_interval\nsub_1,cus_1,2023-01-04,2500,usd,month\n';

beforeEach(() => locale.set('en'));

describe('amounts in cents', () => {
  it('says the amounts are read as cents and switches to reading them as they are', async () => {
    const h = await harness();
    h.session.add([csvFile('stripe-api.csv', API)]);
    render(ImportPanel, { session: h.session, workspaces: h.workspaces });
    await settle();
    const preview = await screen.findByTestId('import-preview');
    expect(preview).toHaveTextContent('amounts read as cents (plan_amount)');
    const toggle = within(preview).getByRole('switch', { name: /Read plan_amount as cents/ });
    expect(toggle).toBeChecked();

    await userEvent.click(toggle);
    await settle();
    expect(h.analyses().at(-1)).toMatchObject({ type: 'analyse', options: { cents: false } });
    expect(within(screen.getByTestId('import-preview')).getByRole('switch')).not.toBeChecked();
    expect(screen.getByTestId('import-preview')).not.toHaveTextContent('amounts read as cents');
  });
});
