// A segment value that matches no subscription: the bar says so, in the page's language.
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { metrics } from '../../src/state/app.svelte.ts';
import { locale } from '../../src/state/locale.svelte.ts';
import SegmentBar from '../../src/ui/dashboard/SegmentBar.svelte';
import { fixtureAnswer } from './dashboard-fixture.ts';
import { goToHash } from './hash.ts';

afterEach(() => {
  metrics.result = null;
  locale.set('en');
});

describe('segment bar warning', () => {
  it('warns when a filter value matches nothing', async () => {
    locale.set('en');
    await goToHash('#/?plan=gold');
    metrics.result = fixtureAnswer({ segment: { plan: ['gold'] } });
    render(SegmentBar);
    expect(screen.getByTestId('segment-miss')).toHaveTextContent(
      'plan=gold matches no subscription, so the subscription KPIs are zero',
    );
  });

  it('words the warning in the page language and stays quiet when every value matches', async () => {
    locale.set('pl');
    await goToHash('#/?plan=gold');
    metrics.result = fixtureAnswer({ segment: { plan: ['gold'] } });
    const { unmount } = render(SegmentBar);
    expect(screen.getByTestId('segment-miss')).toHaveTextContent('nie pasuje do żadnej subskrypcji');
    unmount();
    metrics.result = fixtureAnswer({ segment: { plan: ['team'] } });
    render(SegmentBar);
    expect(screen.queryByTestId('segment-miss')).toBeNull();
  });
});
