// The shared form pieces: a label names its control, the hint and the problem describe it, a typed
// number is read as the UI language writes it, and a choice offers its options in order.
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { createRawSnippet } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { locale } from '../../src/state/locale.svelte.ts';
import Field from '../../src/ui/common/Field.svelte';
import NumberField from '../../src/ui/common/NumberField.svelte';
import SelectField from '../../src/ui/common/SelectField.svelte';
import TextField from '../../src/ui/common/TextField.svelte';

afterEach(() => locale.set('en'));

/** What a Field hands its control. */
interface FieldControl {
  id: string;
  describedby: string | undefined;
  invalid: boolean;
}

/** A plain text box as the caller's control, wearing what the Field hands it. */
const box = createRawSnippet((control: () => FieldControl) => ({
  render: () => {
    const c = control();
    const describedby = c.describedby ? ` aria-describedby="${c.describedby}"` : '';
    return `<input id="${c.id}"${describedby} aria-invalid="${c.invalid}" />`;
  },
}));

describe('Field', () => {
  it('names its control by the label and describes it by the unit, the hint and the problem', () => {
    render(Field, {
      id: 'f-rate',
      label: 'Rate',
      unit: 'USD',
      hint: 'Per month',
      error: 'Type a number',
      children: box,
    });
    const input = screen.getByLabelText('Rate');
    expect(input).toHaveAttribute('id', 'f-rate');
    expect(input).toHaveAccessibleDescription('USD Per month Type a number');
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  it('leaves the control undescribed and valid when there is nothing to say', () => {
    render(Field, { id: 'f-name', label: 'Name', children: box });
    const input = screen.getByLabelText('Name');
    expect(input).not.toHaveAttribute('aria-describedby');
    expect(input).toHaveAttribute('aria-invalid', 'false');
  });
});

describe('NumberField', () => {
  it('reads 15.800 typed in Indonesian as 15800 and says so beside the field', async () => {
    locale.set('id');
    render(NumberField, { id: 'n-rate', label: 'Kurs', read: 'rate-read' });
    await userEvent.type(screen.getByLabelText('Kurs'), '15.800');
    const read = screen.getByTestId('rate-read');
    expect(read.dataset.value).toBe('15800');
    expect(read).toHaveTextContent('dibaca sebagai 15.800');
    expect(screen.getByLabelText('Kurs')).toHaveAccessibleDescription('dibaca sebagai 15.800');
  });

  it('reads the same text as 15.8 in English, and says when it is no number yet', async () => {
    render(NumberField, { id: 'n-rate', label: 'Rate', read: 'rate-read' });
    const input = screen.getByLabelText('Rate');
    await userEvent.type(input, '15.800');
    expect(screen.getByTestId('rate-read').dataset.value).toBe('15.8');
    await userEvent.clear(input);
    await userEvent.type(input, 'abc');
    expect(screen.getByTestId('rate-read')).toHaveTextContent('not a number yet');
    expect(input).toHaveAttribute('inputmode', 'decimal');
  });
});

describe('TextField', () => {
  it('marks a required box and ties its problem to it', () => {
    render(TextField, { id: 't-name', label: 'Name', required: true, error: 'A name is needed' });
    const input = screen.getByRole('textbox', { name: 'Name' });
    expect(input).toBeRequired();
    expect(input).toBeInvalid();
    expect(input).toHaveAccessibleDescription('A name is needed');
  });
});

describe('SelectField', () => {
  it('offers its options in order, then the group, under the label', async () => {
    render(SelectField, {
      id: 's-kpi',
      label: 'KPI',
      value: 'mrr',
      options: { mrr: 'MRR', churn: 'Churn' },
      group: { label: 'No data', options: { nps: 'NPS' } },
      testid: 'kpi',
    });
    const select = screen.getByRole('combobox', { name: 'KPI' });
    expect(select).toHaveValue('mrr');
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['MRR', 'Churn', 'NPS']);
    expect(screen.getByRole('group', { name: 'No data' })).toBeInTheDocument();
    await userEvent.selectOptions(select, 'churn');
    expect(screen.getByTestId('kpi')).toHaveValue('churn');
  });
});
